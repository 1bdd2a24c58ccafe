"""Demo exchanges: about ten per office at scale 1, spread over every state, with their
history, agreement numbers, closing reports, and the programme rules' defaults."""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from blues_desktop.domain.exchanges.distance import resolve_distance
from blues_desktop.domain.exchanges.lump_sum import compute_lump_sum
from blues_desktop.domain.exchanges.rules import default_rules
from blues_desktop.domain.exchanges.workflow import ENDED, ORDER, State, rank
from blues_desktop.domain.exchanges.working_days import working_days
from blues_desktop.domain.offices import COORDINATOR_CODE
from blues_desktop.services.demo.plan import DemoPlan
from blues_desktop.services.records import take_revisions
from blues_desktop.store.models import (
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
GOALS = (
    "Learn how the host runs pilot lines for water treatment and meet its suppliers",
    "Explore joint R&D on plasma surface treatment and prepare a common project",
    "Understand the host cluster's services for scaling-up SMEs and adapt them at home",
    "Meet potential customers for sensors in smart water networks",
)


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
    count = min(MAX_PER_OFFICE, max(1, round(EXCHANGES_PER_OFFICE * plan.scale)))
    counts = add_exchanges(session, plan, count)
    counts["programme_rules"] = _ensure_rules(session, plan)
    return counts


def _candidates(session: Session, plan: DemoPlan) -> tuple[list, list, list]:  # type: ignore[type-arg]
    home = plan.office.info.country
    members = dict(
        session.execute(
            select(Organisation.id, Organisation.is_member).where(
                Organisation.office_id == plan.office.code
            )
        ).all()
    )
    visitors, hosts, clusters = [], [], []
    for org_id, country, org_type, city in plan.organisation_rows:
        member = bool(members.get(org_id))
        if org_type == "cluster":
            clusters.append(org_id)
        if country == home and (
            org_type == "cluster" or org_type in ("sme", "scaling_up") and member
        ):
            visitors.append((org_id, country, org_type, city))
        elif country != home:
            hosts.append((org_id, country, org_type, city))
    return visitors, hosts, clusters


def add_exchanges(session: Session, plan: DemoPlan, count: int) -> dict[str, int]:
    """`count` exchanges of the plan's office in states taken in turn (benchmarks call this)."""
    rng = plan.rng
    rules = default_rules()
    visitors, hosts, clusters = _candidates(session, plan)
    if not visitors or not hosts:
        return {"exchanges": 0}
    rng.shuffle(visitors)
    persons: dict[str, str] = {}
    for person_id, org_id in plan.person_rows:
        if org_id is not None:
            persons.setdefault(org_id, person_id)
    code = plan.office.code
    today = plan.now.date()
    year = today.year
    first_number = 1 + int(
        session.scalar(
            select(func.max(Exchange.number)).where(
                Exchange.office_id == code, Exchange.year == year
            )
        )
        or 0
    )
    exchanges: list[dict[str, object]] = []
    history: list[dict[str, object]] = []
    reports: list[dict[str, object]] = []
    for i in range(count):
        state = ALL_STATES[i % len(ALL_STATES)]
        visitor = visitors[i % len(visitors)]
        host = rng.choice(hosts)
        progressed = rank(state) if state in ORDER else rng.randrange(0, rank(State.HELD))
        # Stays in the past for held or later, in the future before that.
        offset = (
            -rng.randrange(20, 300) if progressed >= rank(State.HELD) else rng.randrange(20, 200)
        )
        start = today + timedelta(days=offset)
        while start.weekday() >= 5:
            start += timedelta(days=1)
        end = start + timedelta(days=rng.choice((2, 4, 7, 11)))
        days = working_days(start, end, host[1])
        distance = resolve_distance(visitor[3], visitor[1], host[3], host[1])
        km = distance.km if distance.km is not None else rng.randrange(150, 2500)
        lump = compute_lump_sum(rules, host[1], days, km) if host[1] in rules.thresholds else None
        number = first_number + i
        exchange_id = new_id()
        matched = progressed >= rank(State.MATCHED)
        signed = progressed >= rank(State.CTQ_SIGNED)
        # Registered a few weeks ago (or before the stay, for stays already held).
        registered_on = min(
            start - timedelta(days=60), today - timedelta(days=rng.randrange(60, 120))
        )
        exchanges.append(
            {
                "id": exchange_id,
                "reference": f"{code}-X-{year}-{number:03d}",
                "number": number,
                "year": year,
                "state": state.value,
                "visitor_org_id": visitor[0],
                "visitor_person_id": persons.get(visitor[0]),
                "visitor_cluster_id": rng.choice(clusters)
                if visitor[2] == "sme" and clusters
                else None,
                "host_org_id": host[0],
                "visitor_partnership": code,
                "host_partnership": rng.choice(("BPT", "NPG", "MCI", "ZIN", "AQV")),
                "start_date": start,
                "end_date": end,
                "working_days": days,
                "distance_km": km,
                "distance_manual": distance.km is None,
                "motivation": "Build international partnerships and learn from a leading cluster",
                "preferences": json.dumps({"sector": "water", "country": host[1]}),
                "goals": rng.choice(GOALS) if matched else None,
                "objectives": "Meet the host's team; visit two member companies; agree next steps"
                if matched
                else None,
                "agenda": json.dumps(
                    [
                        {
                            "day": (start + timedelta(days=d)).isoformat(),
                            "text": "Visits and meetings",
                        }
                        for d in range(min(days, 5))
                    ]
                )
                if matched
                else None,
                "lump_sum": lump.amount if lump else None,
                "rules_version": rules.version if lump else None,
                "agreement_number": f"{code}-CX-{year}-{number:03d}" if signed else None,
                "agreement_issued_on": registered_on + timedelta(days=30) if signed else None,
                "override_reason": None,
                "cancel_reason": "The visitor could not travel on the agreed dates"
                if state in ENDED
                else None,
                "paid_on": end + timedelta(days=rng.randrange(2, 14))
                if state is State.PAID
                else None,
                "host_accepted_on": registered_on + timedelta(days=20) if matched else None,
                "visitor_accepted_on": registered_on + timedelta(days=21) if matched else None,
            }
        )
        steps = [*ORDER[: progressed + 1]] + ([state] if state in ENDED else [])
        for position, step in enumerate(steps):
            when = (
                registered_on + timedelta(days=5 * position)
                if step not in ENDED
                else registered_on + timedelta(days=5 * len(steps))
            )
            if rank(step) >= rank(State.HELD):
                when = end + timedelta(days=position - rank(State.HELD))
            history.append(
                {
                    "id": new_id(),
                    "exchange_id": exchange_id,
                    "from_state": steps[position - 1].value if position else None,
                    "to_state": step.value,
                    "changed_on": min(when, today),
                    "changed_by": "Demo User",
                    "reason": "The visitor could not travel on the agreed dates"
                    if step in ENDED
                    else None,
                }
            )
        if progressed >= rank(State.REPORT_SUBMITTED) and state not in ENDED:
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
                    "submitted_on": end + timedelta(days=1),
                    "validated_on": end + timedelta(days=2)
                    if progressed >= rank(State.REPORT_VALIDATED)
                    else None,
                }
            )
    for table, rows in (
        (Exchange, exchanges),
        (ExchangeStatusChange, history),
        (ExchangeReport, reports),
    ):
        if not rows:
            continue
        sync = plan.sync_columns(session, len(rows))
        for row, columns in zip(rows, sync, strict=True):
            row.update({k: v for k, v in columns.items()})
        session.execute(insert(table), rows)
    return {
        "exchanges": len(exchanges),
        "exchange_status_changes": len(history),
        "exchange_reports": len(reports),
    }
