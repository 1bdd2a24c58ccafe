"""Demo timesheets: the office's staff with their contracts and a supervisor, and their
hours from January to this month. Months up to two months back are approved, last
month is submitted, this month is a draft filled up to yesterday. Each month is
approved by the person's supervisor (the head of the office by the deputy), never by
the person. The hours pass every check (`checks.staff_year_problems` runs before they
are written): a working day has the contract's daily hours spread over the office's
work package, project management and other work, with leave, a few sick days and the
country's public holidays."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from blues_desktop.domain.offices import PARTNER_OFFICES
from blues_desktop.domain.timesheets import (
    APPROVED,
    DRAFT,
    HOLIDAY,
    OTHER,
    PUBLIC_HOLIDAY,
    SICK,
    SUBMITTED,
    WORK_PACKAGES,
    Month,
    MonthHours,
    MonthStatus,
    StaffTerms,
    is_weekend,
    public_holidays,
)
from blues_desktop.services.demo import checks
from blues_desktop.services.demo.names import STAFF_ROLES
from blues_desktop.services.demo.plan import DemoPlan
from blues_desktop.store.models import (
    Person,
    PlannedEffort,
    StaffMember,
    TimesheetEntry,
    TimesheetMonth,
    new_id,
)

WEEKLY_HOURS = (Decimal(40), Decimal("38.5"), Decimal(35), Decimal(40), Decimal(20), Decimal(40))
LEAVE_DAYS_PER_YEAR = 25


def add_demo(session: Session, plan: DemoPlan) -> dict[str, int]:
    """Add this office's staff and their timesheets; returns rows added per table."""
    if not plan.staff_person_ids:
        return {}
    rng = plan.rng
    today = plan.now.date()
    names = dict(
        session.execute(
            select(Person.id, Person.first_name + " " + Person.last_name).where(
                Person.id.in_(plan.staff_person_ids)
            )
        ).all()
    )
    staff_rows: list[dict[str, object]] = []
    sync = plan.sync_columns(session, len(plan.staff_person_ids))
    head_id: str | None = None
    for index, person_id in enumerate(plan.staff_person_ids):
        start = date(today.year - rng.randint(1, 6), rng.randint(1, 12), 1)
        if index == len(plan.staff_person_ids) - 1:
            start = date(today.year, 3, 1)  # one newcomer: employed from March
        staff_rows.append(
            {
                **sync[index],
                "id": new_id(),
                "person_id": person_id,
                "role": STAFF_ROLES[index % len(STAFF_ROLES)],
                "employment_start": start,
                "employment_end": None,
                "weekly_hours": WEEKLY_HOURS[index % len(WEEKLY_HOURS)],
                "annual_productive_hours": Decimal(1720),
                "supervisor_id": head_id,
                "region": None,
            }
        )
        head_id = head_id or str(staff_rows[0]["id"])
    session.execute(insert(StaffMember), staff_rows)
    if len(staff_rows) > 1:
        # The head of the office is supervised by the deputy (nobody approves their own month).
        deputy = staff_rows[1]["id"]
        staff_rows[0]["supervisor_id"] = deputy
        session.execute(
            update(StaffMember)
            .where(StaffMember.id == staff_rows[0]["id"])
            .values(supervisor_id=deputy)
        )
    name_of = {row["id"]: names.get(str(row["person_id"]), "") for row in staff_rows}

    holidays = public_holidays(plan.office.info.country, None, today.year)
    entries: list[tuple[str, date, str, Decimal]] = []
    months: list[dict[str, object]] = []
    problems: list[str] = []
    for staff in staff_rows:
        supervisor = name_of.get(staff["supervisor_id"]) if staff["supervisor_id"] else None
        year = checks.StaffYear(_terms(staff, name_of[staff["id"]]), supervisor)
        for month, hours in _year_of_hours(plan, staff, holidays, today).items():
            status = _status_of(month, today)
            entries += [(str(staff["id"]), d, r, h) for (d, r), h in hours.cells.items()]
            approved = status == APPROVED
            months.append(
                {
                    "id": new_id(),
                    "staff_id": staff["id"],
                    "month": str(month),
                    "status": status,
                    "note": None,
                    "submitted_at": plan.now if status != DRAFT else None,
                    "approved_at": plan.now if approved else None,
                    "approved_by": supervisor if approved else None,
                    "content_sha256": hours.content_sha256() if approved else None,
                    "pdf_sha256": None,  # demo months were never printed
                    "reopen_reason": None,
                }
            )
            year.months.append((hours, months[-1]))
        problems += checks.staff_year_problems(year, holidays, today)
    checks.refuse_if_any(problems)
    entry_sync = plan.sync_columns(session, len(entries) + len(months))
    session.execute(
        insert(TimesheetEntry),
        [
            {**entry_sync[i], "id": new_id(), "staff_id": s, "day": d, "category": r, "hours": h}
            for i, (s, d, r, h) in enumerate(entries)
        ],
    )
    session.execute(
        insert(TimesheetMonth),
        [{**entry_sync[len(entries) + i], **m} for i, m in enumerate(months)],
    )
    planned = _planned_effort(session, plan)
    return {
        "planned_effort": planned,
        "staff_members": len(staff_rows),
        "timesheet_entries": len(entries),
        "timesheet_months": len(months),
    }


