#!/usr/bin/env bash
# Compiles and lints the infrastructure (infra/main.bicep and every module) with the Bicep CLI from
# NuGet. Fails (exit 1) on ANY warning or error: the linter levels are in infra/bicepconfig.json.
# The compiled ARM template goes to a temporary directory and is deleted; nothing is written in the tree
# except infra/tools/obj (restore output, ignored by git). BICEP_OUTFILE=<path> keeps a copy of the
# compiled template there (the deployment tests read it).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tool_project="$repo_root/infra/tools/BicepTool.csproj"
main_file="$repo_root/infra/main.bicep"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if ! dotnet restore "$tool_project" --nologo > "$work/restore.log" 2>&1; then
  cat "$work/restore.log" >&2
  echo "bicep.sh: restoring the Bicep CLI package failed" >&2
  exit 1
fi

# $(BicepPath) comes from the package's build props; MSBuild may keep Windows separators in it.
bicep="$(dotnet msbuild "$tool_project" -nologo -getProperty:BicepPath | tr '\\' '/' | tr -d '\r')"
if [[ -z "$bicep" || ! -f "$bicep" ]]; then
  echo "bicep.sh: Bicep CLI not found after restore (BicepPath='$bicep')" >&2
  exit 1
fi
# NuGet extraction does not always keep the executable bit.
[[ -x "$bicep" ]] || chmod +x "$bicep"

failed=0

# Runs one Bicep command; its output is kept and judged: a non-zero exit or any "Warning"/"Error"
# diagnostic line fails the script, because `bicep lint` exits 0 on warnings.
check() {
  local label="$1"
  shift
  local log="$work/$label.log"
  local status=0
  "$bicep" "$@" > "$log" 2>&1 || status=$?
  if (( status != 0 )) || grep -Eq ' : (Warning|Error) ' "$log"; then
    echo "bicep.sh: $label failed (exit $status):" >&2
    cat "$log" >&2
    failed=1
  fi
}

check build build "$main_file" --outfile "$work/main.json"
if [[ -s "$work/main.json" ]] && ! jq -e '.resources | length > 0' "$work/main.json" > /dev/null; then
  echo "bicep.sh: the compiled template has no resources" >&2
  failed=1
fi

if [[ -n "${BICEP_OUTFILE:-}" && -s "$work/main.json" ]]; then
  cp "$work/main.json" "$BICEP_OUTFILE"
fi

# Lint every file, not only main.bicep, so a module that main.bicep stops using is still checked.
files=0
while IFS= read -r -d '' file; do
  check "lint-$(basename "$file" .bicep)" lint "$file"
  files=$((files + 1))
done < <(find "$repo_root/infra" -name '*.bicep' -not -path '*/tools/*' -print0 | sort -z)

if (( failed )); then
  echo "bicep.sh: FAILED" >&2
  exit 1
fi
echo "bicep.sh: $("$bicep" --version | head -n 1); build and lint of $files files clean"
