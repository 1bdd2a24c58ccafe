"""The audit trail as a reader sees it: who changed what, when, at which office, why.

Two sources: the audit log of this installation (every change made here, by the user
acting), and the bundle trail (which revision of which record each imported bundle
brought, see services/merge_trail.py) for records other offices changed. Values come
out in words (services/history_values.py), never as ids, codes or column names.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, and_, func, or_, select, true
from sqlalchemy.orm import Session

from blues_desktop.domain.errors import NotFoundError, ValidationError
from blues_desktop.domain.record_labels import (
    HIDDEN_FIELDS,
    RECORD_KINDS,
    action_label,
    field_label,
    record_kind,
    table_for_word,
)
from blues_desktop.domain.timesheets import Month
from blues_desktop.domain.translatable import PLURAL, QT_TRANSLATE_NOOP, Message
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services.context import AppContext
from blues_desktop.services.history_values import (
    EMPTY,
    describe_record,
    display_value,
    office_words,
    record_office,
)
from blues_desktop.store.models import (
    Attachment,
    Attendance,
    AuditLog,
    Base,
    BundleLog,
    BundleRecord,
    EventDay,
    Exchange,
    ExchangeReport,
    Organisation,
    Registration,
    TimesheetEntry,
    TimesheetMonth,
)
from blues_desktop.store.models.members import OrganisationLink

DEFAULT_LIMIT = 50
# Cells changed by one person this close together are shown as one save.
ONE_SAVE = timedelta(seconds=60)
# Tables whose records have a History of their own, and what `--record` looks in.
HISTORY_TABLES = ("organisations", "persons", "exchanges", "events", "timesheet_months")
_SKIPPED_ON_CREATE = frozenset({"id", "office_id", "deleted_at"}) | HIDDEN_FIELDS


@dataclass(frozen=True, slots=True)
class FieldChange:
    # Words the window says in its language where they are a `Message` (labels, dates,
    # amounts, yes/no), as they are where they are a person's (a name, a note).
    field: str
    old: str | None  # None on a record's creation: only the value set
    new: str


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: datetime
    who: str
    office: str
    what: str
    changes: tuple[FieldChange, ...] = ()
    reason: str = ""
    # Neighbouring entries of the same non-empty group are one act (the hours of one save).
    group: str = ""

    def change_lines(self) -> list[str]:
        return [
            f"{c.field}: {c.new}" if c.old is None else f"{c.field}: {c.old} → {c.new}"
            for c in self.changes
        ]


@dataclass(frozen=True, slots=True)
class RecordHistory:
    table: str
    record_id: str
    title: str  # "Exchange ZIN-X-2026-007"
    entries: tuple[HistoryEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class AuditListing:
    entries: tuple[HistoryEntry, ...] = field(default_factory=tuple)
    more: bool = False  # older entries were left out (the limit)


# --- one record --------------------------------------------------------------------
def record_history(ctx: AppContext, table: str, record_id: str) -> RecordHistory:
    """The History of one record and the records that belong to it (an exchange's
    report and files, an event's days and registrations, a month's hours), newest first."""
    if table not in HISTORY_TABLES:
        raise NotFoundError(
            Message(
                QT_TRANSLATE_NOOP("messages", "{kinds} have no History view"),
                kinds=Message.label(record_kind(table, plural=True)),
            )
        )
    with ctx.read() as session:
        title = _title(table, describe_record(session, table, record_id))
        members = _members(session, table, record_id)
        entries = _audit_entries(session, _audit_of(members)) + _merge_entries(
            session, ctx.office_code, _merges_of(members)
        )
    entries.sort(key=lambda e: e.at, reverse=True)
    return RecordHistory(table, record_id, title, tuple(_grouped(entries)))


def month_history(ctx: AppContext, staff_id: str, month: Month) -> RecordHistory:
    """The History of one person's timesheet month (its sign-off and its hours), also
    before the month has a sign-off record of its own."""
    with ctx.read() as session:
        row = session.scalar(
            select(TimesheetMonth.id).where(
                TimesheetMonth.staff_id == staff_id, TimesheetMonth.month == str(month)
            )
        )
    if row is not None:
        return record_history(ctx, "timesheet_months", row)
    with ctx.read() as session:
        name = describe_record(session, "staff_members", staff_id)
        members = _month_members(session, staff_id, month, None)
        entries = _audit_entries(session, _audit_of(members)) if members else []
        if members:
            entries += _merge_entries(session, ctx.office_code, _merges_of(members))
    entries.sort(key=lambda e: e.at, reverse=True)
    title = _title(
        "timesheet_months",
        Message(QT_TRANSLATE_NOOP("messages", "{name}, {month}"), name=name, month=month.label),
    )
    return RecordHistory("timesheet_months", "", title, tuple(_grouped(entries)))


def _title(table: str, record: str) -> Message:
    """The History's heading: "Exchange ZIN-X-2026-007", "Timesheet month Ana Novak, March 2026"."""
    if table == "organisations":
        return Message(QT_TRANSLATE_NOOP("messages", "Organisation {record}"), record=record)
    if table == "persons":
        return Message(QT_TRANSLATE_NOOP("messages", "Contact {record}"), record=record)
    if table == "exchanges":
        return Message(QT_TRANSLATE_NOOP("messages", "Exchange {record}"), record=record)
    if table == "events":
        return Message(QT_TRANSLATE_NOOP("messages", "Event {record}"), record=record)
    return Message(QT_TRANSLATE_NOOP("messages", "Timesheet month {record}"), record=record)


