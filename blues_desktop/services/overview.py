"""Counts per office of what the register holds: the first figures a user sees."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from blues_desktop.domain.offices import OFFICE_CODES
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.cross_office import count_organisations_once
from blues_desktop.store.models import Event, Exchange, Organisation, Person, StaffMember, SyncMixin

COUNTED: dict[str, type[SyncMixin]] = {
    "organisations": Organisation,
    "persons": Person,
    "exchanges": Exchange,
    "events": Event,
    "staff": StaffMember,
}


@dataclass(frozen=True, slots=True)
class Overview:
    # {table: {office: live rows}}
    counts: dict[str, dict[str, int]]
    # organisations of all offices, those the coordinator linked as the same counted once
    organisations_once: int = 0

    def total(self, table: str) -> int:
        return sum(self.counts.get(table, {}).values())


def overview(ctx: AppContext) -> Overview:
    counts: dict[str, dict[str, int]] = {}
    with ctx.read() as session:
        for name, model in COUNTED.items():
            rows = session.execute(
                select(model.office_id, func.count())
                .where(model.deleted_at.is_(None))
                .group_by(model.office_id)
            ).all()
            per_office = {code: 0 for code in OFFICE_CODES}
            per_office.update({office: int(count) for office, count in rows})
            counts[name] = per_office
        once = count_organisations_once(session)
    return Overview(counts, once)
