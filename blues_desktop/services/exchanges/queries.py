"""Reading exchanges: find one by reference or id, the filtered list (paged), the KPIs."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import Select, extract, func, or_, select
from sqlalchemy.orm import Session, aliased

from blues_desktop.domain.errors import NotFoundError
from blues_desktop.domain.exchanges.workflow import ENDED, ORDER, State, rank
from blues_desktop.domain.offices import OFFICE_CODES
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.services.context import AppContext
from blues_desktop.store.models import Exchange, Organisation

KPI_TARGET = 50
Visitor = aliased(Organisation, name="visitor")
Host = aliased(Organisation, name="host")


def resolve_exchange(session: Session, id_or_reference: str) -> Exchange:
    """An exchange by its reference (ZIN-X-2026-007) or its UUID."""
    key = id_or_reference.strip()
    exchange = session.scalars(
        select(Exchange).where(or_(Exchange.reference == key.upper(), Exchange.id == key))
    ).first()
    if exchange is None or exchange.deleted_at is not None:
        raise NotFoundError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "no exchange {key} (give a reference like ZIN-X-2026-007 or an id)"
                ),
                key=repr(key),
            )
        )
    return exchange


@dataclass(frozen=True, slots=True)
class ExchangeFilter:
    state: str | None = None
    office: str | None = None  # the visitor's partnership
    visitor_country: str | None = None
    host_country: str | None = None
    vo_type: str | None = None
    year: int | None = None
    text: str | None = None  # part of the reference or of a name


@dataclass(frozen=True, slots=True)
class ExchangeRow:
    id: str
    reference: str
    state: str
    office_id: str
    visitor_partnership: str
    visitor_name: str
    visitor_country: str
    vo_type: str
    host_name: str | None
    host_country: str | None
    start_date: date | None
    end_date: date | None
    working_days: int | None
    distance_km: int | None
    lump_sum: Decimal | None
    agreement_number: str | None
    rules_version: int | None
    paid_on: date | None


ROW_COLUMNS = (
    Exchange.id,
    Exchange.reference,
    Exchange.state,
    Exchange.office_id,
    Exchange.visitor_partnership,
    Visitor.legal_name,
    Visitor.country,
    Visitor.org_type,
    Host.legal_name,
    Host.country,
    Exchange.start_date,
    Exchange.end_date,
    Exchange.working_days,
    Exchange.distance_km,
    Exchange.lump_sum,
    Exchange.agreement_number,
    Exchange.rules_version,
    Exchange.paid_on,
)


def filtered(query: Select, flt: ExchangeFilter) -> Select:  # type: ignore[type-arg]
    """`query` (over exchanges) narrowed to the live exchanges of `flt`."""
    query = query.join(Visitor, Visitor.id == Exchange.visitor_org_id).outerjoin(
        Host, Host.id == Exchange.host_org_id
    )
    query = query.where(Exchange.deleted_at.is_(None))
    if flt.state:
        query = query.where(Exchange.state == flt.state)
    if flt.office:
        query = query.where(Exchange.visitor_partnership == flt.office)
    if flt.visitor_country:
        query = query.where(Visitor.country == flt.visitor_country)
    if flt.host_country:
        query = query.where(Host.country == flt.host_country)
    if flt.vo_type:
        query = query.where(Visitor.org_type == flt.vo_type)
    if flt.year:
        query = query.where(Exchange.year == flt.year)
    if flt.text and flt.text.strip():
        like = f"%{flt.text.strip()}%"
        query = query.where(
            or_(
                Exchange.reference.ilike(like),
                Visitor.legal_name.ilike(like),
                Host.legal_name.ilike(like),
            )
        )
    return query


# The register's order: the newest year first, then by office, the latest number first.
REGISTER_ORDER = (Exchange.year.desc(), Exchange.office_id, Exchange.number.desc())


def count_in(session: Session, flt: ExchangeFilter) -> int:
    return int(session.scalar(filtered(select(func.count(Exchange.id)), flt)) or 0)


def rows_in(
    session: Session, flt: ExchangeFilter, offset: int = 0, limit: int | None = None
) -> list[ExchangeRow]:
    query = filtered(select(*ROW_COLUMNS), flt).order_by(*REGISTER_ORDER)
    if limit is not None:
        query = query.offset(offset).limit(limit)
    return [ExchangeRow(*row) for row in session.execute(query)]


def count_exchanges(ctx: AppContext, flt: ExchangeFilter | None = None) -> int:
    with ctx.read() as session:
        return count_in(session, flt or ExchangeFilter())


def list_exchanges(
    ctx: AppContext, flt: ExchangeFilter | None = None, offset: int = 0, limit: int | None = None
) -> list[ExchangeRow]:
    with ctx.read() as session:
        return rows_in(session, flt or ExchangeFilter(), offset, limit)


@dataclass(frozen=True)
class ExchangeKpis:
    """Each exchange counts once, for the visitor's partnership only."""

    target: int
    live: int  # not cancelled or withdrawn
    held: int  # held or later: the exchanges that count towards the target
    by_state: dict[str, int] = field(default_factory=dict)
    by_office: dict[str, int] = field(default_factory=dict)
    held_by_office: dict[str, int] = field(default_factory=dict)
    by_country_pair: dict[str, int] = field(default_factory=dict)
    by_vo_type: dict[str, int] = field(default_factory=dict)
    by_month: dict[str, int] = field(default_factory=dict)
    committed: Decimal = Decimal("0.00")  # agreements signed, not paid yet
    paid: Decimal = Decimal("0.00")

    @property
    def progress(self) -> float:
        return self.held / self.target if self.target else 0.0


