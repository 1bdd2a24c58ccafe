"""Look for strings everywhere an installation keeps data: every column of every table,
the database file's raw bytes (and its write-ahead log), and the data folder's files
(PDFs by their text too). Backups are left out: they are the documented exception."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from pypdf import PdfReader

from blues_desktop.services.context import AppContext


def _hits_in(text: str, strings: Iterable[str]) -> list[str]:
    folded = text.casefold()
    return [s for s in strings if s.casefold() in folded]


def rows_holding(database: Path, strings: tuple[str, ...]) -> list[str]:
    """'table.column: string' for every cell of every table that holds one of `strings`."""
    found = []
    connection = sqlite3.connect(database)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        for table in tables:
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            columns = [d[0] for d in cursor.description]
            for row in cursor:
                for column, value in zip(columns, row, strict=True):
                    if value is None:
                        continue
                    text = (
                        value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
                    )
                    found += [f"{table}.{column}: {s}" for s in _hits_in(text, strings)]
    finally:
        connection.close()
    return found


def bytes_holding(path: Path, strings: tuple[str, ...]) -> list[str]:
    """The strings whose UTF-8 bytes appear in the file (case as written, and folded)."""
    if not path.is_file():
        return []
    data = path.read_bytes()
    lowered = data.lower()
    return [
        f"{path.name}: {s}"
        for s in strings
        if s.encode() in data or s.casefold().encode() in lowered
    ]


def vacuum(database: Path) -> None:
    """VACUUM, then close (the last connection folds the write-ahead log into the file)."""
    connection = sqlite3.connect(database)
    try:
        connection.execute("VACUUM")
    finally:
        connection.close()


def files_holding(root: Path, strings: tuple[str, ...], skip: tuple[Path, ...]) -> list[str]:
    """Files under `root` (not under `skip`) whose bytes, or whose PDF text, hold a string."""
    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        if any(path == s or s in path.parents for s in skip):
            continue
        found += bytes_holding(path, strings)
        found += [f"{path.name} (file name): {s}" for s in _hits_in(path.name, strings)]
        data = path.read_bytes()
        if data.startswith(b"%PDF-"):
            try:
                text = "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)
            except Exception:  # a hand-made test file, not a full PDF: its bytes were read
                text = ""
            found += [f"{path.name} (PDF text): {s}" for s in _hits_in(text, strings)]
    return found


def everywhere(ctx: AppContext, strings: tuple[str, ...]) -> list[str]:
    """Every place this installation still holds one of `strings` (empty when none)."""
    database = ctx.paths.database
    wal = database.with_name(database.name + "-wal")
    # the write-ahead log while the installation is still open (closing it folds the log in)
    found = [f"open write-ahead log {hit}" for hit in bytes_holding(wal, strings)]
    ctx.installation.engine.dispose()
    found += [f"database row {hit}" for hit in rows_holding(database, strings)]
    # what a forensic look at the files would find: the raw bytes as they are, then after
    # SQLite has rebuilt the file (free pages and old copies in the log gone)
    found += [f"raw bytes {hit}" for hit in bytes_holding(database, strings)]
    found += [f"raw bytes {hit}" for hit in bytes_holding(wal, strings)]
    vacuum(database)
    found += [f"raw bytes after VACUUM {hit}" for hit in bytes_holding(database, strings)]
    found += [f"raw bytes after VACUUM {hit}" for hit in bytes_holding(wal, strings)]
    skip = (ctx.paths.backups, database, wal, database.with_name(database.name + "-shm"))
    found += [f"data folder {hit}" for hit in files_holding(ctx.paths.root, strings, skip)]
    return found
