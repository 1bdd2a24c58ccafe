"""Is the database file sound? A quick check at every start, full checks for `blues doctor`.

SQLite's own checks do the work: `PRAGMA quick_check` (pages and structure, in
about the time it takes to read the file) before the app opens the database, and
`PRAGMA integrity_check` plus `PRAGMA foreign_key_check` on request. A file that
is not a database at all ("file is not a database") counts as damaged.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from blues_desktop.domain.errors import StorageError
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message

SQLITE_HEADER = b"SQLite format 3\x00"
# Enough problems to tell what is wrong without printing a whole broken file.
MAX_PROBLEMS = 20
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26
BUSY_TIMEOUT_S = 10.0


class DamagedDatabaseError(StorageError):
    """The database file failed SQLite's checks; `problems` lists what SQLite said."""

    def __init__(self, path: Path, problems: tuple[str, ...]) -> None:
        self.path = path
        self.problems = problems
        first = problems[0] if problems else "unknown damage"
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "the database {path} is damaged ({problem}); restore a backup with "
                    "`blues backup restore` or start the app to choose one",
                ),
                path=str(path),
                problem=first,  # SQLite's own words
            )
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.path, self.problems))


@dataclass(frozen=True, slots=True)
class CheckResult:
    """What one check found: `problems` is empty when the file is sound."""

    path: Path
    problems: tuple[str, ...] = ()
    foreign_key_problems: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems and not self.foreign_key_problems


def _connect(path: Path, *, immutable: bool) -> sqlite3.Connection:
    """A read-only connection: a check never writes, not even a WAL checkpoint on close.

    `immutable` (for backups, which nothing writes) also keeps SQLite from creating
    -wal/-shm files beside the file.
    """
    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    connection = sqlite3.connect(f"file:{path}?{flags}", uri=True, timeout=BUSY_TIMEOUT_S)
    # A damaged file can put any bytes into the check's messages (a broken name in the
    # schema); they are shown with replacement characters instead of failing the check.
    connection.text_factory = lambda raw: raw.decode("utf-8", "replace")
    return connection


# Damaged header fields (the file format bytes, the schema format) surface as a plain
# SQLITE_ERROR with these words rather than as SQLITE_CORRUPT.
DAMAGE_MESSAGES = ("unsupported file format", "malformed")


def _is_damage(exc: sqlite3.Error) -> bool:
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    return code in (SQLITE_CORRUPT, SQLITE_NOTADB) or any(m in str(exc) for m in DAMAGE_MESSAGES)


def _pragma_rows(connection: sqlite3.Connection, pragma: str) -> list[str]:
    """The check's messages, one per line, without SQLite's "*** in database main ***" headers."""
    lines: list[str] = []
    for (text,) in connection.execute(pragma).fetchall():
        lines.extend(line.strip() for line in str(text).splitlines())
    return [line for line in lines if line and not line.startswith("*** in database")]


def quick_check(path: Path, *, immutable: bool = False) -> CheckResult:
    """SQLite's quick check of one file; any SQLite error opening it is a problem found."""
    return _check(
        path, f"PRAGMA quick_check({MAX_PROBLEMS})", foreign_keys=False, immutable=immutable
    )


def full_check(path: Path, *, immutable: bool = False) -> CheckResult:
    """integrity_check and foreign_key_check (violations counted per table)."""
    return _check(
        path, f"PRAGMA integrity_check({MAX_PROBLEMS})", foreign_keys=True, immutable=immutable
    )


def _check(path: Path, pragma: str, *, foreign_keys: bool, immutable: bool) -> CheckResult:
    path = Path(path)
    header_problem = _header_problem(path)
    if header_problem:
        return CheckResult(path, (header_problem,))
    try:
        connection = _connect(path, immutable=immutable)
    except sqlite3.Error as exc:
        raise StorageError(
            Message(
                QT_TRANSLATE_NOOP("messages", "cannot open the database {path}: {error}"),
                path=str(path),
                error=str(exc),
            )
        ) from exc
    try:
        rows = _pragma_rows(connection, pragma)
        problems = tuple(r for r in rows if r != "ok")
        violations: Counter[str] = Counter()
        if foreign_keys and not problems:
            for row in connection.execute("PRAGMA foreign_key_check").fetchall():
                violations[str(row[0])] += 1
        return CheckResult(path, problems, dict(violations))
    except UnicodeDecodeError:
        # SQLite's own message quoted damaged bytes of the schema that are not text.
        return CheckResult(
            path, ("database disk image is malformed (unreadable text in its schema)",)
        )
    except sqlite3.Error as exc:
        if _is_damage(exc):  # "file is not a database", "database disk image is malformed"
            return CheckResult(path, (str(exc),))
        # Busy, locked, unreadable: the file may be fine; say what stopped the check.
        raise StorageError(
            Message(
                QT_TRANSLATE_NOOP("messages", "cannot check the database {path}: {error}"),
                path=str(path),
                error=str(exc),
            )
        ) from exc
    finally:
        connection.close()


def _header_problem(path: Path) -> str | None:
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        return Message(
            QT_TRANSLATE_NOOP("messages", "cannot read it: {error}"), error=str(exc.strerror or exc)
        )
    if not head:
        return Message(QT_TRANSLATE_NOOP("messages", "the file is empty"))
    if head != SQLITE_HEADER:
        return "file is not a database"
    return None


def check_before_open(path: Path, backups_dir: Path | None) -> None:
    """Raise DamagedDatabaseError if the existing file at `path` fails the quick check.

    A missing file is a new installation. An empty file is new too, unless backups
    exist: then the data it held is gone and a backup should be offered.
    """
    path = Path(path)
    if not path.exists():
        return
    if path.stat().st_size == 0:
        has_backups = backups_dir is not None and any(Path(backups_dir).glob("blues-*.sqlite"))
        if has_backups:
            raise DamagedDatabaseError(
                path, (Message(QT_TRANSLATE_NOOP("messages", "the file is empty")),)
            )
        return
    result = quick_check(path)
    if not result.ok:
        raise DamagedDatabaseError(path, result.problems)
