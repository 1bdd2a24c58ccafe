"""Writing a previewed import: every row that passed the checks, in one transaction
(the rows set aside go to the fix-up file), or with `all_or_nothing` nothing at all
while any row has an error.

New records go in with Core executemany inserts (revisions taken in one step, one
audit row each); records that exist and differ are changed through services.records.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from typing import Any, TypeVar

from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.names import name_key
from blues_desktop.domain.organisations import search_text_of
from blues_desktop.domain.translatable import PLURAL, QT_TRANSLATE_NOOP, Message
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services import records
from blues_desktop.services.audit import json_value
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.importing.preview import (
    ImportPreview,
    PlannedContact,
    PlannedOrganisation,
)
from blues_desktop.services.members.importing.rows import Problem
from blues_desktop.store.backup import create_backup
from blues_desktop.store.engine import sqlite_file_of
from blues_desktop.store.models import AuditLog, Organisation, Person
from blues_desktop.store.models.base import new_ids

T = TypeVar("T")
AUDIT_TABLE: Any = AuditLog.__table__
SHOWN_PROBLEMS = 10
CHUNK = 5_000
IMPORT_CACHE_KIB = 24_576  # 24 MB, against the 300 MB an import of 100,000 rows may use


@dataclass(frozen=True, slots=True)
class ImportResult:
    organisations_created: int
    organisations_changed: int
    contacts_created: int
    contacts_changed: int
    rows_imported: int = 0
    rows_set_aside: int = 0
    changes: Changes = Changes.of(Kind.MEMBERS)


def problems_error(preview: ImportPreview) -> ValidationError:
    """The first problems in words; the rest are in the problem report workbook."""
    report = ValidationReport()
    errors = preview.errors
    for problem in errors[:SHOWN_PROBLEMS]:
        report.error(f"sheet {problem.sheet!r} row {problem.row}", _in_column(problem))
    if len(errors) > SHOWN_PROBLEMS:
        more = len(errors) - SHOWN_PROBLEMS
        report.error(
            "file",
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "… and %n more problem(s) (see the problem report)", None, PLURAL
                ),
                n=more,
            ),
        )
    return ValidationError(report)


def _in_column(problem: Problem) -> str:
    if not problem.column:
        return problem.message
    return Message(
        QT_TRANSLATE_NOOP("messages", "column {column}: {problem}"),
        column=problem.column,
        problem=problem.message,
    )


def commit_import(
    ctx: AppContext, preview: ImportPreview, *, all_or_nothing: bool = False
) -> ImportResult:
    """Write what the preview planned: the rows that passed. With `all_or_nothing`, any
    row with an error refuses the whole file (the behaviour before rows were set aside)."""
    if all_or_nothing and not preview.ok:
        raise problems_error(preview)
    new_orgs = [o for o in preview.organisations if o.existing_id is None]
    new_people = [c for c in preview.contacts if c.existing_id is None]
    reason = f"import from {preview.path.name}"
    writes = (
        new_orgs
        or new_people
        or any(o.changes for o in preview.organisations)
        or any(c.changes for c in preview.contacts)
    )
    database = sqlite_file_of(ctx.installation.engine)
    if writes and database is not None:
        # The import is one transaction; the backup is for "I imported the wrong file".
        create_backup(database, ctx.paths.backups, f"before-import-{preview.path.stem}")
    with ctx.transaction() as session, _page_cache(session):
        today = ctx.now().date()
        ids = _insert(
            session, ctx, Organisation, new_orgs, lambda o: _org_row(o.values, today), reason
        )  # noqa: E501
        for planned, org_id in zip(new_orgs, ids, strict=True):
            planned.existing_id = org_id  # contacts below point to it
        changed_orgs = 0
        for planned in preview.organisations:
            if planned.changes:  # only records that existed before have changes
                org = records.get_live(
                    session, Organisation, planned.existing_id or "", "organisation"
                )  # noqa: E501
                changes = dict(planned.changes)
                if "legal_name" in changes:
                    changes["name_key"] = name_key(changes["legal_name"])
                records.update_fields(session, ctx, org, changes, reason=reason)
                changed_orgs += 1
        _insert(session, ctx, Person, new_people, _person_row, reason)
        changed_people = 0
        for contact in preview.contacts:
            if contact.existing_id and contact.changes:
                person = records.get_live(session, Person, contact.existing_id, "person")
                records.update_fields(session, ctx, person, contact.changes, reason=reason)
                changed_people += 1
    for planned in new_orgs:
        planned.existing_id = None  # the preview describes the file again, not this commit
    return ImportResult(
        len(new_orgs),
        changed_orgs,
        len(new_people),
        changed_people,
        preview.rows_to_import,
        len(preview.set_aside),
    )


@contextmanager
def _page_cache(session: Any) -> Iterator[None]:
    """A larger SQLite page cache while the import writes: new records land all over the
    indexes (random ids, names, e-mail addresses), and with the default 2 MB cache most
    rows would push a page out and read another back. Set back afterwards."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    kept = int(connection.exec_driver_sql("PRAGMA cache_size").scalar())
    connection.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={kept}")


