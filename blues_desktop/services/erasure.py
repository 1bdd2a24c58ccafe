"""GDPR erasure: a person's personal data taken out of every place this installation keeps it.

The person's row stays (its id is what the hours, registrations and exchanges refer
to, and what carries the erasure to the other offices in bundles) with its personal
fields replaced. Then everything that copied those values is cleaned:

- the audit log: the rows of the person and of records that copy their data keep the
  fact of the change, when, and who made it, but no longer the values; any other row
  or reason that quotes their full name, e-mail address or phone has it replaced;
- the staff record's role, and the approver's name on timesheet months they approved;
- files that belong to the person (the CV sent with an exchange, the PDFs printed when
  their timesheet months were approved): the attachment rows are deleted (the deletion
  travels) and the stored files removed from the data folder;
- the database file: SQLite's `secure_delete` zeroes the freed bytes while the erasure
  writes, and the write-ahead log is folded in and emptied after the commit.

Backups taken before the erasure still hold the old values (docs/privacy.md says how
long they are kept). A coordinator that merges an erased person cleans its own copy
the same way (`cleaned_on_merge`, called by the bundle import).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, event, func, or_, select, text, update
from sqlalchemy.orm import Session

from blues_desktop.domain.persons import ERASED
from blues_desktop.services import records
from blues_desktop.services.attachments import stored_path
from blues_desktop.services.context import AppContext
from blues_desktop.store.models import (
    Attachment,
    AuditLog,
    BundleLog,
    Exchange,
    ExchangeReport,
    Person,
    StaffMember,
    TimesheetMonth,
)

# The person's fields that are personal data; the rest (country, language, organisation,
# consent flags) stays for statistics and for the erasure itself to be understood.
PERSONAL_FIELDS = (
    "first_name", "last_name", "title", "role", "email", "phone", "gender",
    "consent_given_on", "consent_purpose", "consent_source",
)  # fmt: skip
# Fields of linked records that hold the person's data whatever their value.
COPIED_FIELDS: dict[str, tuple[str, ...]] = {
    "staff_members": ("role",),
    "attachments": ("file_name",),
}
SHORTEST_NAME = 3  # a shorter first or last name is not looked for in free text
SHORTEST_STRONG = 6  # nor a shorter phone number (it would match unrelated figures)


def erased_values(now: datetime) -> dict[str, Any]:
    """The person's fields after an erasure."""
    values: dict[str, Any] = dict.fromkeys(PERSONAL_FIELDS)
    values.update(first_name=ERASED, last_name=ERASED, do_not_contact=True, erased_at=now)
    return values


class _Traces:
    """What identifies one person, gathered from their row and their history."""

    def __init__(self) -> None:
        self.names: set[tuple[str, str]] = set()
        self.strong: set[str] = set()  # full names, e-mail addresses, phones
        self.weak: set[str] = set()  # a first or last name, a role: only in linked records

    def take(self, values: dict[str, Any]) -> None:
        first, last = values.get("first_name"), values.get("last_name")
        for key in ("email", "phone"):
            value = values.get(key)
            if isinstance(value, str) and len(value.strip()) >= SHORTEST_STRONG:
                self.strong.add(value.strip())
        for key in ("first_name", "last_name", "role"):
            value = values.get(key)
            if isinstance(value, str) and len(value) >= SHORTEST_NAME and value != ERASED:
                self.weak.add(value)
        if isinstance(first, str) and isinstance(last, str) and ERASED not in (first, last):
            self.names.add((first, last))
            if first.strip() and last.strip():
                self.strong |= {f"{first} {last}", f"{last} {first}", f"{last}, {first}"}

    def take_history(self, changes: dict[str, Any]) -> None:
        """Old and new values of every change in the audit log."""
        for position in (0, 1):
            self.take(
                {
                    k: (v[position] if isinstance(v, list) and len(v) == 2 else v)
                    for k, v in changes.items()
                }
            )

    @property
    def empty(self) -> bool:
        return not (self.strong or self.weak)

    @property
    def full_names(self) -> list[str]:
        """The names as a supervisor's approval records them."""
        return sorted(f"{first} {last}" for first, last in self.names)

    def pattern(self, *, weak: bool) -> re.Pattern[str] | None:
        found = sorted(self.strong | (self.weak if weak else set()), key=len, reverse=True)
        if not found:
            return None
        # whole words only: "Eva" is not taken out of "Evaluation"
        alternatives = "|".join(re.escape(s) for s in found)
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _scrubbed(value: Any, pattern: re.Pattern[str] | None) -> Any:
    if isinstance(value, str):
        return pattern.sub(ERASED, value) if pattern is not None else value
    if isinstance(value, list):
        return [_scrubbed(v, pattern) for v in value]
    if isinstance(value, dict):
        return {k: _scrubbed(v, pattern) for k, v in value.items()}
    return value


def _blanked(value: Any) -> Any:
    if isinstance(value, list):
        return [_blanked(v) for v in value]
    return None if value is None else ERASED


