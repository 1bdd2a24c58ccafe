"""The domain rules every demo record must pass, in words.

The demo is what a new user sees first, so it must never show what the app itself
would refuse. The generator runs these checks on every record before it writes it
(and stops with the list of problems if one fails); the tests run them again on the
rows read back from the database. Each function returns the problems it found, each
naming the record ("exchange ZIN-X-2026-006: …"); an empty list means the record is
one a user could have entered through the app.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from blues_desktop.domain.events import DayDraft, EventDraft, check_event
from blues_desktop.domain.exchanges.eligibility import ExchangeFacts, Party, check_eligibility
from blues_desktop.domain.exchanges.lump_sum import compute_lump_sum
from blues_desktop.domain.exchanges.rules import Rules
from blues_desktop.domain.exchanges.workflow import (
    ENDED,
    HOST_REQUIRED_FROM,
    ORDER,
    State,
    at_least,
    next_state,
    payment_deadline,
)
from blues_desktop.domain.exchanges.working_days import public_holidays, stay_days, working_days
from blues_desktop.domain.organisations import OrganisationInput, validate_organisation
from blues_desktop.domain.persons import PersonInput, validate_person
from blues_desktop.domain.timesheets import (
    MonthHours,
    StaffTerms,
    check_month,
    is_weekend,
)

Row = Mapping[str, Any]


class DemoRuleError(RuntimeError):
    """The demo generator produced a record the app's own rules refuse (a bug in it)."""

    def __init__(self, problems: Sequence[str]) -> None:
        shown = "; ".join(problems[:10])
        more = f" (and {len(problems) - 10} more)" if len(problems) > 10 else ""
        super().__init__(f"the demo data breaks the app's rules: {shown}{more}")
        self.problems = tuple(problems)


def refuse_if_any(problems: Sequence[str]) -> None:
    if problems:
        raise DemoRuleError(problems)


def is_working_day(day: date, country: str) -> bool:
    """A weekday that is no public holiday in `country`."""
    return day.weekday() < 5 and day not in public_holidays(country, day.year)


# -- members ----------------------------------------------------------------------------
def organisation_problems(row: Row) -> list[str]:
    report = validate_organisation(
        OrganisationInput(
            legal_name=row["legal_name"],
            org_type=row["org_type"],
            country=row["country"],
            city=row["city"],
            website=row["website"],
            vat_number=row["vat_number"],
            member_since=row["member_since"],
            member_until=row["member_until"],
            registration_number=row["registration_number"],
            short_name=row["short_name"],
            region=row["region"],
            address=row["address"],
            postcode=row["postcode"],
            sectors=row["sectors"],
            employees_band=row["employees_band"],
            is_member=bool(row["is_member"]),
            ecccp_profile_url=row["ecccp_profile_url"],
        )
    )
    return [f"organisation {row['legal_name']}: {r.message}" for r in report.errors]


def person_problems(row: Row, today: date) -> list[str]:
    report = validate_person(
        PersonInput(
            first_name=row["first_name"],
            last_name=row["last_name"],
            organisation_id=row["organisation_id"],
            role=row["role"],
            email=row["email"],
            phone=row["phone"],
            language=row["language"],
            country=row["country"],
            consent_given_on=row["consent_given_on"],
            consent_purpose=row["consent_purpose"],
            consent_source=row["consent_source"],
            do_not_contact=bool(row["do_not_contact"]),
        ),
        today,
    )
    name = f"{row['first_name']} {row['last_name']}"
    return [f"person {name}: {r.message}" for r in (*report.errors, *report.warnings)]


# -- exchanges --------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ExchangeRecord:
    """An exchange with what hangs off it: its history, closing report and evidence."""

    row: Row
    history: Sequence[Row]
    report: Row | None = None
    evidence: frozenset[str] = frozenset()
    other_visits: tuple[str, ...] = ()  # references of the visitor's other live exchanges


