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
# Raw SQL that no model can express goes back into the new migration: the audit log's no-update/no-delete triggers.
python3 - <<'PY'
import glob
for prov in ['Postgres', 'Sqlite']:
    path = glob.glob(f'Platform/Persistence/Migrations/{prov}/*_Initial.cs')[0]
    s = open(path, encoding='utf-8').read()
    down = '        /// <inheritdoc />\n        protected override void Down'
    end_of_up = s.rindex('        }\n', 0, s.index(down))
    s = (s[:end_of_up] + '            // Audit entries cannot be changed or deleted, by the application or anyone with its database login.\n'
         f'            migrationBuilder.Sql(SupplierMeetups.Web.Platform.Audit.AuditTriggers.{prov}Up);\n' + s[end_of_up:])
    head = 'protected override void Down(MigrationBuilder migrationBuilder)\n        {\n'
    at = s.index(head) + len(head)
    s = s[:at] + f'            migrationBuilder.Sql(SupplierMeetups.Web.Platform.Audit.AuditTriggers.{prov}Down);\n\n' + s[at:]
    open(path, 'w', encoding='utf-8').write(s)
PY
dotnet build --nologo -v quiet
