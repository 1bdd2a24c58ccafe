"""The small pieces every rule stands on: reports, errors, change-sets, clocks,
cancellation, countries, names, distances and working days."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from blues_desktop.domain.cancel import CancelToken, report
from blues_desktop.domain.changes import NO_CHANGES, Changes, Kind
from blues_desktop.domain.clock import utc_now
from blues_desktop.domain.countries import (
    code_from_name,
    country_name,
    is_known,
    normalise_code,
)
from blues_desktop.domain.errors import CancelledError, ValidationError
from blues_desktop.domain.exchanges.distance import (
    Coordinates,
    DistanceOutcome,
    _gazetteer,
    city_key,
    great_circle_km,
    locate,
    resolve_distance,
)
from blues_desktop.domain.exchanges.working_days import stay_days, working_days
from blues_desktop.domain.names import name_key, strip_accents
from blues_desktop.domain.validation import Severity, ValidationReport, ValidationResult


# -- reports and errors ----------------------------------------------------------------
def test_a_report_keeps_errors_and_warnings_apart() -> None:
    report = ValidationReport()
    assert report.ok and str(report) == "no problems"
    report.warning("email", "check the address", "w1")
    report.warning("phone", "check the number")
    assert report.results[-1].code == "" and report.results[-1].severity is Severity.WARNING
    report.results.pop()
    assert report.ok and report.errors == []
    report.error("name", "the name is empty", "e1")
    report.error("city", "the city is empty")
    assert not report.ok
    assert report.warnings == [
        ValidationResult("email", "check the address", "w1", Severity.WARNING)
    ]
    assert report.errors[0] == ValidationResult("name", "the name is empty", "e1", Severity.ERROR)
    assert report.errors[1].code == "" and report.errors[1].severity is Severity.ERROR
    # the field as the user knows it, never its name in the code
    assert str(report) == "Name: the name is empty; City: the city is empty"
    assert [r.message for r in report.for_field("email")] == ["check the address"]
    other = ValidationReport()
    other.error("vat", "bad")
    report.extend(other)
    assert [r.field for r in report.results] == ["email", "name", "city", "vat"]
    assert str(ValidationResult("vat_number", "bad")) == "VAT number: bad"


def test_a_validation_error_carries_its_report_and_says_it() -> None:
    report = ValidationReport()
    report.error("cap", "must be above 0")
    error = ValidationError(report)
    assert error.report is report and str(error) == "Cap: must be above 0"
    assert str(ValidationError(report, "rules version 2: cap")) == "rules version 2: cap"


def test_a_change_set_says_what_changed() -> None:
    both = Changes.of(Kind.MEMBERS) | Changes.of(Kind.EVENTS)
    assert Kind.MEMBERS in both and Kind.EVENTS in both and Kind.EXCHANGES not in both
    assert both.kinds == frozenset({Kind.MEMBERS, Kind.EVENTS})
    assert bool(both) and not NO_CHANGES and not Changes.of()
    assert NO_CHANGES | Changes.of(Kind.RULES) == Changes.of(Kind.RULES)


def test_clocks_are_utc() -> None:
    before = datetime.now(UTC)
    now = utc_now()
    assert now.tzinfo is UTC and before <= now <= datetime.now(UTC)


def test_cancellation_and_progress() -> None:
    token = CancelToken()
    assert not token.cancelled
    token.raise_if_cancelled()
    worker = threading.Thread(target=token.cancel)
    worker.start()
    worker.join()
    assert token.cancelled
    with pytest.raises(CancelledError) as caught:
        token.raise_if_cancelled()
    assert str(caught.value) == "cancelled by the user; nothing was changed"
    calls: list[tuple[int, int, str]] = []
    report(lambda done, total, what: calls.append((done, total, what)), 2, 5, "members")
    report(None, 3, 5, "members")
    assert calls == [(2, 5, "members")]


# -- countries -------------------------------------------------------------------------
def test_country_codes_as_people_type_them() -> None:
    assert normalise_code(" el ") == "GR" and normalise_code("uk") == "GB"
    assert normalise_code(" de") == "DE"
    assert is_known("XK") and is_known("el") and not is_known("ZZ")
    assert country_name("xk") == "Kosovo" and country_name("uk") == "United Kingdom"
    assert country_name("TR") == "Türkiye" and country_name("ZZ") == "ZZ"
    assert country_name("RU") == "Russian Federation"  # no common name: the ISO name
    assert country_name("MD") == "Moldova"  # the common name, not "Moldova, Republic of"
    assert code_from_name("Kosovo") == "XK" and code_from_name(" kosovo ") == "XK"
    assert code_from_name("uk") == "GB" and code_from_name("Czechia") == "CZ"
    assert code_from_name(" ") is None and code_from_name("Nowhere") is None
    assert code_from_name("ZZ") is None


# -- names -----------------------------------------------------------------------------
def test_names_reduce_to_a_comparison_key() -> None:
    assert (
        strip_accents("Łódź Ørsted Æble Œuvre Đakovo Straße")
        == "Lodz Orsted AEble OEuvre Dakovo Strasse"
    )
    assert strip_accents("ﬁ") == "fi"  # compatibility forms too
    assert name_key("  ZINNAE   Clúster, S.L. ") == "zinnae cluster"
    assert name_key("S.A. Aguas") == "aguas"
    assert name_key("AS Group Holding AS") == "group holding"
    assert name_key("Holding AS Group") == "holding as group"  # inside a name it stays
    assert name_key("GmbH") == ""  # nothing but a legal form
    assert name_key("Sp. z o.o. Wodociągi") == "wodociagi"
    assert name_key("Aqua-Valley") == "aqua valley"
    assert name_key("Aguas S.L. Norte") == "aguas sl norte"  # a form inside the name stays


# -- distances -------------------------------------------------------------------------
def test_distances_between_cities() -> None:
    assert city_key(" São-Paulo  Nord ") == "sao paulo nord"
    assert locate("zaragoza", "es") == locate("Zaragoza", "ES") is not None
    assert locate("Warszawa", "PL") == locate("Warsaw", "PL")
    assert locate("Zaragoza", None) is None and locate(None, "ES") is None
    assert locate("", "ES") is None and locate("Zaragoza", "PL") is None
    one_degree = great_circle_km(Coordinates(0, 0), Coordinates(0, 1))
    assert one_degree == pytest.approx(111.195, abs=0.001)
    assert great_circle_km(Coordinates(50, 10), Coordinates(51, 10)) == pytest.approx(
        111.195, abs=0.001
    )
    assert great_circle_km(Coordinates(45, 0), Coordinates(45, 1)) == pytest.approx(78.63, abs=0.01)
    assert great_circle_km(Coordinates(45, 1), Coordinates(45, 0)) == pytest.approx(78.63, abs=0.01)
    found = resolve_distance("Zaragoza", "ES", "Warszawa", "PL")
    assert found == DistanceOutcome(2023, False, None)


def test_a_distance_typed_by_hand_wins_and_a_missing_one_says_what_is_missing() -> None:
    assert resolve_distance("Nowhere", "ES", "Płock", "PL", 0) == DistanceOutcome(0, True)
    assert resolve_distance("Zaragoza", "ES", "Warszawa", "PL", 250) == DistanceOutcome(250, True)
    assert resolve_distance("Zaragoza", "ES", "Warszawa", "PL", -1) == DistanceOutcome(
        None, True, "the distance cannot be negative (-1 km)"
    )
    assert resolve_distance(None, "ES", "Warszawa", None) == DistanceOutcome(
        None,
        False,
        "the gazetteer does not know (no city) (ES) or Warszawa (?); type the distance in km",
    )
    assert resolve_distance("Villanueva de Gállego", "ES", "Warszawa", "PL").problem == (
        "the gazetteer does not know Villanueva de Gállego (ES); type the distance in km"
    )


# -- working days ------------------------------------------------------------------------
def test_working_days_never_count_weekends_or_the_host_countrys_holidays() -> None:
    # 28 April to 4 May 2026 in Poland: 1 May (Fri) and 3 May (Sun) are holidays
    assert stay_days(date(2026, 4, 28), date(2026, 5, 4), "PL") == [
        date(2026, 4, 28),
        date(2026, 4, 29),
        date(2026, 4, 30),
        date(2026, 5, 4),
    ]
    assert working_days(date(2026, 4, 28), date(2026, 5, 4), "PL") == 4
    assert working_days(date(2026, 4, 28), date(2026, 5, 4)) == 5
    assert (
        working_days(date(2026, 4, 30), date(2026, 4, 30), "PL") == 1
    )  # one day: the last of April
    assert working_days(date(2026, 5, 2), date(2026, 5, 3), "PL") == 0
    assert working_days(date(2026, 5, 4), date(2026, 5, 3), "PL") == 0
    # over a new year: 1 January is a holiday in Spain and 6 January too
    assert working_days(date(2026, 12, 31), date(2027, 1, 7), "ES") == 4
    assert working_days(date(2026, 4, 27), date(2026, 5, 1), "ZZ") == 5  # no calendar known


@settings(max_examples=60, deadline=None)
@given(
    start=st.dates(min_value=date(2020, 1, 1), max_value=date(2027, 12, 31)),
    length=st.integers(min_value=-3, max_value=45),
    country=st.sampled_from([None, "PL", "ES", "FR", "DE", "CZ"]),
)
def test_working_days_never_exceed_calendar_days(
    start: date, length: int, country: str | None
) -> None:
    end = start + timedelta(days=length)
    days = working_days(start, end, country)
    assert 0 <= days <= max(0, length + 1)
    assert days <= working_days(start, end)  # holidays only ever take days away
    # a longer stay never has fewer working days
    assert working_days(start, end + timedelta(days=1), country) >= days
    if days:
        assert all(d.weekday() < 5 and start <= d <= end for d in stay_days(start, end, country))


def test_the_gazetteer_knows_names_in_latin_letters_only() -> None:
    # built afresh here (it is built once per process otherwise), from the package's data
    _gazetteer.cache_clear()
    assert locate("Łódź", "PL") == locate("Lodz", "PL") is not None
    assert locate("Plzeň", "CZ") is not None and locate("Ávila", "ES") is not None
    assert locate("Лодзь", "PL") is None  # the Cyrillic name is in the data, but not indexed
    assert locate("Варшава", "PL") is None
