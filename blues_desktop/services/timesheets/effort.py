"""The year in effort: hours and person-months per work package, per person and per
office, against the effort the coordinator plans. Declared effort counts approved
(locked) months only."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, and_, func, select

from blues_desktop.domain.changes import Changes
from blues_desktop.domain.errors import PermissionDeniedError, ValidationError
from blues_desktop.domain.offices import OFFICE_CODES
from blues_desktop.domain.timesheets import (
    APPROVED,
    BLUES_ROWS,
    DRAFT,
    ROWS,
    MonthStatus,
    person_months,
)
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services import records
from blues_desktop.services.context import AppContext
from blues_desktop.services.timesheets.months import TIMESHEET_CHANGES
from blues_desktop.services.timesheets.staff import list_staff
from blues_desktop.store.models import PlannedEffort, StaffMember, TimesheetEntry, TimesheetMonth

ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class EntryLine:
    """One exported row: a person's hours on one day in one row."""

    office_id: str
    staff_id: str
    name: str
    day: date
    row: str
    hours: Decimal
    status: MonthStatus

    @property
    def month(self) -> str:
        return self.day.strftime("%Y-%m")


@dataclass(slots=True)
class StaffYear:
    staff_id: str
    name: str
    office_id: str
    annual_productive_hours: Decimal
    hours: dict[str, Decimal] = field(default_factory=dict)
    declared_hours: dict[str, Decimal] = field(default_factory=dict)
    months: dict[str, MonthStatus] = field(default_factory=dict)

    def person_months(self, row: str, *, declared: bool = False) -> Decimal:
        source = self.declared_hours if declared else self.hours
        return person_months(source.get(row, ZERO), self.annual_productive_hours)

    @property
    def blues_hours(self) -> Decimal:
        return sum((self.hours.get(wp, ZERO) for wp in BLUES_ROWS), ZERO)


@dataclass(frozen=True, slots=True)
class WorkPackageEffort:
    work_package: str
    hours: Decimal
    person_months: Decimal
    declared_person_months: Decimal
    planned_person_months: Decimal | None

    @property
    def share_of_plan(self) -> Decimal | None:
        if not self.planned_person_months:
            return None
        return (self.declared_person_months / self.planned_person_months * 100).quantize(
            Decimal("0.1")
        )


@dataclass(frozen=True, slots=True)
class YearEffort:
    year: int
    office: str
    staff: tuple[StaffYear, ...]
    work_packages: tuple[WorkPackageEffort, ...]


def entry_month() -> ColumnElement[bool]:
    """Joins an hour to the sign-off of its person's month (none: a draft)."""
    return and_(
        TimesheetMonth.staff_id == TimesheetEntry.staff_id,
        TimesheetMonth.month == func.strftime("%Y-%m", TimesheetEntry.day),
        TimesheetMonth.deleted_at.is_(None),
    )


def year_lines(
    ctx: AppContext, year: int, *, office: str | None = None, staff_id: str | None = None
) -> Iterator[EntryLine]:
    """Every stored hour of the year as lines (person, day, row), in order."""
    names = {s.id: s.name for s in list_staff(ctx, "*")}
    statement = (
        select(
            StaffMember.office_id,
            TimesheetEntry.staff_id,
            TimesheetEntry.day,
            TimesheetEntry.category,
            TimesheetEntry.hours,
            func.coalesce(TimesheetMonth.status, DRAFT.value),
        )
        .join(StaffMember, StaffMember.id == TimesheetEntry.staff_id)
        .outerjoin(TimesheetMonth, entry_month())
        .where(
            TimesheetEntry.deleted_at.is_(None),
            StaffMember.deleted_at.is_(None),
            TimesheetEntry.day >= date(year, 1, 1),
            TimesheetEntry.day <= date(year, 12, 31),
            TimesheetEntry.hours > 0,
        )
        .order_by(StaffMember.office_id, TimesheetEntry.staff_id, TimesheetEntry.day)
    )
    wanted = _office_filter(ctx, office)
    if wanted is not None:
        statement = statement.where(StaffMember.office_id == wanted)
    if staff_id is not None:
        statement = statement.where(TimesheetEntry.staff_id == staff_id)
    order = {row: index for index, row in enumerate(ROWS)}
    with ctx.read() as session:
        batch: list[EntryLine] = []
        current: tuple[str, date] | None = None
        for office_id, sid, day, row, hours, status in session.execute(statement):
            if current != (sid, day) and batch:
                yield from sorted(batch, key=lambda line: order.get(line.row, 99))
                batch = []
            current = (sid, day)
            line = EntryLine(
                office_id, sid, names.get(sid, sid), day, row, hours, MonthStatus(status)
            )
            batch.append(line)
        yield from sorted(batch, key=lambda line: order.get(line.row, 99))


