#!/usr/bin/env bash
# Runs the service locally with demo data: installs the pinned Node tools, starts Azurite on its usual
# local ports (data kept in .azurite/), builds and starts the host (local mailbox, in-process Durable Task
# worker), seeds the demo and prints the URL. Ctrl-C stops the host, then Azurite.
#
# PORT (5080), AZURITE_BLOB_PORT/AZURITE_QUEUE_PORT/AZURITE_TABLE_PORT (10000-10002) and AZURITE_DATA
# (.azurite) change where it runs; the tests use them to run it beside the usual one.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"
source scripts/azurite.sh
source scripts/nuget.sh

ensure_node_tools
port="${PORT:-5080}"
blob_port="${AZURITE_BLOB_PORT:-10000}" queue_port="${AZURITE_QUEUE_PORT:-10001}" table_port="${AZURITE_TABLE_PORT:-10002}"
data="${AZURITE_DATA:-.azurite}"
host_pid=""
AZURITE_PID=""

# Ctrl-C reaches only this script: the host and Azurite run in sessions of their own (setsid), so that the host
# stops first, with its storage still there to let go of its leases, and Azurite after it. A host that does not
# stop within 40 s is killed.
stop() {
  trap - EXIT INT TERM
  if [ -n "$host_pid" ] && kill -0 "$host_pid" 2>/dev/null; then
    echo "Stopping the host..."
    kill -TERM "$host_pid" 2>/dev/null || true
    for _ in $(seq 1 80); do kill -0 "$host_pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$host_pid" 2>/dev/null; then
      echo "The host did not stop within 40 s: killed." >&2
      kill -KILL "$host_pid" 2>/dev/null || true
    fi
    wait "$host_pid" 2>/dev/null || true
  fi
  azurite_stop
  echo "Stopped."
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if (exec 3<>"/dev/tcp/127.0.0.1/$table_port") 2>/dev/null; then
  # Something (usually an Azurite you started yourself) already serves the local storage ports: use it.
  echo "Storage emulator already listening on 127.0.0.1:$table_port; using it."
  azurite_connection_string "$blob_port" "$queue_port" "$table_port"
else
  AZURITE_SESSION=1 azurite_start "$data" "$blob_port" "$queue_port" "$table_port"
  echo "Azurite is running (data in $data/)."
fi

# A local link-signing key and task hub payload key, made once and kept with the local data (never
# committed): the hub's queues and history hold personal data encrypted, as in Azure.
mkdir -p "$data"
[ -f "$data/link-key" ] || head -c 32 /dev/urandom | base64 > "$data/link-key"
[ -f "$data/payload-key" ] || head -c 32 /dev/urandom | base64 > "$data/payload-key"
export ActionLinks__CurrentKeyId=local ActionLinks__Keys__local="$(cat "$data/link-key")"
export TaskHub__PayloadKeys__CurrentKeyId=local TaskHub__PayloadKeys__Keys__local="$(cat "$data/payload-key")"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export Storage__ConnectionString="$AZURITE_CONNECTION_STRING"
export Demo__Seed="${Demo__Seed:-true}"
# The demo writes its requests' months of past by moving their domain clocks (never allowed in Production).
export TaskHub__AllowClockTravel="${TaskHub__AllowClockTravel:-true}"
export Site__BaseUrl="http://127.0.0.1:$port"

# The recorded package graph, then the host's build; the host runs from its build output (not through `dotnet
# run`, which does not pass a stop signal on to the program it starts).
restore_locked "$repo/functions/Workflows.Host/Workflows.Host.csproj"
dotnet build functions/Workflows.Host -c Release --no-restore -nologo -v q -clp:ErrorsOnly
(cd functions/Workflows.Host && exec setsid dotnet bin/Release/net10.0/Workflows.Host.dll --urls "http://127.0.0.1:$port") &
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
