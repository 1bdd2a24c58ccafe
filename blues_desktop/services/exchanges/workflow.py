"""Moving an exchange through its states: one step at a time, dated, audited, and only
when the rules allow it (eligibility is checked again before every forward move)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.domain.errors import PermissionDeniedError, ValidationError
from blues_desktop.domain.exchanges.rules import Rules
from blues_desktop.domain.exchanges.workflow import (
    CLOSED,
    HOST_REQUIRED_FROM,
    State,
    WorkflowFacts,
    at_least,
    next_state,
    payment_deadline,
    why_not,
)
from blues_desktop.domain.translatable import PLURAL, QT_TRANSLATE_NOOP, Message
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.domain.wording import listed
from blues_desktop.services import records
from blues_desktop.services.attachments import attachments_of
from blues_desktop.services.context import AppContext
from blues_desktop.services.exchanges.assess import ExchangeDraft, assess
from blues_desktop.services.exchanges.numbering import next_agreement_number
from blues_desktop.services.exchanges.queries import resolve_exchange
from blues_desktop.services.exchanges.registration import add_status_change
from blues_desktop.services.exchanges.rules import rules_in_force, rules_version
from blues_desktop.store.models import Exchange, ExchangeReport, ExchangeStatusChange


@dataclass(frozen=True, slots=True)
class MoveOption:
    target: str
    label: str
    allowed: bool
    reason: str | None  # why not, in plain words (a Message)


@dataclass(frozen=True, slots=True)
class MoveResult:
    exchange_id: str
    reference: str
    state: str
    on: date
    warnings: tuple[str, ...]
    changes: Changes


def report_of(session: Session, exchange_id: str) -> ExchangeReport | None:
    return session.scalars(
        select(ExchangeReport).where(
            ExchangeReport.exchange_id == exchange_id, ExchangeReport.deleted_at.is_(None)
        )
    ).first()


def _ctq_complete(exchange: Exchange) -> bool:
    if not (exchange.goals or "").strip() or not (exchange.objectives or "").strip():
        return False
    try:
        agenda = json.loads(exchange.agenda or "[]")
    except json.JSONDecodeError:
        return False
    return bool(agenda) and all(str(item.get("text", "")).strip() for item in agenda)


def workflow_facts(
    session: Session, exchange: Exchange, rules: Rules, today: date, target: State | None = None
) -> WorkflowFacts:
    state = State(exchange.state)
    upcoming = target or next_state(state) or state
    assessment = assess(
        session,
        ExchangeDraft.of(exchange),
        rules,
        today,
        require_host=at_least(upcoming, HOST_REQUIRED_FROM),
    )
    report = report_of(session, exchange.id)
    evidence = frozenset(a.kind for a in attachments_of(session, "exchanges", exchange.id))
    return WorkflowFacts(
        state=state,
        today=today,
        eligibility_errors=assessment.errors,
        has_host=exchange.host_org_id is not None,
        host_accepted=exchange.host_accepted_on is not None,
        visitor_accepted=exchange.visitor_accepted_on is not None,
        ctq_complete=_ctq_complete(exchange),
        has_lump_sum=exchange.lump_sum is not None,
        end_date=exchange.end_date,
        report_written=bool(
            report and (report.activities or "").strip() and (report.results or "").strip()
        ),
        report_validated=bool(report and report.validated_on),
        evidence_kinds=evidence,
        evidence_required=rules.evidence_required,
    )


def _owned(ctx: AppContext, exchange: Exchange) -> None:
    if exchange.office_id != ctx.office_code:
        raise PermissionDeniedError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{reference} belongs to office {office}; only that office moves it through the workflow",
                ),
                reference=exchange.reference,
                office=exchange.office_id,
            )
        )


def options_in(session: Session, exchange: Exchange, today: date) -> list[MoveOption]:
    """The next forward move and cancel/withdraw, each allowed or with the reason why not."""
    rules = rules_in_force(session)
    state = State(exchange.state)
    options: list[MoveOption] = []
    upcoming = next_state(state)
    if upcoming is not None:
        facts = workflow_facts(session, exchange, rules, today, upcoming)
        reason = why_not(facts, upcoming)
        options.append(
            MoveOption(upcoming.value, Message.label(upcoming.label), reason is None, reason)
        )
    for ending in (State.CANCELLED, State.WITHDRAWN):
        closed = state in CLOSED
        options.append(
            MoveOption(
                ending.value,
                Message.label(ending.label),
                not closed,
                Message(
                    QT_TRANSLATE_NOOP("messages", "the exchange is {state}"),
                    state=Message.label(state.label),
                )
                if closed
                else None,
            )
        )
    return options


def move_options(ctx: AppContext, id_or_reference: str) -> list[MoveOption]:
    with ctx.read() as session:
        return options_in(session, resolve_exchange(session, id_or_reference), ctx.now().date())


def _last_change_on(session: Session, exchange_id: str) -> date | None:
    return session.scalar(
        select(ExchangeStatusChange.changed_on)
        .where(ExchangeStatusChange.exchange_id == exchange_id)
        .order_by(ExchangeStatusChange.changed_on.desc())
        .limit(1)
    )


def _refuse(field: str, message: str, code: str = "") -> ValidationError:
    report = ValidationReport()
    report.error(field, message, code)
    return ValidationError(report)


def _on_entering(
    session: Session, ctx: AppContext, exchange: Exchange, target: State, on: date, rules: Rules
) -> tuple[dict[str, object], list[str]]:
    """Field values a state sets as it is entered, and warnings to show."""
    values: dict[str, object] = {}
    warnings: list[str] = []
    if target is State.CTQ_SIGNED:
        # The agreement becomes printable: fix its number and the lump sum now.
        assessment = assess(session, ExchangeDraft.of(exchange), rules, on, require_host=True)
        if assessment.lump_sum is None:
            raise _refuse(
                "lump_sum",
                Message(
                    QT_TRANSLATE_NOOP("messages", "the lump sum cannot be computed: {problems}"),
                    problems=listed(assessment.errors)
                    or Message(QT_TRANSLATE_NOOP("messages", "no problems")),
                ),
            )
        values.update(
            lump_sum=assessment.lump_sum.amount,
            rules_version=assessment.lump_sum.rules_version,
            working_days=assessment.working_days,
        )
        if exchange.agreement_number is None:
            values["agreement_number"] = next_agreement_number(session, exchange.office_id, on.year)
            values["agreement_issued_on"] = on
    report = report_of(session, exchange.id)
    if target is State.REPORT_SUBMITTED and report is not None:
        records.update_fields(session, ctx, report, {"submitted_on": on})
    if target is State.REPORT_VALIDATED and report is not None:
        records.update_fields(session, ctx, report, {"validated_on": on})
    if target is State.PAID:
        values["paid_on"] = on
        assert exchange.end_date is not None
        signed_rules = rules_version(session, exchange.rules_version or rules.version)
        deadline = payment_deadline(exchange.end_date, signed_rules.payment_days)
        if on > deadline:
            warnings.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "paid on {on}, after the deadline of {deadline} (%n day(s) after the "
                        "exchange)",
                        None,
                        PLURAL,
                    ),
                    n=signed_rules.payment_days,
                    on=on,
                    deadline=deadline,
                )
            )
    return values, warnings


def move(
    ctx: AppContext,
    id_or_reference: str,
    target: str | State,
    *,
    on: date | None = None,
    reason: str | None = None,
) -> MoveResult:
    """Move to `target` (the next state, or cancelled/withdrawn with a reason)."""
    wanted = State(target)
    with ctx.transaction() as session:
        exchange = resolve_exchange(session, id_or_reference)
        _owned(ctx, exchange)
        day = on or ctx.now().date()
        last = _last_change_on(session, exchange.id)
        if last is not None and day < last:
            raise _refuse(
                "on",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "the move is dated {day}, before the previous one ({last})"
                    ),
                    day=day,
                    last=last,
                ),
            )
        rules = rules_in_force(session)
        facts = workflow_facts(session, exchange, rules, day, wanted)
        blocker = why_not(facts, wanted)
        if blocker is not None:
            raise _refuse(
                "state",
                Message(
                    QT_TRANSLATE_NOOP("messages", "{reference} cannot become '{state}': {blocker}"),
                    reference=exchange.reference,
                    state=Message.label(wanted.label),
                    blocker=blocker,
                ),
            )
        if wanted in (State.CANCELLED, State.WITHDRAWN) and not (reason or "").strip():
            raise _refuse(
                "reason",
                Message(
                    QT_TRANSLATE_NOOP("messages", "give a reason why the exchange is {state}"),
                    state=Message.label(wanted.label),
                ),
            )
        before = exchange.state
        values, warnings = _on_entering(session, ctx, exchange, wanted, day, rules)
        values["state"] = wanted.value
        if wanted in (State.CANCELLED, State.WITHDRAWN):
            values["cancel_reason"] = (reason or "").strip()
        records.update_fields(session, ctx, exchange, values, reason=reason)
        add_status_change(session, ctx, exchange, before, wanted.value, day, reason)
        return MoveResult(
            exchange.id,
            exchange.reference,
            wanted.value,
            day,
            tuple(warnings),
            Changes.of(Kind.EXCHANGES),
        )


def accept_match(
    ctx: AppContext, id_or_reference: str, side: str, *, on: date | None = None
) -> MoveResult:
    """Record that the host or the visitor accepts the proposed match."""
    if side not in ("host", "visitor"):
        raise _refuse(
            "side",
            Message(
                QT_TRANSLATE_NOOP("messages", "{side}: either the host or the visitor accepts"),
                side=repr(side),
            ),
        )
    with ctx.transaction() as session:
        exchange = resolve_exchange(session, id_or_reference)
        _owned(ctx, exchange)
        state = State(exchange.state)
        if state is not State.VALIDATED:
            raise _refuse(
                "state",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "a match is accepted while the exchange is validated and not yet matched "
                        "({reference} is {state})",
                    ),
                    reference=exchange.reference,
                    state=Message.label(state.label),
                ),
            )
        if exchange.host_org_id is None:
            raise _refuse(
                "host_org",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "choose the host organisation before anyone accepts"
                    )
                ),
            )
        day = on or ctx.now().date()
        records.update_fields(session, ctx, exchange, {f"{side}_accepted_on": day})
        return MoveResult(
            exchange.id, exchange.reference, exchange.state, day, (), Changes.of(Kind.EXCHANGES)
        )
