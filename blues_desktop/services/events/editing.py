"""Planning an event: create or change it with its days, or delete it.

The event and its days are checked together and saved in one transaction; a day
that would drop while attendance is recorded on it is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.domain.countries import normalise_code
from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.events import EventDraft, check_event
from blues_desktop.domain.translatable import PLURAL, QT_TRANSLATE_NOOP, Message
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services import records
from blues_desktop.services.context import AppContext
from blues_desktop.services.events.queries import days_of, resolve_event
from blues_desktop.store.models import Attendance, Event, EventDay, Registration

EVENT_CHANGES = Changes.of(Kind.EVENTS)


@dataclass(frozen=True, slots=True)
class EventSaved:
    event_id: str
    created: bool
    changes: Changes = EVENT_CHANGES


def _clean(text: str | None) -> str | None:
    cleaned = (text or "").strip()
    return cleaned or None


def _event_values(draft: EventDraft) -> dict[str, object]:
    return {
        "title": draft.title.strip(),
        "event_type": draft.event_type,
        "work_package": draft.work_package,
        "start_date": draft.start_date,
        "end_date": draft.end_date,
        "co_organisers": _clean(draft.co_organisers),
        "venue": _clean(draft.venue),
        "city": None if draft.is_online else _clean(draft.city),
        "country": normalise_code(draft.country) if draft.country and not draft.is_online else None,
        "is_online": draft.is_online,
        "online_url": _clean(draft.online_url) if draft.is_online else None,
        "language": _clean(draft.language),
        "target_groups": _clean(draft.target_groups),
        "description": _clean(draft.description),
        "is_public": draft.is_public,
    }


def save_event(ctx: AppContext, draft: EventDraft, event_id: str | None = None) -> EventSaved:
    """Create the event (no id) or change it; its days become exactly the draft's days."""
    report = check_event(draft)
    if not report.ok:
        raise ValidationError(report)
    with ctx.transaction() as session:
        if event_id is None:
            event = records.create(session, ctx, Event(**_event_values(draft)))
        else:
            event = resolve_event(session, event_id)
            records.update_fields(session, ctx, event, _event_values(draft))
        _sync_days(session, ctx, event, draft)
        return EventSaved(event.id, event_id is None)


def _sync_days(session: Session, ctx: AppContext, event: Event, draft: EventDraft) -> None:
    wanted = {d.day: d for d in draft.effective_days()}
    existing = {d.day: d for d in days_of(session, event.id)}
    report = ValidationReport()
    for day, row in existing.items():
        if day in wanted:
            continue
        marks = session.scalar(
            select(func.count())
            .select_from(Attendance)
            .where(Attendance.event_day_id == row.id, Attendance.deleted_at.is_(None))
        )
        if marks:
            report.error(
                "days",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "the day {day} has attendance recorded (%n mark(s)); "
                        "clear it before removing the day",
                    None,
                    PLURAL,
                ),
                    day=day,
                    n=int(marks),
                ),
            )
        else:
            records.tombstone(session, ctx, row)
    if not report.ok:
        raise ValidationError(report)  # the transaction rolls back: nothing half-saved
    for day, want in wanted.items():
        values = {"start_time": want.start_time, "end_time": want.end_time}
        if day in existing:
            records.update_fields(session, ctx, existing[day], values)
            continue
        # A day removed earlier keeps its row (unique per event and date): bring it back.
        old = session.scalars(
            select(EventDay).where(EventDay.event_id == event.id, EventDay.day == day)
        ).first()
        if old is not None:
            records.restore(session, ctx, old)
            records.update_fields(session, ctx, old, values)
        else:
            records.create(session, ctx, EventDay(event_id=event.id, day=day, **values))


def delete_event(ctx: AppContext, event_id: str) -> EventSaved:
    """Tombstone the event with its days and registrations (attendance goes with them)."""
    with ctx.transaction() as session:
        event = resolve_event(session, event_id)
        records.ensure_owned(ctx, event)
        registrations = session.scalars(
            select(Registration).where(
                Registration.event_id == event.id, Registration.deleted_at.is_(None)
            )
        )
        for registration in registrations:
            records.tombstone(session, ctx, registration, reason="event deleted")
        for day in days_of(session, event.id):
            records.tombstone(session, ctx, day, reason="event deleted")
        records.tombstone(session, ctx, event)
        return EventSaved(event.id, False)
