# shellcheck shell=bash
# Shared helpers for deploy/services/*.sh and tests/run.sh. Source it; it defines functions and a few
# variables and changes no shell options of the caller.

SM_REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# Where the throwaway services keep their data, logs, pid files and config (git-ignored).
SM_SERVICES_DIR="${SUPPLIERMEETUPS_SERVICES_DIR:-$SM_REPO_ROOT/tests/.services}"

sm_log() { printf '[%s] %s\n' "${SM_LOG_TAG:-services}" "$*" >&2; }
sm_die() { sm_log "ERROR: $*"; exit 1; }
sm_is_root() { [ "$(id -u)" = 0 ]; }

# Milliseconds since the epoch, for timing steps.
sm_now_ms() { date +%s%3N; }

# sm_apt_install PKG...: installs Debian packages when root; otherwise says how and fails.
# `apt-get update` runs at most once per process tree (SM_APT_UPDATED is exported).
# A temporary policy-rc.d keeps the packages' init scripts from starting system-wide servers
# (the Debian cluster on 5432, rabbitmq on 0.0.0.0:5672, epmd on 0.0.0.0:4369) while they install.
sm_apt_install() {
  [ "$#" -gt 0 ] || return 0
  if ! sm_is_root; then
    sm_log "missing Debian packages: $*"
    sm_log "install them with: sudo apt-get update && sudo apt-get install -y --no-install-recommends $*"
    return 1
  fi
  local policy=/usr/sbin/policy-rc.d made_policy=
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy" && made_policy=1
  fi
  local rc=0
  if [ -z "${SM_APT_UPDATED:-}" ]; then
    sm_log "apt-get update"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || rc=$?
    export SM_APT_UPDATED=1
  fi
  if [ "$rc" = 0 ]; then
    sm_log "apt-get install $*"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2 || rc=$?
  fi
  [ -z "$made_policy" ] || rm -f "$policy"
  return "$rc"
}

# sm_wait_port HOST PORT SECONDS: waits until a TCP connect succeeds.
sm_wait_port() {
  local host="$1" port="$2" deadline=$(( $(date +%s) + $3 ))
  while ! (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; do
    [ "$(date +%s)" -lt "$deadline" ] || return 1
    sleep 0.2
  done
}

# sm_warn_ephemeral PORT...: warns when a fixed service port lies in the kernel's ephemeral range, where an
# outgoing connection can hold it while the service restarts (`eaddrinuse`).
sm_warn_ephemeral() {
  local low=32768 high=60999 port
  [ -r /proc/sys/net/ipv4/ip_local_port_range ] && read -r low high </proc/sys/net/ipv4/ip_local_port_range
  for port in "$@"; do
    if [ "$port" -ge "$low" ] && [ "$port" -le "$high" ]; then
      sm_log "WARNING: port $port is in the ephemeral range $low-$high; a restart may fail with eaddrinuse"
    fi
  done
}