def _planned_effort(session: Session, plan: DemoPlan) -> int:
    """The coordinator's plan: each office's own work package gets most person-months."""
    if not plan.office.info.is_coordinator:
        return 0
    rows = []
    for office in PARTNER_OFFICES:
        for wp in WORK_PACKAGES:
            if wp == office.work_package:
                months = Decimal(30)
            elif wp == "WP5":
                months = Decimal(6)
            else:
                months = Decimal(4)
            rows.append((office.code, wp, months))
    sync = plan.sync_columns(session, len(rows))
    session.execute(
        insert(PlannedEffort),
        [
            {**sync[i], "id": new_id(), "for_office": o, "work_package": w, "person_months": m}
            for i, (o, w, m) in enumerate(rows)
        ],
    )
    return len(rows)


def _terms(staff: dict[str, object], name: str) -> StaffTerms:
    start, end = staff["employment_start"], staff["employment_end"]
    assert isinstance(start, date) and (end is None or isinstance(end, date))
    return StaffTerms(
        name,
        start,
        end,
        Decimal(str(staff["weekly_hours"])),
        Decimal(str(staff["annual_productive_hours"])),
    )


def _status_of(month: Month, today: date) -> MonthStatus:
    current = Month.of(today)
    if month == current:
        return DRAFT
    if month == current.previous():
        return SUBMITTED
    return APPROVED


def _year_of_hours(
    plan: DemoPlan, staff: dict[str, object], holidays: dict[date, str], today: date
) -> dict[Month, MonthHours]:
    rng = plan.rng
    employed_from = staff["employment_start"]
    assert isinstance(employed_from, date)
    start = max(date(today.year, 1, 1), employed_from)
    # Whole quarter hours a day, never above the contract (38.5 h a week: 7.5 h a day).
    daily = Decimal(int(Decimal(str(staff["weekly_hours"])) / 5 * 4)) / 4
    leave = _leave_days(rng, start, today)
    main_wp = plan.office.info.work_package
    out: dict[Month, MonthHours] = {}
    day = start
    while day < today:
        month = Month.of(day)
        hours = out.setdefault(month, MonthHours(month))
        if is_weekend(day):
            pass
        elif day in holidays:
            hours.set(day, PUBLIC_HOLIDAY, daily)
        elif day in leave:
            hours.set(day, HOLIDAY, daily)
        elif rng.random() < 0.015:
            hours.set(day, SICK, daily)
        else:
            _working_day(rng, hours, day, daily, main_wp)
        day += timedelta(days=1)
    return {m: h for m, h in out.items() if h.cells}


def _working_day(
    rng: random.Random, hours: MonthHours, day: date, daily: Decimal, main_wp: str
) -> None:
    """The day's hours over the office's WP, WP5 and other work (quarter hours).

    BLUES work stays near two thirds of the time, so a month's BLUES hours stay below
    a person-month's productive hours as the checks require.
    """
    quarters = int(daily * 4)
    main = int(quarters * rng.choice((0.4, 0.5, 0.55)))
    management = int(quarters * rng.choice((0.0, 0.1, 0.15)))
    other = quarters - main - management
    for row, q in ((main_wp, main), ("WP5", management), (OTHER, other)):
        if q:
            hours.set(day, row, hours.get(day, row) + Decimal(q) / 4)


def _leave_days(rng: random.Random, start: date, today: date) -> set[date]:
    days = (today - start).days
    wanted = round(LEAVE_DAYS_PER_YEAR * days / 365)
    leave: set[date] = set()
    while len(leave) < wanted and days > 0:
        first = start + timedelta(days=rng.randrange(days))
        for offset in range(rng.choice((1, 2, 5))):
            leave.add(first + timedelta(days=offset))
    return leave
