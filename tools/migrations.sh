#!/usr/bin/env bash
# Adds a migration for both providers: tools/migrations.sh add <Name>
# Before the first release, `tools/migrations.sh reset` regenerates InitialCreate instead. Reset drops every
# migration, including the hand-written SQL of AddConferenceBookings (the booking exclusion constraint and its
# SQLite triggers): after a reset, add that migration again and copy its Up/Down back.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
ef() { dotnet ef "$@" --project Justice.Domain --startup-project Justice.Domain; }
case "${1:-}" in
  add)
    name=${2:?usage: tools/migrations.sh add <Name>}
    ef migrations add "$name" --context SqliteJusticeDbContext --output-dir Persistence/Migrations/Sqlite
    ef migrations add "$name" --context PostgresJusticeDbContext --output-dir Persistence/Migrations/PostgreSql ;;
  reset)
    rm -rf Justice.Domain/Persistence/Migrations
    "$0" add InitialCreate ;;
  *) echo "usage: tools/migrations.sh add <Name> | reset" >&2; exit 2 ;;
esac
