"""Everything about one exchange as plain data: for the detail pane and the documents."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.exchanges.actions import Action, ExchangeFacts, allowed_actions
from blues_desktop.domain.exchanges.lump_sum import LumpSum, compute_lump_sum
from blues_desktop.domain.exchanges.rules import Rules
from blues_desktop.domain.exchanges.workflow import HOST_REQUIRED_FROM, State, at_least
from blues_desktop.domain.exchanges.working_days import stay_days
from blues_desktop.services.attachments import attachments_of
from blues_desktop.services.context import AppContext
from blues_desktop.services.exchanges.assess import ExchangeDraft, assess
from blues_desktop.services.exchanges.queries import resolve_exchange
from blues_desktop.services.exchanges.rules import rules_in_force, rules_version
from blues_desktop.services.exchanges.workflow import MoveOption, options_in, report_of
from blues_desktop.store.models import (
    Exchange,
    ExchangeReport,
    ExchangeStatusChange,
    Organisation,
    Person,
)


@dataclass(frozen=True, slots=True)
class OrgInfo:
    id: str
    name: str
    org_type: str
    country: str
    city: str | None
    address: str | None
    is_member: bool


@dataclass(frozen=True, slots=True)
class PersonInfo:
    id: str
    name: str
    email: str | None
    role: str | None


@dataclass(frozen=True, slots=True)
class HistoryItem:
    from_state: str | None
    to_state: str
    on: date
    by: str
    reason: str | None


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    kind: str
    file_name: str
    size: int
    sha256: str
    added_on: datetime


@dataclass(frozen=True, slots=True)
class ReportInfo:
    activities: str
    results: str
    contacts_made: str
    agreements: str
    follow_up: str
    scores: dict[str, int]
    would_recommend: bool | None
    submitted_on: date | None
    validated_on: date | None


@dataclass(frozen=True)
class ExchangeDetail:
    id: str
    reference: str
    state: State
    office_id: str
    owned: bool
    visitor_partnership: str
    host_partnership: str | None
    visitor: OrgInfo
    host: OrgInfo | None
    cluster: OrgInfo | None
    person: PersonInfo | None
    start_date: date | None
    end_date: date | None
    working_days: int | None
    stay: tuple[date, ...]
    distance_km: int | None
    distance_manual: bool
    motivation: str
    preferences: dict[str, str]
    goals: str
    objectives: str
    agenda: tuple[tuple[str, str], ...]
    lump_sum: Decimal | None
    computation: LumpSum | None
    rules: Rules  # the version the lump sum was computed under (else the one in force)
    agreement_number: str | None
    agreement_issued_on: date | None
    host_accepted_on: date | None
    visitor_accepted_on: date | None
    override_reason: str | None
    cancel_reason: str | None
    paid_on: date | None
    history: tuple[HistoryItem, ...]
    attachments: tuple[AttachmentInfo, ...]
    report: ReportInfo | None
    problems: tuple[str, ...]  # eligibility errors now
    notices: tuple[str, ...]  # warnings (override used, host needs approval)
    options: tuple[MoveOption, ...]

    @property
    def actions(self) -> frozenset[Action]:
        """What a user may do to this exchange now (domain/exchanges/actions.py)."""
        return allowed_actions(
            ExchangeFacts(
                state=self.state,
                owned=self.owned,
                has_host=self.host is not None,
                host_accepted=self.host_accepted_on is not None,
                visitor_accepted=self.visitor_accepted_on is not None,
                has_agreement_number=bool(self.agreement_number),
            )
        )


def _org(session: Session, org_id: str | None) -> OrgInfo | None:
    if not org_id:
        return None
    row = session.get(Organisation, org_id)
    if row is None:
        return None
    return OrgInfo(
        row.id,
        row.legal_name,
        row.org_type,
        row.country,
        row.city,
        row.address,
        bool(row.is_member),
    )


def _person(session: Session, person_id: str | None) -> PersonInfo | None:
    if not person_id:
        return None
    row = session.get(Person, person_id)
    if row is None:
        return None
    return PersonInfo(row.id, f"{row.first_name} {row.last_name}", row.email, row.role)


def _agenda(text: str | None) -> tuple[tuple[str, str], ...]:
    try:
        items = json.loads(text or "[]")
    except json.JSONDecodeError:
        return ()
    return tuple((str(i.get("day", "")), str(i.get("text", ""))) for i in items)


def _report(row: ExchangeReport | None) -> ReportInfo | None:
    if row is None:
        return None
    return ReportInfo(
        row.activities or "",
        row.results or "",
        row.contacts_made or "",
        row.agreements or "",
        row.follow_up or "",
        {k: int(v) for k, v in json.loads(row.evaluation_json or "{}").items()},
        row.would_recommend,
        row.submitted_on,
        row.validated_on,
    )


def _computation(row: Exchange, rules: Rules, host: OrgInfo | None) -> LumpSum | None:
    if host is None or row.working_days is None or row.distance_km is None:
        return None
    try:
        return compute_lump_sum(rules, host.country, row.working_days, row.distance_km)
    except ValidationError:  # a rules version without this country: shown as "not computed"
        return None


@dataclass(frozen=True, slots=True)
class _PaneParts:
    """What only the detail pane shows: the history, files, today's checks and moves."""

    history: tuple[HistoryItem, ...] = ()
    attachments: tuple[AttachmentInfo, ...] = ()
    problems: tuple[str, ...] = ()
    notices: tuple[str, ...] = ()
    options: tuple[MoveOption, ...] = ()


