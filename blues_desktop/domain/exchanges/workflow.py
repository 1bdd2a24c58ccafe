"""The states of an exchange and which move is allowed when, with the reason why not.

Moves go forward one state at a time; an exchange may be cancelled (by the
partnership) or withdrawn (by the visitor) from any state before it is paid.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from blues_desktop.domain.exchanges.rules import EVIDENCE_LABELS
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.domain.wording import joined, listed


class State(StrEnum):
    REGISTERED = "registered"
    VALIDATED = "validated"
    MATCHED = "matched"
    CTQ_SIGNED = "ctq_signed"
    AGREEMENT_SIGNED = "agreement_signed"
    HELD = "held"
    REPORT_SUBMITTED = "report_submitted"
    REPORT_VALIDATED = "report_validated"
    PAID = "paid"
    CANCELLED = "cancelled"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return STATE_LABELS[self]


STATE_LABELS: dict[State, str] = {
    State.REGISTERED: QT_TRANSLATE_NOOP("labels", "registered"),
    State.VALIDATED: QT_TRANSLATE_NOOP("labels", "validated by the partnership"),
    State.MATCHED: QT_TRANSLATE_NOOP("labels", "matched (host and visitor accepted)"),
    State.CTQ_SIGNED: QT_TRANSLATE_NOOP("labels", "Commitment to Quality signed"),
    State.AGREEMENT_SIGNED: QT_TRANSLATE_NOOP("labels", "financial agreement signed"),
    State.HELD: QT_TRANSLATE_NOOP("labels", "exchange held"),
    State.REPORT_SUBMITTED: QT_TRANSLATE_NOOP("labels", "closing report submitted"),
    State.REPORT_VALIDATED: QT_TRANSLATE_NOOP("labels", "closing report validated"),
    State.PAID: QT_TRANSLATE_NOOP("labels", "paid"),
    State.CANCELLED: QT_TRANSLATE_NOOP("labels", "cancelled"),
    State.WITHDRAWN: QT_TRANSLATE_NOOP("labels", "withdrawn"),
}

ORDER: tuple[State, ...] = (
    State.REGISTERED,
    State.VALIDATED,
    State.MATCHED,
    State.CTQ_SIGNED,
    State.AGREEMENT_SIGNED,
    State.HELD,
    State.REPORT_SUBMITTED,
    State.REPORT_VALIDATED,
    State.PAID,
)
CLOSED = frozenset({State.PAID, State.CANCELLED, State.WITHDRAWN})
ENDED = frozenset({State.CANCELLED, State.WITHDRAWN})
# From MATCHED on the exchange has a host and dates; the lump sum is fixed when the CtQ is
# signed, since the financial agreement can be printed from then on.
HOST_REQUIRED_FROM = State.MATCHED
LUMP_SUM_FIXED_FROM = State.CTQ_SIGNED


def rank(state: State) -> int:
    return ORDER.index(state) if state in ORDER else -1


def at_least(state: State, other: State) -> bool:
    return state not in ENDED and rank(state) >= rank(other)


def next_state(state: State) -> State | None:
    if state in CLOSED:
        return None
    index = rank(state)
    return ORDER[index + 1] if 0 <= index < len(ORDER) - 1 else None


@dataclass(frozen=True, slots=True)
class WorkflowFacts:
    state: State
    today: date
    eligibility_errors: tuple[str, ...] = ()
    has_host: bool = False
    host_accepted: bool = False
    visitor_accepted: bool = False
    ctq_complete: bool = False  # goals, objectives and an agenda
    has_lump_sum: bool = False
    end_date: date | None = None
    report_written: bool = False
    report_validated: bool = False
    evidence_kinds: frozenset[str] = frozenset()
    evidence_required: tuple[str, ...] = ()


def _matched_blocker(facts: WorkflowFacts) -> Message | None:
    if not facts.has_host:
        return Message(QT_TRANSLATE_NOOP("messages", "choose the host organisation first"))
    missing = [
        side
        for side, ok in (
            (Message(QT_TRANSLATE_NOOP("messages", "the host")), facts.host_accepted),
            (Message(QT_TRANSLATE_NOOP("messages", "the visitor")), facts.visitor_accepted),
        )
        if not ok
    ]
    if missing:
        return Message(
            QT_TRANSLATE_NOOP("messages", "waiting for {sides} to accept the match"),
            sides=joined(missing, both=True),
        )
    return None


def _paid_blocker(facts: WorkflowFacts) -> Message | None:
    if not facts.report_validated:
        return Message(
            QT_TRANSLATE_NOOP("messages", "rule 'payment': the closing report is not validated yet")
        )
    missing_evidence = [k for k in facts.evidence_required if k not in facts.evidence_kinds]
    if missing_evidence:
        names = joined(
            [
                Message.label(EVIDENCE_LABELS[k]) if k in EVIDENCE_LABELS else k
                for k in missing_evidence
            ]
        )
        return Message(
            QT_TRANSLATE_NOOP("messages", "rule 'payment': attach the evidence first ({names})"),
            names=names,
        )
    return None


def _blocker(facts: WorkflowFacts, target: State) -> Message | None:
    # Eligibility is checked again before every forward move, not only at validation.
    if facts.eligibility_errors:
        return Message(
            QT_TRANSLATE_NOOP("messages", "not eligible: {problems}"),
            problems=listed(facts.eligibility_errors),
        )
    if target is State.MATCHED:
        return _matched_blocker(facts)
    if target is State.CTQ_SIGNED and not facts.ctq_complete:
        return Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "the Commitment to Quality needs goals, objectives and a day-by-day agenda",
            )
        )
    if target is State.AGREEMENT_SIGNED and not facts.has_lump_sum:
        return Message(QT_TRANSLATE_NOOP("messages", "the lump sum is not computed yet"))
    if target is State.HELD and (facts.end_date is None or facts.today < facts.end_date):
        if facts.end_date is None:
            return Message(
                QT_TRANSLATE_NOOP(
                    "messages", "the stay has no last day yet; mark it held once it is over"
                )
            )
        return Message(
            QT_TRANSLATE_NOOP("messages", "the stay ends on {end}; mark it held once it is over"),
            end=facts.end_date,
        )
    if target is State.REPORT_SUBMITTED and not facts.report_written:
        return Message(
            QT_TRANSLATE_NOOP(
                "messages", "write the closing report (what was done and the results) first"
            )
        )
    if target is State.PAID:
        return _paid_blocker(facts)
    return None


def why_not(facts: WorkflowFacts, target: State) -> Message | None:
    """None when the move is allowed now; otherwise the reason in plain words."""
    if facts.state in CLOSED:
        return Message(
            QT_TRANSLATE_NOOP("messages", "the exchange is {state}; nothing more can happen"),
            state=Message.label(facts.state.label),
        )
    if target in ENDED:
        return None
    expected = next_state(facts.state)
    if target is not expected:
        return Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "moves go in order: from '{state}' the next step is '{expected}', not '{target}'",
            ),
            state=Message.label(facts.state.label),
            expected=Message.label(expected.label)
            if expected
            else Message(QT_TRANSLATE_NOOP("messages", "none")),
            target=Message.label(target.label),
        )
    return _blocker(facts, target)


def payment_deadline(end_date: date, payment_days: int) -> date:
    return end_date + timedelta(days=payment_days)
