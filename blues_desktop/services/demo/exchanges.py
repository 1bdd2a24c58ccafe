"""Demo exchanges: about ten per office at scale 1, spread over every state, with their
history, agreement numbers, closing reports, evidence, and the programme rules' defaults.

Each exchange is made as the app would have made it: a visitor and a host the rules
accept, a stay of at least the minimum working days in the host's country (its public
holidays left out), the lump sum the rules compute, a CtQ agenda on the stay's working
days, and a history that moves one step at a time on dates that follow each other (the
acceptances before the match, the agreement issued the day the CtQ is signed, held once
the stay is over, paid within the deadline with the evidence attached). Every record
passes `checks.exchange_problems` before it is written.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from blues_desktop.domain.exchanges.distance import resolve_distance
from blues_desktop.domain.exchanges.lump_sum import compute_lump_sum
from blues_desktop.domain.exchanges.rules import Rules, default_rules
from blues_desktop.domain.exchanges.workflow import ENDED, ORDER, State, rank
from blues_desktop.domain.offices import COORDINATOR_CODE, OFFICE_CODES
from blues_desktop.services.demo import checks
from blues_desktop.services.demo.evidence import evidence_scan
from blues_desktop.services.demo.plan import DemoPlan
from blues_desktop.services.exchanges.rules import rules_in_force
from blues_desktop.services.records import take_revisions
from blues_desktop.store.models import (
    Attachment,
    Exchange,
    ExchangeReport,
    ExchangeStatusChange,
    Organisation,
    ProgrammeRules,
    new_id,
)

EXCHANGES_PER_OFFICE = 10
MAX_PER_OFFICE = 2_000  # the programme has 50 exchanges; larger sets are for benchmarks
# ENDED is a set; a fixed order keeps the demo the same in every run.
ALL_STATES = (*ORDER, State.CANCELLED, State.WITHDRAWN)
STAY_LENGTHS = (3, 4, 5, 5, 8, 10)  # working days
GOALS = (
    "Learn how the host runs pilot lines for water treatment and meet its suppliers",
    "Explore joint R&D on plasma surface treatment and prepare a common project",
    "Understand the host cluster's services for scaling-up SMEs and adapt them at home",
    "Meet potential customers for sensors in smart water networks",
)
CANCEL_REASON = "The visitor could not travel on the agreed dates"
SECOND_VISIT = "Second visit agreed by the partnership: a follow-up of the first stay"


def _ensure_rules(session: Session, plan: DemoPlan) -> int:
    if session.scalar(select(func.count()).select_from(ProgrammeRules)):
        return 0
    rules = default_rules()
    session.execute(
        insert(ProgrammeRules),
        [
            {
                "id": new_id(),
                "office_id": COORDINATOR_CODE,
                "created_at": plan.now,
                "updated_at": plan.now,
                "revision": take_revisions(session, COORDINATOR_CODE, 1),
                "deleted_at": None,
                "version": rules.version,
                "valid_from": rules.valid_from,
                "rules_json": rules.to_json(),
                "note": rules.note,
            }
        ],
    )
    return 1


def add_demo(session: Session, plan: DemoPlan) -> dict[str, int]:
    added_rules = _ensure_rules(session, plan)
    count = min(MAX_PER_OFFICE, max(1, round(EXCHANGES_PER_OFFICE * plan.scale)))
    counts = add_exchanges(session, plan, count)
    counts["programme_rules"] = added_rules
    return counts


def _organisations(session: Session, office: str) -> dict[str, dict[str, Any]]:
    rows = session.execute(
        select(
            Organisation.id,
            Organisation.legal_name,
            Organisation.org_type,
            Organisation.country,
            Organisation.is_member,
            Organisation.city,
        ).where(Organisation.office_id == office, Organisation.deleted_at.is_(None))
    ).mappings()
    return {row["id"]: dict(row) for row in rows}


def _candidates(
    organisations: dict[str, dict[str, Any]], home: str, rules: Rules, today: date
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[str]]:
    """Visitors the rules accept (from the office's country), hosts abroad in a COSME
    country with a threshold, and the clusters an SME visitor can name."""
    clusters = [o["id"] for o in organisations.values() if o["org_type"] == "cluster"]
    visitors, hosts = [], []
    for org in organisations.values():
        kind = rules.visitor_type(org["org_type"])
        if org["country"] == home:
            if (
                kind is not None
                and (org["is_member"] or not kind.member_required)
                and (clusters or not kind.cluster_required)
            ):
                visitors.append(org)
        elif rules.is_cosme(org["country"], today) and rules.threshold(org["country"]):
            hosts.append(org)
    return visitors, hosts, clusters


@dataclass(frozen=True, slots=True)
class _Stay:
    start: date
    end: date
    days: tuple[date, ...]


def _stay(plan: DemoPlan, country: str, first: date) -> _Stay:
    """A stay of a few working days in `country`, starting on the first working day from
    `first`: the end moves on until the stay has its working days."""
    wanted = plan.rng.choice(STAY_LENGTHS)
    start = first
    while not checks.is_working_day(start, country):
        start += timedelta(days=1)
    days = [start]
    end = start
    while len(days) < wanted:
        end += timedelta(days=1)
        if checks.is_working_day(end, country):
            days.append(end)
    return _Stay(start, end, tuple(days))


def _agenda(stay: _Stay) -> str:
    items = []
    for index, day in enumerate(stay.days):
        if index == 0:
            text = "Welcome at the host; the teams present their work"
        elif index == len(stay.days) - 1:
            text = "Review of the results and next steps with the host"
        else:
            text = ("Visits to member companies", "Meetings at the host's pilot site")[index % 2]
        items.append({"day": day.isoformat(), "text": text})
    return json.dumps(items)


def _timeline(plan: DemoPlan, state: State, stay: _Stay, registered_on: date) -> dict[State, date]:
    """The day each state was entered: five days apart up to the agreement, then held on
    or just after the last day of the stay, the report and the payment within days."""
    rng = plan.rng
    progressed = rank(state) if state in ORDER else rng.randrange(0, rank(State.HELD))
    steps = ORDER[: progressed + 1]
    on: dict[State, date] = {}
    for position, step in enumerate(steps):
        if rank(step) < rank(State.HELD):
            on[step] = registered_on + timedelta(days=5 * position)
        elif step is State.HELD:
            on[step] = stay.end + timedelta(days=rng.randint(0, 2))
        else:
            on[step] = on[ORDER[rank(step) - 1]] + timedelta(days=rng.randint(1, 2))
    if state in ENDED:
        on[state] = on[steps[-1]] + timedelta(days=rng.randint(2, 9))
    return on


class _Numbers:
    """The next exchange number per year and agreement number per year of the office."""

    def __init__(self, session: Session, office: str) -> None:
        self.session, self.office = session, office
        self.exchange: dict[int, int] = {}
        self.agreement: dict[int, int] = {}

    def next_exchange(self, year: int) -> int:
        if year not in self.exchange:
            highest = self.session.scalar(
                select(func.max(Exchange.number)).where(
                    Exchange.office_id == self.office, Exchange.year == year
                )
            )
            self.exchange[year] = int(highest or 0)
        self.exchange[year] += 1
        return self.exchange[year]

    def next_agreement(self, year: int) -> str:
        prefix = f"{self.office}-CX-{year}-"
        if year not in self.agreement:
            taken = self.session.scalars(
                select(Exchange.agreement_number).where(
                    Exchange.agreement_number.like(f"{prefix}%")
                )
            ).all()
            self.agreement[year] = max((int(n.rsplit("-", 1)[1]) for n in taken if n), default=0)
        self.agreement[year] += 1
        return f"{prefix}{self.agreement[year]:03d}"


def _live_visits(session: Session, office: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for org_id, reference in session.execute(
        select(Exchange.visitor_org_id, Exchange.reference).where(
            Exchange.office_id == office,
            Exchange.deleted_at.is_(None),
            Exchange.state.not_in([s.value for s in ENDED]),
        )
    ):
        found[org_id].append(reference)
    return found


def add_exchanges(session: Session, plan: DemoPlan, count: int) -> dict[str, int]:
    """`count` exchanges of the plan's office in states taken in turn (benchmarks call this)."""
    rng = plan.rng
    rules = (
        rules_in_force(session)
        if session.scalar(select(func.count()).select_from(ProgrammeRules))
        else default_rules()
    )
    today = plan.now.date()
    code = plan.office.code
    organisations = _organisations(session, code)
    visitors, hosts, clusters = _candidates(organisations, plan.office.info.country, rules, today)
    if not visitors or not hosts:
        return {"exchanges": 0}
    rng.shuffle(visitors)
    persons: dict[str, str] = {}
    for person_id, org_id in plan.person_rows:
        if org_id is not None:
            persons.setdefault(org_id, person_id)
    numbers = _Numbers(session, code)
    earlier = _live_visits(session, code)
    # The offices take the states in turn from where the previous office stopped, so
    # even the smallest demo shows every state.
    first_state = OFFICE_CODES.index(code) * count if code in OFFICE_CODES else 0
    can_pay = plan.store_file is not None
    exchanges: list[dict[str, Any]] = []
    history: list[dict[str, Any]] = []
    reports: list[dict[str, Any]] = []
    evidence: list[dict[str, Any]] = []
    for i in range(count):
        state = ALL_STATES[(first_state + i) % len(ALL_STATES)]
        if state is State.PAID and not can_pay:
            state = State.REPORT_VALIDATED  # no place to keep the evidence a payment needs
        visitor = visitors[i % len(visitors)]
        host = rng.choice(hosts)
        past = state in ORDER and rank(state) >= rank(State.HELD)
        first_day = today + timedelta(
            days=-rng.randrange(45, 300) if past else rng.randrange(20, 200)
        )
        stay = _stay(plan, host["country"], first_day)
        registered_on = min(
            stay.start - timedelta(days=rng.randrange(50, 80)),
            today - timedelta(days=rng.randrange(40, 100)),
        )
        on = _timeline(plan, state, stay, registered_on)
        distance = resolve_distance(
            visitor["city"], visitor["country"], host["city"], host["country"]
        )
        km = distance.km if distance.km is not None else rng.randrange(250, 2500)
        lump = compute_lump_sum(rules, host["country"], len(stay.days), km)
        number = numbers.next_exchange(registered_on.year)
        reference = f"{code}-X-{registered_on.year}-{number:03d}"
        exchange_id = new_id()
        matched = on.get(State.MATCHED)
        signed = on.get(State.CTQ_SIGNED)
        exchanges.append(
            {
                "id": exchange_id,
                "reference": reference,
                "number": number,
                "year": registered_on.year,
                "state": state.value,
                "visitor_org_id": visitor["id"],
                "visitor_person_id": persons.get(visitor["id"]),
                "visitor_cluster_id": rng.choice(clusters)
                if rules.visitor_type(visitor["org_type"]).cluster_required  # type: ignore[union-attr]
                else None,
                "host_org_id": host["id"],
                "visitor_partnership": code,
                "host_partnership": rng.choice(OFFICE_CODES),
                "start_date": stay.start,
                "end_date": stay.end,
                "working_days": len(stay.days),
                "distance_km": km,
                "distance_manual": distance.km is None,
                "motivation": "Build international partnerships and learn from a leading cluster",
                "preferences": json.dumps({"sector": "water", "country": host["country"]}),
                "goals": rng.choice(GOALS) if matched else None,
                "objectives": "Meet the host's team; visit two member companies; agree next steps"
                if matched
                else None,
                "agenda": _agenda(stay) if matched else None,
                "lump_sum": lump.amount,
                "rules_version": lump.rules_version,
                "agreement_number": numbers.next_agreement(signed.year) if signed else None,
                "agreement_issued_on": signed,
                "override_reason": None,
                "cancel_reason": CANCEL_REASON if state in ENDED else None,
                "paid_on": on.get(State.PAID),
                "host_accepted_on": matched - timedelta(days=2) if matched else None,
                "visitor_accepted_on": matched - timedelta(days=1) if matched else None,
            }
        )
        previous: State | None = None
        for step, when in on.items():
            history.append(
                {
                    "id": new_id(),
                    "exchange_id": exchange_id,
                    "from_state": previous.value if previous else None,
                    "to_state": step.value,
                    "changed_on": when,
                    "changed_by": "Demo User",
                    "reason": CANCEL_REASON if step in ENDED else None,
                }
            )
            previous = step
        if State.REPORT_SUBMITTED in on:
            reports.append(
                {
                    "id": new_id(),
                    "exchange_id": exchange_id,
                    "activities": "Visited the host's pilot plant and two member companies",
                    "results": "A joint project idea and two new customer contacts",
                    "contacts_made": "Head of R&D; two SME managers",
                    "agreements": "Letter of intent planned",
                    "follow_up": "Return visit by the host next spring",
                    "evaluation_json": json.dumps(
                        {q.id: rng.randint(3, 5) for q in rules.evaluation_questions}
                    ),
                    "would_recommend": rng.random() < 0.9,
                    "submitted_on": on[State.REPORT_SUBMITTED],
                    "validated_on": on.get(State.REPORT_VALIDATED),
                }
            )
        if State.PAID in on:
            evidence += _evidence(plan, rules, exchange_id, reference, on[State.REPORT_VALIDATED])
    _mark_second_visits(session, exchanges, earlier)
    _check(session, exchanges, history, reports, evidence, organisations, earlier, rules, today)
    for table, rows in (
        (Exchange, exchanges),
        (ExchangeStatusChange, history),
        (ExchangeReport, reports),
        (Attachment, evidence),
    ):
        if not rows:
            continue
        sync = plan.sync_columns(session, len(rows))
        for row, columns in zip(rows, sync, strict=True):
            row.update(columns)
        session.execute(insert(table), rows)
    return {
        "exchanges": len(exchanges),
        "exchange_status_changes": len(history),
        "exchange_reports": len(reports),
        "attachments": len(evidence),
    }


def _evidence(
    plan: DemoPlan, rules: Rules, exchange_id: str, reference: str, on: date
) -> list[dict[str, Any]]:
    """The evidence a payment needs, as small scans kept in the data folder."""
    assert plan.store_file is not None
    rows = []
    for kind in rules.evidence_required:
        data = evidence_scan(kind)
        rows.append(
            {
                "id": new_id(),
                "owner_table": "exchanges",
                "owner_id": exchange_id,
                "kind": kind,
                "file_name": f"{reference}-{kind.replace('_', '-')}.png",
                "media_type": "image/png",
                "size": len(data),
                "sha256": plan.store_file(data),
                "added_on": datetime.combine(on, time(10, 0), UTC),
            }
        )
    return rows


def _mark_second_visits(
    session: Session, exchanges: list[dict[str, Any]], earlier: dict[str, list[str]]
) -> None:
    """When there are more exchanges than visitors (large benchmark sets), an organisation
    visits again: the programme allows it with a reason, given on each of its exchanges."""
    uses: dict[str, int] = defaultdict(int)
    for row in exchanges:
        uses[row["visitor_org_id"]] += 1
    reused = {org for org, n in uses.items() if n + len(earlier.get(org, ())) > 1}
    for row in exchanges:
        if row["visitor_org_id"] in reused:
            row["override_reason"] = SECOND_VISIT
    before = [org for org in reused if earlier.get(org)]
    if before:
        session.execute(
            update(Exchange)
            .where(Exchange.visitor_org_id.in_(before), Exchange.override_reason.is_(None))
            .values(override_reason=SECOND_VISIT)
        )


def _check(
    session: Session,
    exchanges: list[dict[str, Any]],
    history: list[dict[str, Any]],
    reports: list[dict[str, Any]],
    evidence: list[dict[str, Any]],
    organisations: dict[str, dict[str, Any]],
    earlier: dict[str, list[str]],
    rules: Rules,
    today: date,
) -> None:
    """Refuse to write an exchange the app's rules would refuse (a fault of this generator)."""
    steps: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in history:
        steps[row["exchange_id"]].append(row)
    report_of = {r["exchange_id"]: r for r in reports}
    kinds: dict[str, set[str]] = defaultdict(set)
    for row in evidence:
        kinds[row["owner_id"]].add(row["kind"])
    live: dict[str, list[str]] = defaultdict(list, {k: list(v) for k, v in earlier.items()})
    for row in exchanges:
        if State(row["state"]) not in ENDED:
            live[row["visitor_org_id"]].append(row["reference"])
    problems: list[str] = []
    for row in exchanges:
        others = tuple(r for r in live[row["visitor_org_id"]] if r != row["reference"])
        record = checks.ExchangeRecord(
            row, steps[row["id"]], report_of.get(row["id"]), frozenset(kinds[row["id"]]), others
        )
        problems += checks.exchange_problems(record, organisations, rules, today)
    checks.refuse_if_any(problems)