def _month_members(
    session: Session, staff_id: str, month: Month, month_id: str | None
) -> dict[str, list[str]]:
    out = {
        "timesheet_entries": list(
            session.scalars(
                select(TimesheetEntry.id).where(
                    TimesheetEntry.staff_id == staff_id,
                    TimesheetEntry.day.between(month.first, month.last),
                )
            )
        )
    }
    if month_id is not None:
        out["timesheet_months"] = [month_id]
        out["attachments"] = list(
            session.scalars(select(Attachment.id).where(Attachment.owner_id == month_id))
        )
    return {t: i for t, i in out.items() if i}


def _members(session: Session, table: str, record_id: str) -> dict[str, list[str]]:
    """{table: [ids]} of the record and what belongs to it."""
    out: dict[str, list[str]] = {table: [record_id]}

    def ids(query: Select[Any]) -> list[str]:
        return list(session.scalars(query))

    if table == "organisations":
        out["organisation_links"] = ids(
            select(OrganisationLink.id).where(
                or_(
                    OrganisationLink.organisation_id == record_id,
                    OrganisationLink.other_organisation_id == record_id,
                )
            )
        )
    elif table == "exchanges":
        # Its steps are not listed apart: each step is a change of the exchange's own
        # step field, already in its history with who and why.
        reports = ids(select(ExchangeReport.id).where(ExchangeReport.exchange_id == record_id))
        out["exchange_reports"] = reports
        out["attachments"] = ids(
            select(Attachment.id).where(Attachment.owner_id.in_([record_id, *reports]))
        )
    elif table == "events":
        out["event_days"] = ids(select(EventDay.id).where(EventDay.event_id == record_id))
        registrations = ids(select(Registration.id).where(Registration.event_id == record_id))
        out["registrations"] = registrations
        out["attendance"] = ids(
            select(Attendance.id).where(Attendance.registration_id.in_(registrations))
        )
    elif table == "timesheet_months":
        month = session.get(TimesheetMonth, record_id)
        if month is not None:
            out.update(_month_members(session, month.staff_id, Month.parse(month.month), record_id))
    return {t: i for t, i in out.items() if i}


def _audit_of(members: dict[str, list[str]]) -> Any:
    return or_(
        *(and_(AuditLog.table_name == t, AuditLog.record_id.in_(ids)) for t, ids in members.items())
    )


def _merges_of(members: dict[str, list[str]]) -> Any:
    return or_(
        *(
            and_(BundleRecord.table_name == t, BundleRecord.record_id.in_(ids))
            for t, ids in members.items()
        )
    )


