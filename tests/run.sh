#!/usr/bin/env bash
# The one test command: installs what the tests need (as root), starts PostgreSQL and RabbitMQ on
# loopback, builds once, and runs three passes:
#   pass 1: the whole solution but the cluster     SUPPLIERMEETUPS_TEST_DATABASE=Sqlite
#   pass 2: tests/SupplierMeetups.IntegrationTests SUPPLIERMEETUPS_TEST_DATABASE=Postgres (+ RabbitMQ)
#   pass 3: tests/SupplierMeetups.ClusterTests     nginx in front of two app processes on PostgreSQL and
#           RabbitMQ: an API journey, kill -9 of an instance, the broker stopped for 60 s, a PostgreSQL restart
# After the build it checks the formatting (`dotnet format --verify-no-changes`; drift counts as one failure).
# It ends with one line "N passed, N failed", counted from the TRX files of this run; exit 0 only when
# nothing failed and something passed.
#
#   tests/run.sh [--filter EXPR] [--pass 1|2|3|all]
#     --filter EXPR   passed to dotnet test (e.g. --filter 'FullyQualifiedName~CheckIn')
#     --pass N        run only pass 1, 2 or 3 (default all)
# Environment: SUPPLIERMEETUPS_TEST_CONFIGURATION (Debug), SUPPLIERMEETUPS_TEST_VERBOSITY (console
# logger verbosity, minimal), SUPPLIERMEETUPS_PG_PORT (15432), SUPPLIERMEETUPS_RABBITMQ_PORT (15700, uses
# up to +12), SUPPLIERMEETUPS_CLUSTER_PORT (15720: nginx; the instances take the next two),
# SUPPLIERMEETUPS_SERVICES_DIR (tests/.services). All below the ephemeral range 32768-60999.
# Results: tests/.artifacts/pass*/ (TRX).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
. deploy/services/lib.sh
SM_LOG_TAG=run.sh

FILTER=
PASSES=all
while [ "$#" -gt 0 ]; do
  case "$1" in
    --filter) [ "$#" -ge 2 ] || { echo "--filter needs an expression" >&2; exit 2; }; FILTER="$2"; shift 2 ;;
    --filter=*) FILTER="${1#--filter=}"; shift ;;
    --pass) PASSES="${2:-}"; shift 2 ;;
    --pass=*) PASSES="${1#--pass=}"; shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$PASSES" in all|1|2|3) ;; *) echo "--pass must be 1, 2, 3 or all" >&2; exit 2 ;; esac

CONFIG="${SUPPLIERMEETUPS_TEST_CONFIGURATION:-Debug}"
VERBOSITY="${SUPPLIERMEETUPS_TEST_VERBOSITY:-minimal}"
ARTIFACTS="$ROOT/tests/.artifacts"
SLN=SupplierMeetups.sln
INTEGRATION=tests/SupplierMeetups.IntegrationTests/SupplierMeetups.IntegrationTests.csproj
CLUSTER=tests/SupplierMeetups.ClusterTests/SupplierMeetups.ClusterTests.csproj
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# No MSBuild node processes left behind holding CI's output open.
export MSBUILDDISABLENODEREUSE=1

PASSED=0
FAILED=0        # failures counted so far (tests, crashed test runs, a failed build or setup)
FINISHED=       # set once the counts are final
SERVICES_STARTED=
RMQ_PID=
declare -a TIMINGS=()
T_RUN=$(sm_now_ms)
timing() { TIMINGS+=("$1 $(( $(sm_now_ms) - $2 )) ms"); }

