#!/usr/bin/env bash
# Builds the deployment packages of the service.
#
#   scripts/publish.sh [functions|webapp|all]      (default: all)
#
# functions: dotnet publish functions/Workflows.Functions (Release) -> artifacts/publish/functions
#            (the isolated-worker Function App: functions.metadata, extensions.json, host.json,
#            worker.config.json, .azurefunctions/) zipped to artifacts/functionapp.zip
# webapp:    dotnet publish functions/Workflows.Host (Release)      -> artifacts/publish/webapp
#            zipped to artifacts/webapp.zip (App Service, DOTNETCORE|10.0)
#
# Both are framework-dependent: Flex Consumption (dotnet-isolated 10.0) and the App Service image bring
# the .NET 10 runtime. PUBLISH_ARTIFACTS overrides the output root (default: <repo>/artifacts); the
# tests use a temporary folder.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
artifacts="${PUBLISH_ARTIFACTS:-$repo_root/artifacts}"
what="${1:-all}"

case "$what" in
  functions|webapp|all) ;;
  -h|--help) sed -n '2,15p' "${BASH_SOURCE[0]}"; exit 0 ;;
  *) echo "publish.sh: unknown argument '$what'" >&2; exit 2 ;;
esac

for tool in dotnet zip; do
  command -v "$tool" >/dev/null || { echo "publish.sh: '$tool' is required" >&2; exit 1; }
done

# The recorded package graph only (packages.lock.json, locked mode; the Functions SDK's nested extensions project too).
source "$repo_root/scripts/nuget.sh"
restore_locked "$repo_root/Workflows.sln"

# publish <project dir> <output name> <zip name> <dll that must be there>
publish() {
  local project="$1" out="$artifacts/publish/$2" zip_path="$artifacts/$3" dll="$4"
  rm -rf "$out" "$zip_path"
  mkdir -p "$out"
  # --artifacts-path keeps the Release intermediates away from the developers' obj/ and bin/ folders,
  # so a publish never races a build or test running from the same tree.
  dotnet publish "$project" \
    -c Release \
    --artifacts-path "$artifacts/build" \
    -o "$out" \
    -p:DebugType=none \
    --nologo
  [[ -f "$out/$dll" ]] || { echo "publish.sh: $dll missing from $out" >&2; exit 1; }
  # -X drops extra file attributes, -r recurses; run from inside the folder so paths are relative.
  (cd "$out" && zip -q -r -X "$zip_path" .)
  echo "publish.sh: $(basename "$project") package $(du -h "$zip_path" | cut -f1) at $zip_path"
}

if [[ "$what" == functions || "$what" == all ]]; then
  publish "$repo_root/functions/Workflows.Functions" functions functionapp.zip Workflows.Functions.dll
  for file in functions.metadata extensions.json host.json worker.config.json; do
    [[ -f "$artifacts/publish/functions/$file" ]] || { echo "publish.sh: $file missing from the Function App" >&2; exit 1; }
  done
fi

if [[ "$what" == webapp || "$what" == all ]]; then
  publish "$repo_root/functions/Workflows.Host" webapp webapp.zip Workflows.Host.dll
fi