# --- the log ------------------------------------------------------------------------
def audit_listing(
    ctx: AppContext,
    *,
    table: str | None = None,
    record: str | None = None,
    since: date | None = None,
    limit: int = DEFAULT_LIMIT,
) -> tuple[str, AuditListing]:
    """`blues audit`: the newest entries, optionally of one kind of record, one record
    (by reference, name or id) or since a day. Returns a heading and the entries."""
    if limit < 1:
        raise _one("limit", "give a limit of 1 or more")
    wanted = _table_of(table) if table else None
    if record:
        found_table, record_id = find_record(ctx, record, wanted)
        history = record_history(ctx, found_table, record_id)
        entries = [e for e in history.entries if since is None or e.at >= _start(since)]
        return history.title, AuditListing(tuple(entries[:limit]), len(entries) > limit)
    condition: list[Any] = []
    merges: list[Any] = []
    if wanted is not None:
        condition.append(AuditLog.table_name == wanted)
        merges.append(BundleRecord.table_name == wanted)
    if since is not None:
        condition.append(AuditLog.at >= _start(since))
    with ctx.read() as session:
        entries = _audit_entries(session, and_(true(), *condition), limit + 1)
        if wanted is not None:
            entries += _merge_entries(
                session, ctx.office_code, and_(true(), *merges), limit + 1, since
            )
    entries.sort(key=lambda e: e.at, reverse=True)
    what = record_kind(wanted, plural=True) if wanted else "all records"
    heading = f"Audit trail of {what}" + (f" since {since:%d %b %Y}" if since else "")
    return heading, AuditListing(tuple(entries[:limit]), len(entries) > limit)


def _start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def _table_of(word: str) -> str:
    table = table_for_word(word)
    if table is None:
        kinds = ", ".join(RECORD_KINDS[t][1] for t in HISTORY_TABLES)
        raise _one("table", f"{word!r} is not a kind of record; give one of: {kinds}")
    return table


def find_record(ctx: AppContext, text: str, table: str | None = None) -> tuple[str, str]:
    """(table, id) of the record a user names: an exchange reference (ZIN-X-2026-007),
    an organisation's legal name, an id or its first 8 characters."""
    key = text.strip()
    if not key:
        raise _one("record", "give a reference, a name or an id")
    tables = [table] if table else list(HISTORY_TABLES)
    with ctx.read() as session:
        if "exchanges" in tables:
            found = session.scalar(select(Exchange.id).where(Exchange.reference == key.upper()))
            if found:
                return "exchanges", found
        if "organisations" in tables:
            names = list(
                session.scalars(
                    select(Organisation.id).where(
                        func.lower(Organisation.legal_name) == key.lower(),
                        Organisation.deleted_at.is_(None),
                    )
                )
            )
            if len(names) == 1:
                return "organisations", names[0]
        matches: list[tuple[str, str]] = []
        for name in tables:
            model_table = Base.metadata.tables.get(name)
            if model_table is None or "id" not in model_table.columns:
                continue
            column = model_table.c.id
            exact = session.scalar(select(column).where(column == key.lower()))
            if exact:
                return name, exact
            if len(key) >= 6:
                matches += [
                    (name, i)
                    for i in session.scalars(
                        select(column).where(column.like(f"{key.lower()}%")).limit(2)
                    )
                ]
    if len(matches) == 1:
        return matches[0]
    where = (
        record_kind(table, plural=True)
        if table
        else "organisations, contacts, exchanges, events or timesheet months"
    )
    if matches:
        raise NotFoundError(f"more than one record starts with {key!r}; give more of its id")
    raise NotFoundError(
        f"no record {key!r} among the {where} (give a reference like ZIN-X-2026-007, an "
        "organisation's name, or an id or its first 8 characters)"
    )


# --- entries ------------------------------------------------------------------------
def _audit_entries(
    session: Session, condition: Any, limit: int | None = None
) -> list[HistoryEntry]:
    query = select(AuditLog).where(condition).order_by(AuditLog.at.desc(), AuditLog.id.desc())
    if limit is not None:
        query = query.limit(limit)
    return [_entry_of(session, row) for row in session.scalars(query)]


def _grouped(entries: list[HistoryEntry]) -> list[HistoryEntry]:
    """One entry per act: the hours typed in one save read as one change with a line
    per day and row, not as dozens of entries."""
    out: list[HistoryEntry] = []
    for entry in entries:
        last = out[-1] if out else None
        if (
            entry.group
            and last is not None
            and last.group == entry.group
            and abs(last.at - entry.at) <= ONE_SAVE
        ):
            out[-1] = replace(last, changes=entry.changes + last.changes)
        else:
            out.append(entry)
    return [
        replace(
            e,
            what=Message(
                QT_TRANSLATE_NOOP("messages", "{what} (%n cell(s))", None, PLURAL), what=e.what, n=len(e.changes)
            ),
        )
        if e.group and len(e.changes) > 1
        else e
        for e in out
    ]


