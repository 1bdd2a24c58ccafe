"""Reading events: the list, one event with its days and participants, the register of
persons to pick from (paged, searchable)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from blues_desktop.domain.errors import NotFoundError
from blues_desktop.domain.names import strip_accents
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.services.context import AppContext
from blues_desktop.store.models import (
    Attendance,
    Event,
    EventDay,
    Organisation,
    Person,
    Registration,
)

SHORT_ID = 8


def resolve_event(session: Session, id_or_prefix: str) -> Event:
    """An event by its id or the first characters of it (at least 6, as `events list` shows)."""
    key = id_or_prefix.strip().lower()
    if len(key) < 6:
        raise NotFoundError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "give at least 6 characters of the event id, not {key}"
                ),
                key=repr(id_or_prefix),
            )
        )
    found = list(
        session.scalars(
            select(Event).where(Event.id.startswith(key), Event.deleted_at.is_(None)).limit(2)
        )
    )
    if not found:
        raise NotFoundError(
            Message(
                QT_TRANSLATE_NOOP("messages", "no event with id {key} (see `blues events list`)"),
                key=repr(id_or_prefix),
            )
        )
    if len(found) > 1:
        raise NotFoundError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "more than one event id starts with {key}; give more of it"
                ),
                key=repr(id_or_prefix),
            )
        )
    return found[0]


@dataclass(frozen=True, slots=True)
class EventRow:
    id: str
    office_id: str
    title: str
    event_type: str
    work_package: str
    start_date: date
    end_date: date
    place: str
    is_online: bool
    registered: int

    @property
    def short_id(self) -> str:
        return self.id[:SHORT_ID]


def _place(event: Event) -> str:
    if event.is_online:
        return Message(QT_TRANSLATE_NOOP("messages", "online"))
    return ", ".join(part for part in (event.city, event.country) if part)


def list_events(
    ctx: AppContext, text: str | None = None, year: int | None = None
) -> list[EventRow]:
    """Every live event (all offices), newest first, with its number of registrations."""
    counts = (
        select(Registration.event_id, func.count().label("n"))
        .where(Registration.deleted_at.is_(None))
        .group_by(Registration.event_id)
        .subquery()
    )
    query = (
        select(Event, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.event_id == Event.id)
        .where(Event.deleted_at.is_(None))
        .order_by(Event.start_date.desc(), Event.title)
    )
    if text:
        query = query.where(Event.title.ilike(f"%{text.strip()}%"))
    if year:
        query = query.where(
            Event.start_date >= date(year, 1, 1), Event.start_date <= date(year, 12, 31)
        )
    with ctx.read() as session:
        return [
            EventRow(
                e.id,
                e.office_id,
                e.title,
                e.event_type,
                e.work_package,
                e.start_date,
                e.end_date,
                _place(e),
                e.is_online,
                int(n),
            )
            for e, n in session.execute(query)
        ]


@dataclass(frozen=True, slots=True)
class DayInfo:
    id: str
    day: date
    start_time: time | None
    end_time: time | None


@dataclass(frozen=True, slots=True)
class Participant:
    """One registration as the sheet and the attendance grid show it."""

    registration_id: str
    person_id: str
    position: int
    name: str
    organisation: str
    country: str
    email: str
    walk_in: bool
    # day id -> present; missing means not recorded yet
    present: dict[str, bool]
    # day id -> "HH:MM" join time (online events)
    joined_at: dict[str, str]


@dataclass(frozen=True, slots=True)
class EventDetail:
    id: str
    office_id: str
    title: str
    event_type: str
    work_package: str
    start_date: date
    end_date: date
    co_organisers: str | None
    venue: str | None
    city: str | None
    country: str | None
    is_online: bool
    online_url: str | None
    language: str | None
    target_groups: str | None
    description: str | None
    is_public: bool
    days: tuple[DayInfo, ...]
    participants: tuple[Participant, ...]
    scanned_sheets: tuple[str, ...]

    @property
    def place(self) -> str:
        if self.is_online:
            return Message(
                QT_TRANSLATE_NOOP("messages", "Online: {link}"), link=self.online_url or ""
            )
        return ", ".join(p for p in (self.venue, self.city, self.country) if p)


def days_of(session: Session, event_id: str) -> list[EventDay]:
    return list(
        session.scalars(
            select(EventDay)
            .where(EventDay.event_id == event_id, EventDay.deleted_at.is_(None))
            .order_by(EventDay.day)
        )
    )


def participants_of(session: Session, event_id: str) -> list[Participant]:
    """Live registrations in sheet order, with their attendance marks."""
    rows = session.execute(
        select(
            Registration.id,
            Registration.person_id,
            Registration.position,
            Registration.walk_in,
            Person.first_name,
            Person.last_name,
            Person.email,
            Person.country,
            Organisation.legal_name,
            Organisation.country,
        )
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Registration.event_id == event_id, Registration.deleted_at.is_(None))
        .order_by(Registration.position, Registration.created_at)
    ).all()
    marks: dict[str, dict[str, bool]] = {}
    joins: dict[str, dict[str, str]] = {}
    for reg_id, day_id, present, joined in session.execute(
        select(
            Attendance.registration_id,
            Attendance.event_day_id,
            Attendance.present,
            Attendance.joined_at,
        )
        .join(Registration, Registration.id == Attendance.registration_id)
        .where(Registration.event_id == event_id, Attendance.deleted_at.is_(None))
    ):
        marks.setdefault(reg_id, {})[day_id] = bool(present)
        if joined:
            joins.setdefault(reg_id, {})[day_id] = joined
    return [
        Participant(
            registration_id=r[0],
            person_id=r[1],
            position=r[2],
            # an erased person's two name fields read "(erased)": shown once
            name=r[4] if r[4] == r[5] else f"{r[4]} {r[5]}".strip(),
            organisation=r[8] or "",
            country=r[7] or r[9] or "",
            email=r[6] or "",
            walk_in=bool(r[3]),
            present=marks.get(r[0], {}),
            joined_at=joins.get(r[0], {}),
        )
        for r in rows
    ]


def event_detail(ctx: AppContext, id_or_prefix: str) -> EventDetail:
    from blues_desktop.services.attachments import attachments_of

    with ctx.read() as session:
        e = resolve_event(session, id_or_prefix)
        days = tuple(DayInfo(d.id, d.day, d.start_time, d.end_time) for d in days_of(session, e.id))
        sheets = tuple(a.file_name for a in attachments_of(session, "events", e.id))
        return EventDetail(
            id=e.id,
            office_id=e.office_id,
            title=e.title,
            event_type=e.event_type,
            work_package=e.work_package,
            start_date=e.start_date,
            end_date=e.end_date,
            co_organisers=e.co_organisers,
            venue=e.venue,
            city=e.city,
            country=e.country,
            is_online=e.is_online,
            online_url=e.online_url,
            language=e.language,
            target_groups=e.target_groups,
            description=e.description,
            is_public=e.is_public,
            days=days,
            participants=tuple(participants_of(session, e.id)),
            scanned_sheets=sheets,
        )


@dataclass(frozen=True, slots=True)
class PersonChoice:
    """A person of the register, as the picker lists it."""

    id: str
    name: str
    email: str
    organisation: str
    country: str


def _person_query(text: str | None):  # type: ignore[no-untyped-def]
    query = (
        select(
            Person.id,
            Person.first_name,
            Person.last_name,
            Person.email,
            Organisation.legal_name,
            func.coalesce(Person.country, Organisation.country),
        )
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(
            Person.deleted_at.is_(None),
            Person.erased_at.is_(None),
            Person.merged_into_id.is_(None),
        )
    )
    for word in (text or "").split():
        like = f"%{word}%"
        plain = f"%{strip_accents(word)}%"
        query = query.where(
            or_(
                Person.first_name.ilike(like),
                Person.last_name.ilike(like),
                Person.email.ilike(like),
                Organisation.legal_name.ilike(like),
                Organisation.name_key.ilike(plain.casefold()),
            )
        )
    return query


def count_persons(ctx: AppContext, text: str | None = None) -> int:
    with ctx.read() as session:
        sub = _person_query(text).subquery()
        return int(session.scalar(select(func.count()).select_from(sub)) or 0)


def search_persons(
    ctx: AppContext, text: str | None = None, *, offset: int = 0, limit: int = 200
) -> list[PersonChoice]:
    """One page of the register's persons matching every word of `text`."""
    query = (
        _person_query(text)
        .order_by(Person.last_name, Person.first_name, Person.id)
        .offset(offset)
        .limit(limit)
    )
    with ctx.read() as session:
        return [
            PersonChoice(r[0], f"{r[1]} {r[2]}", r[3] or "", r[4] or "", r[5] or "")
            for r in session.execute(query)
        ]
