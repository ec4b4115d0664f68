#!/usr/bin/env bash
# Starts Azurite (the Azure Storage emulator, pinned in package.json) in the background: its blob, queue and table
# services as three processes on one data folder.
# Usage: source scripts/azurite.sh; azurite_start <dataDir> <blobPort> <queuePort> <tablePort> [azurite options...]
# Sets AZURITE_PID (the three process ids, space-separated) and AZURITE_CONNECTION_STRING. azurite_stop stops them.
# With AZURITE_SESSION=1 each runs in a session of its own (setsid): a Ctrl-C at the terminal does not reach it, and
# the calling script stops it when it is done with it (the run script stops the host first).

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

ensure_node_tools() {
  if [ ! -x "$repo_root/node_modules/.bin/azurite" ] || [ "$repo_root/package-lock.json" -nt "$repo_root/node_modules/.package-lock.json" ]; then
    echo "Installing pinned Node tools (npm ci)..."
    (cd "$repo_root" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

free_port() {
  node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

azurite_start() {
  local data="$1" blob="$2" queue="$3" table="$4"
  shift 4
  mkdir -p "$data"
  # One process per service, sharing the data folder (each keeps its own files): Azurite serves a service on one
  # Node.js thread, so the task hub's tables and its queues get a core each instead of taking turns on one.
  # Telemetry off: Azurite would otherwise report usage to Microsoft, and it cost about 15% of its CPU.
  local common=(--silent --skipApiVersionCheck --loose --disableTelemetry --location "$data" "$@")
  local bin="$repo_root/node_modules/.bin"
  local own=()
  [ "${AZURITE_SESSION:-}" = "1" ] && own=(setsid)
  "${own[@]}" "$bin/azurite-blob" --blobHost 127.0.0.1 --blobPort "$blob" "${common[@]}" >"$data/azurite-blob.log" 2>&1 &
  AZURITE_PID="$!"
  "${own[@]}" "$bin/azurite-queue" --queueHost 127.0.0.1 --queuePort "$queue" "${common[@]}" >"$data/azurite-queue.log" 2>&1 &
  AZURITE_PID="$AZURITE_PID $!"
  "${own[@]}" "$bin/azurite-table" --tableHost 127.0.0.1 --tablePort "$table" "${common[@]}" >"$data/azurite-table.log" 2>&1 &
  AZURITE_PID="$AZURITE_PID $!"
  azurite_connection_string "$blob" "$queue" "$table"
  local pid port
  for _ in $(seq 1 100); do
    local open=0
    for port in "$blob" "$queue" "$table"; do
      if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then open=$((open + 1)); fi
    done
    [ "$open" = 3 ] && return 0
    for pid in $AZURITE_PID; do
      if ! kill -0 "$pid" 2>/dev/null; then
        echo "Azurite failed to start:" >&2; cat "$data"/azurite-*.log >&2; azurite_stop; return 1
      fi
    done
    sleep 0.2
  done
  echo "Azurite did not open its ports in time" >&2
  azurite_stop
  return 1
}

# Sets AZURITE_CONNECTION_STRING for an emulator on <blobPort> <queuePort> <tablePort> (Azurite's well-known account).
azurite_connection_string() {
  local key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
  AZURITE_CONNECTION_STRING="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$1/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$2/devstoreaccount1;TableEndpoint=http://127.0.0.1:$3/devstoreaccount1;"
  export AZURITE_CONNECTION_STRING
}

azurite_stop() {
  local pid
  for pid in ${AZURITE_PID:-}; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in ${AZURITE_PID:-}; do
    wait "$pid" 2>/dev/null || true
  done
  AZURITE_PID=""
}