def _pane_parts(session: Session, row: Exchange, ctx: AppContext) -> _PaneParts:
    today = ctx.now().date()
    assessment = assess(
        session,
        ExchangeDraft.of(row),
        rules_in_force(session),
        today,
        require_host=at_least(State(row.state), HOST_REQUIRED_FROM),
    )
    history = session.scalars(
        select(ExchangeStatusChange)
        .where(
            ExchangeStatusChange.exchange_id == row.id, ExchangeStatusChange.deleted_at.is_(None)
        )
        .order_by(ExchangeStatusChange.changed_on, ExchangeStatusChange.revision)
    ).all()
    files = attachments_of(session, "exchanges", row.id)
    return _PaneParts(
        history=tuple(
            HistoryItem(h.from_state, h.to_state, h.changed_on, h.changed_by, h.reason)
            for h in history
        ),
        attachments=tuple(
            AttachmentInfo(a.kind, a.file_name, a.size, a.sha256, a.added_on) for a in files
        ),
        problems=assessment.errors,
        notices=tuple(r.message for r in assessment.report.warnings),
        options=tuple(options_in(session, row, today)) if row.office_id == ctx.office_code else (),
    )


def _rules_of(session: Session, row: Exchange, memo: dict[int | None, Rules] | None) -> Rules:
    """The version the lump sum was computed under, else the one in force."""
    if memo is not None and row.rules_version in memo:
        return memo[row.rules_version]
    rules = (
        rules_version(session, row.rules_version) if row.rules_version else rules_in_force(session)
    )
    if memo is not None:
        memo[row.rules_version] = rules
    return rules