def _linked(session: Session, person_id: str, approvers: Iterable[str] = ()) -> dict[str, set[str]]:
    """Ids of the records that belong to the person or copy their data, by table: their
    staff record, its months and the months approved under one of `approvers` (the
    person's names), the CVs of the exchanges they travelled on, the PDFs of those months."""
    staff = set(session.scalars(select(StaffMember.id).where(StaffMember.person_id == person_id)))
    months = set(
        session.scalars(
            select(TimesheetMonth.id).where(
                or_(
                    TimesheetMonth.staff_id.in_(staff),
                    TimesheetMonth.approved_by.in_(list(approvers)),
                )
            )
        )
    )
    exchanges = set(
        session.scalars(select(Exchange.id).where(Exchange.visitor_person_id == person_id))
    )
    attachments = set(
        session.scalars(
            select(Attachment.id).where(
                or_(
                    (Attachment.owner_table == "exchanges")
                    & Attachment.owner_id.in_(exchanges)
                    & (Attachment.kind == "cv"),
                    (Attachment.owner_table == "timesheet_months")
                    & Attachment.owner_id.in_(months),
                )
            )
        )
    )
    return {
        "persons": {person_id},
        "exchanges": exchanges,
        "staff_members": staff,
        "timesheet_months": months,
        "attachments": attachments,
    }


def _history(session: Session, table: str, ids: Iterable[str]) -> list[AuditLog]:
    wanted = list(ids)
    if not wanted:
        return []
    return list(
        session.scalars(
            select(AuditLog).where(AuditLog.table_name == table, AuditLog.record_id.in_(wanted))
        )
    )


def _scrub_audit(session: Session, linked: dict[str, set[str]], traces: _Traces) -> None:
    """The history keeps what changed, when and by whom; not the values."""
    weak = traces.pattern(weak=True)
    seen: set[int] = set()
    for table, ids in linked.items():
        blank = PERSONAL_FIELDS if table == "persons" else COPIED_FIELDS.get(table, ())
        for row in _history(session, table, ids):
            seen.add(row.id)
            changes = json.loads(row.changes or "{}")
            cleaned = {
                k: _blanked(v) if k in blank else _scrubbed(v, weak) for k, v in changes.items()
            }
            row.changes = json.dumps(cleaned, ensure_ascii=False)
            row.reason = _scrubbed(row.reason, weak)
    _scrub_acting_user(session, traces.full_names)
    strong = traces.pattern(weak=False)
    if strong is None:
        return
    # Anywhere else (a reason that names the person, a note): the full name, the
    # e-mail address and the phone, not a first name alone (another person may share it).
    quoted = or_(
        *(
            AuditLog.changes.contains(s, autoescape=True)
            | AuditLog.reason.contains(s, autoescape=True)
            for s in traces.strong
        )
    )
    for row in session.scalars(select(AuditLog).where(quoted)):
        if row.id in seen:
            continue
        row.changes = json.dumps(
            _scrubbed(json.loads(row.changes or "{}"), strong), ensure_ascii=False
        )
        row.reason = _scrubbed(row.reason, strong)


def _scrub_acting_user(session: Session, full_names: list[str]) -> None:
    """A person who also used this laptop (a supervisor approving months): the rows keep
    that a change was made, and when, but no longer by whom by name."""
    names = [name for name in full_names if name.strip()]
    if not names:
        return
    # SQLite's lower() folds ASCII letters only: the names as typed, and lowered.
    lowered = [name.lower() for name in names]
    for model in (AuditLog, BundleLog):
        session.execute(
            update(model)
            .where(model.user_name.in_(names) | func.lower(model.user_name).in_(lowered))
            .values(user_name=ERASED)
            .execution_options(synchronize_session=False)
        )


def _gather(session: Session, person: Person) -> _Traces:
    traces = _Traces()
    traces.take(
        {f: getattr(person, f) for f in ("first_name", "last_name", "email", "phone", "role")}
    )
    for row in _history(session, "persons", [person.id]):
        traces.take_history(json.loads(row.changes or "{}"))
    return traces


def _files_left_unnamed(session: Session, linked: dict[str, set[str]]) -> set[str]:
    """Stored files of the person's attachments that no live record names any more."""
    shas = set(
        session.scalars(select(Attachment.sha256).where(Attachment.id.in_(linked["attachments"])))
    )
    if not shas:
        return set()
    named = set(
        session.scalars(
            select(Attachment.sha256).where(
                Attachment.sha256.in_(shas), Attachment.deleted_at.is_(None)
            )
        )
    ) | set(
        session.scalars(
            select(TimesheetMonth.pdf_sha256).where(
                TimesheetMonth.pdf_sha256.in_(shas), TimesheetMonth.deleted_at.is_(None)
            )
        )
    )
    return shas - named


