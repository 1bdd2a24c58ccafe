"""Which revisions of which records each imported bundle brought (table bundle_records).

The sending office's audit log stays on its laptop; at the receiving office a merged
record's history is "revision 12 came with bundle 3 of ZIN, imported by …". The merge
writes rows in bulk, so this trail is written by the database itself: while the merge
runs, temporary triggers on every travelling table note each row inserted or each
revision raised in a temporary table (appends, no index); at the end the notes are
copied into bundle_records in record order, which writes its one B-tree in sequence.
No Python work per row, and the temporary triggers and table vanish with the
transaction whatever its outcome. (Written straight into bundle_records, each note
was a random insert into a large index and doubled the time of a full import.)

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
_NOTES = "blues_merge_notes"


def _triggers() -> Iterator[tuple[str, str]]:
    """(name, CREATE statement) of the temporary triggers that note what the merge writes."""
    for table in Base.metadata.sorted_tables:
        if not is_sync_table(table):
            continue
        note = (
            f"INSERT INTO {_NOTES} (table_name, record_id, revision) "
            f"VALUES ('{table.name}', NEW.id, NEW.revision);"
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
    session.execute(text(f"DROP TABLE IF EXISTS temp.{_NOTES}"))
    session.execute(
        text(f"CREATE TEMP TABLE {_NOTES} (table_name TEXT, record_id TEXT, revision INTEGER)")
    )
    names = []
    for name, create in _triggers():
        session.execute(text(create))
        names.append(name)
    try:
        yield
    except BaseException:
        # A failed merge is rolled back, which removes them too; dropped here as well
        # in case the caller catches the error and goes on in the same transaction.
        with contextlib.suppress(Exception):
            _drop(session, names)
            session.execute(text(f"DROP TABLE IF EXISTS temp.{_NOTES}"))
        raise
    _drop(session, names)
    # One note per record: its newest revision in this bundle.
    session.execute(
        text(
            "INSERT OR IGNORE INTO bundle_records (record_id, bundle_office, bundle_sequence, "
            f"table_name, revision) SELECT record_id, '{office}', {int(sequence)}, table_name, "
            f"MAX(revision) FROM temp.{_NOTES} GROUP BY record_id, table_name ORDER BY record_id"
        )
    )
    session.execute(text(f"DROP TABLE temp.{_NOTES}"))


def _drop(session: Session, names: list[str]) -> None:
    for name in names:
        session.execute(text(f"DROP TRIGGER IF EXISTS temp.{name}"))
