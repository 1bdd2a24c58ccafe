"""Exchange figures for a reporting window: each exchange's state on the as-of date is
read from its status history, so a later change never alters an earlier report."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
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


@dataclass(frozen=True, slots=True)
class _Row:
    id: str
    visitor_partnership: str
    start_date: date | None
    lump_sum: Decimal | None
    visitor_org_id: str
    host_org_id: str | None
    visitor_country: str
    host_country: str | None
    visitor_type: str


def states_on(session: Session, as_of: date) -> tuple[dict[str, str], dict[str, date]]:
    """{exchange id: its state on `as_of`} and {exchange id: the day it was registered}."""
    rows = session.execute(
        select(
            ExchangeStatusChange.exchange_id,
            ExchangeStatusChange.to_state,
            ExchangeStatusChange.changed_on,
        )
        .where(ExchangeStatusChange.deleted_at.is_(None), ExchangeStatusChange.changed_on <= as_of)
        .order_by(ExchangeStatusChange.changed_on, ExchangeStatusChange.revision)
    )
    state: dict[str, str] = {}
    registered: dict[str, date] = {}
    for exchange_id, to_state, changed_on in rows:
        state[exchange_id] = to_state
        registered.setdefault(exchange_id, changed_on)
    return state, registered


def _rows(session: Session) -> list[_Row]:
    query = (
        select(
            Exchange.id, Exchange.visitor_partnership, Exchange.start_date, Exchange.lump_sum,
            Exchange.visitor_org_id, Exchange.host_org_id, _Visitor.country, _Host.country,
            _Visitor.org_type,
        )
        .join(_Visitor, _Visitor.id == Exchange.visitor_org_id)
        .outerjoin(_Host, _Host.id == Exchange.host_org_id)
        .where(Exchange.deleted_at.is_(None))
    )  # fmt: skip
    return [_Row(*row) for row in session.execute(query)]


def exchange_figures(session: Session, window: Window) -> ExchangeFigures:
    states, registered = states_on(session, window.as_of)
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
    for row in _rows(session):
        state = states.get(row.id)
        if state is None:  # not registered yet on the as-of date
            continue
        if not window.in_period(row.start_date or registered[row.id]):
            continue
        by_state[state] += 1
        if state in ended_states:
            continue
        position = ranks.get(state, -1)
        live_office[row.visitor_partnership] += 1
        if position >= held_rank:
            held_office[row.visitor_partnership] += 1
        if row.start_date is not None:
            months[f"{row.start_date:%Y-%m}"] += 1
        pairs[f"{row.visitor_country} → {row.host_country or '?'}"] += 1
        types[row.visitor_type] += 1
        organisations.add(row.visitor_org_id)
        if row.host_org_id:
            organisations.add(row.host_org_id)
        if row.lump_sum is None:
            without_amount += 1
        elif state == State.PAID.value:
            paid += row.lump_sum
        elif position >= signed_rank:
            committed += row.lump_sum
        else:
            planned += row.lump_sum
    return ExchangeFigures(
        target=TARGET,
        held=sum(held_office.values()),
        live=sum(live_office.values()),
        ended=sum(by_state[s] for s in ended_states),
        by_state=tuple((s.value, by_state[s.value]) for s in (*ORDER, State.CANCELLED, State.WITHDRAWN)),
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
