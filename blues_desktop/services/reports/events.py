"""Events and participants of a reporting window, per work package and event type."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from blues_desktop.domain.timesheets import WORK_PACKAGES
from blues_desktop.services.reports.periods import Window
from blues_desktop.store.models import Attendance, Event, Person, Registration


@dataclass(frozen=True, slots=True)
class WorkPackageEvents:
    work_package: str
    events: int
    registered: int
    participants: int


@dataclass(frozen=True, slots=True)
class EventFigures:
    events: int
    registered: int
    participants: int
    by_work_package: tuple[WorkPackageEvents, ...]
    by_type: tuple[tuple[str, int], ...]  # (event type, events)
    organisation_ids: frozenset[str]  # organisations of the participants


def event_figures(session: Session, window: Window) -> EventFigures:
    events = {
        event_id: (wp, kind)
        for event_id, wp, kind, created in session.execute(
            select(Event.id, Event.work_package, Event.event_type, Event.created_at).where(
                Event.deleted_at.is_(None),
                Event.start_date >= window.start,
                Event.start_date <= window.end,
            )
        )
        if created.date() <= window.as_of
    }
    present = set(
        session.scalars(
            select(Attendance.registration_id).where(
                Attendance.present.is_(True), Attendance.deleted_at.is_(None)
            )
        )
    )
    counted: Counter[str] = Counter()
    registered: Counter[str] = Counter()
    came: Counter[str] = Counter()
    organisations: set[str] = set()
    for wp, _kind in events.values():
        counted[wp] += 1
    rows = session.execute(
        select(Registration.id, Registration.event_id, Person.organisation_id)
        .join(Person, Person.id == Registration.person_id)
        .where(Registration.deleted_at.is_(None))
    )
    for registration_id, event_id, org_id in rows:
        if event_id not in events:
            continue
        wp = events[event_id][0]
        registered[wp] += 1
        if registration_id in present:
            came[wp] += 1
            if org_id:
                organisations.add(org_id)
    packages = tuple(
        WorkPackageEvents(wp, counted[wp], registered[wp], came[wp]) for wp in WORK_PACKAGES
    )
    kinds = Counter(kind for _wp, kind in events.values())
    return EventFigures(
        events=len(events),
        registered=sum(registered.values()),
        participants=sum(came.values()),
        by_work_package=packages,
        by_type=tuple(sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))),
        organisation_ids=frozenset(organisations),
    )
