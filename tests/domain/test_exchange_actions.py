"""What may happen to an exchange now, state by state, with worked examples."""

from __future__ import annotations

import pytest

from blues_desktop.domain.exchanges.actions import (
    Action,
    ExchangeFacts,
    agreement_printable,
    allowed_actions,
    certificate_printable,
)
from blues_desktop.domain.exchanges.workflow import State


def test_a_validated_exchange_waits_for_both_sides_to_accept() -> None:
    """Validated, host chosen, the visitor has accepted: the host's acceptance, the CtQ,
    evidence and the host's documents are open; the agreement is not printable yet."""
    facts = ExchangeFacts(State.VALIDATED, owned=True, has_host=True, visitor_accepted=True)
    assert allowed_actions(facts) == {
        Action.ACCEPT_AS_HOST,
        Action.EDIT_CTQ,
        Action.ATTACH_EVIDENCE,
        Action.PRINT_HOST_DOCUMENTS,
    }


def test_each_side_accepts_until_it_has_accepted() -> None:
    """Validated with a host: the side that has not accepted yet may accept, the other not."""
    host_done = ExchangeFacts(State.VALIDATED, owned=True, has_host=True, host_accepted=True)
    assert Action.ACCEPT_AS_VISITOR in allowed_actions(host_done)
    assert Action.ACCEPT_AS_HOST not in allowed_actions(host_done)
    neither = ExchangeFacts(State.VALIDATED, owned=True, has_host=True)
    assert {Action.ACCEPT_AS_HOST, Action.ACCEPT_AS_VISITOR} <= allowed_actions(neither)


def test_a_held_exchange_takes_its_report_and_prints_its_agreement() -> None:
    facts = ExchangeFacts(State.HELD, owned=True, has_host=True, has_agreement_number=True)
    assert allowed_actions(facts) == {
        Action.WRITE_REPORT,
        Action.ATTACH_EVIDENCE,
        Action.PRINT_AGREEMENT,
        Action.PRINT_HOST_DOCUMENTS,
        Action.PRINT_CERTIFICATE,
    }


def test_another_offices_exchange_is_read_only_but_printable() -> None:
    facts = ExchangeFacts(State.AGREEMENT_SIGNED, owned=False, has_host=True)
    assert allowed_actions(facts) == {Action.PRINT_AGREEMENT, Action.PRINT_HOST_DOCUMENTS}


@pytest.mark.parametrize(
    ("state", "has_host", "printable"),
    [
        (State.REGISTERED, True, False),  # just registered: nothing has taken place yet
        (State.MATCHED, True, False),
        (State.AGREEMENT_SIGNED, True, False),
        (State.HELD, True, True),  # the visit took place
        (State.PAID, True, True),
        (State.HELD, False, False),  # no host to certify the attendance
        (State.CANCELLED, True, False),
    ],
)
def test_the_certificate_of_attendance_prints_once_the_exchange_is_held(
    state: State, has_host: bool, printable: bool
) -> None:
    facts = ExchangeFacts(state, owned=True, has_host=has_host)
    assert certificate_printable(facts) is printable
    assert (Action.PRINT_CERTIFICATE in allowed_actions(facts)) is printable
    # not owning the exchange changes nothing: anyone may print
    assert (
        Action.PRINT_CERTIFICATE in allowed_actions(ExchangeFacts(state, False, has_host))
    ) is printable


@pytest.mark.parametrize("state", [State.PAID, State.CANCELLED, State.WITHDRAWN])
def test_a_closed_exchange_takes_no_more_evidence(state: State) -> None:
    assert Action.ATTACH_EVIDENCE not in allowed_actions(ExchangeFacts(state, owned=True))


@pytest.mark.parametrize(
    ("state", "numbered", "printable"),
    [
        (State.MATCHED, False, False),  # the lump sum is not fixed yet
        (State.CTQ_SIGNED, False, True),  # fixed from the CtQ's signature on
        (State.PAID, False, True),
        (State.CANCELLED, False, False),  # cancelled before an agreement was numbered
        (State.CANCELLED, True, True),  # a numbered agreement can be printed again
    ],
)
def test_the_agreement_prints_once_the_ctq_is_signed(
    state: State, numbered: bool, printable: bool
) -> None:
    facts = ExchangeFacts(state, owned=True, has_agreement_number=numbered)
    assert agreement_printable(facts) is printable
    assert (Action.PRINT_AGREEMENT in allowed_actions(facts)) is printable


@pytest.mark.parametrize(
    ("state", "ctq", "report"),
    [
        (State.REGISTERED, True, False),
        (State.MATCHED, True, False),
        (State.CTQ_SIGNED, False, False),
        (State.HELD, False, True),
        (State.REPORT_SUBMITTED, False, True),
        (State.REPORT_VALIDATED, False, False),
    ],
)
def test_the_ctq_and_the_report_are_edited_in_their_states(
    state: State, ctq: bool, report: bool
) -> None:
    allowed = allowed_actions(ExchangeFacts(state, owned=True))
    assert (Action.EDIT_CTQ in allowed, Action.WRITE_REPORT in allowed) == (ctq, report)


def test_nobody_accepts_outside_the_validated_state() -> None:
    allowed = allowed_actions(ExchangeFacts(State.REGISTERED, owned=True))
    assert not {Action.ACCEPT_AS_HOST, Action.ACCEPT_AS_VISITOR} & allowed
