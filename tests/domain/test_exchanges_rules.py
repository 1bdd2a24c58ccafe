"""The programme's rules as pure functions: lump sum, working days, eligibility, workflow."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.exchanges.distance import resolve_distance
from blues_desktop.domain.exchanges.eligibility import ExchangeFacts, Party, check_eligibility
from blues_desktop.domain.exchanges.lump_sum import compute_lump_sum
from blues_desktop.domain.exchanges.rules import default_rules, rules_from_json
from blues_desktop.domain.exchanges.workflow import State, WorkflowFacts, why_not
from blues_desktop.domain.exchanges.working_days import working_days

RULES = default_rules()
SME = Party("Aguas del Ebro S.L.", "sme", "ES", True, "Zaragoza")
HOST = Party("Wodociągi Płock Sp. z o.o.", "sme", "PL", True, "Płock")


def codes(report) -> set[str]:  # type: ignore[no-untyped-def]
    return {r.code for r in report.errors}


@pytest.mark.parametrize(
    ("days", "km", "amount", "halved"),
    [
        (5, 1900, Decimal("780.00"), False),
        (4, 1900, Decimal("390.00"), True),
        (5, 150, Decimal("390.00"), True),
        (3, 150, Decimal("390.00"), True),  # both reasons: halved once, not twice
    ],
)
def test_lump_sum_is_the_threshold_halved_once(
    days: int, km: int, amount: Decimal, halved: bool
) -> None:
    lump = compute_lump_sum(RULES, "PL", days, km)
    assert lump.amount == amount and lump.halved is halved
    assert lump.rules_version == 1


def test_lump_sum_never_exceeds_the_cap() -> None:
    data = default_rules().to_json().replace('"PL": "780.00"', '"PL": "1500.00"')
    rules = rules_from_json(data, 2, date(2026, 1, 1))
    lump = compute_lump_sum(rules, "PL", 10, 1500)
    assert lump.amount == Decimal("1100.00") and lump.capped
    assert "cap" in " ".join(lump.explanation())


def test_working_days_skip_weekends_and_the_host_countrys_holidays() -> None:
    # Mon 13 – Sun 19 April 2026: five weekdays
    assert working_days(date(2026, 4, 13), date(2026, 4, 19), "PL") == 5
    # 1 May 2026 is a Friday and a public holiday in France
    assert working_days(date(2026, 4, 27), date(2026, 5, 1), "FR") == 4
    assert working_days(date(2026, 4, 27), date(2026, 5, 1), None) == 5
    assert working_days(date(2026, 5, 1), date(2026, 4, 27), "FR") == 0


def test_eligible_exchange_has_no_errors() -> None:
    facts = ExchangeFacts(SME, HOST, "ZINNAE", date(2026, 4, 13), date(2026, 4, 17), 1961)
    assert check_eligibility(facts, RULES, require_host=True).ok


@pytest.mark.parametrize(
    ("facts", "code", "words"),
    [
        (
            ExchangeFacts(
                SME, Party("Agua Sur S.L.", "sme", "ES", True), "ZINNAE", distance_km=300
            ),
            "different_countries",
            "different countries",
        ),
        (
            ExchangeFacts(
                SME, Party("Moscow Water", "large", "RU", True), "ZINNAE", distance_km=3000
            ),
            "host_country",
            "COSME countries",
        ),
        (
            ExchangeFacts(Party("Grupo Grande S.A.", "large", "ES", True), HOST, distance_km=1900),
            "visitor_type",
            "may only host",
        ),
        (
            ExchangeFacts(Party("Ayuntamiento", "public", "ES", False), HOST, distance_km=1900),
            "visitor_type",
            "may only host",
        ),
        (ExchangeFacts(SME, HOST, None, distance_km=1900), "visitor_cluster", "names its cluster"),
        (
            ExchangeFacts(Party("Solo S.L.", "sme", "ES", False), HOST, "ZINNAE", distance_km=1900),
            "visitor_member",
            "cluster member",
        ),
        (
            ExchangeFacts(SME, HOST, "ZINNAE", date(2026, 4, 17), date(2026, 4, 13), 1900),
            "dates_order",
            "dates in order",
        ),
        (
            ExchangeFacts(SME, HOST, "ZINNAE", date(2026, 4, 16), date(2026, 4, 19), 1900),
            "min_duration",
            "at least 3",
        ),
        (
            ExchangeFacts(SME, HOST, "ZINNAE", date(2026, 4, 13), date(2026, 6, 19), 1900),
            "max_duration",
            "one month",
        ),
        (
            ExchangeFacts(SME, HOST, "ZINNAE", other_visits=("ZIN-X-2026-001",), distance_km=1900),
            "one_visit",
            "one visit per visiting organisation",
        ),
        (
            ExchangeFacts(SME, HOST, "ZINNAE", distance_problem="the gazetteer does not know X"),
            "distance",
            "rule 'distance'",
        ),
    ],
)
def test_each_broken_rule_is_named(facts: ExchangeFacts, code: str, words: str) -> None:
    report = check_eligibility(facts, RULES)
    assert code in codes(report)
    assert words in str(report)


def test_override_turns_the_second_visit_into_a_warning_and_non_member_sme_host_is_flagged() -> (
    None
):
    host = Party("Mała Firma", "sme", "PL", False, "Płock")
    facts = ExchangeFacts(
        SME,
        host,
        "ZINNAE",
        other_visits=("ZIN-X-2026-001",),
        override_reason="follow-up visit agreed",
        distance_km=1900,
    )
    report = check_eligibility(facts, RULES)
    assert report.ok
    messages = " ".join(r.message for r in report.warnings)
    assert "needs the Agency's prior approval" in messages and "follow-up visit agreed" in messages


def test_distance_from_the_gazetteer_or_typed_in() -> None:
    found = resolve_distance("Zaragoza", "ES", "Warszawa", "PL")
    assert found.km is not None and 1950 < found.km < 2100 and not found.manual
    unknown = resolve_distance("Villanueva de Gállego", "ES", "Płock", "PL")
    assert unknown.km is None and "Villanueva de Gállego" in (unknown.problem or "")
    assert resolve_distance("Villanueva de Gállego", "ES", "Płock", "PL", 1850).km == 1850


def test_workflow_goes_in_order_and_says_why_not() -> None:
    facts = WorkflowFacts(State.REGISTERED, date(2026, 3, 1))
    assert why_not(facts, State.VALIDATED) is None
    assert "in order" in (why_not(facts, State.PAID) or "")
    assert why_not(facts, State.CANCELLED) is None
    paid = WorkflowFacts(State.REPORT_VALIDATED, date(2026, 5, 1), report_validated=False)
    assert "not validated" in (why_not(paid, State.PAID) or "")
    done = WorkflowFacts(State.PAID, date(2026, 5, 1))
    assert why_not(done, State.CANCELLED) is not None


def test_rules_round_trip_and_bad_rules_are_refused() -> None:
    again = rules_from_json(RULES.to_json(), 1, RULES.valid_from)
    assert again == RULES
    with pytest.raises(ValidationError, match="Cap"):
        rules_from_json(
            RULES.to_json().replace('"cap": "1100.00"', '"cap": "-5"'), 2, date(2026, 1, 1)
        )
    with pytest.raises(ValidationError, match="not valid JSON"):
        rules_from_json("{", 2, date(2026, 1, 1))
