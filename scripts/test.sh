#!/usr/bin/env bash
# Runs every test of the repository on a fresh machine (needs only the .NET SDK and Node):
# installs the pinned Node tools and Chromium if missing, starts its own Azurite on free ports with a
# temporary data folder, runs every test project, stops Azurite, prints the totals as the last line
# ("N passed, N failed, N skipped") and exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/azurite.sh
source scripts/nuget.sh

ensure_node_tools

if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Chromium for the browser tests (apt-get)..."
  if [ "$(id -u)" = "0" ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || { echo "Could not install chromium" >&2; exit 1; }
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"

work="$(mktemp -d)"
results="$work/results"
cleanup() { azurite_stop; rm -rf "$work"; }
trap cleanup EXIT INT TERM

azurite_start "$work/azurite" "$(free_port)" "$(free_port)" "$(free_port)"
echo "Azurite is running for the tests (pid $AZURITE_PID)."

status=0
restore_locked || status=$?
if [ "$status" = "0" ]; then
  dotnet build Workflows.sln -c Release --no-restore -nologo -v q -clp:ErrorsOnly || status=$?
fi
if [ "$status" = "0" ]; then
  dotnet test Workflows.sln -c Release --no-build -nologo \
    --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" || status=$?
fi

passed=0; failed=0; skipped=0
if [ -d "$results" ]; then
  for trx in "$results"/*.trx; do
    [ -f "$trx" ] || continue
    counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
    p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
    f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
    e="$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")"
    t="$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")"
    x="$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")"
    n=$(( ${t:-0} - ${x:-0} )) # skipped tests count in neither passed nor notExecuted: only as not executed
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${e:-0})); skipped=$((skipped + ${n:-0}))
  done
fi
if [ "$status" != "0" ] && compgen -G "$results/*.trx" >/dev/null; then
  echo "What failed, in full:"
  node scripts/trx-failures.mjs "$results"/*.trx || true
fi
if [ "$status" != "0" ] && [ "$failed" = "0" ]; then
  failed=1 # the build or a test host failed before reporting
fi
if [ "$passed" = "0" ] && [ "$failed" = "0" ]; then
  failed=1; status=1 # no test ran: that is a failure
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" = "0" ] && [ "$failed" = "0" ]
