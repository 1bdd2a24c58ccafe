"""Recording who came: ticks per participant and day, walk-ins, the scanned sheet."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.events import PersonDraft, check_person, email_key, person_key
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services import records
from blues_desktop.services.attachments import MAX_ATTACHMENT_BYTES, attach_file
from blues_desktop.services.context import AppContext
from blues_desktop.services.events.queries import days_of, resolve_event
from blues_desktop.services.events.registrations import add_registration, create_person
from blues_desktop.store.models import Attendance, Event, Person, Registration

ATTENDANCE_CHANGES = Changes.of(Kind.EVENTS)
SHEET_KIND = "attendance_sheet"
_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


@dataclass(frozen=True, slots=True)
class Mark:
    """Present or not on one day; `joined_at` ("HH:MM") for online events."""

    registration_id: str
    day_id: str
    present: bool
    joined_at: str | None = None


@dataclass(frozen=True, slots=True)
class AttendanceResult:
    event_id: str
    changed: int
    changes: Changes = ATTENDANCE_CHANGES


def record_attendance(ctx: AppContext, event_id: str, marks: list[Mark]) -> AttendanceResult:
    """Save ticks (new or changed); marks for other events or unknown days are refused."""
    with ctx.transaction() as session:
        event = resolve_event(session, event_id)
        records.ensure_owned(ctx, event)
        day_ids = {d.id for d in days_of(session, event.id)}
        registration_ids = set(
            session.scalars(
                select(Registration.id).where(
                    Registration.event_id == event.id, Registration.deleted_at.is_(None)
                )
            )
        )
        report = ValidationReport()
        for mark in marks:
            if mark.day_id not in day_ids:
                report.error(
                    "day",
                    Message(
                        QT_TRANSLATE_NOOP("messages", "day {day} is not a day of {event}"),
                        day=mark.day_id,
                        event=repr(event.title),
                    ),
                )
            if mark.registration_id not in registration_ids:
                report.error(
                    "participant",
                    Message(
                        QT_TRANSLATE_NOOP("messages", "registration {id} is not in {event}"),
                        id=mark.registration_id,
                        event=repr(event.title),
                    ),
                )
            if mark.joined_at and not _HHMM.match(mark.joined_at):
                report.error(
                    "joined_at",
                    Message(
                        QT_TRANSLATE_NOOP("messages", "join time {time} is not HH:MM"),
                        time=repr(mark.joined_at),
                    ),
                )
        if not report.ok:
            raise ValidationError(report)
        existing = {
            (a.registration_id, a.event_day_id): a
            for a in session.scalars(
                select(Attendance).where(Attendance.registration_id.in_(registration_ids))
            )
        }
        changed = 0
        for mark in marks:
            changed += _apply(session, ctx, existing.get((mark.registration_id, mark.day_id)), mark)
        return AttendanceResult(event.id, changed)


def _apply(session: Session, ctx: AppContext, row: Attendance | None, mark: Mark) -> int:
    if row is None:
        if not mark.present:
            return 0  # nothing recorded means absent already
        records.create(
            session,
            ctx,
            Attendance(
                registration_id=mark.registration_id,
                event_day_id=mark.day_id,
                present=True,
                joined_at=mark.joined_at,
            ),
        )
        return 1
    if row.deleted_at is not None:
        records.restore(session, ctx, row)
    values: dict[str, object] = {"present": mark.present}
    if mark.joined_at is not None or not mark.present:
        values["joined_at"] = mark.joined_at if mark.present else None
    return 1 if records.update_fields(session, ctx, row, values) else 0


def find_existing_person(session: Session, draft: PersonDraft) -> Person | None:
    """A live person with the same e-mail, or else the same name without accents or case."""
    key = email_key(draft.email)
    live = (
        Person.deleted_at.is_(None),
        Person.erased_at.is_(None),
        Person.merged_into_id.is_(None),
    )
    if key:
        found = session.scalars(
            select(Person).where(func.lower(Person.email) == key, *live).limit(1)
        ).first()
        if found is not None:
            return found
    wanted = person_key(draft.first_name, draft.last_name)
    # Names are compared without accents, which SQL cannot do portably: narrow by the
    # length of the last name (accents do not change it), then compare in Python.
    candidates = session.execute(
        select(Person.id, Person.first_name, Person.last_name).where(
            func.length(Person.last_name).between(
                len(draft.last_name.strip()) - 1, len(draft.last_name.strip()) + 1
            ),
            *live,
        )
    )
    for person_id, first, last in candidates:
        if person_key(first, last) == wanted:
            return session.get(Person, person_id)
    return None


@dataclass(frozen=True, slots=True)
class WalkInResult:
    event_id: str
    registration_id: str
    person_id: str
    matched_existing: bool
    changes: Changes = Changes.of(Kind.EVENTS, Kind.MEMBERS)


def add_walk_in(
    ctx: AppContext, event_id: str, draft: PersonDraft, *, present_day_ids: list[str] | None = None
) -> WalkInResult:
    """Register someone who came without registering: an existing contact if the e-mail
    or name matches, otherwise a new person whose consent is the signed sheet."""
    report = check_person(draft, walk_in=True)
    if not report.ok:
        raise ValidationError(report)
    with ctx.transaction() as session:
        event = resolve_event(session, event_id)
        records.ensure_owned(ctx, event)
        person = find_existing_person(session, draft)
        matched = person is not None
        if person is None:
            person = create_person(
                session,
                ctx,
                draft,
                fallback_country=event.country or ctx.office.country,
                consent_default=(
                    f"attendance record of the event {event.title!r}",
                    event.start_date,
                    "signed attendance sheet",
                ),
            )
        row = add_registration(
            session, ctx, event, person.id, registered_on=event.start_date, walk_in=True
        )
        days = {d.id for d in days_of(session, event.id)}
        for day_id in present_day_ids if present_day_ids is not None else sorted(days):
            if day_id not in days:
                report.error(
                    "day",
                    Message(
                        QT_TRANSLATE_NOOP("messages", "day {day} is not a day of {event}"),
                        day=day_id,
                        event=repr(event.title),
                    ),
                )
                raise ValidationError(report)
            _apply(session, ctx, None, Mark(row.id, day_id, True))
        return WalkInResult(event.id, row.id, person.id, matched)


@dataclass(frozen=True, slots=True)
class SheetAttached:
    event_id: str
    attachment_id: str
    sha256: str
    size: int
    changes: Changes = ATTENDANCE_CHANGES


def attach_scanned_sheet(
    ctx: AppContext, event_id: str, path: Path, *, max_bytes: int = MAX_ATTACHMENT_BYTES
) -> SheetAttached:
    """Keep the scanned signed sheet with the event (PDF or image, within the size limit)."""
    with ctx.transaction() as session:
        event: Event = resolve_event(session, event_id)
        records.ensure_owned(ctx, event)
        stored = attach_file(
            session,
            ctx,
            Path(path),
            owner_table="events",
            owner_id=event.id,
            kind=SHEET_KIND,
            max_bytes=max_bytes,
        )
        return SheetAttached(event.id, stored.attachment_id, stored.sha256, stored.size)