def party_of(row: Row) -> Party:
    return Party(
        row["legal_name"], row["org_type"], row["country"], bool(row["is_member"]), row["city"]
    )


def _chain(history: Sequence[Row]) -> tuple[list[Row], list[str]]:
    """The status changes in the order they follow each other, and any break in it."""
    remaining = list(history)
    ordered: list[Row] = []
    current: str | None = None
    while remaining:
        step = next((h for h in remaining if h["from_state"] == current), None)
        if step is None:
            return ordered, [
                f"the history does not continue from {current or 'the start'} "
                f"({', '.join(str(h['from_state']) + '→' + str(h['to_state']) for h in remaining)})"
            ]
        ordered.append(step)
        remaining.remove(step)
        current = step["to_state"]
    return ordered, []


def _history_problems(
    row: Row, history: Sequence[Row], today: date
) -> tuple[dict[State, date], list[str]]:
    ordered, problems = _chain(history)
    entered: dict[State, date] = {}
    previous: State | None = None
    last_on: date | None = None
    for step in ordered:
        target = State(step["to_state"])
        allowed = (
            target is State.REGISTERED
            if previous is None
            else previous not in ENDED
            and previous is not State.PAID
            and (target in ENDED or target is next_state(previous))
        )
        if not allowed:
            problems.append(
                f"the history moves from '{previous.label if previous else 'nothing'}' to "
                f"'{target.label}', which the workflow refuses"
            )
        on = step["changed_on"]
        if last_on is not None and on < last_on:
            problems.append(
                f"'{target.label}' on {on} comes before the step it follows ({last_on})"
            )
        if on > today:
            problems.append(f"'{target.label}' is dated {on}, after today")
        entered[target] = on
        previous, last_on = target, on
    if previous is None or previous.value != row["state"]:
        problems.append(
            f"the history ends in '{previous.label if previous else 'nothing'}', but the "
            f"exchange is {State(row['state']).label}"
        )
    return entered, problems


def _agenda_problems(row: Row, host_country: str) -> list[str]:
    try:
        agenda = json.loads(row["agenda"] or "[]")
    except json.JSONDecodeError:
        return ["the agenda is not readable"]
    if not agenda:
        return ["the Commitment to Quality has no agenda"]
    stay = set(stay_days(row["start_date"], row["end_date"], host_country))
    problems: list[str] = []
    seen: set[str] = set()
    for item in agenda:
        day = date.fromisoformat(item["day"])
        if item["day"] in seen:
            problems.append(f"the agenda lists {day} twice")
        seen.add(item["day"])
        if not str(item.get("text", "")).strip():
            problems.append(f"the agenda says nothing for {day}")
        if day not in stay:
            problems.append(
                f"the agenda lists {day:%A %d %B %Y}, which is not a working day of the stay "
                f"in {host_country}"
            )
    return problems


