"""Which tables travel, and in which order (parents before children)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from blues_desktop.store.models import Base, is_sync_table


def sync_tables() -> list[Table]:
    """Every table marked sync, parents first, so new tables travel without listing them."""
    return [table for table in Base.metadata.sorted_tables if is_sync_table(table)]


def sync_table(name: str) -> Table | None:
    table = Base.metadata.tables.get(name)
    return table if table is not None and is_sync_table(table) else None


def stored_revisions(session: Session, table: Table, ids: Iterable[str]) -> dict[str, int]:
    """{id: revision} of the given records that this database holds (asked 500 at a time,
    under SQLite's limit on bound values)."""
    listed = list(ids)
    found: dict[str, int] = {}
    for start in range(0, len(listed), 500):
        chunk = listed[start : start + 500]
        found.update(
            (row[0], row[1])
            for row in session.execute(
                select(table.c.id, table.c.revision).where(table.c.id.in_(chunk))
            )
        )
    return found
