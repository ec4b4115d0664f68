#!/usr/bin/env bash
# Runs the benchmark console (bench/Workflows.Bench) against its own Azurite on free ports with a temporary
# data folder, then stops Azurite. Writes bench/results/latest.json and prints the table.
# Extra arguments go to the bench, e.g. scripts/bench.sh --quick  or  scripts/bench.sh --out /tmp/run.json
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/azurite.sh

ensure_node_tools
source scripts/nuget.sh
restore_locked bench/Workflows.Bench/Workflows.Bench.csproj
dotnet build bench/Workflows.Bench -c Release --no-restore -nologo -v q -clp:ErrorsOnly

work="$(mktemp -d)"
cleanup() { azurite_stop; rm -rf "$work"; }
trap cleanup EXIT INT TERM

azurite_start "$work/azurite" "$(free_port)" "$(free_port)" "$(free_port)"
echo "Azurite is running for the bench (pid $AZURITE_PID)."

AZURITE_PID="$AZURITE_PID" BENCH_COMMIT="$(git rev-parse --short HEAD 2>/dev/null || true)" \
  dotnet run -c Release --no-build --project bench/Workflows.Bench -- "$@"
