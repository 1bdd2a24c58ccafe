#!/usr/bin/env bash
# Writes a bundle in format 1 with the code of the last commit before format 2, and the
# coordinator's data folder it is addressed to (blues.sqlite and keys/, as
# coordinator.tar.xz), into tests/data/old_bundles/.
#
#   tests/data/old_bundles/make.sh COMMIT
#
# In temporary folders (never a user's): the coordinator (BPT) is set up, the partner
# (ZIN) gets a tiny demo (scale 0.004), the two exchange office cards, and ZIN writes
# its first bundle.
set -euo pipefail
commit=$1
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(git -C "$here" rev-parse --show-toplevel)"
python="${PYTHON:-$repo/.venv/bin/python}"
case "$python" in /*) ;; *) python="$PWD/$python" ;; esac
scratch="$(mktemp -d)"
old="$scratch/code"
git -C "$repo" worktree add --detach "$old" "$commit" >/dev/null 2>&1
trap 'git -C "$repo" worktree remove --force "$old"' EXIT
# Run from the old code's folder: the current directory comes first on Python's path,
# before the package installed in the environment.
cd "$old"
export PYTHONPATH="$old"
blues() {
  "$python" -c 'import sys; from blues_desktop.cli.main import main; sys.exit(main(sys.argv[1:]))' "$@"
}
blues --data-dir "$scratch/bpt" init --office BPT --name "Jörg Köhler" >/dev/null
blues --data-dir "$scratch/zin" demo --office ZIN --scale 0.004 --seed 874426 --name "Ana García" >/dev/null 2>&1
blues --data-dir "$scratch/bpt" keys export --out "$scratch/bpt.card" >/dev/null
blues --data-dir "$scratch/zin" keys export --out "$scratch/zin.card" >/dev/null
blues --data-dir "$scratch/zin" partners add "$scratch/bpt.card" >/dev/null
blues --data-dir "$scratch/bpt" partners add "$scratch/zin.card" >/dev/null
mkdir "$scratch/out"
blues --data-dir "$scratch/zin" bundle export --out "$scratch/out" >/dev/null
rm -f "$here"/*.blues
cp "$scratch"/out/*.blues "$here/"
"$python" - "$scratch/bpt/blues.sqlite" <<'PY'
import sqlite3
import sys

db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
db.execute("PRAGMA journal_mode=DELETE")
db.execute("VACUUM")
db.close()
PY
tar -C "$scratch/bpt" --owner=0 --group=0 --sort=name -cJf "$here/coordinator.tar.xz" blues.sqlite keys
ls -l "$here"
