# Shared by run-app and run-tests: a local virtual environment with BLUES Desktop installed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${BLUES_VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"

check_python() {
  if ! "$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
    echo "BLUES Desktop needs Python 3.11 or newer (found: $("$PYTHON" --version 2>&1 || echo none))." >&2
    echo "On Debian/Ubuntu: sudo apt-get install python3 python3-venv" >&2
    exit 1
  fi
}

# Install missing Debian packages listed in a file (as root), or say which to install.
ensure_debian_packages() {
  local list="$1" missing=()
  command -v dpkg-query >/dev/null 2>&1 || return 0
  while read -r pkg; do
    [[ -z "$pkg" || "$pkg" == \#* ]] && continue
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done < "$list"
  ((${#missing[@]} == 0)) && return 0
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages: ${missing[*]}" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "These system packages are missing: ${missing[*]}" >&2
    echo "Install them with: sudo apt-get install ${missing[*]}" >&2
    return 1
  fi
}

ensure_venv() {
  local extras="$1" stamp
  check_python
  if [[ ! -x "$VENV/bin/python" ]]; then
    echo "Creating the virtual environment in $VENV" >&2
    "$PYTHON" -m venv "$VENV"
  fi
  stamp="$VENV/.blues-installed$extras"
  if [[ ! -f "$stamp" || "$ROOT/pyproject.toml" -nt "$stamp" ]]; then
    echo "Installing BLUES Desktop and its dependencies into $VENV (first run only)" >&2
    if ! { "$VENV/bin/python" -m pip install --upgrade pip &&
           "$VENV/bin/python" -m pip install -e "$ROOT$extras"; } >"$VENV/install.log" 2>&1; then
      tail -n 30 "$VENV/install.log" >&2
      echo "Installing failed; the whole log is in $VENV/install.log" >&2
      exit 1
    fi
    touch "$stamp"
  fi
}

# The window's .qm files are build outputs: compile each .ts that is newer than its .qm
# (a source run then shows the newest translations; nothing to do costs a few stat calls).
compile_stale_translations() {
  local ts qm
  for ts in "$ROOT"/resources/translations/*.ts; do
    [[ -e "$ts" ]] || continue
    qm="${ts%.ts}.qm"
    if [[ ! -f "$qm" || "$ts" -nt "$qm" ]]; then
      "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$qm"
    fi
  done
}
