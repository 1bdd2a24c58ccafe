"""Exchange figures for a reporting window: each exchange's state on the as-of date is
read from its status history, so a later change never alters an earlier report."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from blues_desktop.domain.exchanges.workflow import ENDED, ORDER, State, rank
from blues_desktop.domain.offices import OFFICE_CODES
from blues_desktop.services.reports.periods import Window
from blues_desktop.store.models import Exchange, ExchangeStatusChange, Organisation

TARGET = 50
ZERO = Decimal("0.00")
_Visitor = aliased(Organisation, name="visitor")
_Host = aliased(Organisation, name="host")


@dataclass(frozen=True, slots=True)
class ExchangeFigures:
    target: int
    held: int
    live: int
    ended: int
    by_state: tuple[tuple[str, int], ...]
    by_month: tuple[tuple[str, int], ...]  # "YYYY-MM" of the stay's start, live exchanges
    by_office: tuple[tuple[str, int, int], ...]  # (visitor's partnership, live, held)
    by_country_pair: tuple[tuple[str, int], ...]  # ("ES → PL", live)
    by_visitor_type: tuple[tuple[str, int], ...]
    paid: Decimal
    committed: Decimal
    planned: Decimal
    without_amount: int
    # organisations of the window's live exchanges (visitor and host), for "reached"
    organisation_ids: frozenset[str]


def _rows(session: Session, as_of: date) -> Iterator[Sequence[Any]]:
    """Every exchange not deleted and registered by `as_of`, with its state on that day
    (its last status change up to then: the latest day, then the highest revision) and
    the day it was registered (its first change). Both are looked up per exchange in
    the index on (exchange, day, revision, state, deleted), never in the table itself."""
    change = aliased(ExchangeStatusChange, name="change")
    known = (
        change.exchange_id == Exchange.id,
        change.deleted_at.is_(None),
        change.changed_on <= as_of,
    )
    state = (
        select(change.to_state)
        .where(*known)
        .order_by(change.changed_on.desc(), change.revision.desc())
        .limit(1)
        .correlate(Exchange)
        .scalar_subquery()
    )
    registered = (
        select(func.min(change.changed_on)).where(*known).correlate(Exchange).scalar_subquery()
    )
    query = (
        select(
            Exchange.visitor_partnership, Exchange.start_date, Exchange.lump_sum,
            Exchange.visitor_org_id, Exchange.host_org_id, _Visitor.country, _Host.country,
            _Visitor.org_type, state, registered,
        )
        .join(_Visitor, _Visitor.id == Exchange.visitor_org_id)
        .outerjoin(_Host, _Host.id == Exchange.host_org_id)
        .where(Exchange.deleted_at.is_(None))
        .order_by(Exchange.id)
    )  # fmt: skip
    # plain rows through the connection: the ORM's row handling cost more than the query
    # (an exchange without a change by the as-of date was not registered yet: no state)
    return (row for row in session.connection().execute(query) if row[8] is not None)


def exchange_figures(session: Session, window: Window) -> ExchangeFigures:
    ended_states = {s.value for s in ENDED}
    ranks = {s.value: rank(s) for s in ORDER}
    held_rank, signed_rank = rank(State.HELD), rank(State.AGREEMENT_SIGNED)
    by_state: Counter[str] = Counter()
    months: Counter[str] = Counter()
    live_office: Counter[str] = Counter()
    held_office: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    types: Counter[str] = Counter()
    paid = committed = planned = ZERO
    without_amount = 0
    organisations: set[str] = set()
    for (
        partnership, start_date, lump_sum, visitor_org, host_org, visitor_country,
        host_country, visitor_type, state, registered,
    ) in _rows(session, window.as_of):  # fmt: skip
        if not window.in_period(start_date or registered):
            continue
        by_state[state] += 1
        if state in ended_states:
            continue
        position = ranks.get(state, -1)
        live_office[partnership] += 1
        if position >= held_rank:
            held_office[partnership] += 1
        if start_date is not None:
            months[f"{start_date:%Y-%m}"] += 1
        pairs[f"{visitor_country} → {host_country or '?'}"] += 1
        types[visitor_type] += 1
        organisations.add(visitor_org)
        if host_org:
            organisations.add(host_org)
        if lump_sum is None:
            without_amount += 1
        elif state == State.PAID.value:
            paid += lump_sum
        elif position >= signed_rank:
            committed += lump_sum
        else:
            planned += lump_sum
    return ExchangeFigures(
        target=TARGET,
        held=sum(held_office.values()),
        live=sum(live_office.values()),
        ended=sum(by_state[s] for s in ended_states),
        by_state=tuple(
            (s.value, by_state[s.value]) for s in (*ORDER, State.CANCELLED, State.WITHDRAWN)
        ),
        by_month=tuple(sorted(months.items())),
        by_office=tuple((c, live_office[c], held_office[c]) for c in OFFICE_CODES),
        by_country_pair=tuple(sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))),
        by_visitor_type=tuple(sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))),
        paid=paid,
        committed=committed,
        planned=planned,
        without_amount=without_amount,
        organisation_ids=frozenset(organisations),
    )
