#!/usr/bin/env bash
# Writes one old database, with the code of an old commit, as tests/data/old_databases/
# <REVISION>.tar.xz (the data folder's blues.sqlite and keys/, nothing else).
#
#   tests/data/old_databases/make.sh COMMIT REVISION [DOWNGRADE_TO]
#
# The commit's code fills a fresh data folder with a tiny demo (the coordinator's office
# alone, scale 0.004), in a temporary folder, never a user's. With DOWNGRADE_TO, that
# commit's own migrations then take the schema down to that revision (for the revisions
# that were never the newest one; README.md says which). The file is checkpointed,
# switched out of WAL and vacuumed so it is one small file.
set -euo pipefail
commit=$1
revision=$2
downgrade_to=${3:-}
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(git -C "$here" rev-parse --show-toplevel)"
python="${PYTHON:-$repo/.venv/bin/python}"
case "$python" in /*) ;; *) python="$PWD/$python" ;; esac
old="$(mktemp -d)/code"
data="$(mktemp -d)/data"
git -C "$repo" worktree add --detach "$old" "$commit" >/dev/null 2>&1
trap 'git -C "$repo" worktree remove --force "$old"' EXIT
# Run from the old code's folder: the current directory comes first on Python's path,
# before the package installed in the environment.
cd "$old"
export PYTHONPATH="$old"
"$python" -c 'import sys; from blues_desktop.cli.main import main; sys.exit(main(sys.argv[1:]))' \
  --data-dir "$data" demo --office BPT --scale 0.004 --seed 874426 --name "Demo User" >/dev/null 2>&1
if [ -n "$downgrade_to" ]; then
  "$python" - "$data/blues.sqlite" "$downgrade_to" <<'PY'
import sys
from alembic import command
from sqlalchemy import create_engine
from blues_desktop.store.migrate import alembic_config

engine = create_engine(f"sqlite:///{sys.argv[1]}")
with engine.connect() as connection:
    connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
    with connection.begin():
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, sys.argv[2])
PY
fi
"$python" - "$data/blues.sqlite" "$revision" <<'PY'
import sqlite3
import sys

db = sqlite3.connect(sys.argv[1], isolation_level=None)
found = db.execute("SELECT version_num FROM alembic_version").fetchone()[0]
assert found == sys.argv[2], f"the database is at {found}, not {sys.argv[2]}"
db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
db.execute("PRAGMA journal_mode=DELETE")
db.execute("VACUUM")
db.close()
PY
tar -C "$data" --owner=0 --group=0 --sort=name -cJf "$here/$revision.tar.xz" blues.sqlite keys
echo "$revision.tar.xz from $commit: $(stat -c %s "$here/$revision.tar.xz") bytes"
