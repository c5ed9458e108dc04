#!/usr/bin/env bash
# Adds a migration named $1 to every module, for both providers (SQLite and SQL Server).
# Usage: scripts/add-migration.sh AddScimUsers [Module ...]
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?migration name}; shift || true
modules=("$@"); [ ${#modules[@]} -gt 0 ] || modules=(Directory Licensing Events)
dotnet tool restore >/dev/null
for m in "${modules[@]}"; do
  project="src/Modules/$m/CatoScim.$m"
  dotnet build "$project" -nologo -v q >/dev/null
  for p in Sqlite SqlServer; do
    dotnet ef migrations add "$name" --no-build --project "$project" --startup-project "$project" \
      --context "${m}${p}DbContext" --output-dir "Persistence/Migrations/$p"
  done
done
