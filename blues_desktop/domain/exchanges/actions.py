"""What may happen to an exchange now: the edits and documents its state allows.

The state moves themselves (next step, cancel, withdraw) are the workflow's
(`workflow.py`, with the reason why not); this module answers for everything else a
user can do to an exchange, so a window or a command asks once instead of re-stating
the states.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from blues_desktop.domain.exchanges.workflow import CLOSED, State, at_least


class Action(StrEnum):
    ACCEPT_AS_HOST = "accept_as_host"
    ACCEPT_AS_VISITOR = "accept_as_visitor"
    EDIT_CTQ = "edit_ctq"  # goals, objectives, the agenda
    WRITE_REPORT = "write_report"  # the closing report and evaluation
    ATTACH_EVIDENCE = "attach_evidence"
    PRINT_AGREEMENT = "print_agreement"
    PRINT_HOST_DOCUMENTS = "print_host_documents"  # the CtQ and the closing report form
    PRINT_CERTIFICATE = "print_certificate"  # the certificate of attendance


# The Commitment to Quality is written while the pair is being formed, up to its signing.
CTQ_EDITABLE_IN = frozenset({State.REGISTERED, State.VALIDATED, State.MATCHED})
REPORT_EDITABLE_IN = frozenset({State.HELD, State.REPORT_SUBMITTED})


@dataclass(frozen=True, slots=True)
class ExchangeFacts:
    """What the answer depends on, read from one exchange."""

    state: State
    owned: bool  # kept by this office: only the owner changes it
    has_host: bool = False
    host_accepted: bool = False
    visitor_accepted: bool = False
    has_agreement_number: bool = False


def agreement_printable(facts: ExchangeFacts) -> bool:
    """The financial agreement prints once the CtQ is signed (the lump sum is fixed then),
    and an agreement once numbered can always be printed again."""
    return at_least(facts.state, State.CTQ_SIGNED) or facts.has_agreement_number


def certificate_printable(facts: ExchangeFacts) -> bool:
    """A certificate of attendance says the visit took place: it prints once the exchange
    is held (and stays printable after), never for a visit still being arranged or one
    that was cancelled."""
    return facts.has_host and at_least(facts.state, State.HELD)


def allowed_actions(facts: ExchangeFacts) -> frozenset[Action]:
    """The actions open now. Anyone may print; only the owning office edits."""
    allowed: set[Action] = set()
    if facts.has_host:
        allowed.add(Action.PRINT_HOST_DOCUMENTS)
    if agreement_printable(facts):
        allowed.add(Action.PRINT_AGREEMENT)
    if certificate_printable(facts):
        allowed.add(Action.PRINT_CERTIFICATE)
    if not facts.owned:
        return frozenset(allowed)
    state = facts.state
    if state is State.VALIDATED:
        if not facts.host_accepted:
            allowed.add(Action.ACCEPT_AS_HOST)
        if not facts.visitor_accepted:
            allowed.add(Action.ACCEPT_AS_VISITOR)
    if state in CTQ_EDITABLE_IN:
        allowed.add(Action.EDIT_CTQ)
    if state in REPORT_EDITABLE_IN:
        allowed.add(Action.WRITE_REPORT)
    if state not in CLOSED:
        allowed.add(Action.ATTACH_EVIDENCE)
    return frozenset(allowed)
