#!/usr/bin/env bash
# A throwaway PostgreSQL 15 on 127.0.0.1 for tests and local runs.
#   deploy/services/postgres.sh start|stop|status|clean
# start prints the Npgsql connection string on stdout (everything else goes to stderr).
# Environment (all optional):
#   SUPPLIERMEETUPS_PG_PORT      port (default 15432: below the ephemeral range 32768-60999)
#   SUPPLIERMEETUPS_PG_PASSWORD  password of user postgres (default postgres; set at first start)
#   SUPPLIERMEETUPS_SERVICES_DIR state folder (default <repo>/tests/.services); data in ./postgres
# Runs the server as user postgres (runuser) when root, as the caller otherwise. Fast, unsafe settings
# (fsync=off): the data is disposable. `clean` stops it and deletes its data.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
SM_LOG_TAG=postgres

PGBIN=${SUPPLIERMEETUPS_PG_BIN:-/usr/lib/postgresql/15/bin}
PORT=${SUPPLIERMEETUPS_PG_PORT:-15432}
PASSWORD=${SUPPLIERMEETUPS_PG_PASSWORD:-postgres}
CONN="Host=127.0.0.1;Port=$PORT;Username=postgres;Password=$PASSWORD"

as_pg() { if sm_is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }

# The data folder must be reachable by user postgres; a repo under /root is not, so fall back to /tmp.
state_dir() {
  local d="$SM_SERVICES_DIR/postgres"
  if sm_is_root; then
    mkdir -p "$d"
    chown postgres: "$d"
    if ! runuser -u postgres -- test -w "$d" 2>/dev/null; then
      d="/tmp/suppliermeetups-services/postgres-$PORT"
      mkdir -p "$d"
      chmod 755 /tmp/suppliermeetups-services
      chown postgres: "$d"
    fi
  else
    mkdir -p "$d"
  fi
  chmod 700 "$d"
  printf '%s\n' "$d"
}

ensure_installed() {
  [ -x "$PGBIN/pg_ctl" ] && command -v psql >/dev/null && return 0
  sm_apt_install postgresql postgresql-client
  [ -x "$PGBIN/pg_ctl" ] || sm_die "$PGBIN/pg_ctl not found after installing postgresql (is it PostgreSQL 15?)"
}

is_running() { [ -f "$DATA/PG_VERSION" ] && as_pg "$PGBIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }

init_cluster() {
  sm_log "initdb $DATA"
  local pw="$DIR/.pwfile"
  printf '%s\n' "$PASSWORD" >"$pw"
  sm_is_root && chown postgres: "$pw"
  chmod 600 "$pw"
  as_pg "$PGBIN/initdb" -D "$DATA" -U postgres --pwfile="$pw" --auth-local=trust \
    --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; rm -f "$pw"; return 1; }
  rm -f "$pw"
  echo "include_if_exists = 'suppliermeetups.conf'" >>"$DATA/postgresql.conf"
}

write_conf() {
  # Rewritten at every start so that a changed port applies to an existing data folder.
  cat >"$DATA/suppliermeetups.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = ''
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
logging_collector = off
CONF
  sm_is_root && chown postgres: "$DATA/suppliermeetups.conf"
  return 0
}

start_server() {
  write_conf
  as_pg "$PGBIN/pg_ctl" -D "$DATA" -l "$DIR/postgres.log" -w -t 60 start >/dev/null
}

cmd_start() {
  ensure_installed
  sm_warn_ephemeral "$PORT"
  local t0; t0=$(sm_now_ms)
  if is_running; then
    sm_log "already running on 127.0.0.1:$PORT"
  else
    [ -f "$DATA/PG_VERSION" ] || init_cluster
    if ! start_server; then
      sm_log "start failed; last log lines:"; tail -n 20 "$DIR/postgres.log" >&2 || true
      if ! sm_wait_port 127.0.0.1 "$PORT" 0 2>/dev/null; then
        sm_log "recreating the data folder and trying once more"
        rm -rf "$DATA"; init_cluster; start_server || { tail -n 20 "$DIR/postgres.log" >&2; sm_die "PostgreSQL did not start"; }
      else
        sm_die "port $PORT is taken by another process (set SUPPLIERMEETUPS_PG_PORT)"
      fi
    fi
    sm_log "started on 127.0.0.1:$PORT in $(( $(sm_now_ms) - t0 )) ms (data: $DATA)"
  fi
  printf '%s\n' "$CONN"
}

cmd_stop() {
  if is_running; then
    local t0; t0=$(sm_now_ms)
    as_pg "$PGBIN/pg_ctl" -D "$DATA" -m fast -w -t 60 stop >/dev/null
    sm_log "stopped in $(( $(sm_now_ms) - t0 )) ms"
  else
    sm_log "not running"
  fi
}

cmd_status() {
  if is_running; then sm_log "running on 127.0.0.1:$PORT (data: $DATA)"; printf '%s\n' "$CONN"
  else sm_log "not running"; return 3; fi
}

DIR=$(state_dir)
DATA="$DIR/data"
case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  clean) cmd_stop; rm -rf "$DIR"; sm_log "removed $DIR" ;;
  *) echo "usage: $0 start|stop|status|clean" >&2; exit 2 ;;
esac