def _person_row(contact: PlannedContact) -> dict[str, Any]:
    return {
        "first_name": "",
        "last_name": "",
        **contact.values,
        "organisation_id": _org_id(contact.organisation),
    }  # noqa: E501


def _org_id(target: PlannedOrganisation | str) -> str:
    return target if isinstance(target, str) else str(target.existing_id)


def _org_row(values: dict[str, Any], today: date) -> dict[str, Any]:
    until = values.get("member_until")
    key = name_key(values["legal_name"])
    return {
        "org_type": "other",
        **values,
        "name_key": key,
        "search_text": search_text_of(
            values["legal_name"],
            values.get("short_name"),
            values.get("city"),
            values.get("vat_number"),
            key,
        ),
        "is_member": not (isinstance(until, date) and until < today),
    }


def _insert(
    session: Any,
    ctx: AppContext,
    model: Any,
    items: Sequence[T],
    build: Callable[[T], dict[str, Any]],
    reason: str,
) -> list[str]:
    """Insert one row per item, a chunk at a time (so 100,000 rows are never all built at once),
    with consecutive revisions and one audit row each (findable by table and record id, as
    for any create); returns the new ids in order.

    The rows go to the driver as plain tuples through executemany on the session's
    connection (same transaction): each column's conversion (dates, timestamps, booleans)
    is SQLAlchemy's own bind processor, run once per distinct value instead of per cell."""
    if not items:
        return []
    connection = session.connection()
    table = model.__table__
    first = records.take_revisions(session, ctx.office_code, len(items))
    now = ctx.now()
    columns = [c for c in table.columns if c.key not in _SYNC_SET]
    # executemany needs every row to carry every column: the column defaults fill the gaps
    defaults = {c.key: _scalar_default(c) for c in columns}
    pick = itemgetter(*defaults)
    casts = [
        (i, cast) for i, c in enumerate(columns) if (cast := _converter(c, connection.dialect))
    ]
    # the same instant on every row: converted once, as SQLAlchemy stores it
    stamp = table.c.created_at.type._cached_bind_processor(connection.dialect)(now)
    audit_stamp = AUDIT_TABLE.c.at.type._cached_bind_processor(connection.dialect)(now)
    row_sql = _insert_sql(connection, table, [*defaults, *_SYNC])
    audit_sql = _insert_sql(connection, AUDIT_TABLE, list(_AUDIT))
    # a plain str: the driver would ask SQLAlchemy's quoted_name how to adapt it, every row
    office, user, table_name = ctx.office_code, ctx.user_name, str(table.name)
    ids: list[str] = []
    fresh = new_ids()
    for start in range(0, len(items), CHUNK):
        rows, audit = [], []
        for offset, item in enumerate(items[start : start + CHUNK], start=start):
            record_id = next(fresh)
            ids.append(record_id)
            values = build(item)
            row = list(pick({**defaults, **values}))
            for index, cast in casts:
                row[index] = cast(row[index])
            rows.append((*row, record_id, office, stamp, stamp, first + offset, None))
            # what the audit keeps of a create: the values given, the id and the office
            values = {k: v for k, v in values.items() if v is not None}
            values["id"], values["office_id"] = record_id, office
            audit.append(
                (audit_stamp, user, office, "create", table_name, record_id,
                 _AUDIT_JSON.encode(values), reason)
            )  # fmt: skip
        connection.exec_driver_sql(row_sql, rows)
        connection.exec_driver_sql(audit_sql, audit)
    return ids


_SYNC = ("id", "office_id", "created_at", "updated_at", "revision", "deleted_at")
_SYNC_SET = frozenset(_SYNC)
_AUDIT = ("at", "user_name", "office_id", "action", "table_name", "record_id", "changes", "reason")
# one encoder for every audit row (json.dumps with options builds a new one per call)
_AUDIT_JSON = json.JSONEncoder(ensure_ascii=False, default=json_value)


def _scalar_default(column: Any) -> Any:
    default = column.default
    return default.arg if default is not None and default.is_scalar else None


def _converter(column: Any, dialect: Any) -> Callable[[Any], Any] | None:
    """The column's bind processor, remembered per distinct value (a list holds a few
    thousand membership dates, not 100,000); None where values go in as they are."""
    process = column.type._cached_bind_processor(dialect)
    if process is None:
        return None
    seen: dict[Any, Any] = {}

    def convert(value: Any) -> Any:
        if value is None:
            return None
        try:
            return seen[value]
        except KeyError:
            seen[value] = done = process(value)
            return done

    return convert


def _insert_sql(connection: Any, table: Any, names: list[str]) -> str:
    quote = connection.dialect.identifier_preparer.quote
    marks = ", ".join("?" for _ in names)
    return f"INSERT INTO {quote(table.name)} ({', '.join(map(quote, names))}) VALUES ({marks})"
