"""The facts of an exchange gathered from the register, and what the rules say of them.

Registration, every change and every move of the workflow call `assess`, so
eligibility, working days, distance and the lump sum are always computed the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from blues_desktop.domain.errors import NotFoundError, ValidationError
from blues_desktop.domain.exchanges.distance import DistanceOutcome, resolve_distance
from blues_desktop.domain.exchanges.eligibility import (
    ExchangeFacts,
    Party,
    check_eligibility,
    stay_length,
)
from blues_desktop.domain.exchanges.lump_sum import LumpSum, compute_lump_sum
from blues_desktop.domain.exchanges.rules import Rules
from blues_desktop.domain.exchanges.workflow import ENDED, HOST_REQUIRED_FROM, State, at_least
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.store.models import Exchange, Organisation


@dataclass(frozen=True, slots=True)
class ExchangeDraft:
    """What an exchange says about itself, before or after it is stored."""

    visitor_org_id: str
    visitor_cluster_id: str | None = None
    host_org_id: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    manual_km: int | None = None  # typed by hand; None: from the gazetteer
    override_reason: str | None = None
    exchange_id: str | None = None  # excluded when looking for the VO's other visits

    @classmethod
    def of(cls, row: Exchange) -> ExchangeDraft:
        return cls(
            visitor_org_id=row.visitor_org_id,
            visitor_cluster_id=row.visitor_cluster_id,
            host_org_id=row.host_org_id,
            start_date=row.start_date,
            end_date=row.end_date,
            manual_km=row.distance_km if row.distance_manual else None,
            override_reason=row.override_reason,
            exchange_id=row.id,
        )


@dataclass(frozen=True, slots=True)
class Assessment:
    report: ValidationReport
    working_days: int | None
    distance: DistanceOutcome | None
    lump_sum: LumpSum | None
    host_country: str | None

    @property
    def errors(self) -> tuple[str, ...]:
        return tuple(r.message for r in self.report.errors)


def organisation(session: Session, org_id: str, role: str) -> Organisation:
    org = session.get(Organisation, org_id)
    if org is None or org.deleted_at is not None:
        if role == "host":
            raise NotFoundError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "the host organisation {id} is not in the register"
                    ),
                    id=org_id,
                )
            )
        if role == "cluster":
            raise NotFoundError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "the cluster organisation {id} is not in the register"
                    ),
                    id=org_id,
                )
            )
        raise NotFoundError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "the visiting organisation {id} is not in the register"
                ),
                id=org_id,
            )
        )
    return org


def party(org: Organisation) -> Party:
    return Party(org.legal_name, org.org_type, org.country, bool(org.is_member), org.city)


def other_visits(session: Session, visitor_org_id: str, exclude_id: str | None) -> tuple[str, ...]:
    """References of the VO's other exchanges that are still alive (not cancelled/withdrawn)."""
    query = select(Exchange.reference).where(
        Exchange.visitor_org_id == visitor_org_id,
        Exchange.deleted_at.is_(None),
        Exchange.state.not_in([s.value for s in ENDED]),
    )
    if exclude_id is not None:
        query = query.where(Exchange.id != exclude_id)
    return tuple(session.scalars(query.order_by(Exchange.reference)))


def assess(
    session: Session, draft: ExchangeDraft, rules: Rules, today: date, *, require_host: bool
) -> Assessment:
    visitor = organisation(session, draft.visitor_org_id, "visiting")
    host = organisation(session, draft.host_org_id, "host") if draft.host_org_id else None
    cluster = (
        organisation(session, draft.visitor_cluster_id, "cluster")
        if draft.visitor_cluster_id
        else None
    )
    distance = None
    if host is not None:
        distance = resolve_distance(
            visitor.city, visitor.country, host.city, host.country, draft.manual_km
        )
    facts = ExchangeFacts(
        visitor=party(visitor),
        host=party(host) if host else None,
        visitor_cluster=cluster.legal_name if cluster else None,
        start=draft.start_date,
        end=draft.end_date,
        distance_km=distance.km if distance else None,
        distance_problem=distance.problem if distance else None,
        other_visits=other_visits(session, draft.visitor_org_id, draft.exchange_id),
        override_reason=draft.override_reason,
        on=draft.start_date or today,
    )
    report = check_eligibility(facts, rules, require_host=require_host)
    days = stay_length(facts)
    lump_sum = None
    if host is not None and days is not None and distance is not None and distance.km is not None:
        try:
            lump_sum = compute_lump_sum(rules, host.country, days, distance.km)
        except ValidationError as exc:
            report.extend(exc.report)  # type: ignore[arg-type]
    return Assessment(report, days, distance, lump_sum, host.country if host else None)


def require_ok(assessment: Assessment) -> None:
    if not assessment.report.ok:
        raise ValidationError(assessment.report)


def requires_host(state: State) -> bool:
    return at_least(state, HOST_REQUIRED_FROM)