def exchange_problems(
    record: ExchangeRecord, organisations: Mapping[str, Row], rules: Rules, today: date
) -> list[str]:
    """Every rule of the exchanges module the record breaks (empty when none)."""
    row = record.row
    state = State(row["state"])
    visitor = party_of(organisations[row["visitor_org_id"]])
    host_row = organisations.get(row["host_org_id"]) if row["host_org_id"] else None
    cluster = organisations.get(row["visitor_cluster_id"]) if row["visitor_cluster_id"] else None
    start, end = row["start_date"], row["end_date"]
    facts = ExchangeFacts(
        visitor=visitor,
        host=party_of(host_row) if host_row else None,
        visitor_cluster=cluster["legal_name"] if cluster else None,
        start=start,
        end=end,
        distance_km=row["distance_km"],
        other_visits=record.other_visits,
        override_reason=row["override_reason"],
        on=start or today,
    )
    report = check_eligibility(facts, rules, require_host=at_least(state, HOST_REQUIRED_FROM))
    problems = [r.message for r in report.errors]
    entered, history_problems = _history_problems(row, record.history, today)
    problems += history_problems
    host_country = host_row["country"] if host_row else None
    if start and end and host_country:
        days = working_days(start, end, host_country)
        if row["working_days"] != days:
            problems.append(
                f"{row['working_days']} working days stored; {start} to {end} in "
                f"{host_country} has {days}"
            )
        if row["lump_sum"] is not None:
            lump = compute_lump_sum(rules, host_country, days, row["distance_km"])
            if Decimal(row["lump_sum"]) != lump.amount or row["rules_version"] != rules.version:
                problems.append(
                    f"lump sum EUR {row['lump_sum']} (rules {row['rules_version']}); the rules "
                    f"give EUR {lump.amount} (rules {rules.version})"
                )
            if Decimal(row["lump_sum"]) > rules.cap:
                problems.append(f"lump sum EUR {row['lump_sum']} is above the cap {rules.cap}")
    problems += _state_problems(record, state, entered, host_country, rules, today)
    return [f"exchange {row['reference']}: {p}" for p in problems]


def _state_problems(
    record: ExchangeRecord,
    state: State,
    entered: Mapping[State, date],
    host_country: str | None,
    rules: Rules,
    today: date,
) -> list[str]:
    """What each state reached requires, dated as the workflow dates it."""
    row = record.row
    problems: list[str] = []
    reached = {s for s in entered if s not in ENDED}

    def needs(flag: bool, text: str) -> None:
        if not flag:
            problems.append(text)

    if State.MATCHED in reached:
        matched = entered[State.MATCHED]
        for side in ("host", "visitor"):
            accepted = row[f"{side}_accepted_on"]
            needs(
                accepted is not None and accepted <= matched, f"the {side} accepted after the match"
            )
    if State.CTQ_SIGNED in reached:
        needs(bool((row["goals"] or "").strip()), "the Commitment to Quality has no goals")
        needs(
            bool((row["objectives"] or "").strip()), "the Commitment to Quality has no objectives"
        )
        if host_country:
            problems.extend(_agenda_problems(row, host_country))
        needs(row["lump_sum"] is not None, "the lump sum was not fixed when the CtQ was signed")
        needs(
            bool(row["agreement_number"])
            and row["agreement_issued_on"] == entered[State.CTQ_SIGNED],
            "the agreement number is not issued on the day the CtQ was signed",
        )
    if State.HELD in reached:
        needs(entered[State.HELD] >= row["end_date"], "marked held before the stay ended")
    report = record.report
    if State.REPORT_SUBMITTED in reached:
        needs(
            report is not None
            and bool((report["activities"] or "").strip())
            and bool((report["results"] or "").strip())
            and report["submitted_on"] == entered[State.REPORT_SUBMITTED],
            "the closing report is missing or not dated the day it was submitted",
        )
    if State.REPORT_VALIDATED in reached:
        needs(
            report is not None and report["validated_on"] == entered[State.REPORT_VALIDATED],
            "the closing report is not dated the day it was validated",
        )
    if State.PAID in reached:
        paid = entered[State.PAID]
        needs(row["paid_on"] == paid, "the payment date differs from the day it was marked paid")
        missing = [k for k in rules.evidence_required if k not in record.evidence]
        needs(not missing, f"paid without the evidence ({', '.join(missing)})")
        needs(
            paid <= payment_deadline(row["end_date"], rules.payment_days),
            f"paid on {paid}, after the payment deadline",
        )
    if state in ENDED:
        needs(bool((row["cancel_reason"] or "").strip()), f"{state.label} without a reason")
    if state is not State.PAID:
        needs(row["paid_on"] is None, "a payment date on an exchange that is not paid")
    if state in ORDER and at_least(state, State.HELD):
        needs(
            row["end_date"] is not None and row["end_date"] <= today,
            "held, but the stay is not over",
        )
    return problems