def _office_filter(ctx: AppContext, office: str | None) -> str | None:
    """None for every office ("*"), otherwise the office code (this office by default)."""
    if office == "*":
        return None
    return (office or ctx.office_code).upper()


def year_effort(ctx: AppContext, year: int, *, office: str | None = None) -> YearEffort:
    """Hours and person-months per person and work package, declared and planned."""
    wanted = _office_filter(ctx, office)
    staff = {
        s.id: StaffYear(s.id, s.name, s.office_id, s.annual_productive_hours)
        for s in list_staff(ctx, wanted or "*")
    }
    for line in year_lines(ctx, year, office=wanted or "*"):
        person = staff.get(line.staff_id)
        if person is None:
            continue
        person.hours[line.row] = person.hours.get(line.row, ZERO) + line.hours
        person.months[line.month] = line.status
        if line.status == APPROVED:
            person.declared_hours[line.row] = person.declared_hours.get(line.row, ZERO) + line.hours
    plans = planned_effort(ctx)
    packages = []
    for wp in BLUES_ROWS:
        planned_values = [
            value for (code, package), value in plans.items()
            if package == wp and (wanted is None or code == wanted)
        ]  # fmt: skip
        packages.append(
            WorkPackageEffort(
                wp,
                sum((p.hours.get(wp, ZERO) for p in staff.values()), ZERO),
                sum((p.person_months(wp) for p in staff.values()), ZERO),
                sum((p.person_months(wp, declared=True) for p in staff.values()), ZERO),
                sum(planned_values, ZERO) if planned_values else None,
            )
        )
    return YearEffort(year, wanted or "*", tuple(staff.values()), tuple(packages))


def planned_effort(ctx: AppContext) -> dict[tuple[str, str], Decimal]:
    """{(office, work package): person-months} as the coordinator planned them."""
    with ctx.read() as session:
        rows = session.scalars(select(PlannedEffort).where(PlannedEffort.deleted_at.is_(None)))
        return {(r.for_office, r.work_package): r.person_months for r in rows}


@dataclass(frozen=True, slots=True)
class PlanSaved:
    rows: int
    changes: Changes = TIMESHEET_CHANGES


def set_planned_effort(ctx: AppContext, plan: dict[tuple[str, str], Decimal]) -> PlanSaved:
    """The coordinator sets the planned person-months per office and work package."""
    if not ctx.office.is_coordinator:
        raise PermissionDeniedError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "only the coordinator sets the planned effort; it reaches the partners in the "
                    "coordinator's bundle",
                )
            )
        )
    report = ValidationReport()
    for (office, wp), value in plan.items():
        where = f"{office} {wp}"
        if office not in OFFICE_CODES:
            report.error(
                where,
                Message(
                    QT_TRANSLATE_NOOP("messages", "{office} is not a BLUES office"),
                    office=repr(office),
                ),
            )
        if wp not in BLUES_ROWS:
            report.error(
                where,
                Message(
                    QT_TRANSLATE_NOOP("messages", "{wp} is not a work package (WP1–WP5)"),
                    wp=repr(wp),
                ),
            )
        if value < 0 or value > 600:
            report.error(
                where,
                Message(
                    QT_TRANSLATE_NOOP("messages", "{value} person-months is outside 0–600"),
                    value=value,
                ),
            )
    if not report.ok:
        raise ValidationError(report)
    with ctx.transaction() as session:
        existing = {
            (r.for_office, r.work_package): r for r in session.scalars(select(PlannedEffort))
        }
        for key, value in plan.items():
            value = value.quantize(Decimal("0.01"))
            row = existing.get(key)
            if row is None:
                records.create(
                    session,
                    ctx,
                    PlannedEffort(for_office=key[0], work_package=key[1], person_months=value),
                )
                continue
            if row.deleted_at is not None:
                records.restore(session, ctx, row)
            records.update_fields(session, ctx, row, {"person_months": value})
    return PlanSaved(len(plan))
