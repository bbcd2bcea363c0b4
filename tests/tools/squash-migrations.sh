#!/usr/bin/env bash
# Replaces every migration with one initial migration per provider (nothing is deployed yet, so history
# has no value). Run from anywhere: builds the web project, then writes Initial for SQLite and PostgreSQL.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../src/SupplierMeetups.Web"
MIG=Platform/Persistence/Migrations
rm -rf "$MIG/Sqlite" "$MIG/Postgres"
dotnet build --nologo -v quiet
for ctx in Sqlite Postgres; do
  dotnet ef migrations add Initial --context "${ctx}AppDbContext" --output-dir "$MIG/$ctx" \
    --namespace "SupplierMeetups.Web.Platform.Persistence.Migrations.$ctx" --no-build
done
# dotnet-ef writes the snapshot into a folder named after the namespace: move it where it belongs.
for ctx in Sqlite Postgres; do
  stray=$(find . -path ./bin -prune -o -path ./obj -prune -o -name "${ctx}AppDbContextModelSnapshot.cs" -print | grep -v "^./$MIG/$ctx/" || true)
  [ -z "$stray" ] || mv $stray "$MIG/$ctx/"
done
rm -rf SupplierMeetups
dotnet build --nologo -v quiet