def _detail(
    session: Session,
    row: Exchange,
    ctx: AppContext,
    rules: Rules,
    report: ExchangeReport | None,
    parts: _PaneParts,
) -> ExchangeDetail:
    host = _org(session, row.host_org_id)
    visitor = _org(session, row.visitor_org_id)
    assert visitor is not None
    return ExchangeDetail(
        id=row.id,
        reference=row.reference,
        state=State(row.state),
        office_id=row.office_id,
        owned=row.office_id == ctx.office_code,
        visitor_partnership=row.visitor_partnership,
        host_partnership=row.host_partnership,
        visitor=visitor,
        host=host,
        cluster=_org(session, row.visitor_cluster_id),
        person=_person(session, row.visitor_person_id),
        start_date=row.start_date,
        end_date=row.end_date,
        working_days=row.working_days,
        stay=tuple(stay_days(row.start_date, row.end_date, host.country if host else None))
        if row.start_date and row.end_date
        else (),
        distance_km=row.distance_km,
        distance_manual=bool(row.distance_manual),
        motivation=row.motivation or "",
        preferences=json.loads(row.preferences or "{}"),
        goals=row.goals or "",
        objectives=row.objectives or "",
        agenda=_agenda(row.agenda),
        lump_sum=row.lump_sum,
        computation=_computation(row, rules, host),
        rules=rules,
        agreement_number=row.agreement_number,
        agreement_issued_on=row.agreement_issued_on,
        host_accepted_on=row.host_accepted_on,
        visitor_accepted_on=row.visitor_accepted_on,
        override_reason=row.override_reason,
        cancel_reason=row.cancel_reason,
        paid_on=row.paid_on,
        history=parts.history,
        attachments=parts.attachments,
        report=_report(report),
        problems=parts.problems,
        notices=parts.notices,
        options=parts.options,
    )


def detail_in(session: Session, row: Exchange, ctx: AppContext) -> ExchangeDetail:
    """Everything the detail pane shows, with today's eligibility and the possible moves."""
    rules = _rules_of(session, row, None)
    return _detail(
        session, row, ctx, rules, report_of(session, row.id), _pane_parts(session, row, ctx)
    )


def print_detail_in(session: Session, row: Exchange, ctx: AppContext) -> ExchangeDetail:
    """What the documents print: the parties, the stay, the money and the report; without
    the history, files, today's checks and moves (left empty)."""
    rules = _rules_of(session, row, None)
    return _detail(session, row, ctx, rules, report_of(session, row.id), _PaneParts())


PRELOAD_CHUNK = 500


def print_details(
    session: Session, ids: Sequence[str], ctx: AppContext
) -> Iterator[ExchangeDetail]:
    """Print details for many exchanges, in the order of `ids`, reading exchanges and the
    organisations and people they name a chunk at a time (the session's identity map then
    answers every lookup) and each rules version once."""
    memo: dict[int | None, Rules] = {}
    for start in range(0, len(ids), PRELOAD_CHUNK):
        chunk = ids[start : start + PRELOAD_CHUNK]
        rows = {
            row.id: row
            for row in session.scalars(
                select(Exchange).where(Exchange.id.in_(chunk), Exchange.deleted_at.is_(None))
            )
        }
        org_ids = {
            org_id
            for row in rows.values()
            for org_id in (row.visitor_org_id, row.host_org_id, row.visitor_cluster_id)
            if org_id
        }
        person_ids = {row.visitor_person_id for row in rows.values() if row.visitor_person_id}
        # Held until the chunk is printed: the identity map keeps rows only while something
        # refers to them, and a dropped row would be read again, one query per lookup.
        held = [
            *session.scalars(select(Organisation).where(Organisation.id.in_(org_ids))),
            *session.scalars(select(Person).where(Person.id.in_(person_ids))),
        ]
        reports = {
            report.exchange_id: report
            for report in session.scalars(
                select(ExchangeReport).where(
                    ExchangeReport.exchange_id.in_(chunk), ExchangeReport.deleted_at.is_(None)
                )
            )
        }
        for exchange_id in chunk:
            # An id not among the rows (a reference, a deleted exchange) gets the usual
            # lookup and its message.
            row = rows.get(exchange_id) or resolve_exchange(session, exchange_id)
            rules = _rules_of(session, row, memo)
            yield _detail(session, row, ctx, rules, reports.get(row.id), _PaneParts())
        del held


def exchange_detail(ctx: AppContext, id_or_reference: str) -> ExchangeDetail:
    with ctx.read() as session:
        return detail_in(session, resolve_exchange(session, id_or_reference), ctx)
