#!/usr/bin/env bash
# Records the NuGet package graph afresh after a package reference changed (Directory.Packages.props or a project):
# rewrites every packages.lock.json (and the Function App's WorkerExtensions.packages.lock.json) from what the
# registry serves today. Review the diff and commit the lock files; the test command and the publish script restore
# exactly what they record (locked mode) and fail when a project's references and its lock file disagree.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet restore Workflows.sln --force-evaluate -nologo
dotnet build functions/Workflows.Functions -c Release -nologo -v q -clp:ErrorsOnly -p:RestoreForceEvaluate=true
git status --short -- '*packages.lock.json'
