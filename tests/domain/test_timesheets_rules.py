"""Timesheet rules: quarter hours, the calendar from the holidays package, and the checks
auditors apply, each naming the day and row it is about."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from blues_desktop.domain.timesheets import (
    HOLIDAY,
    OTHER,
    PUBLIC_HOLIDAY,
    Month,
    MonthHours,
    StaffTerms,
    cell_of_field,
    check_entries,
    check_month,
    contracted_hours,
    copy_previous_week,
    fill_typical_week,
    parse_hours,
    person_month_hours,
    person_months,
    public_holidays,
    round_to_quarter,
)

TERMS = StaffTerms("Ana Ruiz", date(2025, 1, 1), None, D(40))
MARCH = Month(2026, 3)


def hours_of(month: Month, cells: dict[tuple[date, str], str], note: str = "") -> MonthHours:
    return MonthHours(month, {cell: D(value) for cell, value in cells.items()}, note)


def codes(report) -> set[str]:  # type: ignore[no-untyped-def]
    return {r.code for r in report.results}


@pytest.mark.parametrize(
    ("typed", "hours"),
    [
        ("7.5", "7.50"),
        ("7,25", "7.25"),
        ("1:45", "1.75"),
        ("", "0"),
        (" 8 ", "8.00"),
        ("24", "24.00"),
    ],
)
def test_hours_are_read_as_typed(typed: str, hours: str) -> None:
    assert parse_hours(typed) == D(hours)


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("7.3", "not in quarter hours"),
        ("-1", "negative"),
        ("24.25", "more than a day"),
        ("abc", "not a number of hours"),
        ("NaN", "not a number of hours"),
        ("1:10", "not in quarter hours"),
    ],
)
def test_hours_that_are_not_hours_are_refused_with_the_reason(typed: str, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        parse_hours(typed)


def test_months_parse_and_refuse_with_the_expected_form() -> None:
    assert Month.parse("2026-03") == MARCH and str(MARCH) == "2026-03"
    assert MARCH.last == date(2026, 3, 31) and len(MARCH.days()) == 31
    assert Month(2026, 1).previous() == Month(2025, 12) and Month(2025, 12).next() == Month(2026, 1)
    for bad in ("2026-13", "March", "2026/03", "26-3-1"):
        with pytest.raises(ValueError, match="YYYY-MM"):
            Month.parse(bad)


def test_a_person_month_is_annual_productive_hours_over_twelve() -> None:
    assert person_month_hours(D(1720)).quantize(D("0.01")) == D("143.33")
    assert person_months(D("143.33"), D(1720)) == D("1.00")
    assert person_months(D(86), D(1720)) == D("0.60")
    assert round_to_quarter(D("7.7")) == D("7.75")


def test_public_holidays_come_from_the_holidays_package_by_country_and_region() -> None:
    germany = public_holidays("DE", None, 2026)
    assert germany[date(2026, 10, 3)] == "German Unity Day"
    # Reformation Day is a holiday in Mecklenburg-Vorpommern, not in all of Germany
    assert date(2026, 10, 31) not in germany
    assert date(2026, 10, 31) in public_holidays("DE", "MV", 2026)
    # Saint George's Day is Aragon's (ZINNAE's region), not Spain's
    assert public_holidays("ES", "AR", 2026)[date(2026, 4, 23)] == "Saint George's Day"
    assert date(2026, 4, 23) not in public_holidays("ES", None, 2026)
    assert date(2026, 7, 14) in public_holidays("FR", None, 2026)
    with pytest.raises(ValueError, match="not a region of DE"):
        public_holidays("DE", "XX", 2026)


def test_contracted_hours_count_working_days_without_public_holidays() -> None:
    holidays = {
        d: n for d, n in public_holidays("ES", None, 2026).items() if Month.of(d) == Month(2026, 4)
    }
    # April 2026 in Spain: 22 weekdays, Good Friday (3 April) is a national holiday
    assert date(2026, 4, 3) in holidays
    assert contracted_hours(TERMS, Month(2026, 4), holidays) == D(8) * (
        22 - len([d for d in holidays if d.weekday() < 5])
    )


def test_a_clean_month_passes_every_check() -> None:
    hours = hours_of(MARCH, {(date(2026, 3, 2), "WP2"): "6", (date(2026, 3, 2), OTHER): "2"})
    assert check_month(TERMS, hours, {}).results == []


def test_hours_on_a_day_of_absence_are_an_error_at_the_cell() -> None:
    day = date(2026, 3, 3)
    hours = hours_of(MARCH, {(day, "WP1"): "2", (day, HOLIDAY): "8"})
    report = check_month(TERMS, hours, {})
    assert codes(report) == {"absence"}
    (error,) = report.errors
    assert error.field == "2026-03-03 WP1" and cell_of_field(error.field) == (day, "WP1")
    assert "Tuesday 3 March 2026" in error.message and "Holiday" in error.message


def test_a_day_over_the_maximum_is_an_error() -> None:
    day = date(2026, 3, 4)
    report = check_month(TERMS, hours_of(MARCH, {(day, "WP2"): "6", (day, "WP3"): "4.25"}), {})
    assert codes(report) == {"day-max"}
    assert "10.25 h worked, more than the maximum of 10 h" in report.errors[0].message


def test_a_month_over_contract_needs_a_note() -> None:
    cells = {(d, "WP2"): "8" for d in MARCH.days() if d.weekday() < 5}
    cells[(date(2026, 3, 7), "WP2")] = "4"  # a Saturday: over the contract
    over = hours_of(MARCH, cells)
    report = check_month(TERMS, over, {})
    assert "over-contract" in codes(report) and "weekend" in codes(report)
    assert any("add a note" in r.message for r in report.errors)
    over.note = "Matchmaking event on Saturday 7 March"
    assert "over-contract" not in codes(check_month(TERMS, over, {}))


def test_blues_hours_above_the_months_productive_hours_are_an_error() -> None:
    cells = {(d, "WP3"): "8" for d in MARCH.days() if d.weekday() < 5}  # 22 days: 176 h
    report = check_month(TERMS, hours_of(MARCH, cells, note="crunch"), {})
    assert "over-productive" in codes(report)
    assert "143.33 h" in next(r.message for r in report.errors if r.code == "over-productive")


def test_hours_outside_employment_are_refused() -> None:
    late = StaffTerms("Eva Gil", date(2026, 3, 16), date(2026, 3, 27), D(40))
    report = check_entries(late, hours_of(MARCH, {(date(2026, 3, 13), "WP1"): "8"}))
    assert codes(report) == {"employment"} and report.errors[0].field == "2026-03-13 WP1"
    before = check_entries(late, hours_of(Month(2026, 2), {(date(2026, 2, 2), "WP1"): "8"}))
    assert codes(before) == {"not-employed"} and "not employed in February 2026" in str(before)


def test_entries_that_are_not_hours_name_their_day_and_row() -> None:
    hours = MonthHours(
        MARCH, {(date(2026, 3, 5), "WP4"): D("7.3"), (date(2026, 3, 6), "WP9"): D(1)}
    )
    report = check_entries(TERMS, hours)
    assert {r.field for r in report.errors} == {"2026-03-05 WP4", "2026-03-06 WP9"}
    assert "Thursday 5 March 2026, WP4" in str(report)


def test_public_holidays_worked_and_marked_wrongly_are_warnings() -> None:
    holiday = {date(2026, 3, 19): "San José"}
    hours = hours_of(
        MARCH, {(date(2026, 3, 19), "WP1"): "3", (date(2026, 3, 20), PUBLIC_HOLIDAY): "8"}
    )
    report = check_month(TERMS, hours, holiday)
    assert report.ok and codes(report) == {"public-holiday", "not-a-holiday"}


def test_copy_previous_week_moves_work_rows_one_week_on() -> None:
    hours = hours_of(MARCH, {(date(2026, 3, 2), "WP2"): "5", (date(2026, 3, 3), HOLIDAY): "8"})
    changes = dict(copy_previous_week(hours, date(2026, 3, 11)))
    assert changes == {(date(2026, 3, 9), "WP2"): D(5)}


def test_fill_typical_week_fills_empty_working_days_only() -> None:
    hours = hours_of(MARCH, {(date(2026, 3, 2), "WP1"): "8"})
    week = {i: {"WP2": D(6), OTHER: D(2)} for i in range(5)}
    changes = dict(fill_typical_week(hours, week, TERMS, {date(2026, 3, 19): "San José"}))
    assert (date(2026, 3, 2), "WP2") not in changes  # had hours already
    assert changes[(date(2026, 3, 3), "WP2")] == D(6)
    assert changes[(date(2026, 3, 19), PUBLIC_HOLIDAY)] == D(8)
    assert not any(day.weekday() >= 5 for day, _row in changes)


def test_the_content_hash_changes_with_any_hour_or_the_note() -> None:
    a = hours_of(MARCH, {(date(2026, 3, 2), "WP2"): "6"})
    b = hours_of(MARCH, {(date(2026, 3, 2), "WP2"): "6.00"})
    assert a.content_sha256() == b.content_sha256()
    b.set(date(2026, 3, 2), "WP2", D("6.25"))
    assert a.content_sha256() != b.content_sha256()
    a.note = "x"
    assert a.content_sha256() != hours_of(MARCH, {(date(2026, 3, 2), "WP2"): "6"}).content_sha256()
