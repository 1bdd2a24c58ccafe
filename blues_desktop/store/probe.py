"""A cheap look at a data folder before the data layer is loaded.

With the standard library's sqlite3 only (no SQLAlchemy, no Alembic), the window can
tell in a few milliseconds whether the folder is set up, at the newest schema and
sound; then it shows at once and the data layer loads behind it. Anything unusual
(no database, an older schema, damage) means "take the full path", which upgrades,
checks and recovers as usual.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from blues_desktop.assets import migrations_dir
from blues_desktop.store.integrity import quick_check
from blues_desktop.store.paths import DataPaths

VERSIONS_DIR = migrations_dir() / "versions"
_REVISION = re.compile(r'^revision(?::\s*str)?\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)
_DOWN = re.compile(r'^down_revision(?::[^=]+)?=\s*(?:["\']([^"\']+)["\']|None)', re.MULTILINE)


@dataclass(frozen=True, slots=True)
class ReadyFolder:
    office_code: str
    user_name: str
    fingerprint: str
    users: tuple[str, ...] = ()  # this computer's users: more than one means "ask who"


@cache
def head_from_files(versions_dir: Path = VERSIONS_DIR) -> str | None:
    """The newest revision of the (linear) migration chain, read from the files' headers."""
    revisions: dict[str, str | None] = {}
    for path in versions_dir.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN.search(text)
        if revision is None or down is None:
            return None
        revisions[revision.group(1)] = down.group(1)
    parents = {down for down in revisions.values() if down}
    heads = [rev for rev in revisions if rev not in parents]
    return heads[0] if len(heads) == 1 else None


def probe_ready(paths: DataPaths) -> ReadyFolder | None:
    """What the status bar needs if the folder can open without upgrade or repair."""
    database = paths.database
    if not database.is_file() or not quick_check(database).ok:
        return None
    try:
        connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return None
    try:
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        settings = dict(connection.execute("SELECT key, value FROM local_settings").fetchall())
        office = settings.get("office_code")
        if office is None or version is None or version[0] != head_from_files():
            return None
        row = connection.execute(
            "SELECT fingerprint FROM offices WHERE code = ?", (office,)
        ).fetchone()
        users = tuple(
            str(name)
            for (name,) in connection.execute("SELECT name FROM local_users ORDER BY name")
        )
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    if row is None or not row[0]:
        return None
    return ReadyFolder(office, settings.get("user_name", "unknown"), str(row[0]), users)