def _hours_what(action: str, name: str) -> Message:
    """What happened to one staff member's hours: "Hours changed for Ana Novak"."""
    if action == "create":
        return Message(QT_TRANSLATE_NOOP("messages", "Hours entered for {name}"), name=name)
    if action == "update":
        return Message(QT_TRANSLATE_NOOP("messages", "Hours changed for {name}"), name=name)
    if action == "delete":
        return Message(QT_TRANSLATE_NOOP("messages", "Hours cleared for {name}"), name=name)
    if action == "restore":
        return Message(QT_TRANSLATE_NOOP("messages", "Hours entered again for {name}"), name=name)
    return Message(
        QT_TRANSLATE_NOOP("messages", "{action} for {name}"),
        action=Message.label(action_label(action)),
        name=name,
    )


def _hours_entry(session: Session, row: AuditLog, changes: dict[str, Any]) -> HistoryEntry:
    """A change of one timesheet cell: which day and row, and the hours."""
    entry = session.get(TimesheetEntry, row.record_id)
    day = changes.get("day") or (entry.day.isoformat() if entry is not None else None)
    category = changes.get("category") or (entry.category if entry is not None else None)
    cell = Message(
        QT_TRANSLATE_NOOP("messages", "{day}, {row}"),
        day=display_value(session, "timesheet_entries", "day", day),
        row=display_value(session, "timesheet_entries", "category", category),
    )
    hours = changes.get("hours")
    value: str
    if row.action == "update" and isinstance(hours, list) and len(hours) == 2:
        value = Message(
            QT_TRANSLATE_NOOP("messages", "{old} → {new}"),
            old=display_value(session, "timesheet_entries", "hours", hours[0]),
            new=display_value(session, "timesheet_entries", "hours", hours[1]),
        )
    elif row.action == "delete":
        value = Message(QT_TRANSLATE_NOOP("messages", "cleared"))
    else:
        current = hours if hours is not None else (str(entry.hours) if entry is not None else None)
        value = display_value(session, "timesheet_entries", "hours", current)
    staff = changes.get("staff_id") or (entry.staff_id if entry is not None else "")
    return HistoryEntry(
        at=row.at,
        who=row.user_name or EMPTY,
        office=office_words(row.office_id),
        what=_hours_what(row.action, describe_record(session, "staff_members", str(staff))),
        changes=(FieldChange(cell, None, value),),
        reason=_reason_words(row.reason),
        group=f"{row.user_name}|{row.action}|{staff}",
    )


def _entry_of(session: Session, row: AuditLog) -> HistoryEntry:
    try:
        changes = json.loads(row.changes or "{}")
    except ValueError:
        changes = {}
    table = row.table_name
    if table == "timesheet_entries" and isinstance(changes, dict):
        return _hours_entry(session, row, changes)
    lines: list[FieldChange] = []
    if isinstance(changes, dict):
        for key, value in changes.items():
            if key in HIDDEN_FIELDS:
                continue
            label = Message.label(field_label(table, key))
            if row.action == "update" and isinstance(value, list) and len(value) == 2:
                old = display_value(session, table, key, value[0])
                new = display_value(session, table, key, value[1])
                lines.append(FieldChange(label, old, new))
            elif row.action != "create" or (
                key not in _SKIPPED_ON_CREATE and value not in (None, "", False)
            ):
                lines.append(FieldChange(label, None, display_value(session, table, key, value)))
    return HistoryEntry(
        at=row.at,
        who=row.user_name or EMPTY,
        office=office_words(row.office_id),
        what=_what(session, row.action, table, row.record_id),
        changes=tuple(lines),
        reason=_reason_words(row.reason),
    )


def _what(session: Session, action: str, table: str, record_id: str) -> Message:
    label = Message.label(action_label(action))
    subject: str
    if table in RECORD_KINDS and table not in ("offices", "bundle_log", "local_users"):
        subject = _subject(session, table, record_id)
        if table in ("staff_members", "registrations", "event_days"):
            subject = _described(record_kind(table), describe_record(session, table, record_id))
    elif table == "offices":
        subject = office_words(record_id)
    elif table == "bundle_log" and "-" in record_id:
        office, number = record_id.split("-", 1)
        subject = Message(
            QT_TRANSLATE_NOOP("messages", "{office} bundle {number}"), office=office, number=number
        )
    else:
        return label
    return Message(
        QT_TRANSLATE_NOOP("messages", "{action}: {subject}"), action=label, subject=subject
    )


