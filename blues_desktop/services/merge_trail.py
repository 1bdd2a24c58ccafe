"""Which revisions of which records each imported bundle brought (table bundle_records).

The sending office's audit log stays on its laptop; at the receiving office a merged
record's history is "revision 12 came with bundle 3 of ZIN, imported by …". The merge
writes rows in bulk, so this trail is written by the database itself: while the merge
runs, temporary triggers on every travelling table note each row inserted or each
revision raised. No Python work per row (the bundle import benchmark holds its
target), and the triggers vanish with the transaction whatever its outcome.

On databases other than SQLite the trail is not written (the merge is unchanged).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator

from sqlalchemy import text
from sqlalchemy.orm import Session

from blues_desktop.store.models import Base, is_sync_table

_OFFICE = re.compile(r"^[A-Z]{3}$")
_TRIGGER_PREFIX = "blues_merge_trail_"


def _triggers(office: str, sequence: int) -> Iterator[tuple[str, str]]:
    """(name, CREATE statement) of the temporary triggers for one bundle's merge."""
    for table in Base.metadata.sorted_tables:
        if not is_sync_table(table):
            continue
        note = (
            "INSERT INTO bundle_records (bundle_office, bundle_sequence, table_name, record_id, "
            f"revision) VALUES ('{office}', {sequence}, '{table.name}', NEW.id, NEW.revision);"
        )
        inserted = f"{_TRIGGER_PREFIX}{table.name}_insert"
        yield (
            inserted,
            (f"CREATE TEMP TRIGGER {inserted} AFTER INSERT ON main.{table.name} BEGIN {note} END"),
        )
        updated = f"{_TRIGGER_PREFIX}{table.name}_update"
        yield (
            updated,
            (
                f"CREATE TEMP TRIGGER {updated} AFTER UPDATE OF revision ON main.{table.name} "
                f"WHEN NEW.revision IS NOT OLD.revision BEGIN {note} END"
            ),
        )


@contextlib.contextmanager
def attribute_merges(session: Session, office: str, sequence: int) -> Iterator[None]:
    """Inside the merge's transaction: every record revision written in the block is
    noted as brought by bundle `sequence` of `office`."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    if not _OFFICE.match(office):
        raise ValueError(f"not an office code: {office!r}")  # the manifest was verified
    names = []
    for name, create in _triggers(office, int(sequence)):
        session.execute(text(create))
        names.append(name)
    try:
        yield
    except BaseException:
        # A failed merge is rolled back, which removes them too; dropped here as well
        # in case the caller catches the error and goes on in the same transaction.
        with contextlib.suppress(Exception):
            _drop(session, names)
        raise
    _drop(session, names)


def _drop(session: Session, names: list[str]) -> None:
    for name in names:
        session.execute(text(f"DROP TRIGGER IF EXISTS temp.{name}"))
