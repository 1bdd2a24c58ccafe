"""Every demo record passes the app's own rules, read back from the database.

The demo is what a new user sees first. Each record is checked as the app would check
it had a user entered it (eligibility, working days with the host country's public
holidays, the lump sum and its cap, the order of the state history, agendas on working
days; event days; timesheets without work on weekends or holidays, within the contract
and the year's productive hours; organisations and persons as the register checks
them), at scale 1 and 10, on today's date and on dates around public holidays.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import holidays
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from blues_desktop.domain.clock import utc_now
from blues_desktop.domain.exchanges.rules import rules_from_json
from blues_desktop.domain.exchanges.workflow import ENDED, State
from blues_desktop.domain.offices import office_info
from blues_desktop.domain.timesheets import (
    ABSENCE_ROWS,
    Month,
    MonthHours,
    StaffTerms,
    public_holidays,
)
from blues_desktop.services.context import AppContext, open_installation
from blues_desktop.services.demo import checks, generate
from blues_desktop.services.setup import initialise
from blues_desktop.store.models import (
    Attachment,
    Attendance,
    Event,
    EventDay,
    Exchange,
    ExchangeReport,
    ExchangeStatusChange,
    Organisation,
    Person,
    ProgrammeRules,
    Registration,
    StaffMember,
    TimesheetEntry,
    TimesheetMonth,
)

Rows = list[dict[str, Any]]


def _rows(session: Session, model: type) -> Rows:
    table = model.__table__  # type: ignore[attr-defined]
    return [
        dict(r)
        for r in session.execute(select(table).where(table.c.deleted_at.is_(None))).mappings()
    ]


def _demo(tmp_path: Path, scale: float, clock: Callable[[], datetime]) -> AppContext:
    installation = open_installation(tmp_path / f"demo-{scale}", clock=clock)
    initialise(installation, "BPT", "Demo User")
    ctx = installation.context()
    generate(ctx, scale=scale)
    return ctx


def _exchange_problems(session: Session, today: date) -> tuple[list[str], Rows]:
    rules_row = _rows(session, ProgrammeRules)[0]
    rules = rules_from_json(rules_row["rules_json"], rules_row["version"], rules_row["valid_from"])
    organisations = {o["id"]: o for o in _rows(session, Organisation)}
    exchanges = _rows(session, Exchange)
    history: dict[str, Rows] = defaultdict(list)
    for change in _rows(session, ExchangeStatusChange):
        history[change["exchange_id"]].append(change)
    reports = {r["exchange_id"]: r for r in _rows(session, ExchangeReport)}
    evidence: dict[str, set[str]] = defaultdict(set)
    for attachment in _rows(session, Attachment):
        if attachment["owner_table"] == "exchanges":
            evidence[attachment["owner_id"]].add(attachment["kind"])
    live: dict[str, list[str]] = defaultdict(list)
    for row in exchanges:
        if State(row["state"]) not in ENDED:
            live[row["visitor_org_id"]].append(row["reference"])
    problems: list[str] = []
    for row in exchanges:
        others = tuple(sorted(r for r in live[row["visitor_org_id"]] if r != row["reference"]))
        record = checks.ExchangeRecord(
            row, history[row["id"]], reports.get(row["id"]), frozenset(evidence[row["id"]]), others
        )
        problems += checks.exchange_problems(record, organisations, rules, today)
    return problems, exchanges


def _event_problems(session: Session, today: date) -> tuple[list[str], Rows]:
    events = _rows(session, Event)
    days: dict[str, Rows] = defaultdict(list)
    for day in _rows(session, EventDay):
        days[day["event_id"]].append(day)
    registrations: dict[str, Rows] = defaultdict(list)
    event_of_registration: dict[str, str] = {}
    for registration in _rows(session, Registration):
        registrations[registration["event_id"]].append(registration)
        event_of_registration[registration["id"]] = registration["event_id"]
    attendance: dict[str, Rows] = defaultdict(list)
    for mark in _rows(session, Attendance):
        attendance[event_of_registration[mark["registration_id"]]].append(mark)
    problems: list[str] = []
    for event in events:
        problems += checks.event_problems(
            event,
            days[event["id"]],
            registrations[event["id"]],
            attendance[event["id"]],
            office_info(event["office_id"]).country,
            today,
        )
    return problems, events


def _timesheet_problems(session: Session, today: date) -> tuple[list[str], Rows]:
    persons = {p["id"]: p for p in _rows(session, Person)}
    staff_rows = {s["id"]: s for s in _rows(session, StaffMember)}

    def name(staff_id: str | None) -> str | None:
        if staff_id is None:
            return None
        person = persons[staff_rows[staff_id]["person_id"]]
        return f"{person['first_name']} {person['last_name']}"

    entries: dict[tuple[str, Month], MonthHours] = {}
    for entry in _rows(session, TimesheetEntry):
        key = (entry["staff_id"], Month.of(entry["day"]))
        entries.setdefault(key, MonthHours(key[1])).set(
            entry["day"], entry["category"], entry["hours"]
        )
    problems: list[str] = []
    years: dict[tuple[str, int], checks.StaffYear] = {}
    for month_row in _rows(session, TimesheetMonth):
        staff = staff_rows[month_row["staff_id"]]
        month = Month.parse(month_row["month"])
        terms = StaffTerms(
            name(staff["id"]) or "",
            staff["employment_start"],
            staff["employment_end"],
            Decimal(staff["weekly_hours"]),
            Decimal(staff["annual_productive_hours"]),
        )
        year = years.setdefault(
            (staff["id"], month.year), checks.StaffYear(terms, name(staff["supervisor_id"]))
        )
        hours = entries.pop((staff["id"], month), MonthHours(month))
        year.months.append((hours, month_row))
    problems += [f"hours without a month record: {key}" for key in entries]
    for (staff_id, year_number), year in years.items():
        country = office_info(staff_rows[staff_id]["office_id"]).country
        problems += checks.staff_year_problems(
            year, public_holidays(country, None, year_number), today
        )
    return problems, list(staff_rows.values())


def _independent_calendar_problems(session: Session) -> list[str]:
    """The two faults users saw, checked with the holidays package directly."""
    organisations = {o["id"]: o for o in _rows(session, Organisation)}
    problems: list[str] = []
    for row in _rows(session, Exchange):
        if row["host_org_id"] is None or row["start_date"] is None:
            continue
        country = organisations[row["host_org_id"]]["country"]
        off = holidays.country_holidays(
            country, years=range(row["start_date"].year - 1, row["end_date"].year + 2)
        )
        days = [
            row["start_date"] + timedelta(days=i)
            for i in range((row["end_date"] - row["start_date"]).days + 1)
        ]
        working = [d for d in days if d.weekday() < 5 and d not in off]
        if len(working) < 3:
            problems.append(f"{row['reference']}: {len(working)} working days in {country}")
        for item in json.loads(row["agenda"] or "[]"):
            day = date.fromisoformat(item["day"])
            if day.weekday() >= 5 or day in off:
                problems.append(f"{row['reference']}: agenda on {day:%A %d %B %Y} in {country}")
    staff_office = {s["id"]: s["office_id"] for s in _rows(session, StaffMember)}
    for entry in _rows(session, TimesheetEntry):
        if entry["category"] in ABSENCE_ROWS:
            continue
        country = office_info(staff_office[entry["staff_id"]]).country
        off = holidays.country_holidays(country, years=entry["day"].year)
        if entry["day"].weekday() >= 5 or entry["day"] in off:
            problems.append(f"{entry['hours']} h worked on {entry['day']:%A %d %B %Y} in {country}")
    return problems


def _fixed(year: int, month: int, day: int) -> Callable[[], datetime]:
    moment = datetime(year, month, day, 9, 30, tzinfo=UTC)
    return lambda: moment


@pytest.mark.parametrize(
    ("scale", "clock"),
    [
        (1, utc_now),
        (10, utc_now),
        # Whit Monday, Ascension and 1/8 May in the stays before and after
        (1, _fixed(2026, 6, 12)),
        # the first days of a year: almost no hours yet, stays across New Year
        (1, _fixed(2027, 1, 4)),
    ],
    ids=["scale-1-today", "scale-10-today", "scale-1-june-2026", "scale-1-january-2027"],
)
def test_every_demo_record_passes_the_apps_rules(
    tmp_path: Path, scale: float, clock: Callable[[], datetime]
) -> None:
    ctx = _demo(tmp_path, scale, clock)
    today = ctx.now().date()
    with ctx.read() as session:
        exchange_problems, exchanges = _exchange_problems(session, today)
        event_problems, events = _event_problems(session, today)
        timesheet_problems, staff = _timesheet_problems(session, today)
        organisations = _rows(session, Organisation)
        persons = _rows(session, Person)
        member_problems = [p for o in organisations for p in checks.organisation_problems(o)]
        member_problems += [p for p in persons for p in checks.person_problems(p, today)]
        calendar_problems = _independent_calendar_problems(session)
    assert exchange_problems == []
    assert event_problems == []
    assert timesheet_problems == []
    assert member_problems == []
    assert calendar_problems == []
    # The demo shows every state of an exchange, in every office, so all rules were applied.
    assert {e["state"] for e in exchanges} == {s.value for s in State}
    assert {e["office_id"] for e in exchanges} == {"BPT", "NPG", "MCI", "ZIN", "AQV"}
    assert len(events) >= 15 and len(staff) == 30 and len(organisations) == 500 * scale
    # VAT numbers are there to check (their check digits pass the register's rule)
    assert sum(1 for o in organisations if o["vat_number"]) > 100 * scale


def test_the_checks_name_the_faults_users_saw() -> None:
    """The stay of ZIN-X-2026-006 as it was: Friday 22 to Tuesday 26 May 2026 in France
    (Whit Monday a public holiday: 2 working days), its agenda listing the Saturday."""
    from blues_desktop.domain.exchanges.rules import default_rules

    organisations = {
        "vo": {"legal_name": "Aguas del Ebro S.L.", "org_type": "cluster", "country": "ES",
               "is_member": True, "city": "Zaragoza"},
        "ho": {"legal_name": "Filtration Lyon SA", "org_type": "sme", "country": "FR",
               "is_member": True, "city": "Lyon"},
    }  # fmt: skip
    start, end = date(2026, 5, 22), date(2026, 5, 26)
    agenda = [{"day": d, "text": "Visits"} for d in ("2026-05-22", "2026-05-23", "2026-05-26")]
    row = {
        "reference": "ZIN-X-2026-006", "state": "held", "visitor_org_id": "vo",
        "host_org_id": "ho", "visitor_cluster_id": None, "start_date": start,
        "end_date": end, "working_days": 2, "distance_km": 900, "override_reason": None,
        "lump_sum": Decimal("390.00"), "rules_version": 1, "goals": "Learn",
        "objectives": "Meet", "agenda": json.dumps(agenda),
        "agreement_number": "ZIN-CX-2026-006", "agreement_issued_on": date(2026, 4, 15),
        "host_accepted_on": date(2026, 4, 8), "visitor_accepted_on": date(2026, 4, 9),
        "paid_on": None, "cancel_reason": None,
    }  # fmt: skip
    steps = ["registered", "validated", "matched", "ctq_signed", "agreement_signed", "held"]
    history = [
        {"from_state": steps[i - 1] if i else None, "to_state": s,
         "changed_on": date(2026, 3, 31) + timedelta(days=5 * i) if s != "held" else end}
        for i, s in enumerate(steps)
    ]  # fmt: skip
    problems = checks.exchange_problems(
        checks.ExchangeRecord(row, history), organisations, default_rules(), date(2026, 6, 12)
    )
    text = "\n".join(problems)
    assert "is 2 working days; the stay needs at least 3" in text
    assert "Saturday 23 May 2026, which is not a working day of the stay in FR" in text
    assert all(p.startswith("exchange ZIN-X-2026-006: ") for p in problems)
