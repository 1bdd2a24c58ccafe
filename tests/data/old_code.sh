# Shared by tests/data/*/make.sh: run the `blues` of an old commit, and pack a data folder.
# Sourced after `set -euo pipefail`; PYTHON may name the interpreter (default: .venv's).
repo="$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)"
python="${PYTHON:-$repo/.venv/bin/python}"
case "$python" in /*) ;; *) python="$PWD/$python" ;; esac
scratch="$(mktemp -d)"

# Check out COMMIT in a temporary git worktree (removed on exit) and run from there: the
# current directory comes first on Python's path, before the package installed in the
# environment, so `python` and `blues` below are that commit's.
use_old_code() {
  old="$scratch/code"
  git -C "$repo" worktree add --detach "$old" "$1" >/dev/null 2>&1
  trap 'git -C "$repo" worktree remove --force "$old"' EXIT
  cd "$old"
  export PYTHONPATH="$old"
}

blues() {
  "$python" -c 'import sys; from blues_desktop.cli.main import main; sys.exit(main(sys.argv[1:]))' "$@"
}

# pack_data_folder FOLDER TARGET.tar.xz: blues.sqlite (checkpointed, out of WAL, vacuumed:
# one small file) and keys/.
pack_data_folder() {
  "$python" - "$1/blues.sqlite" <<'PY'
import sqlite3
import sys

db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
db.execute("PRAGMA journal_mode=DELETE")
db.execute("VACUUM")
db.close()
PY
  tar -C "$1" --owner=0 --group=0 --sort=name -cJf "$2" blues.sqlite keys
}
