"""The closing report, the visitor's evaluation and the evidence for payment."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.domain.errors import PermissionDeniedError, ValidationError
from blues_desktop.domain.exchanges.rules import EVIDENCE_LABELS, EvaluationQuestion
from blues_desktop.domain.exchanges.workflow import CLOSED, State, at_least
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services import records
from blues_desktop.services.attachments import attach_file
from blues_desktop.services.context import AppContext
from blues_desktop.services.exchanges.queries import resolve_exchange
from blues_desktop.services.exchanges.rules import rules_in_force
from blues_desktop.services.exchanges.workflow import report_of
from blues_desktop.store.models import Exchange, ExchangeReport


@dataclass(frozen=True, slots=True)
class ClosingReport:
    activities: str = ""
    results: str = ""
    contacts_made: str = ""
    agreements: str = ""
    follow_up: str = ""
    scores: dict[str, int] = field(default_factory=dict)  # question id -> 1..5
    would_recommend: bool | None = None


@dataclass(frozen=True, slots=True)
class SavedResult:
    exchange_id: str
    reference: str
    changes: Changes


def _check_scores(scores: dict[str, int], questions: tuple[EvaluationQuestion, ...]) -> None:
    report = ValidationReport()
    known = {q.id for q in questions}
    for key, value in scores.items():
        if key not in known:
            report.error(
                "scores",
                Message(
                    QT_TRANSLATE_NOOP("messages", "{key} is not one of the evaluation questions"),
                    key=repr(key),
                ),
            )
        elif isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
            report.error(
                f"scores.{key}",
                Message(
                    QT_TRANSLATE_NOOP("messages", "scores go from 1 to 5, got {value}"),
                    value=repr(value),
                ),
            )
    if not report.ok:
        raise ValidationError(report)


def _owned(ctx: AppContext, exchange: Exchange) -> None:
    if exchange.office_id != ctx.office_code:
        raise PermissionDeniedError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{reference} belongs to office {office}; only that office records its report",
                ),
                reference=exchange.reference,
                office=exchange.office_id,
            )
        )


def _editable(ctx: AppContext, exchange: Exchange) -> None:
    _owned(ctx, exchange)
    state = State(exchange.state)
    if (
        state in CLOSED
        or not at_least(state, State.HELD)
        or at_least(state, State.REPORT_VALIDATED)
    ):
        report = ValidationReport()
        report.error(
            "state",
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "the closing report is written after the exchange is held and until it is "
                    "validated ({reference} is {state})",
                ),
                reference=exchange.reference,
                state=Message.label(state.label),
            ),
        )
        raise ValidationError(report)


def save_report(ctx: AppContext, id_or_reference: str, data: ClosingReport) -> SavedResult:
    with ctx.transaction() as session:
        exchange = resolve_exchange(session, id_or_reference)
        _editable(ctx, exchange)
        _check_scores(data.scores, rules_in_force(session).evaluation_questions)
        values = {
            "activities": data.activities.strip() or None,
            "results": data.results.strip() or None,
            "contacts_made": data.contacts_made.strip() or None,
            "agreements": data.agreements.strip() or None,
            "follow_up": data.follow_up.strip() or None,
            "evaluation_json": json.dumps(data.scores, sort_keys=True) if data.scores else None,
            "would_recommend": data.would_recommend,
        }
        existing = report_of(session, exchange.id)
        if existing is None:
            records.create(session, ctx, ExchangeReport(exchange_id=exchange.id, **values))
        else:
            records.update_fields(session, ctx, existing, values)
        return SavedResult(exchange.id, exchange.reference, Changes.of(Kind.EXCHANGES))


def attach_evidence(ctx: AppContext, id_or_reference: str, path: Path, kind: str) -> SavedResult:
    """Attach a travel or accommodation invoice or a boarding pass (PDF or image)."""
    if kind not in EVIDENCE_LABELS:
        report = ValidationReport()
        report.error(
            "kind",
            Message(
                QT_TRANSLATE_NOOP("messages", "{kind}: evidence is one of {kinds}"),
                kind=repr(kind),
                kinds=", ".join(EVIDENCE_LABELS),
            ),
        )
        raise ValidationError(report)
    with ctx.transaction() as session:
        exchange = resolve_exchange(session, id_or_reference)
        _owned(ctx, exchange)
        if State(exchange.state) in CLOSED:
            report = ValidationReport()
            report.error(
                "state",
                Message(
                    QT_TRANSLATE_NOOP("messages", "{reference} is {state}"),
                    reference=exchange.reference,
                    state=Message.label(State(exchange.state).label),
                ),
            )
            raise ValidationError(report)
        attach_file(
            session, ctx, Path(path), owner_table="exchanges", owner_id=exchange.id, kind=kind
        )
        return SavedResult(exchange.id, exchange.reference, Changes.of(Kind.EXCHANGES))


@dataclass(frozen=True, slots=True)
class QuestionSummary:
    id: str
    text: str
    answers: int
    average: float | None


@dataclass(frozen=True, slots=True)
class EvaluationSummary:
    reports: int
    questions: tuple[QuestionSummary, ...]
    would_recommend: int
    would_not_recommend: int


def evaluation_summary(ctx: AppContext) -> EvaluationSummary:
    """Average score per question and how many would recommend, across all exchanges."""
    with ctx.read() as session:
        questions = rules_in_force(session).evaluation_questions
        rows = session.execute(
            select(ExchangeReport.evaluation_json, ExchangeReport.would_recommend)
            .join(Exchange, Exchange.id == ExchangeReport.exchange_id)
            .where(ExchangeReport.deleted_at.is_(None), Exchange.deleted_at.is_(None))
        ).all()
    totals: dict[str, list[int]] = {q.id: [] for q in questions}
    yes = no = 0
    for evaluation, recommend in rows:
        for key, value in json.loads(evaluation or "{}").items():
            if key in totals:
                totals[key].append(int(value))
        if recommend is True:
            yes += 1
        elif recommend is False:
            no += 1
    summaries = tuple(
        QuestionSummary(
            q.id,
            q.text,
            len(totals[q.id]),
            sum(totals[q.id]) / len(totals[q.id]) if totals[q.id] else None,
        )
        for q in questions
    )
    return EvaluationSummary(len(rows), summaries, yes, no)