# -- events -----------------------------------------------------------------------------
def event_problems(
    event: Row,
    days: Sequence[Row],
    registrations: Sequence[Row],
    attendance: Sequence[Row],
    office_country: str,
    today: date,
) -> list[str]:
    """The event rules, each day a working day where it is held, and attendance only for
    days that are over, of people registered before the event."""
    draft = EventDraft(
        title=event["title"],
        event_type=event["event_type"],
        work_package=event["work_package"],
        start_date=event["start_date"],
        end_date=event["end_date"],
        days=tuple(DayDraft(d["day"], d["start_time"], d["end_time"]) for d in days),
        co_organisers=event["co_organisers"],
        venue=event["venue"],
        city=event["city"],
        country=event["country"],
        is_online=bool(event["is_online"]),
        online_url=event["online_url"],
        language=event["language"],
        is_public=bool(event["is_public"]),
    )
    problems = [r.message for r in check_event(draft).errors]
    country = event["country"] or office_country
    held_on = {d["day"] for d in days}
    if held_on != {d.day for d in draft.effective_days()} or len(days) != len(held_on):
        problems.append("its days are not one per date from the first to the last")
    for day in sorted(held_on):
        if not is_working_day(day, country):
            problems.append(f"it is held on {day:%A %d %B %Y}, not a working day in {country}")
    day_of = {d["id"]: d["day"] for d in days}
    for registration in registrations:
        if registration["registered_on"] > event["start_date"]:
            problems.append(f"a registration on {registration['registered_on']}, after the start")
    for mark in attendance:
        if day_of[mark["event_day_id"]] >= today:
            problems.append(f"attendance recorded for {day_of[mark['event_day_id']]}, not over yet")
    return [f"event {event['title']} ({event['start_date']}): {p}" for p in problems]


# -- timesheets -------------------------------------------------------------------------
@dataclass(slots=True)
class StaffYear:
    """One staff member's months of one year, with what was declared for each."""

    terms: StaffTerms
    supervisor_name: str | None
    months: list[tuple[MonthHours, Row]] = field(default_factory=list)


def staff_year_problems(
    staff: StaffYear, holidays_by_day: Mapping[date, str], today: date
) -> list[str]:
    """Every month passes the auditors' checks without a warning (no work on weekends or
    public holidays, within the contract); approved months are what was approved, by the
    supervisor; the year's BLUES hours stay within the annual productive hours."""
    terms = staff.terms
    problems: list[str] = []
    blues = Decimal(0)
    for hours, status in staff.months:
        report = check_month(terms, hours, holidays_by_day)
        problems += [
            f"{hours.month.label}: {r.message}" for r in (*report.errors, *report.warnings)
        ]
        blues += hours.blues_hours
        if any(day >= today for day, _row in hours.cells):
            problems.append(f"{hours.month.label}: hours entered for days not yet over")
        if any(is_weekend(day) and hours.get(day, row) for day, row in hours.cells):
            problems.append(f"{hours.month.label}: hours on a weekend day")
        if status["status"] == "approved":
            if status["content_sha256"] != hours.content_sha256():
                problems.append(
                    f"{hours.month.label}: approved, but the hours differ from what was approved"
                )
            if not staff.supervisor_name or status["approved_by"] != staff.supervisor_name:
                problems.append(
                    f"{hours.month.label}: approved by {status['approved_by']}, "
                    f"not by the supervisor ({staff.supervisor_name or 'none'})"
                )
            if status["approved_by"] == terms.name:
                problems.append(f"{hours.month.label}: approved by the person themself")
    if blues > terms.annual_productive_hours:
        problems.append(
            f"{blues} h on BLUES in the year, more than the {terms.annual_productive_hours} "
            "annual productive hours"
        )
    return [f"timesheet of {terms.name}, {p}" for p in problems]


def all_problems(groups: Iterable[list[str]]) -> list[str]:
    return [p for group in groups for p in group]
