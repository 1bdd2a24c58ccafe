"""Fuzzing the timesheet rules: hours as people type them, months of any content, and
the helpers that fill a month. The checks report (never raise), each report names a
place the page can point at, and what the helpers fill passes the entry checks.

Fast in CI (profile "ci"); `HYPOTHESIS_PROFILE=thorough` runs thousands of cases.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from blues_desktop.domain.timesheets import (
    MAX_CELL_HOURS,
    QUARTER,
    ROWS,
    WORK_ROWS,
    Month,
    MonthHours,
    StaffTerms,
    cell_of_field,
    check_entries,
    check_month,
    fill_typical_week,
    parse_hours,
    public_holidays,
)

typed_hours = st.one_of(
    st.text(max_size=12),
    st.from_regex(r"\A-?[0-9]{0,3}([.,:][0-9]{0,3})?([eE]-?[0-9]{1,4})?\Z"),
    st.integers(-100, 100).map(str),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
)
quarters = st.integers(0, 40).map(lambda n: Decimal(n) * QUARTER)
months = st.builds(Month, st.integers(2019, 2031), st.integers(1, 12))
countries = st.sampled_from(["DE", "CZ", "PL", "ES", "FR"])


@given(typed_hours)
def test_typed_hours_are_quarter_hours_of_a_day_or_a_value_error(text: str) -> None:
    try:
        hours = parse_hours(text)
    except ValueError as exc:
        assert str(exc)  # says what is wrong
        return
    assert Decimal(0) <= hours <= MAX_CELL_HOURS
    assert hours % QUARTER == 0
    assert not str(hours).startswith("-")  # "-0" is read as 0, not shown as -0.00
    assert parse_hours(str(hours)) == hours  # what the grid shows reads back the same


@st.composite
def staff_and_month(draw, employed_in_month: bool = False):  # type: ignore[no-untyped-def]
    """Terms, a month of hours (some refused on purpose) and a country; with
    `employed_in_month` the person works for the office at some point of that month."""
    month = draw(months)
    latest_start = month.last if employed_in_month else date(2032, 12, 31)
    start = draw(st.dates(min_value=date(2018, 1, 1), max_value=latest_start))
    earliest_end = max(start, month.first) if employed_in_month else start
    end = draw(st.one_of(st.none(), st.dates(min_value=earliest_end, max_value=date(2033, 12, 31))))
    terms = StaffTerms(
        "Jiří Nováková-Łukasiewicz",
        start,
        end,
        weekly_hours=draw(quarters.filter(bool)),
        annual_productive_hours=Decimal(draw(st.integers(200, 2200))),
    )
    hours = MonthHours(month, note=draw(st.sampled_from(["", "overtime for the kick-off"])))
    days = st.dates(
        min_value=month.first - timedelta(days=3), max_value=month.last + timedelta(days=3)
    )
    values = st.one_of(quarters, st.decimals(-5, 30, places=3))
    for _ in range(draw(st.integers(0, 60))):
        row = draw(st.one_of(st.sampled_from(list(ROWS)), st.sampled_from(["WP9", "", "wp1"])))
        hours.set(draw(days), row, draw(values))
    return terms, hours, draw(countries)


@given(staff_and_month())
def test_any_month_gets_a_report_whose_every_line_has_a_place(case) -> None:  # type: ignore[no-untyped-def]
    terms, hours, country = case
    holidays_by_day = public_holidays(country, None, hours.month.year)
    report = check_month(terms, hours, holidays_by_day)
    for result in report.results:
        assert result.message
        if result.field == "month" or result.field.endswith(" total"):
            continue
        cell = cell_of_field(result.field)
        if cell is None:  # only a row that is no timesheet row cannot be pointed at
            assert result.code == "row"
        else:
            assert cell in hours.cells
    # submission is refused while the entries are refused
    if not check_entries(terms, hours).ok:
        assert not report.ok


@given(staff_and_month(), st.randoms(use_true_random=False))
def test_the_fingerprint_is_the_content_not_the_order(case, shuffle: random.Random) -> None:  # type: ignore[no-untyped-def]
    _terms, hours, _country = case
    items = list(hours.cells.items())
    shuffle.shuffle(items)
    again = MonthHours(hours.month, note=f"  {hours.note} ")
    for (day, row), value in items:
        again.set(day, row, value)
    again.set(hours.month.first, "WP1", hours.get(hours.month.first, "WP1"))  # a no-op
    assert again.content_sha256() == hours.content_sha256()


typical_weeks = st.dictionaries(
    st.integers(0, 6),
    st.dictionaries(
        st.sampled_from(list(WORK_ROWS)), quarters.filter(lambda h: h <= 5), max_size=2
    ),
    max_size=7,
)


@given(staff_and_month(employed_in_month=True), typical_weeks)
def test_a_month_filled_from_a_typical_week_passes_the_entry_checks(case, typical) -> None:  # type: ignore[no-untyped-def]
    terms, _random_hours, country = case
    hours = MonthHours(_random_hours.month)
    assert terms.employed_in(hours.month)
    holidays_by_day = public_holidays(country, None, hours.month.year)
    for (day, row), value in fill_typical_week(hours, typical, terms, holidays_by_day):
        hours.set(day, row, value)
    assert check_entries(terms, hours).ok
    report = check_month(terms, hours, holidays_by_day)
    assert not [r for r in report.errors if r.code in ("day-max", "absence", "hours")]
