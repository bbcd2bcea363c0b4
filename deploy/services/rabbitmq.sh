#!/usr/bin/env bash
# A throwaway RabbitMQ node on 127.0.0.1 for tests and local runs.
#   deploy/services/rabbitmq.sh start|stop|status|clean
# start prints the AMQP URI on stdout (everything else goes to stderr).
# Environment (all optional):
#   SUPPLIERMEETUPS_RABBITMQ_PORT       AMQP port (default 15700; the node uses 15700-15712, all below the
#                                       ephemeral range 32768-60999 so that a busy host cannot take them)
#   SUPPLIERMEETUPS_RABBITMQ_DIST_PORT  Erlang distribution port (default AMQP+1; RabbitMQ's own default,
#                                       AMQP+20000, would overflow 65535)
#   SUPPLIERMEETUPS_RABBITMQ_EPMD_PORT  a private epmd for this node (default AMQP+2), so that the system's
#                                       epmd on 4369, if any, is neither used nor killed
#   SUPPLIERMEETUPS_RABBITMQ_NODE       node name (default suppliermeetups-test@localhost)
#   SUPPLIERMEETUPS_SERVICES_DIR        state folder (default <repo>/tests/.services); data in ./rabbitmq
# Everything (AMQP, distribution, epmd, the CLI's own distribution port) listens on 127.0.0.1 only.
# No plugins are enabled. `clean` stops it and deletes its data.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
SM_LOG_TAG=rabbitmq

RMQ_BIN=/usr/lib/rabbitmq/bin
PORT=${SUPPLIERMEETUPS_RABBITMQ_PORT:-15700}
DIST_PORT=${SUPPLIERMEETUPS_RABBITMQ_DIST_PORT:-$((PORT + 1))}
EPMD_PORT=${SUPPLIERMEETUPS_RABBITMQ_EPMD_PORT:-$((PORT + 2))}
NODE=${SUPPLIERMEETUPS_RABBITMQ_NODE:-suppliermeetups-test@localhost}
URI="amqp://guest:guest@127.0.0.1:$PORT/"
DIR="$SM_SERVICES_DIR/rabbitmq"

ensure_installed() {
  [ -x "$RMQ_BIN/rabbitmq-server" ] && command -v epmd >/dev/null && return 0
  sm_apt_install rabbitmq-server
  [ -x "$RMQ_BIN/rabbitmq-server" ] || sm_die "$RMQ_BIN/rabbitmq-server not found after installing rabbitmq-server"
}

# The node's whole environment: every path in $DIR, nothing read from /etc/rabbitmq, nothing in /var.
setup_env() {
  mkdir -p "$DIR/mnesia" "$DIR/log"
  [ -f "$DIR/.erlang.cookie" ] || { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$DIR/.erlang.cookie"; }
  chmod 400 "$DIR/.erlang.cookie"
  cat >"$DIR/rabbitmq.conf" <<CONF
listeners.tcp.default = 127.0.0.1:$PORT
log.console = false
log.file.level = info
disk_free_limit.absolute = 50MB
CONF
  echo '[].' >"$DIR/enabled_plugins"
  : >"$DIR/rabbitmq-env.conf"
  export HOME="$DIR"                       # the Erlang cookie is $HOME/.erlang.cookie, for server and CLI
  export RABBITMQ_NODENAME="$NODE"
  export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
  export RABBITMQ_NODE_PORT="$PORT"
  export RABBITMQ_DIST_PORT="$DIST_PORT"
  export RABBITMQ_CTL_DIST_PORT_MIN=$((PORT + 3))
  export RABBITMQ_CTL_DIST_PORT_MAX=$((PORT + 12))
  export ERL_EPMD_ADDRESS=127.0.0.1
  export ERL_EPMD_PORT="$EPMD_PORT"
  export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
  export RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
  export RABBITMQ_CONF_ENV_FILE="$DIR/rabbitmq-env.conf"
  export RABBITMQ_CONFIG_FILE="$DIR/rabbitmq.conf"
  export RABBITMQ_ADVANCED_CONFIG_FILE="$DIR/advanced.config"
  export RABBITMQ_ENABLED_PLUGINS_FILE="$DIR/enabled_plugins"
  export RABBITMQ_MNESIA_BASE="$DIR/mnesia"
  export RABBITMQ_LOG_BASE="$DIR/log"
  export RABBITMQ_LOGS="$DIR/log/rabbit.log"
  export RABBITMQ_PID_FILE="$DIR/rabbit.pid"
  export RABBITMQ_PLUGINS_EXPAND_DIR="$DIR/plugins-expand"
}

ctl() { "$RMQ_BIN/rabbitmqctl" -n "$NODE" "$@"; }
is_running() { ctl ping --timeout 5 >/dev/null 2>&1; }
server_pid() { [ -f "$RABBITMQ_PID_FILE" ] && cat "$RABBITMQ_PID_FILE" 2>/dev/null || true; }

cmd_start() {
  ensure_installed
  setup_env
  sm_warn_ephemeral "$PORT" "$DIST_PORT" "$EPMD_PORT" "$((PORT + 12))"
  local t0; t0=$(sm_now_ms)
  if [ -n "$(server_pid)" ] && kill -0 "$(server_pid)" 2>/dev/null && is_running; then
    sm_log "already running on 127.0.0.1:$PORT"
    printf '%s\n' "$URI"; return 0
  fi
  rm -f "$RABBITMQ_PID_FILE"
  sm_log "starting node $NODE (state: $DIR)"
  # setsid: the node outlives this script and a Ctrl-C in the caller's terminal does not reach it.
  setsid "$RMQ_BIN/rabbitmq-server" >"$DIR/log/server.out" 2>&1 </dev/null &
  if ! ctl wait "$RABBITMQ_PID_FILE" --timeout 90 >"$DIR/log/wait.out" 2>&1; then
    sm_log "did not start; last lines of its output:"
    tail -n 30 "$DIR/log/server.out" "$DIR/log/wait.out" "$RABBITMQ_LOGS" >&2 2>/dev/null || true
    cmd_stop || true
    sm_die "RabbitMQ did not start"
  fi
  sm_wait_port 127.0.0.1 "$PORT" 30 || sm_die "RabbitMQ runs but does not listen on 127.0.0.1:$PORT"
  sm_log "started on 127.0.0.1:$PORT in $(( $(sm_now_ms) - t0 )) ms"
  printf '%s\n' "$URI"
}

cmd_stop() {
  setup_env
  local t0 pid; t0=$(sm_now_ms); pid=$(server_pid)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    ctl shutdown --timeout 60 >/dev/null 2>&1 || true
  elif is_running; then
    pid=unknown                            # alive without its pid file: ask it to stop all the same
    ctl shutdown --timeout 60 >/dev/null 2>&1 || true
  fi
  if [ -n "$pid" ] && [ "$pid" != unknown ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$RABBITMQ_PID_FILE"
  # Our epmd only (own port); it refuses while nodes are still registered with it.
  epmd -port "$EPMD_PORT" -kill >/dev/null 2>&1 || true
  if [ -n "$pid" ]; then sm_log "stopped in $(( $(sm_now_ms) - t0 )) ms"; else sm_log "not running"; fi
}

cmd_status() {
  setup_env
  if is_running; then sm_log "running on 127.0.0.1:$PORT (node $NODE)"; printf '%s\n' "$URI"
  else sm_log "not running"; return 3; fi
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  clean) cmd_stop; rm -rf "$DIR"; sm_log "removed $DIR" ;;
  *) echo "usage: $0 start|stop|status|clean" >&2; exit 2 ;;
esac
