"""Programme rules kept as data: the defaults every office starts with, their stored form,
and each bad value refused with the field it is in."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal as D
from typing import Any

import pytest

from blues_desktop.domain.countries import COSME_ASSOCIATED, EU27
from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.exchanges.rules import (
    DEFAULT_QUESTIONS,
    EvaluationQuestion,
    VisitorType,
    default_rules,
    rules_from_dict,
    rules_from_json,
    rules_to_dict,
)

RULES = default_rules()


def stored(**changes: Any) -> dict[str, Any]:
    data = rules_to_dict(RULES)
    data.update(changes)
    return data


def refusal(data: dict[str, Any]) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        rules_from_dict(data, 7, date(2026, 1, 1))
    report = caught.value.report
    assert str(caught.value) == f"programme rules version 7: {report}"
    return [(r.field, r.message) for r in report.errors]  # type: ignore[attr-defined]


def test_the_default_rules_are_the_pilots() -> None:
    RULES = default_rules()  # built here, not at import, so the test sees what the code builds now
    assert (RULES.version, RULES.valid_from) == (1, date(2020, 1, 1))
    assert default_rules(date(2021, 3, 1)).valid_from == date(2021, 3, 1)
    assert RULES.cap == D("1100.00")
    assert (RULES.halve_below_days, RULES.halve_below_km) == (5, 200)
    assert (RULES.min_working_days, RULES.max_working_days) == (3, 22)
    assert RULES.payment_days == 10 and RULES.uk_until == date(2020, 12, 31)
    assert set(RULES.cosme_countries) == EU27 | COSME_ASSOCIATED
    assert list(RULES.cosme_countries) == sorted(RULES.cosme_countries)
    assert set(RULES.thresholds) == EU27 | COSME_ASSOCIATED | {"GB"}
    assert set(RULES.thresholds.values()) == {D("780.00")}
    assert RULES.visitor_types == (
        VisitorType("cluster", member_required=False, cluster_required=False),
        VisitorType("scaling_up", member_required=True, cluster_required=False),
        VisitorType("sme", member_required=True, cluster_required=True),
    )
    assert RULES.evidence_required == ("travel_invoice", "accommodation_invoice")
    assert RULES.evidence_accepted == ("boarding_pass",)
    assert RULES.evaluation_questions == DEFAULT_QUESTIONS and len(DEFAULT_QUESTIONS) == 5
    assert RULES.note == "Defaults of the ClusterXchange pilot"


def test_lookups_by_type_and_country() -> None:
    assert RULES.visitor_type("sme") == VisitorType("sme", True, True)
    assert RULES.visitor_type("large") is None
    assert RULES.visitor_type("scaling_up").label == "scaling-up support organisation"  # type: ignore[union-attr]
    assert VisitorType("guild").label == "guild"
    assert RULES.threshold("PL") == D("780.00") and RULES.threshold("US") is None
    assert RULES.is_cosme("PL") and RULES.is_cosme("XK") and not RULES.is_cosme("CH")
    no_uk = replace(RULES, uk_until=None)
    assert not no_uk.is_cosme("GB") and not no_uk.is_cosme("GB", date(2019, 1, 1))


def test_the_stored_form_says_every_rule() -> None:
    data = json.loads(RULES.to_json())
    assert data["cap"] == "1100.00" and data["thresholds"]["PL"] == "780.00"
    assert list(data["thresholds"]) == sorted(data["thresholds"])
    assert data["halve_below_days"] == 5 and data["halve_below_km"] == 200
    assert data["min_working_days"] == 3 and data["max_working_days"] == 22
    assert data["visitor_types"][2] == {
        "org_type": "sme",
        "member_required": True,
        "cluster_required": True,
    }
    assert data["uk_until"] == "2020-12-31" and data["payment_days"] == 10
    assert data["evidence_required"] == ["travel_invoice", "accommodation_invoice"]
    assert data["evidence_accepted"] == ["boarding_pass"]
    assert data["evaluation_questions"][1] == {
        "id": "host",
        "text": "The host organisation was well prepared and helpful",
    }
    assert data["cosme_countries"] == list(RULES.cosme_countries)
    assert RULES.to_json().startswith('{\n "cap": "1100.00",\n "cosme_countries": [\n  "AL",')


def test_stored_rules_read_back_as_they_were() -> None:
    again = rules_from_json(RULES.to_json(), 1, date(2020, 1, 1), "again")
    assert again == RULES and again.note == "again"
    changed = stored(
        cap="900.5",
        halve_below_days=4,
        halve_below_km=150,
        min_working_days=2,
        max_working_days=30,
        payment_days=0,
        uk_until=None,
        evidence_required=["boarding_pass"],
        evidence_accepted=[],
        cosme_countries=["pl", "ES", "PL"],
        thresholds={"PL": 700, "ES": "800.10"},
        visitor_types=[{"org_type": "cluster"}],
        evaluation_questions=[{"id": " q1 ", "text": " Useful? "}],
    )
    rules = rules_from_dict(changed, 5, date(2026, 2, 1), "call 2026")
    assert rules.version == 5 and rules.valid_from == date(2026, 2, 1)
    assert rules.cap == D("900.50") and str(rules.cap) == "900.50"
    assert rules.thresholds == {"PL": D("700.00"), "ES": D("800.10")}
    assert (rules.halve_below_days, rules.halve_below_km) == (4, 150)
    assert (rules.min_working_days, rules.max_working_days, rules.payment_days) == (2, 30, 0)
    assert rules.uk_until is None and rules.cosme_countries == ("ES", "PL")
    assert rules.visitor_types == (VisitorType("cluster", False, False),)
    assert rules.evidence_required == ("boarding_pass",) and rules.evidence_accepted == ()
    assert rules.evaluation_questions == (EvaluationQuestion("q1", "Useful?"),)
    assert rules.note == "call 2026"


def test_missing_limits_take_the_pilots_values() -> None:
    data = {
        "thresholds": {"PL": "780"},
        "visitor_types": [{"org_type": "sme", "member_required": True}],
        "cosme_countries": ["PL"],
    }
    rules = rules_from_dict(data, 2, date(2026, 1, 1))
    assert rules.cap == D("1100.00")
    assert (rules.halve_below_days, rules.halve_below_km) == (5, 200)
    assert (rules.min_working_days, rules.max_working_days, rules.payment_days) == (3, 22, 10)
    assert rules.uk_until is None and rules.evaluation_questions == ()
    assert rules.evidence_required == () and rules.evidence_accepted == ()
    assert rules.visitor_types == (VisitorType("sme", True, False),)
    assert rules.note == ""


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"cap": "abc"}, [("cap", "'abc' is not an amount in euros")]),
        ({"cap": "0"}, [("cap", "the amount must be above 0, got 0")]),
        ({"cap": -5}, [("cap", "the amount must be above 0, got -5")]),
        ({"cap": "Infinity"}, [("cap", "the amount must be above 0, got Infinity")]),
        ({"cap": "10.005"}, [("cap", "amounts have at most 2 decimal places, got 10.005")]),
        ({"cap": "0.01"}, []),
        (
            {"thresholds": {**rules_to_dict(RULES)["thresholds"], "pl": "1"}},
            [("thresholds", "'pl' is not an ISO country code (two capital letters)")],
        ),
        (
            {"thresholds": {**rules_to_dict(RULES)["thresholds"], "POL": "1"}},
            [("thresholds", "'POL' is not an ISO country code (two capital letters)")],
        ),
        (
            {"thresholds": {**rules_to_dict(RULES)["thresholds"], "P1": "1"}},
            [("thresholds", "'P1' is not an ISO country code (two capital letters)")],
        ),
        (
            {"thresholds": {**rules_to_dict(RULES)["thresholds"], "PL": "x"}},
            [("thresholds.PL", "'x' is not an amount in euros")],
        ),
        ({"halve_below_days": 0}, [("halve_below_days", "must be between 1 and 60, got 0")]),
        ({"halve_below_days": 1}, []),
        ({"halve_below_days": 60}, []),
        ({"halve_below_days": 61}, [("halve_below_days", "must be between 1 and 60, got 61")]),
        ({"halve_below_days": "5"}, [("halve_below_days", "must be a whole number, got '5'")]),
        ({"halve_below_days": True}, [("halve_below_days", "must be a whole number, got True")]),
        ({"halve_below_km": -1}, [("halve_below_km", "must be between 0 and 20000, got -1")]),
        ({"halve_below_km": 0}, []),
        ({"halve_below_km": 20_000}, []),
        (
            {"halve_below_km": 20_001},
            [("halve_below_km", "must be between 0 and 20000, got 20001")],
        ),
        ({"min_working_days": 0}, [("min_working_days", "must be between 1 and 60, got 0")]),
        ({"min_working_days": 1}, []),
        ({"min_working_days": 22}, []),  # equal to the maximum: a fixed length
        (
            {"min_working_days": 61},
            [
                ("min_working_days", "must be between 1 and 60, got 61"),
                ("max_working_days", "the maximum (22) is below the minimum (61)"),
            ],
        ),
        (
            {"min_working_days": 23},
            [("max_working_days", "the maximum (22) is below the minimum (23)")],
        ),
        (
            {"max_working_days": 0},
            [
                ("max_working_days", "must be between 1 and 120, got 0"),
                ("max_working_days", "the maximum (0) is below the minimum (3)"),
            ],
        ),
        ({"max_working_days": 120}, []),
        ({"max_working_days": 121}, [("max_working_days", "must be between 1 and 120, got 121")]),
        ({"payment_days": -1}, [("payment_days", "must be between 0 and 365, got -1")]),
        ({"payment_days": 365}, []),
        ({"payment_days": 366}, [("payment_days", "must be between 0 and 365, got 366")]),
        (
            {"visitor_types": []},
            [("visitor_types", "at least one organisation type must be allowed to visit")],
        ),
        (
            {"visitor_types": [{"org_type": "guild"}]},
            [("visitor_types", "'guild' is not an organisation type")],
        ),
        ({"visitor_types": [{}]}, [("visitor_types", "'' is not an organisation type")]),
        ({"cosme_countries": []}, [("cosme_countries", "the list of COSME countries is empty")]),
        ({"cosme_countries": ["PL", "CH"]}, [("thresholds", "no threshold for Switzerland (CH)")]),
        ({"uk_until": "end of 2020"}, [("uk_until", "'end of 2020' is not a date (YYYY-MM-DD)")]),
        ({"uk_until": ""}, []),
        (
            {"evaluation_questions": [{"id": "a", "text": ""}]},
            [("evaluation_questions", "every question needs an id and a text")],
        ),
        (
            {"evaluation_questions": [{"id": " ", "text": "Why?"}]},
            [("evaluation_questions", "every question needs an id and a text")],
        ),
        (
            {"evaluation_questions": [{"id": "a", "text": "A"}, {"id": "a", "text": "B"}]},
            [("evaluation_questions", "two questions share the same id")],
        ),
    ],
)
def test_each_bad_value_is_refused_at_its_field(
    changes: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    data = stored(**changes)
    if not expected:
        rules_from_dict(data, 7, date(2026, 1, 1))
        return
    assert refusal(data) == expected


def test_every_problem_is_listed_not_only_the_first() -> None:
    data = stored(cap="x", payment_days=400, cosme_countries=[])
    assert [field for field, _ in refusal(data)] == ["cap", "payment_days", "cosme_countries"]


def test_rules_that_are_not_json_or_not_an_object_are_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        rules_from_json('{"cap":\n', 2, date(2026, 1, 1))
    (result,) = caught.value.report.results  # type: ignore[attr-defined]
    assert (result.field, result.message) == ("rules_json", "not valid JSON (line 2, column 1)")
    with pytest.raises(ValidationError) as caught:
        rules_from_json("[1, 2]", 2, date(2026, 1, 1))
    (result,) = caught.value.report.results  # type: ignore[attr-defined]
    assert (result.field, result.message) == ("rules_json", "the rules must be a JSON object")
    assert rules_from_json(RULES.to_json(), 3, date(2026, 1, 1), "n").note == "n"


def test_a_bad_country_code_does_not_hide_the_codes_after_it() -> None:
    thresholds = {"pl": "1", **rules_to_dict(RULES)["thresholds"]}
    assert refusal(stored(thresholds=thresholds)) == [
        ("thresholds", "'pl' is not an ISO country code (two capital letters)")
    ]


@pytest.mark.parametrize("question", [{"text": "Useful?"}, {"id": "q1"}, {}])
def test_a_question_without_its_id_or_text_is_refused(question: dict[str, str]) -> None:
    assert refusal(stored(evaluation_questions=[question])) == [
        ("evaluation_questions", "every question needs an id and a text")
    ]


def test_the_stored_form_keeps_accents_and_an_open_uk_date() -> None:
    question = EvaluationQuestion("qualität", "Die Qualität des Austauschs")
    rules = replace(RULES, uk_until=None, evaluation_questions=(question,))
    text = rules.to_json()
    assert '"text": "Die Qualität des Austauschs"' in text  # readable, not \u00e4
    assert json.loads(text)["uk_until"] is None
    again = rules_from_json(text, 1, RULES.valid_from)
    assert again.uk_until is None and again.evaluation_questions == (question,)
    assert again.note == ""  # no note unless one is given
