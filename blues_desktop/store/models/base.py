"""The declarative base and the sync columns every travelling record carries.

A record that travels in bundles has a UUID id born where the record is born, the
owning office, UTC timestamps, a per-office revision that grows with every change,
and a tombstone (`deleted_at`) instead of a DELETE. Tables built with
`sync_table_args` are marked `info={"sync": True}`; bundles find them that way.
"""

import os
import uuid
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from blues_desktop.store.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def new_id() -> str:
    return str(uuid.uuid4())


def new_ids(batch: int = 4096) -> Iterator[str]:
    """Endless random (version 4) UUIDs as new_id gives them, drawn a batch at a time from
    the system's random source: for imports that create 100,000 records."""
    while True:
        digits = os.urandom(16 * batch).hex()
        for at in range(0, 32 * batch, 32):
            h = digits[at : at + 32]
            # version 4 in the 13th digit, the RFC 4122 variant (8, 9, a or b) in the 17th
            yield f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:]}"


_VARIANT = {d: "89ab"[int(d, 16) & 3] for d in "0123456789abcdef"}


class SyncMixin:
    """id, office_id, created_at, updated_at, revision, deleted_at."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    office_id: Mapped[str] = mapped_column(String(3), ForeignKey("offices.code"), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    revision: Mapped[int] = mapped_column(nullable=False)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


SYNC_COLUMNS = ("id", "office_id", "created_at", "updated_at", "revision", "deleted_at")


def sync_table_args(tablename: str, *extra: Any) -> tuple[Any, ...]:
    """Table args for a travelling table: the (office_id, revision) index sync needs."""
    return (
        Index(f"ix_{tablename}_office_revision", "office_id", "revision"),
        *extra,
        {"info": {"sync": True}},
    )


def is_sync_table(table: Any) -> bool:
    return bool(table.info.get("sync"))
