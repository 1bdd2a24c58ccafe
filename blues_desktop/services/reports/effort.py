"""Staff effort of a reporting window: hours and person-months per work package and
office, declared (months approved by the as-of date) and not yet approved apart, against
the coordinator's plan."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from blues_desktop.domain.offices import OFFICE_CODES
from blues_desktop.domain.timesheets import APPROVED, WORK_PACKAGES, person_months
from blues_desktop.services.reports.periods import Window
from blues_desktop.services.timesheets.effort import entry_month
from blues_desktop.store.models import PlannedEffort, StaffMember, TimesheetEntry, TimesheetMonth

ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class EffortCell:
    office: str
    work_package: str
    hours_declared: Decimal
    hours_draft: Decimal
    person_months_declared: Decimal
    person_months_draft: Decimal
    person_months_planned: Decimal | None


@dataclass(frozen=True, slots=True)
class EffortFigures:
    cells: tuple[EffortCell, ...]  # every office × work package, in order

    def total(self, field: str, *, office: str | None = None, wp: str | None = None) -> Decimal:
        return sum(
            (
                getattr(c, field) or ZERO
                for c in self.cells
                if (office is None or c.office == office) and (wp is None or c.work_package == wp)
            ),
            ZERO,
        )


def _end_of(day: date) -> datetime:
    return datetime.combine(day, time.max, tzinfo=UTC)


def effort_figures(session: Session, window: Window) -> EffortFigures:
    approved_by = _end_of(window.as_of)
    rows = session.execute(
        select(
            StaffMember.id, StaffMember.office_id, StaffMember.annual_productive_hours,
            TimesheetEntry.category, TimesheetMonth.status, TimesheetMonth.approved_at,
            func.sum(TimesheetEntry.hours),
        )
        .join(StaffMember, StaffMember.id == TimesheetEntry.staff_id)
        .outerjoin(TimesheetMonth, entry_month())
        .where(
            TimesheetEntry.deleted_at.is_(None),
            StaffMember.deleted_at.is_(None),
            TimesheetEntry.day >= window.start,
            TimesheetEntry.day <= window.end,
            TimesheetEntry.category.in_(WORK_PACKAGES),
        )
        .group_by(
            StaffMember.id, StaffMember.office_id, StaffMember.annual_productive_hours,
            TimesheetEntry.category, TimesheetMonth.status, TimesheetMonth.approved_at,
        )
    )  # fmt: skip
    # per (office, wp): hours and person-months, declared and draft; person-months are
    # worked out per person (each has their own annual productive hours)
    per_person: dict[tuple[str, str, str, bool], Decimal] = defaultdict(lambda: ZERO)
    annual: dict[str, Decimal] = {}
    for staff_id, office, annual_hours, wp, status, approved_at, summed in rows:
        declared = status == APPROVED and approved_at is not None and approved_at <= approved_by
        per_person[(staff_id, office, wp, declared)] += Decimal(summed)
        annual[staff_id] = annual_hours
    hours: dict[tuple[str, str, bool], Decimal] = defaultdict(lambda: ZERO)
    months: dict[tuple[str, str, bool], Decimal] = defaultdict(lambda: ZERO)
    for (staff_id, office, wp, declared), value in per_person.items():
        hours[(office, wp, declared)] += value
        months[(office, wp, declared)] += person_months(value, annual[staff_id])
    plans = {
        (r.for_office, r.work_package): r.person_months
        for r in session.scalars(select(PlannedEffort).where(PlannedEffort.deleted_at.is_(None)))
    }
    cells = tuple(
        EffortCell(
            office, wp,
            hours[(office, wp, True)], hours[(office, wp, False)],
            months[(office, wp, True)], months[(office, wp, False)],
            plans.get((office, wp)),
        )
        for office in OFFICE_CODES
        for wp in WORK_PACKAGES
    )  # fmt: skip
    return EffortFigures(cells)
