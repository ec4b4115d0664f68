#!/usr/bin/env bash
# Usage: source scripts/nuget.sh; restore_locked [solution or project]
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Restores the recorded NuGet graph (packages.lock.json of every project, locked mode): the registry serving other
# versions today changes nothing. Every dotnet command of the calling script inherits the locked mode (the Function
# App's nested extensions project included). On a stale lock file, says how to refresh it.
restore_locked() {
  export RestoreLockedMode=true
  local log rc=0
  log="$(mktemp)"
  dotnet restore "${1:-$repo_root/Workflows.sln}" -nologo -v q >"$log" 2>&1 || rc=$?
  cat "$log"
  if [ "$rc" != "0" ] && grep -q "NU1004\|NU1403\|lock file" "$log"; then
    echo "The NuGet lock files (packages.lock.json) no longer match the projects' package references." >&2
    echo "Refresh them with ./scripts/refresh-lock-files.sh, review the diff, and commit them." >&2
  fi
  rm -f "$log"
  return "$rc"
}