def _erase_copies(
    session: Session, ctx: AppContext, traces: _Traces, linked: dict[str, set[str]]
) -> None:
    """This office's records that copy the person's data, changed so the change travels."""
    for staff in session.scalars(
        select(StaffMember).where(StaffMember.id.in_(linked["staff_members"]))
    ):
        if staff.office_id == ctx.office_code and staff.role is not None:
            records.update_fields(
                session, ctx, staff, {"role": None}, reason="personal data erased"
            )
    for month in session.scalars(
        select(TimesheetMonth).where(TimesheetMonth.id.in_(linked["timesheet_months"]))
    ):
        if month.office_id != ctx.office_code:
            continue
        # the approved PDF prints the name (as the person or as the approver); the
        # content hash still seals the hours, which can be printed again
        values: dict[str, Any] = {"pdf_sha256": None}
        if month.approved_by in traces.full_names:
            values["approved_by"] = ERASED
        records.update_fields(session, ctx, month, values, reason="personal data erased")
    # what users typed about the exchanges the person travelled on (motivation, agenda,
    # report): their full name, e-mail address or phone, where it was written down
    strong = traces.pattern(weak=False)
    travelled = list(
        session.scalars(select(Exchange).where(Exchange.id.in_(linked["exchanges"])))
    ) + list(
        session.scalars(
            select(ExchangeReport).where(ExchangeReport.exchange_id.in_(linked["exchanges"]))
        )
    )
    for record in travelled:
        if strong is not None and record.office_id == ctx.office_code:
            _scrub_text_fields(session, ctx, record, strong)
    for attachment in session.scalars(
        select(Attachment).where(Attachment.id.in_(linked["attachments"]))
    ):
        if attachment.office_id != ctx.office_code:
            continue
        records.update_fields(
            session, ctx, attachment, {"file_name": ERASED}, reason="personal data erased"
        )
        if attachment.deleted_at is None:
            records.tombstone(session, ctx, attachment, reason="personal data erased")


def _scrub_text_fields(
    session: Session, ctx: AppContext, record: Any, pattern: re.Pattern[str]
) -> None:
    values = {
        column.key: pattern.sub(ERASED, value)
        for column in record.__table__.columns
        if isinstance(value := getattr(record, column.key), str) and pattern.search(value)
    }
    if values:
        records.update_fields(session, ctx, record, values, reason="personal data erased")


@contextmanager
def _secure_delete(session: Session) -> Iterator[None]:
    """Freed bytes are overwritten with zeros while the erasure writes (SQLite only)."""
    sqlite = session.get_bind().dialect.name == "sqlite"
    if sqlite:
        session.execute(text("PRAGMA secure_delete = ON"))
    try:
        yield
    finally:
        if sqlite:
            session.flush()
            session.execute(text("PRAGMA secure_delete = OFF"))


def _fold_log(engine: Engine) -> None:
    """Checkpoint and empty the write-ahead log, on the driver's connection (SQLAlchemy's
    would open a write transaction first). Best effort: a reader still on an old snapshot
    leaves the log to SQLite's next checkpoint."""
    with suppress(Exception):
        connection = engine.raw_connection()
        try:
            connection.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()


def _after_commit(session: Session, ctx: AppContext, files: set[str]) -> None:
    """Once committed: remove the files, and fold the write-ahead log (which still holds
    the pages as they were) into the database and empty it."""
    engine: Engine = ctx.installation.engine

    def done(_session: Session) -> None:
        for sha in files:
            with suppress(FileNotFoundError):
                stored_path(ctx, sha).unlink()
        if engine.dialect.name == "sqlite":
            _fold_log(engine)

    event.listen(session, "after_commit", done, once=True)


def erase(session: Session, ctx: AppContext, person: Person, reason: str) -> None:
    """Erase `person` (owned by this office) everywhere, in the caller's transaction."""
    with _secure_delete(session):
        traces = _gather(session, person)
        linked = _linked(session, person.id, traces.full_names)
        records.update_fields(session, ctx, person, erased_values(ctx.now()), reason=reason)
        _erase_copies(session, ctx, traces, linked)
        session.flush()
        _scrub_audit(session, linked, traces)
        files = _files_left_unnamed(session, linked)
    _after_commit(session, ctx, files)


@contextmanager
def cleaned_on_merge(session: Session, ctx: AppContext) -> Iterator[None]:
    """Around a bundle merge: persons that arrive erased are cleaned here as at their office
    (their history in this audit log, the stored files only they named)."""
    with _secure_delete(session):
        yield
        session.flush()
        files: set[str] = set()
        erased = session.scalars(select(Person).where(Person.erased_at.is_not(None))).all()
        for person in erased:
            traces = _gather(session, person)
            # months whose approver arrived erased: their PDFs may now be named by no record
            linked = _linked(session, person.id, [*traces.full_names, ERASED])
            if not traces.empty:
                _scrub_audit(session, linked, traces)
            files |= _files_left_unnamed(session, linked)
    files = {sha for sha in files if stored_path(ctx, sha).exists()}
    if files or erased:
        _after_commit(session, ctx, files)
