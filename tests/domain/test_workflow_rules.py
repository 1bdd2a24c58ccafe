"""An exchange's steps, stated from the programme's rules: forward one step at a time,
eligibility checked before every move, and a single payment only after the closing
report is validated and the evidence (travel and accommodation invoices) is in."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from blues_desktop.domain.exchanges.workflow import (
    CLOSED,
    ORDER,
    State,
    WorkflowFacts,
    at_least,
    next_state,
    payment_deadline,
    rank,
    why_not,
)

TODAY = date(2026, 5, 4)
REQUIRED = ("travel_invoice", "accommodation_invoice")
READY = WorkflowFacts(
    State.REGISTERED,
    TODAY,
    has_host=True,
    host_accepted=True,
    visitor_accepted=True,
    ctq_complete=True,
    has_lump_sum=True,
    end_date=date(2026, 4, 17),
    report_written=True,
    report_validated=True,
    evidence_kinds=frozenset(REQUIRED),
    evidence_required=REQUIRED,
)


def at(state: State, **changes: object) -> WorkflowFacts:
    return replace(READY, state=state, **changes)  # type: ignore[arg-type]


def test_an_exchange_with_everything_in_place_goes_from_registration_to_paid() -> None:
    for before, after in zip(ORDER, ORDER[1:], strict=False):
        assert next_state(before) is after
        assert why_not(at(before), after) is None
    assert next_state(State.PAID) is None
    assert next_state(State.CANCELLED) is None and next_state(State.WITHDRAWN) is None


def test_states_rank_in_order_and_ended_ones_rank_nowhere() -> None:
    assert [rank(s) for s in ORDER] == list(range(9))
    assert rank(State.CANCELLED) == -1 and rank(State.WITHDRAWN) == -1
    assert at_least(State.MATCHED, State.MATCHED) and at_least(State.PAID, State.MATCHED)
    assert not at_least(State.VALIDATED, State.MATCHED)
    assert not at_least(State.CANCELLED, State.REGISTERED)
    assert not at_least(State.WITHDRAWN, State.REGISTERED)
    assert State.HELD.label == "exchange held" and State.PAID.label == "paid"


def test_moves_go_in_order() -> None:
    assert why_not(at(State.REGISTERED), State.MATCHED) == (
        "moves go in order: from 'registered' the next step is 'validated by the "
        "partnership', not 'matched (host and visitor accepted)'"
    )
    assert why_not(at(State.MATCHED), State.VALIDATED) == (
        "moves go in order: from 'matched (host and visitor accepted)' the next step is "
        "'Commitment to Quality signed', not 'validated by the partnership'"
    )
    assert why_not(at(State.MATCHED), State.MATCHED) is not None


@pytest.mark.parametrize("state", [s for s in ORDER if s is not State.PAID])
def test_cancelled_or_withdrawn_from_any_state_before_payment(state: State) -> None:
    not_eligible = at(state, eligibility_errors=("x",), has_host=False)
    assert why_not(not_eligible, State.CANCELLED) is None
    assert why_not(not_eligible, State.WITHDRAWN) is None


@pytest.mark.parametrize("state", sorted(CLOSED))
def test_nothing_happens_after_payment_cancellation_or_withdrawal(state: State) -> None:
    for target in (*ORDER, State.CANCELLED, State.WITHDRAWN):
        assert why_not(at(state), target) == (
            f"the exchange is {state.label}; nothing more can happen"
        )


@pytest.mark.parametrize("state", ORDER[:-1])
def test_eligibility_is_checked_before_every_forward_move(state: State) -> None:
    facts = at(state, eligibility_errors=("rule 'COSME countries': x", "rule 'y'"))
    target = next_state(state)
    assert target is not None
    assert why_not(facts, target) == "not eligible: rule 'COSME countries': x; rule 'y'"


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"has_host": False}, "choose the host organisation first"),
        ({"host_accepted": False}, "waiting for the host to accept the match"),
        ({"visitor_accepted": False}, "waiting for the visitor to accept the match"),
        (
            {"host_accepted": False, "visitor_accepted": False},
            "waiting for the host and the visitor to accept the match",
        ),
    ],
)
def test_a_match_needs_a_host_that_both_sides_accepted(
    changes: dict[str, object], reason: str
) -> None:
    assert why_not(at(State.VALIDATED, **changes), State.MATCHED) == reason


def test_each_step_needs_its_paper() -> None:
    assert why_not(at(State.MATCHED, ctq_complete=False), State.CTQ_SIGNED) == (
        "the Commitment to Quality needs goals, objectives and a day-by-day agenda"
    )
    assert why_not(at(State.CTQ_SIGNED, has_lump_sum=False), State.AGREEMENT_SIGNED) == (
        "the lump sum is not computed yet"
    )
    assert why_not(at(State.HELD, report_written=False), State.REPORT_SUBMITTED) == (
        "write the closing report (what was done and the results) first"
    )
    # each blocker is about its own step only
    assert (
        why_not(at(State.VALIDATED, ctq_complete=False, has_lump_sum=False), State.MATCHED) is None
    )
    assert (
        why_not(at(State.REPORT_SUBMITTED, report_validated=False), State.REPORT_VALIDATED) is None
    )


def test_an_exchange_is_held_once_the_stay_is_over() -> None:
    end = date(2026, 4, 30)  # the last day of a month
    assert why_not(at(State.AGREEMENT_SIGNED, end_date=end, today=end), State.HELD) is None
    assert (
        why_not(at(State.AGREEMENT_SIGNED, end_date=end, today=date(2026, 5, 1)), State.HELD)
        is None
    )
    assert why_not(
        at(State.AGREEMENT_SIGNED, end_date=end, today=date(2026, 4, 29)), State.HELD
    ) == ("the stay ends on 30 April 2026; mark it held once it is over")
    assert why_not(at(State.AGREEMENT_SIGNED, end_date=None), State.HELD) == (
        "the stay has no last day yet; mark it held once it is over"
    )


def test_payment_needs_the_validated_report() -> None:
    assert why_not(at(State.REPORT_VALIDATED, report_validated=False), State.PAID) == (
        "rule 'payment': the closing report is not validated yet"
    )


@pytest.mark.parametrize(
    ("kinds", "reason"),
    [
        (
            set(),
            "rule 'payment': attach the evidence first (travel invoice or ticket, "
            "accommodation invoice)",
        ),
        ({"travel_invoice"}, "rule 'payment': attach the evidence first (accommodation invoice)"),
        (
            {"boarding_pass", "accommodation_invoice"},
            "rule 'payment': attach the evidence first (travel invoice or ticket)",
        ),
        ({"travel_invoice", "accommodation_invoice"}, None),
        ({"travel_invoice", "accommodation_invoice", "boarding_pass"}, None),
    ],
)
def test_payment_needs_the_evidence(kinds: set[str], reason: str | None) -> None:
    facts = at(State.REPORT_VALIDATED, evidence_kinds=frozenset(kinds))
    assert why_not(facts, State.PAID) == reason


def test_evidence_a_newer_rules_version_asks_for_is_named_as_it_is_stored() -> None:
    facts = at(State.REPORT_VALIDATED, evidence_required=("signed_attendance",))
    assert why_not(facts, State.PAID) == (
        "rule 'payment': attach the evidence first (signed_attendance)"
    )


def test_payment_is_due_within_the_rules_days_after_the_exchange() -> None:
    assert payment_deadline(date(2026, 4, 30), 10) == date(2026, 5, 10)
    assert payment_deadline(date(2026, 12, 28), 10) == date(2027, 1, 7)
    assert payment_deadline(date(2026, 4, 30), 0) == date(2026, 4, 30)
