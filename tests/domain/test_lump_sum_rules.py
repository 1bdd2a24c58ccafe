"""The visitor's single lump sum, stated from the programme's rules with worked examples.

Rules: the threshold of the host country, halved (once) when the stay is under 5
working days or the organisations are less than 200 km apart, and at most EUR 1,100
per visiting organisation. One partnership's figures: EUR 780 for 5 days, EUR 390
for 3 days.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import ROUND_HALF_UP
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.exchanges.lump_sum import compute_lump_sum
from blues_desktop.domain.exchanges.rules import Rules, default_rules

RULES = default_rules()
CAP = D("1100.00")


def with_threshold(amount: str, country: str = "PL") -> Rules:
    return replace(RULES, thresholds={**RULES.thresholds, country: D(amount)})


def test_the_partnerships_figures_780_for_five_days_390_for_three() -> None:
    five = compute_lump_sum(RULES, "PL", 5, 1961)
    three = compute_lump_sum(RULES, "PL", 3, 1961)
    assert (five.amount, five.halved, five.halving_reasons) == (D("780.00"), False, ())
    assert (three.amount, three.halved) == (D("390.00"), True)
    assert three.halving_reasons == ("the stay has 3 working days (under 5)",)


@pytest.mark.parametrize(
    ("days", "km", "amount", "reasons"),
    [
        (5, 200, "780.00", ()),  # exactly 5 days and exactly 200 km: not halved
        (4, 200, "390.00", ("the stay has 4 working days (under 5)",)),
        (5, 199, "390.00", ("the distance is 199 km (under 200 km)",)),
        (22, 0, "390.00", ("the distance is 0 km (under 200 km)",)),
        (
            4,
            199,
            "390.00",  # both reasons: halved once, not twice
            ("the stay has 4 working days (under 5)", "the distance is 199 km (under 200 km)"),
        ),
    ],
)
def test_halving_boundaries(days: int, km: int, amount: str, reasons: tuple[str, ...]) -> None:
    lump = compute_lump_sum(RULES, "PL", days, km)
    assert lump.amount == D(amount)
    assert lump.halved is bool(reasons) and lump.halving_reasons == reasons
    assert (lump.working_days, lump.distance_km, lump.host_country) == (days, km, "PL")
    assert (lump.threshold, lump.cap, lump.capped, lump.rules_version) == (
        D("780.00"),
        CAP,
        False,
        1,
    )


def test_halving_follows_the_limits_of_the_rules_version() -> None:
    rules = replace(RULES, halve_below_days=3, halve_below_km=50, version=4)
    lump = compute_lump_sum(rules, "PL", 3, 50)
    assert lump.amount == D("780.00") and not lump.halved and lump.rules_version == 4
    lump = compute_lump_sum(rules, "PL", 2, 49)
    assert lump.halving_reasons == (
        "the stay has 2 working days (under 3)",
        "the distance is 49 km (under 50 km)",
    )


@pytest.mark.parametrize(
    ("threshold", "days", "amount", "capped"),
    [
        ("1100.00", 5, "1100.00", False),  # exactly the cap: within it
        ("1100.01", 5, "1100.00", True),
        ("2400.00", 5, "1100.00", True),
        ("2400.00", 4, "1100.00", True),  # halved to 1,200, still above the cap
        ("2200.00", 4, "1100.00", False),  # halved to exactly the cap
        ("780.01", 4, "390.01", False),  # half a cent rounds up
        ("780.03", 4, "390.02", False),
    ],
)
def test_the_cap_per_visiting_organisation(
    threshold: str, days: int, amount: str, capped: bool
) -> None:
    lump = compute_lump_sum(with_threshold(threshold), "PL", days, 1961)
    assert lump.amount == D(amount) and lump.capped is capped
    assert lump.threshold == D(threshold)


def test_a_host_country_without_a_threshold_is_refused_with_the_rule() -> None:
    rules = replace(RULES, thresholds={"PL": D("780.00")}, version=3)
    with pytest.raises(ValidationError) as caught:
        compute_lump_sum(rules, "ES", 5, 1961)
    (result,) = caught.value.report.results  # type: ignore[attr-defined]
    assert (result.field, result.code, result.severity.value) == (
        "host_country",
        "threshold",
        "error",
    )
    assert result.message == (
        "rule 'threshold per host country': rules version 3 have no threshold for Spain (ES)"
    )


def test_the_explanation_prints_the_computation_in_words() -> None:
    assert compute_lump_sum(RULES, "CZ", 5, 300).explanation() == [
        "Threshold for a stay in Czechia: EUR 780.00",
        "Not halved (stay and distance at or above the limits)",
        "Within the cap per visiting organisation (EUR 1,100.00)",
        "Lump sum: EUR 780.00 (programme rules version 1)",
    ]
    assert compute_lump_sum(with_threshold("2500.00", "DE"), "DE", 3, 120).explanation() == [
        "Threshold for a stay in Germany: EUR 2,500.00",
        "Halved once because the stay has 3 working days (under 5) and the distance is "
        "120 km (under 200 km)",
        "Reduced to the cap per visiting organisation: EUR 1,100.00",
        "Lump sum: EUR 1,100.00 (programme rules version 1)",
    ]


# -- invariants ----------------------------------------------------------------------
amounts = st.decimals(min_value=D("1.00"), max_value=D("5000.00"), places=2)
days_st = st.integers(min_value=0, max_value=40)
km_st = st.integers(min_value=0, max_value=5000)


@settings(max_examples=60, deadline=None)
@given(threshold=amounts, days=days_st, km=km_st)
def test_the_lump_sum_never_exceeds_the_cap_or_the_threshold(
    threshold: D, days: int, km: int
) -> None:
    lump = compute_lump_sum(with_threshold(str(threshold)), "PL", days, km)
    assert D(0) < lump.amount <= CAP
    assert lump.amount <= threshold
    assert lump.amount == lump.amount.quantize(D("0.01"))


@settings(max_examples=60, deadline=None)
@given(threshold=amounts, days=days_st, km=km_st)
def test_halving_never_increases_the_lump_sum(threshold: D, days: int, km: int) -> None:
    rules = with_threshold(str(threshold))
    full = compute_lump_sum(rules, "PL", 22, 5000)
    lump = compute_lump_sum(rules, "PL", days, km)
    assert not full.halved and lump.amount <= full.amount
    if lump.halved:
        assert lump.amount == min(CAP, (threshold / 2).quantize(D("0.01"), ROUND_HALF_UP))


@settings(max_examples=60, deadline=None)
@given(threshold=amounts, days=days_st, extra=st.integers(0, 30), km=km_st, more_km=km_st)
def test_a_longer_stay_or_a_longer_trip_never_lowers_the_lump_sum(
    threshold: D, days: int, extra: int, km: int, more_km: int
) -> None:
    rules = with_threshold(str(threshold))
    lump = compute_lump_sum(rules, "PL", days, km)
    assert compute_lump_sum(rules, "PL", days + extra, km).amount >= lump.amount
    assert compute_lump_sum(rules, "PL", days, km + more_km).amount >= lump.amount


def test_the_threshold_used_is_the_host_countrys() -> None:
    rules = replace(RULES, thresholds={"PL": D("780.00"), "FR": D("900.00")})
    assert compute_lump_sum(rules, "FR", 5, 1000).amount == D("900.00")
    assert compute_lump_sum(rules, "PL", 5, 1000).amount == D("780.00")
    assert rules.threshold("ES") is None  # no threshold, no guess
