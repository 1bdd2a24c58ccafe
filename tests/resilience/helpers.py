"""What the resilience tests share: damaging a file, a digest of a database's content."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path


def damage(path: Path, start: float = 0.3, end: float = 0.7) -> None:
    """Overwrite the middle of a file with garbage, as a failing disk or a bad copy would."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(int(size * start))
        handle.write(b"\xde\xad\xbe\xef" * ((int(size * end) - int(size * start)) // 4))


def content_digest(path: Path, volatile: dict[str, set[str]] | None = None) -> str:
    """SHA-256 over every table's rows (sorted) and the schema: equal digests, equal content.

    `volatile` names columns whose values differ between two runs of the same work (the
    moment an import happened); they are left out, the rest of their rows is compared.
    """
    digest = hashlib.sha256()
    connection = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        for kind, name, sql in connection.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
        ):
            # Alembic's batch mode writes a table's constraints in no fixed order.
            clauses = sorted(line.strip().rstrip(",") for line in (sql or "").splitlines())
            digest.update(repr((kind, name, clauses)).encode())
        for table in tables:
            digest.update(f"table {table}\n".encode())
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            skip = (volatile or {}).get(table, set())
            keep = [i for i, d in enumerate(cursor.description) if d[0] not in skip]
            rows = [tuple(r[i] for i in keep) for r in cursor.fetchall()]
            for row in sorted(repr(r) for r in rows):
                digest.update(row.encode())
                digest.update(b"\n")
    finally:
        connection.close()
    return digest.hexdigest()


def sqlite_checks(path: Path) -> tuple[list[str], list[tuple]]:  # type: ignore[type-arg]
    """(integrity_check rows, foreign_key_check rows) of a database file."""
    connection = sqlite3.connect(path)
    try:
        integrity = [r[0] for r in connection.execute("PRAGMA integrity_check")]
        foreign = connection.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        connection.close()
    return integrity, foreign


def count_rows(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
    finally:
        connection.close()
