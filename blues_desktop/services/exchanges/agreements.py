"""Which financial agreements may be printed now: for a signing day, every exchange of a
filter (the Exchanges page's, the command line's) or of a list, judged by the domain's
rule (`domain/exchanges/actions.agreement_printable`), in the register's order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from blues_desktop.domain.exchanges.actions import ExchangeFacts, agreement_printable
from blues_desktop.domain.exchanges.workflow import State
from blues_desktop.services.context import AppContext
from blues_desktop.services.exchanges.queries import (
    REGISTER_ORDER,
    ExchangeFilter,
    filtered,
    resolve_exchange,
)
from blues_desktop.store.models import Exchange


@dataclass(frozen=True, slots=True)
class AgreementCandidate:
    """One exchange and whether its financial agreement may be printed now."""

    id: str
    reference: str
    state: State
    agreement_number: str | None
    printable: bool


def _candidate(
    exchange_id: str, reference: str, state: str, number: str | None, office: str, ctx: AppContext
) -> AgreementCandidate:
    facts = ExchangeFacts(
        state=State(state),
        owned=office == ctx.office_code,
        has_agreement_number=bool(number),
    )
    return AgreementCandidate(
        exchange_id, reference, State(state), number, agreement_printable(facts)
    )


COLUMNS = (
    Exchange.id,
    Exchange.reference,
    Exchange.state,
    Exchange.agreement_number,
    Exchange.office_id,
)


def candidates_in(
    session: Session, flt: ExchangeFilter, ctx: AppContext
) -> list[AgreementCandidate]:
    """Every exchange of `flt`, printable or not, in the register's order."""
    query = filtered(select(*COLUMNS), flt).order_by(*REGISTER_ORDER)
    return [
        _candidate(exchange_id, reference, state, number, office, ctx)
        for exchange_id, reference, state, number, office in session.execute(query)
    ]


def printable_agreements(ctx: AppContext, flt: ExchangeFilter | None = None) -> list[str]:
    """The ids of the exchanges of `flt` whose financial agreement may be printed now, in
    the register's order (what a batch writes)."""
    with ctx.read() as session:
        return [c.id for c in candidates_in(session, flt or ExchangeFilter(), ctx) if c.printable]


def agreement_candidates(ctx: AppContext, keys: Sequence[str]) -> list[AgreementCandidate]:
    """The exchanges named by reference or id, in the order given (each once), each with
    whether its agreement may be printed now. An unknown one raises `NotFoundError`
    naming it, before anything is printed."""
    found: dict[str, AgreementCandidate] = {}
    with ctx.read() as session:
        for key in keys:
            row = resolve_exchange(session, key)
            found.setdefault(
                row.id,
                _candidate(
                    row.id, row.reference, row.state, row.agreement_number, row.office_id, ctx
                ),
            )
    return list(found.values())