on_exit() {
  local rc=$?
  trap - EXIT INT TERM
  set +e
  if [ -n "$SERVICES_STARTED" ]; then
    # A RabbitMQ still starting (interrupted during the build) is waited for, so that it is stopped too.
    [ -z "$RMQ_PID" ] || wait "$RMQ_PID"
    local t; t=$(sm_now_ms)
    bash deploy/services/rabbitmq.sh stop
    bash deploy/services/postgres.sh stop
    timing "stop services" "$t"
  fi
  [ "${CI:-}" != true ] || dotnet build-server shutdown >/dev/null 2>&1
  if [ -z "$FINISHED" ] && [ "$FAILED" = 0 ]; then
    sm_log "aborted before the tests finished (exit code $rc)"
    FAILED=1
  fi
  timing "total" "$T_RUN"
  sm_log "timings: $(IFS=';'; echo "${TIMINGS[*]}")"
  local code=1
  [ "$FAILED" = 0 ] && [ "$PASSED" -gt 0 ] && code=0
  [ "$PASSED" -gt 0 ] || [ "$FAILED" -gt 0 ] || sm_log "no test ran: that is a failure"
  echo "$PASSED passed, $FAILED failed"
  exit "$code"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- 1. system packages -------------------------------------------------------------------------
t=$(sm_now_ms)
PACKAGES=(postgresql rabbitmq-server nginx chromium poppler-utils zbar-tools fonts-dejavu-core)
installed=" $(dpkg-query -W -f='${Package}=${db:Status-Status} ' "${PACKAGES[@]}" 2>/dev/null || true)"
missing=()
for pkg in "${PACKAGES[@]}"; do
  [[ "$installed" == *" $pkg=installed "* ]] || missing+=("$pkg")
done
command -v python3 >/dev/null || missing+=(python3)
if [ "${#missing[@]}" -gt 0 ]; then
  sm_apt_install "${missing[@]}" || sm_die "missing packages: ${missing[*]}"
fi
for tool in /usr/lib/postgresql/15/bin/pg_ctl /usr/lib/rabbitmq/bin/rabbitmq-server /usr/bin/chromium; do
  [ -x "$tool" ] || sm_die "$tool is missing after the package step"
done
for tool in pdftotext pdftoppm pdfinfo zbarimg python3 dotnet nginx; do
  command -v "$tool" >/dev/null || sm_die "$tool is not on PATH"
done
timing "packages" "$t"

# --- 2. services (RabbitMQ starts in the background while the solution builds) ---------------------
SERVICES_STARTED=1
mkdir -p "$SM_SERVICES_DIR"
RMQ_URI_FILE="$SM_SERVICES_DIR/rabbitmq.uri"
rm -f "$RMQ_URI_FILE"
T_RMQ=$(sm_now_ms)
bash deploy/services/rabbitmq.sh start >"$RMQ_URI_FILE" &
RMQ_PID=$!
t=$(sm_now_ms)
SUPPLIERMEETUPS_TEST_POSTGRES="$(bash deploy/services/postgres.sh start)"
timing "postgres start" "$t"

# --- 3. build once ------------------------------------------------------------------------------
t=$(sm_now_ms)
sm_log "dotnet build $SLN -c $CONFIG"
BUILD_RC=0
dotnet build "$SLN" -c "$CONFIG" --nologo -v minimal || BUILD_RC=$?
timing "build" "$t"

t=$(sm_now_ms)
RMQ_RC=0
wait "$RMQ_PID" || RMQ_RC=$?
RMQ_PID=
timing "rabbitmq start (in parallel with the build)" "$T_RMQ"
[ "$RMQ_RC" = 0 ] || sm_die "RabbitMQ did not start (see above)"
if [ "$BUILD_RC" != 0 ]; then
  sm_log "the build failed: no test ran"
  FAILED=1; FINISHED=1
  exit 1
fi
# --- 3b. format drift: the run fails when `dotnet format` would change a file (fix: run `dotnet format`) ---
# Whitespace, final newlines and charset from the files alone (no build, ~10 s); import order and the IDE style
# rules of .editorconfig from the projects already built and restored (~1 min). Analyzers run in the build.
t=$(sm_now_ms)
FORMAT_RC=0
dotnet format whitespace . --folder --verify-no-changes -v q || FORMAT_RC=$?
dotnet format style "$SLN" --verify-no-changes --no-restore -v q || FORMAT_RC=$?
timing "format check" "$t"
if [ "$FORMAT_RC" != 0 ]; then
  sm_log "format drift (see the files above): run 'dotnet format' and commit; counted as 1 failure"
  FAILED=$((FAILED + 1))
fi

SUPPLIERMEETUPS_TEST_RABBITMQ="$(cat "$RMQ_URI_FILE")"
export SUPPLIERMEETUPS_TEST_POSTGRES SUPPLIERMEETUPS_TEST_RABBITMQ
export SUPPLIERMEETUPS_TEST_CHROMIUM=/usr/bin/chromium
sm_log "SUPPLIERMEETUPS_TEST_POSTGRES=$SUPPLIERMEETUPS_TEST_POSTGRES"
sm_log "SUPPLIERMEETUPS_TEST_RABBITMQ=$SUPPLIERMEETUPS_TEST_RABBITMQ"
sm_log "SUPPLIERMEETUPS_TEST_CHROMIUM=$SUPPLIERMEETUPS_TEST_CHROMIUM"

# --- 4. test passes -----------------------------------------------------------------------------
rm -rf "$ARTIFACTS/pass1-sqlite" "$ARTIFACTS/pass2-postgres" "$ARTIFACTS/pass3-cluster"
mkdir -p "$ARTIFACTS"

# run_pass NAME DATABASE TARGET [FILTER]: runs dotnet test, then adds the TRX counters of its results folder.
run_pass() {
  local name="$1" database="$2" target="$3" filter="${4:-$FILTER}" results="$ARTIFACTS/$1" t rc=0
  t=$(sm_now_ms)
  local args=(test "$target" --no-build --no-restore -c "$CONFIG" --nologo
    --results-directory "$results" --logger trx --logger "console;verbosity=$VERBOSITY"
    --blame-hang-timeout 15m --blame-hang-dump-type none)
  [ -z "$filter" ] || args+=(--filter "$filter")
  sm_log "$name: SUPPLIERMEETUPS_TEST_DATABASE=$database dotnet ${args[*]}"
  SUPPLIERMEETUPS_TEST_DATABASE="$database" dotnet "${args[@]}" || rc=$?
  timing "$name" "$t"
  local trx=()
  [ -d "$results" ] && mapfile -t trx < <(find "$results" -name '*.trx' -type f | sort)
  local p=0 f=0
  if [ "${#trx[@]}" -gt 0 ]; then
    read -r p f < <(python3 tests/lib/trx_summary.py "${trx[@]}")
  fi
  if [ "$rc" != 0 ] && [ "$f" = 0 ]; then
    sm_log "$name: dotnet test exited $rc but no TRX reports a failure (a test host crashed, or no TRX was written): 1 failure"
    f=1
  fi
  sm_log "$name: ${#trx[@]} TRX file(s), $p passed, $f failed (dotnet test exit code $rc)"
  PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
}

# The cluster tests are pass 3 only: they need the services and stop and start them.
NOT_CLUSTER='FullyQualifiedName!~SupplierMeetups.ClusterTests'
PASS1_FILTER="$NOT_CLUSTER"
[ -z "$FILTER" ] || PASS1_FILTER="($FILTER)&$NOT_CLUSTER"
if [ "$PASSES" = all ] || [ "$PASSES" = 1 ]; then run_pass pass1-sqlite Sqlite "$SLN" "$PASS1_FILTER"; fi
if [ "$PASSES" = all ] || [ "$PASSES" = 2 ]; then run_pass pass2-postgres Postgres "$INTEGRATION"; fi
if [ "$PASSES" = all ] || [ "$PASSES" = 3 ]; then run_pass pass3-cluster Postgres "$CLUSTER"; fi
FINISHED=1
