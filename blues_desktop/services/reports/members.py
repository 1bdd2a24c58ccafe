"""Member figures for a reporting window: records per office, country and type, the
partnership's members counted once, new members per quarter, organisations reached."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
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


def member_figures(
    session: Session,
    window: Window,
    counted_as: dict[str, str],
    event_orgs: Iterable[str],
    exchange_orgs: Iterable[str],
) -> MemberFigures:
    rows = session.execute(
        select(
            Organisation.id, Organisation.office_id, Organisation.country, Organisation.org_type,
            Organisation.member_since, Organisation.member_until, Organisation.created_at,
        ).where(
            Organisation.deleted_at.is_(None),
            Organisation.merged_into_id.is_(None),
            Organisation.is_member.is_(True),
        )
    ).all()  # fmt: skip
    offices: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    types: Counter[str] = Counter()
    quarters: Counter[str] = Counter()
    groups: set[str] = set()
    for org_id, office, country, org_type, since, until, created in rows:
        began = since or created.date()
        if created.date() > window.as_of or began > window.as_of:
            continue
        if until is not None and until < window.as_of:
            continue
        offices[office] += 1
        countries[country] += 1
        types[org_type] += 1
        groups.add(counted_as.get(org_id, org_id))
        if window.holds(began):
            quarters[quarter_of(began)] += 1
    by_events = {counted_as[o] for o in event_orgs if o in counted_as}
    by_exchanges = {counted_as[o] for o in exchange_orgs if o in counted_as}
    return MemberFigures(
        records=sum(offices.values()),
        once=len(groups),
        new_in_period=sum(quarters.values()),
        by_office=tuple((code, offices[code]) for code in OFFICE_CODES),
        by_country=_ranked(countries),
        by_type=_ranked(types),
        new_by_quarter=tuple(sorted(quarters.items())),
        reached_events=len(by_events),
        reached_exchanges=len(by_exchanges),
        reached=len(by_events | by_exchanges),
    )
