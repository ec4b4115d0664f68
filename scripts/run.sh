#!/usr/bin/env bash
# Runs the service locally with demo data: installs the pinned Node tools, starts Azurite on its usual
# local ports (data kept in .azurite/), starts the host (local mailbox, in-process Durable Task worker),
# seeds the demo and prints the URL. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/azurite.sh

ensure_node_tools
port="${PORT:-5080}"
host_pid=""
stop() {
  trap - EXIT INT TERM
  [ -n "$host_pid" ] && kill "$host_pid" 2>/dev/null && wait "$host_pid" 2>/dev/null || true
  azurite_stop
  echo "Stopped."
}
trap stop EXIT INT TERM

if (exec 3<>/dev/tcp/127.0.0.1/10002) 2>/dev/null; then
  # Something (usually an Azurite you started yourself) already serves the local storage ports: use it.
  echo "Storage emulator already listening on 127.0.0.1:10000-10002; using it."
  export AZURITE_CONNECTION_STRING="UseDevelopmentStorage=true"
else
  azurite_start .azurite 10000 10001 10002
  echo "Azurite is running (data in .azurite/)."
fi

# A local link-signing key and task hub payload key, made once and kept with the local data (never
# committed): the hub's queues and history hold personal data encrypted, as in Azure.
mkdir -p .azurite
[ -f .azurite/link-key ] || head -c 32 /dev/urandom | base64 > .azurite/link-key
[ -f .azurite/payload-key ] || head -c 32 /dev/urandom | base64 > .azurite/payload-key
export ActionLinks__CurrentKeyId=local ActionLinks__Keys__local="$(cat .azurite/link-key)"
export TaskHub__PayloadKeys__CurrentKeyId=local TaskHub__PayloadKeys__Keys__local="$(cat .azurite/payload-key)"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export Storage__ConnectionString="$AZURITE_CONNECTION_STRING"
export Demo__Seed="${Demo__Seed:-true}"
# The demo writes its requests' months of past by moving their domain clocks (never allowed in Production).
export TaskHub__AllowClockTravel="${TaskHub__AllowClockTravel:-true}"
export Site__BaseUrl="http://127.0.0.1:$port"
dotnet run --project functions/Workflows.Host -c Release --urls "http://127.0.0.1:$port" &
host_pid=$!

for _ in $(seq 1 300); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
  if ! kill -0 "$host_pid" 2>/dev/null; then echo "The host failed to start." >&2; exit 1; fi
  sleep 0.5
done
echo
echo "  Innovation desks are running at http://127.0.0.1:$port  (local mailbox: http://127.0.0.1:$port/mailbox)"
echo "  Press Ctrl-C to stop."
echo
wait "$host_pid"
