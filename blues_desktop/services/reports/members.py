"""Member figures for a reporting window: records per office, country and type, the
partnership's members counted once, new members per quarter, organisations reached."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Integer, and_, case, cast, func, or_, select
from sqlalchemy.orm import Session

from blues_desktop.domain.offices import OFFICE_CODES
from blues_desktop.services.reports.periods import Window
from blues_desktop.store.models import Organisation


@dataclass(frozen=True, slots=True)
class MemberFigures:
    records: int
    once: int
    new_in_period: int
    by_office: tuple[tuple[str, int], ...]
    by_country: tuple[tuple[str, int], ...]
    by_type: tuple[tuple[str, int], ...]
    new_by_quarter: tuple[tuple[str, int], ...]  # ("2026-Q1", n)
    reached_events: int
    reached_exchanges: int
    reached: int


def quarter_of(day: date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def _ranked(counter: Counter[str]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def _deleted(session: Session) -> set[str]:
    """The organisations deleted (few: a tombstone is rare), to leave out of "reached"."""
    return set(
        session.scalars(select(Organisation.id).where(Organisation.deleted_at.is_not(None)))
    )


def member_figures(
    session: Session,
    window: Window,
    counted_as: dict[str, str],
    event_orgs: Iterable[str],
    exchange_orgs: Iterable[str],
) -> MemberFigures:
    """Grouped by SQLite (100,000 organisations are counted, not read one by one)."""
    as_of, start, end = (d.isoformat() for d in (window.as_of, window.start, window.end))
    began = func.coalesce(Organisation.member_since, func.date(Organisation.created_at))
    quarter = func.printf(
        "%s-Q%d", func.strftime("%Y", began), (cast(func.strftime("%m", began), Integer) + 2) / 3
    )
    new = and_(began >= start, began <= end)
    members = (
        Organisation.deleted_at.is_(None),
        Organisation.merged_into_id.is_(None),
        Organisation.is_member.is_(True),
        func.date(Organisation.created_at) <= as_of,
        began <= as_of,
        or_(Organisation.member_until.is_(None), Organisation.member_until >= window.as_of),
    )
    offices: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    types: Counter[str] = Counter()
    quarters: Counter[str] = Counter()
    grouped = session.execute(
        select(
            Organisation.office_id, Organisation.country, Organisation.org_type,
            case((new, quarter), else_=None), func.count(),
        ).where(*members).group_by(
            Organisation.office_id, Organisation.country, Organisation.org_type,
            case((new, quarter), else_=None),
        )
    )  # fmt: skip
    for office, country, org_type, new_in, count in grouped:
        offices[office] += count
        countries[country] += count
        types[org_type] += count
        if new_in is not None:
            quarters[new_in] += count
    records = sum(offices.values())
    # counted once: the records less those that count as another one of them
    linked: set[str] = set()
    chosen = sorted(counted_as)
    for at in range(0, len(chosen), 900):  # SQLite's limit of bound values, with room
        part = chosen[at : at + 900]
        linked.update(
            session.scalars(select(Organisation.id).where(*members, Organisation.id.in_(part)))
        )
    once = records - len(linked) + len({counted_as[o] for o in linked})
    deleted = _deleted(session)
    by_events = {counted_as.get(o, o) for o in event_orgs if o not in deleted}
    by_exchanges = {counted_as.get(o, o) for o in exchange_orgs if o not in deleted}
    return MemberFigures(
        records=records,
        once=once,
        new_in_period=sum(quarters.values()),
        by_office=tuple((code, offices[code]) for code in OFFICE_CODES),
        by_country=_ranked(countries),
        by_type=_ranked(types),
        new_by_quarter=tuple(sorted(quarters.items())),
        reached_events=len(by_events),
        reached_exchanges=len(by_exchanges),
        reached=len(by_events | by_exchanges),
    )
