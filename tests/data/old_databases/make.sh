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
source "$here/../old_code.sh"
data="$scratch/data"
use_old_code "$commit"
blues --data-dir "$data" demo --office BPT --scale 0.004 --seed 874426 --name "Demo User" >/dev/null 2>&1
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

found = sqlite3.connect(sys.argv[1]).execute("SELECT version_num FROM alembic_version").fetchone()
assert found[0] == sys.argv[2], f"the database is at {found[0]}, not {sys.argv[2]}"
PY
out="${OUT:-$here}"  # renumbered/ for the revision ids renamed since
pack_data_folder "$data" "$out/$revision.tar.xz"
echo "$revision.tar.xz from $commit: $(stat -c %s "$out/$revision.tar.xz") bytes"