def kpis_in(session: Session, flt: ExchangeFilter | None = None) -> ExchangeKpis:
    # Grouped in SQL: at 10,000 exchanges a few hundred groups come back, not every row.
    year = extract("year", Exchange.start_date)
    month = extract("month", Exchange.start_date)
    query = filtered(
        select(
            Exchange.state,
            Exchange.visitor_partnership,
            Visitor.country,
            Host.country,
            Visitor.org_type,
            year,
            month,
            func.count(Exchange.id),
            func.sum(Exchange.lump_sum),
        ),
        flt or ExchangeFilter(),
    ).group_by(
        Exchange.state,
        Exchange.visitor_partnership,
        Visitor.country,
        Host.country,
        Visitor.org_type,
        year,
        month,
    )
    by_state: Counter[str] = Counter()
    by_office: Counter[str] = Counter()
    held_by_office: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    types: Counter[str] = Counter()
    months: Counter[str] = Counter()
    committed = paid = Decimal("0.00")
    held_rank = rank(State.HELD)
    signed_rank = rank(State.AGREEMENT_SIGNED)
    ended = {s.value for s in ENDED}
    ranks = {s.value: rank(s) for s in ORDER}
    for state, office, v_country, h_country, vo_type, y, m, n, amount in session.execute(query):
        by_state[state] += n
        if state in ended:
            continue
        by_office[office] += n
        position = ranks.get(state, -1)
        if position >= held_rank:
            held_by_office[office] += n
        pairs[f"{v_country}→{h_country or '?'}"] += n
        types[vo_type] += n
        if y is not None:
            months[f"{int(y):04d}-{int(m):02d}"] += n
        if amount is not None and position >= signed_rank:
            if state == State.PAID.value:
                paid += amount
            else:
                committed += amount
    return ExchangeKpis(
        target=KPI_TARGET,
        live=sum(by_office.values()),
        held=sum(held_by_office.values()),
        by_state={s.value: by_state.get(s.value, 0) for s in (*ORDER, *ENDED)},
        by_office={code: by_office.get(code, 0) for code in OFFICE_CODES},
        held_by_office={code: held_by_office.get(code, 0) for code in OFFICE_CODES},
        by_country_pair=dict(pairs.most_common()),
        by_vo_type=dict(types.most_common()),
        by_month=dict(sorted(months.items())),
        committed=committed,
        paid=paid,
    )


def exchange_kpis(ctx: AppContext, flt: ExchangeFilter | None = None) -> ExchangeKpis:
    with ctx.read() as session:
        return kpis_in(session, flt)


@dataclass(frozen=True, slots=True)
class OrganisationChoice:
    id: str
    name: str
    org_type: str
    country: str
    city: str | None
    is_member: bool
    office_id: str


def find_organisations(ctx: AppContext, text: str, limit: int = 50) -> list[OrganisationChoice]:
    """Organisations of the register whose name contains `text` (for the pickers)."""
    from blues_desktop.domain.names import name_key

    key = f"%{name_key(text)}%" if text.strip() else "%"
    with ctx.read() as session:
        rows = session.execute(
            select(
                Organisation.id,
                Organisation.legal_name,
                Organisation.org_type,
                Organisation.country,
                Organisation.city,
                Organisation.is_member,
                Organisation.office_id,
            )
            .where(Organisation.deleted_at.is_(None), Organisation.name_key.like(key))
            .order_by(Organisation.name_key)
            .limit(limit)
        ).all()
    return [OrganisationChoice(*row) for row in rows]
