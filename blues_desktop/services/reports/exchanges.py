"""Exchange figures for a reporting window: each exchange's state on the as-of date is
read from its status history, so a later change never alters an earlier report."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import String, func, select, type_coerce
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
    state: str  # on the as-of date
    registered: date


def _states_on(session: Session, as_of: date) -> dict[str, tuple[str, date]]:
    """{exchange id: (its state on `as_of`, the day it was registered)} for exchanges
    registered by then. SQLite picks each exchange's last change up to that day (a bare
    column beside max() comes from the row holding the maximum), so 100,000 changes are
    grouped where they are stored."""
    newest = type_coerce(
        func.max(func.printf("%s %012d", ExchangeStatusChange.changed_on,
                             ExchangeStatusChange.revision)),
        String,
    )  # fmt: skip
    known = (ExchangeStatusChange.deleted_at.is_(None), ExchangeStatusChange.changed_on <= as_of)
    # one aggregate per query: with two, SQLite's bare column may come from either row
    registered = {
        exchange_id: day
        for exchange_id, day in session.execute(
            select(ExchangeStatusChange.exchange_id, func.min(ExchangeStatusChange.changed_on))
            .where(*known)
            .group_by(ExchangeStatusChange.exchange_id)
        )
    }
    rows = session.execute(
        select(ExchangeStatusChange.exchange_id, ExchangeStatusChange.to_state, newest)
        .where(*known)
        .group_by(ExchangeStatusChange.exchange_id)
    )
    return {exchange_id: (state, registered[exchange_id]) for exchange_id, state, _n in rows}


def _rows(session: Session, as_of: date) -> list[_Row]:
    """Every exchange not deleted and registered by `as_of`, with its state on that day."""
    states = _states_on(session, as_of)
    query = (
        select(
            Exchange.id, Exchange.visitor_partnership, Exchange.start_date, Exchange.lump_sum,
            Exchange.visitor_org_id, Exchange.host_org_id, _Visitor.country, _Host.country,
            _Visitor.org_type,
        )
        .join(_Visitor, _Visitor.id == Exchange.visitor_org_id)
        .outerjoin(_Host, _Host.id == Exchange.host_org_id)
        .where(Exchange.deleted_at.is_(None))
        .order_by(Exchange.id)
        # rows converted a batch at a time: the window's thread gets its turns between
        .execution_options(yield_per=1000)
    )  # fmt: skip
    return [
        _Row(*row, *states[row[0]]) for row in session.execute(query) if row[0] in states
    ]


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
    for row in _rows(session, window.as_of):
        state = row.state
        if not window.in_period(row.start_date or row.registered):
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
