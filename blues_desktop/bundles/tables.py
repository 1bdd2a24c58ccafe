"""Which tables travel, and in which order (parents before children)."""

from __future__ import annotations

from sqlalchemy import Table

from blues_desktop.store.models import Base, is_sync_table


def sync_tables() -> list[Table]:
    """Every table marked sync, parents first, so new tables travel without listing them."""
    return [table for table in Base.metadata.sorted_tables if is_sync_table(table)]


def sync_table(name: str) -> Table | None:
    table = Base.metadata.tables.get(name)
    return table if table is not None and is_sync_table(table) else None
