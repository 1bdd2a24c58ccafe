"""Who the events reached: participants per event, work package, country, organisation
type and gender, and the organisations reached. Feeds the KPIs.

A participant is a live registration marked present on at least one day; events
whose attendance is not recorded yet count their registrations separately.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select

from blues_desktop.services.context import AppContext
from blues_desktop.store.models import Attendance, Event, Organisation, Person, Registration

UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class EventFigures:
    event_id: str
    office_id: str
    title: str
    event_type: str
    work_package: str
    start_date: date
    country: str
    is_online: bool
    registered: int
    participants: int
    organisations: int


@dataclass(frozen=True, slots=True)
class EventsReport:
    events: tuple[EventFigures, ...]
    by_work_package: dict[str, int] = field(default_factory=dict)
    by_country: dict[str, int] = field(default_factory=dict)
    by_org_type: dict[str, int] = field(default_factory=dict)
    by_gender: dict[str, int] = field(default_factory=dict)
    unique_participants: int = 0
    unique_organisations: int = 0

    @property
    def participants(self) -> int:
        return sum(e.participants for e in self.events)

    @property
    def registered(self) -> int:
        return sum(e.registered for e in self.events)


def events_report(
    ctx: AppContext,
    *,
    year: int | None = None,
    office: str | None = None,
    event_id: str | None = None,
) -> EventsReport:
    """Figures over every live event (optionally of one year, one organising office, or
    the one event `event_id`)."""
    event_query = select(Event).where(Event.deleted_at.is_(None))
    if event_id:
        event_query = event_query.where(Event.id == event_id)
    if year:
        event_query = event_query.where(
            Event.start_date >= date(year, 1, 1), Event.start_date <= date(year, 12, 31)
        )
    if office:
        event_query = event_query.where(Event.office_id == office.upper())
    with ctx.read() as session:
        events = {e.id: e for e in session.scalars(event_query.order_by(Event.start_date))}
        present = (
            select(Attendance.registration_id)
            .where(Attendance.present.is_(True), Attendance.deleted_at.is_(None))
            .distinct()
            .subquery()
        )
        rows = session.execute(
            select(
                Registration.event_id,
                Registration.person_id,
                present.c.registration_id.is_not(None),
                Person.gender,
                func.coalesce(Person.country, Organisation.country),
                Person.organisation_id,
                Organisation.org_type,
            )
            .join(Person, Person.id == Registration.person_id)
            .outerjoin(Organisation, Organisation.id == Person.organisation_id)
            .outerjoin(present, present.c.registration_id == Registration.id)
            .where(Registration.deleted_at.is_(None), Registration.event_id.in_(list(events)))
        ).all()
    registered: Counter[str] = Counter()
    came: Counter[str] = Counter()
    orgs_per_event: dict[str, set[str]] = {}
    by_wp: Counter[str] = Counter()
    by_country: Counter[str] = Counter()
    by_type: Counter[str] = Counter()
    by_gender: Counter[str] = Counter()
    persons: set[str] = set()
    organisations: set[str] = set()
    for event_id, person_id, was_present, gender, country, org_id, org_type in rows:
        registered[event_id] += 1
        if not was_present:
            continue
        came[event_id] += 1
        by_wp[events[event_id].work_package] += 1
        by_country[country or UNKNOWN] += 1
        by_type[org_type or UNKNOWN] += 1
        by_gender[gender or UNKNOWN] += 1
        persons.add(person_id)
        if org_id:
            organisations.add(org_id)
            orgs_per_event.setdefault(event_id, set()).add(org_id)
    figures = tuple(
        EventFigures(
            event_id=e.id,
            office_id=e.office_id,
            title=e.title,
            event_type=e.event_type,
            work_package=e.work_package,
            start_date=e.start_date,
            country="online" if e.is_online else (e.country or ""),
            is_online=e.is_online,
            registered=registered[e.id],
            participants=came[e.id],
            organisations=len(orgs_per_event.get(e.id, ())),
        )
        for e in events.values()
    )
    return EventsReport(
        events=figures,
        by_work_package=dict(sorted(by_wp.items())),
        by_country=dict(sorted(by_country.items(), key=lambda kv: (-kv[1], kv[0]))),
        by_org_type=dict(sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0]))),
        by_gender=dict(sorted(by_gender.items(), key=lambda kv: (-kv[1], kv[0]))),
        unique_participants=len(persons),
        unique_organisations=len(organisations),
    )


@dataclass(frozen=True, slots=True)
class ParticipantLine:
    """One registration for the workbook's participant list."""

    event_id: str
    event_title: str
    start_date: date
    position: int
    first_name: str
    last_name: str
    organisation: str
    org_type: str
    country: str
    gender: str
    email: str
    walk_in: bool
    days_present: int


def participant_lines(
    ctx: AppContext, *, year: int | None = None, office: str | None = None
) -> list[ParticipantLine]:
    """Every live registration of the chosen events, by event date and sheet order."""
    days_present = (
        select(Attendance.registration_id, func.count().label("n"))
        .where(Attendance.present.is_(True), Attendance.deleted_at.is_(None))
        .group_by(Attendance.registration_id)
        .subquery()
    )
    query = (
        select(
            Event.id,
            Event.title,
            Event.start_date,
            Registration.position,
            Person.first_name,
            Person.last_name,
            Organisation.legal_name,
            Organisation.org_type,
            func.coalesce(Person.country, Organisation.country),
            Person.gender,
            Person.email,
            Registration.walk_in,
            func.coalesce(days_present.c.n, 0),
        )
        .join(Registration, Registration.event_id == Event.id)
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .outerjoin(days_present, days_present.c.registration_id == Registration.id)
        .where(Event.deleted_at.is_(None), Registration.deleted_at.is_(None))
        .order_by(Event.start_date, Event.title, Event.id, Registration.position)
    )
    if year:
        query = query.where(
            Event.start_date >= date(year, 1, 1), Event.start_date <= date(year, 12, 31)
        )
    if office:
        query = query.where(Event.office_id == office.upper())
    with ctx.read() as session:
        return [
            ParticipantLine(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6] or "",
                r[7] or "",
                r[8] or "",
                r[9] or "",
                r[10] or "",
                bool(r[11]),
                int(r[12]),
            )
            for r in session.execute(query)
        ]
