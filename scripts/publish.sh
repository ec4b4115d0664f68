#!/usr/bin/env bash
# Builds the Azure Functions deployment package of the service.
#
#   scripts/publish.sh [--self-contained]
#
# 1. dotnet publish functions/Workflows.Host (Release, linux-x64) -> artifacts/publish/app
# 2. lays out the Functions script root   -> artifacts/publish/site
#      host.json + one folder per function (http, work, sweeper) + the published app
# 3. zips the script root                 -> artifacts/functionapp.zip
#
# Framework-dependent by default: host.json runs `dotnet Workflows.Host.dll` on the platform's
# .NET 10 runtime (see infra/README.md for why). --self-contained bundles the runtime and rewrites
# the site's host.json to start the `Workflows.Host` executable instead.
#
# PUBLISH_ARTIFACTS overrides the output root (default: <repo>/artifacts); the tests use a temp dir.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
artifacts="${PUBLISH_ARTIFACTS:-$repo_root/artifacts}"
self_contained=false

for arg in "$@"; do
  case "$arg" in
    --self-contained) self_contained=true ;;
    -h|--help) sed -n '2,15p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "publish.sh: unknown argument '$arg'" >&2; exit 2 ;;
  esac
done

for tool in dotnet zip jq; do
  command -v "$tool" >/dev/null || { echo "publish.sh: '$tool' is required" >&2; exit 1; }
done

project="$repo_root/functions/Workflows.Host"
definitions="$project/FunctionDefinitions"
app_dir="$artifacts/publish/app"
site_dir="$artifacts/publish/site"
zip_path="$artifacts/functionapp.zip"

rm -rf "$app_dir" "$site_dir" "$zip_path"
mkdir -p "$app_dir" "$site_dir"

# --artifacts-path keeps the Release/linux-x64 intermediates away from the developers' obj/ and bin/
# folders, so a publish never races a build or test running from the same tree.
dotnet publish "$project" \
  -c Release \
  -r linux-x64 \
  --self-contained "$self_contained" \
  --artifacts-path "$artifacts/build" \
  -o "$app_dir" \
  -p:DebugType=none \
  --nologo

# The Web SDK copies every *.json of the project into the output; the function definitions belong
# at the script root only.
rm -rf "$app_dir/FunctionDefinitions"

[[ -f "$app_dir/Workflows.Host.dll" ]] || { echo "publish.sh: Workflows.Host.dll missing from $app_dir" >&2; exit 1; }

cp -R "$app_dir/." "$site_dir/"

functions_found=0
for function_dir in "$definitions"/*/; do
  name="$(basename "$function_dir")"
  [[ -f "$function_dir/function.json" ]] || continue
  if [[ -e "$site_dir/$name" ]]; then
    echo "publish.sh: the app output already has '$name'; a function folder would overwrite it" >&2
    exit 1
  fi
  mkdir -p "$site_dir/$name"
  cp "$function_dir/function.json" "$site_dir/$name/function.json"
  functions_found=$((functions_found + 1))
done
(( functions_found > 0 )) || { echo "publish.sh: no function.json under $definitions" >&2; exit 1; }

if [[ "$self_contained" == true ]]; then
  chmod +x "$site_dir/Workflows.Host"
  jq '.customHandler.description.defaultExecutablePath = "Workflows.Host"
      | .customHandler.description.arguments = []' \
    "$repo_root/host.json" > "$site_dir/host.json"
else
  cp "$repo_root/host.json" "$site_dir/host.json"
fi

# -X drops extra file attributes, -r recurses; run from inside the site so paths are relative.
(cd "$site_dir" && zip -q -r -X "$zip_path" .)

echo "publish.sh: $functions_found functions, package $(du -h "$zip_path" | cut -f1) at $zip_path"