def _described(kind: str, record: str) -> Message:
    """ "event day 12 May 2026": a kind of record and the record as a user knows it."""
    return Message(
        QT_TRANSLATE_NOOP("messages", "{kind} {record}"), kind=Message.label(kind), record=record
    )


def _subject(session: Session, table: str, record_id: str) -> str:
    """A record as the History names it: a record with a History of its own by its
    name, else only its kind ("stored file")."""
    if table in HISTORY_TABLES:
        return _described(record_kind(table), describe_record(session, table, record_id))
    return Message.label(record_kind(table))


def _reason_words(reason: str | None) -> str:
    """The reason as typed; the app's own short reasons ("approved") start upper-case,
    and read in the window's language (they are stored in English)."""
    text = (reason or "").strip()
    own = _own_reason(text)
    return own if own is not None else text[:1].upper() + text[1:]


def _own_reason(text: str) -> Message | None:
    """A reason the app itself gives when it changes a record, as a message."""
    for prefix, make in _REASONS_WITH_WORDS:
        if text.startswith(prefix) and len(text) > len(prefix):
            return make(text[len(prefix) :])
    return _REASONS.get(text)


_REASONS: dict[str, Message] = {
    "submitted": Message(QT_TRANSLATE_NOOP("messages", "Submitted")),
    "approved": Message(QT_TRANSLATE_NOOP("messages", "Approved")),
    "personal data erased": Message(QT_TRANSLATE_NOOP("messages", "Personal data erased")),
    "added with an event registration": Message(
        QT_TRANSLATE_NOOP("messages", "Added with an event registration")
    ),
    "added as an event participant": Message(
        QT_TRANSLATE_NOOP("messages", "Added as an event participant")
    ),
    "event deleted": Message(QT_TRANSLATE_NOOP("messages", "Event deleted")),
    "undo delete": Message(QT_TRANSLATE_NOOP("messages", "Undo delete")),
}
_REASONS_WITH_WORDS: tuple[tuple[str, Callable[[str], Message]], ...] = (
    ("reopened: ", lambda why: Message(QT_TRANSLATE_NOOP("messages", "Reopened: {why}"), why=why)),
    (
        "merged from ",
        lambda name: Message(QT_TRANSLATE_NOOP("messages", "Merged from {name}"), name=name),
    ),
    (
        "merged into ",
        lambda name: Message(QT_TRANSLATE_NOOP("messages", "Merged into {name}"), name=name),
    ),
)


def _merge_entries(
    session: Session,
    here: str,
    condition: Any,
    limit: int | None = None,
    since: date | None = None,
) -> list[HistoryEntry]:
    """Revisions other offices' bundles brought, with who imported them here."""
    query = (
        select(BundleRecord, BundleLog)
        .join(
            BundleLog,
            and_(
                BundleLog.direction == "import",
                BundleLog.office_id == BundleRecord.bundle_office,
                BundleLog.sequence == BundleRecord.bundle_sequence,
                BundleLog.result.in_(("ok", "warning")),
            ),
        )
        .where(condition)
        .order_by(BundleLog.processed_at.desc(), BundleRecord.bundle_sequence.desc())
    )
    if since is not None:
        query = query.where(BundleLog.processed_at >= _start(since))
    if limit is not None:
        query = query.limit(limit)
    out = []
    for trail, log in session.execute(query):
        owner = record_office(session, trail.table_name, trail.record_id)
        subject = _subject(session, trail.table_name, trail.record_id)
        sender = office_words(trail.bundle_office)
        # Who and office are of the act shown, the import here; the change itself
        # was made at the office that owns the record (its audit log stays there).
        out.append(
            HistoryEntry(
                at=log.processed_at,
                who=log.user_name or EMPTY,
                office=office_words(here),
                what=Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Merged from bundle {number} of {office}: {subject}"
                    ),
                    number=str(trail.bundle_sequence),
                    office=sender,
                    subject=subject,
                ),
                changes=(
                    FieldChange(
                        Message(QT_TRANSLATE_NOOP("messages", "Bundle file")), None, log.file_name
                    ),
                ),
                reason=Message(
                    QT_TRANSLATE_NOOP("messages", "Changed at {office}"), office=office_words(owner)
                )
                if owner
                else "",
            )
        )
    return out


def _one(field_name: str, message: str) -> ValidationError:
    report = ValidationReport()
    report.error(field_name, message)
    return ValidationError(report, message)
