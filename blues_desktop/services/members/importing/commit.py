"""Writing a previewed import: every row that passed the checks, in one transaction
(the rows set aside go to the fix-up file), or with `all_or_nothing` nothing at all
while any row has an error.

New records go in with Core executemany inserts (revisions taken in one step, one
audit row each); records that exist and differ are changed through services.records.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import insert

from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.names import name_key
from blues_desktop.domain.organisations import search_text_of
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services import records
from blues_desktop.services.audit import json_value
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.importing.preview import (
    ImportPreview,
    PlannedContact,
    PlannedOrganisation,
)
from blues_desktop.store.backup import create_backup
from blues_desktop.store.engine import sqlite_file_of
from blues_desktop.store.models import AuditLog, Organisation, Person, new_id

T = TypeVar("T")
AUDIT_TABLE: Any = AuditLog.__table__
SHOWN_PROBLEMS = 10
CHUNK = 5_000


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
        column = f"column {problem.column}: " if problem.column else ""
        report.error(f"sheet {problem.sheet!r} row {problem.row}", column + problem.message)
    if len(errors) > SHOWN_PROBLEMS:
        report.error(
            "file", f"… and {len(errors) - SHOWN_PROBLEMS:,} more problems (see the problem report)"
        )
    return ValidationError(report)


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
    with ctx.transaction() as session:
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
    return {
        "org_type": "other",
        **values,
        "name_key": name_key(values["legal_name"]),
        "search_text": search_text_of(
            values["legal_name"],
            values.get("short_name"),
            values.get("city"),
            values.get("vat_number"),
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
    with consecutive revisions and one audit row each; returns the new ids in order."""
    if not items:
        return []
    first = records.take_revisions(session, ctx.office_code, len(items))
    now = ctx.now()
    # executemany needs every row to carry the same keys: the column defaults fill the gaps
    defaults = {
        c.key: (c.default.arg if c.default is not None and c.default.is_scalar else None)
        for c in model.__table__.columns
    }
    ids: list[str] = []
    for start in range(0, len(items), CHUNK):
        rows, audit = [], []
        for offset, item in enumerate(items[start : start + CHUNK], start=start):
            record_id = new_id()
            ids.append(record_id)
            row = build(item)
            row.update(
                id=record_id,
                office_id=ctx.office_code,
                created_at=now,
                updated_at=now,
                revision=first + offset,
            )  # noqa: E501
            values = {
                k: json_value(v)
                for k, v in row.items()
                if v is not None and k not in ("created_at", "updated_at", "revision")
            }  # noqa: E501
            for key, value in defaults.items():
                row.setdefault(key, value)
            rows.append(row)
            audit.append({
                "at": now, "user_name": ctx.user_name, "office_id": ctx.office_code, "action": "create",
                "table_name": model.__tablename__, "record_id": record_id, "reason": reason,
                "changes": json.dumps(values, ensure_ascii=False),
            })  # fmt: skip
        # Core inserts on the session's connection (same transaction): the ORM's bulk path
        # would inspect every row again for mapped attributes it does not need here
        connection = session.connection()
        connection.execute(insert(model.__table__), rows)
        connection.execute(insert(AUDIT_TABLE), audit)
    return ids
