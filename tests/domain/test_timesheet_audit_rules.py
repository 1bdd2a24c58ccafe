"""Time records as the auditors read them, with worked examples at the boundaries.

Rules (EU grant practice): hours per work package in quarter hours; no hours worked on
a day of absence; weekends and public holidays worked are confirmed; hours above the
contract are explained; at most the month's productive hours on the project, where
annual productive hours are 1,720 unless an individual figure is justified and one
person-month is a twelfth of them (143.33 h at 1,720 h).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from blues_desktop.domain.timesheets import (
    HOLIDAY,
    OTHER,
    PUBLIC_HOLIDAY,
    SICK,
    Month,
    MonthHours,
    StaffTerms,
    cell_field,
    cell_of_field,
    check_entries,
    check_month,
    contracted_hours,
    copy_previous_week,
    fill_typical_week,
    hours_problem,
    is_weekend,
    parse_hours,
    person_month_hours,
    person_months,
    public_holidays,
    regions_of,
    round_to_quarter,
    week_of,
)
from blues_desktop.domain.validation import ValidationReport

FULL_TIME = StaffTerms("Ana Ruiz", date(2025, 1, 1), None, D(40))
MARCH = Month(2026, 3)  # 22 weekdays, 1 March is a Sunday


def month_of(month: Month, cells: dict[tuple[date, str], str], note: str = "") -> MonthHours:
    # as stored: two decimal places, the way parse_hours reads what people type
    return MonthHours(
        month, {cell: D(value).quantize(D("0.01")) for cell, value in cells.items()}, note
    )


def results(report: ValidationReport) -> list[tuple[str, str, str, str]]:
    return [(r.severity.value, r.field, r.code, r.message) for r in report.results]


def weekdays(month: Month) -> list[date]:
    return [d for d in month.days() if d.weekday() < 5]


# -- 1,720-hour years and person-months ----------------------------------------------
def test_a_person_month_is_a_twelfth_of_the_annual_productive_hours() -> None:
    assert person_month_hours(D(1720)) == D(1720) / 12
    assert person_month_hours(D(1720)).quantize(D("0.01")) == D("143.33")
    assert person_month_hours(D(1600)).quantize(D("0.01")) == D("133.33")
    assert person_months(D(1720), D(1720)) == D("12.00")
    assert person_months(D(430), D(1720)) == D("3.00")
    assert person_months(D("71.67"), D(1720)) == D("0.50")
    assert person_months(D(0), D(1720)) == D("0.00")
    assert person_months(D(100), D(0)) == D(0)
    assert person_months(D(100), D(-1)) == D(0)
    assert person_months(D(160), D(1600)) == D("1.20")


@pytest.mark.parametrize(
    ("blues", "annual", "over"),
    [
        # at 1,720 h a person-month is 143.33 h: in quarter hours 143.25 h is the most
        ("143.25", "1720", False),
        ("143.50", "1720", True),
        ("133.25", "1600", False),  # an individual, justified figure
        ("133.50", "1600", True),
        ("150.00", "1800", False),  # exactly one person-month of 150 h
        ("150.25", "1800", True),
    ],
)
def test_project_hours_stay_within_the_months_productive_hours(
    blues: str, annual: str, over: bool
) -> None:
    terms = StaffTerms("Ana Ruiz", date(2025, 1, 1), None, D(40), D(annual), D(24))
    # spread over the weekdays in quarter hours, the rest on the last one; a note
    # explains the hours above the contract
    days = weekdays(MARCH)
    total = D(blues)
    each = (total / len(days) / D("0.25")).to_integral_value(rounding="ROUND_FLOOR") * D("0.25")
    cells = {(day, "WP1"): str(each) for day in days[:-1]}
    cells[(days[-1], "WP2")] = str(total - each * (len(days) - 1))
    report = check_month(terms, month_of(MARCH, cells, note="conference"), {})
    codes = [r.code for r in report.errors]
    assert ("over-productive" in codes) is over
    if over:
        (error,) = (r for r in report.errors if r.code == "over-productive")
        assert error.field == "month"
        message = error.message
        monthly = (D(annual) / 12).quantize(D("0.01"))
        assert message == (
            f"{D(blues):.2f} h on BLUES in March 2026, more than the month's productive hours "
            f"({monthly} h = {annual} / 12)"
        )


def test_hours_outside_blues_do_not_count_toward_the_person_months() -> None:
    cells = {(d, OTHER): "8" for d in weekdays(MARCH)}
    report = check_month(FULL_TIME, month_of(MARCH, cells), {})
    assert report.results == []  # 176 h, all of them outside the project


# -- contract hours -------------------------------------------------------------------
def test_contracted_hours_are_daily_hours_on_each_employed_working_day() -> None:
    assert FULL_TIME.daily_hours == D(8)
    assert contracted_hours(FULL_TIME, MARCH, {}) == D("176.00")
    # 19 March (a Thursday) as a public holiday: one day fewer; a Sunday holiday changes nothing
    holidays = {date(2026, 3, 19): "San José", date(2026, 3, 1): "a Sunday"}
    assert contracted_hours(FULL_TIME, MARCH, holidays) == D("168.00")
    part_time = StaffTerms("Eva Gil", date(2025, 1, 1), None, D("38.5"))
    assert part_time.daily_hours == D("7.7")
    assert contracted_hours(part_time, MARCH, {}) == D("169.40")
    # employed from Monday 16 to Tuesday 31 March: 12 working days
    joined = StaffTerms("Eva Gil", date(2026, 3, 16), None, D(40))
    assert contracted_hours(joined, MARCH, {}) == D("96.00")
    left = StaffTerms("Eva Gil", date(2025, 1, 1), date(2026, 3, 31), D(40))
    assert contracted_hours(left, MARCH, {}) == D("176.00")


def test_hours_above_the_contract_need_a_note_and_exactly_the_contract_does_not() -> None:
    part_time = StaffTerms("Eva Gil", date(2025, 1, 1), None, D(20))  # 4 h a day: 88 h
    exact = {(d, OTHER): "4" for d in weekdays(MARCH)}
    assert check_month(part_time, month_of(MARCH, exact), {}).results == []
    over = dict(exact)
    over[(date(2026, 3, 31), OTHER)] = "4.25"
    assert results(check_month(part_time, month_of(MARCH, over), {})) == [
        (
            "error",
            "month",
            "over-contract",
            "88.25 h worked in March 2026, more than the 88.00 h contracted; add a note that "
            "explains the extra hours",
        )
    ]
    assert check_month(part_time, month_of(MARCH, over, note="  "), {}).errors != []
    assert check_month(part_time, month_of(MARCH, over, note="trade fair"), {}).results == []


# -- the day: maximum, absences, weekends and public holidays ----------------------------
def test_a_day_may_have_up_to_its_maximum() -> None:
    day = date(2026, 3, 4)
    ten = month_of(MARCH, {(day, "WP2"): "6", (day, OTHER): "4"})
    assert check_month(FULL_TIME, ten, {}).results == []
    over = month_of(MARCH, {(day, "WP2"): "6", (day, OTHER): "4.25"})
    assert results(check_month(FULL_TIME, over, {})) == [
        (
            "error",
            "2026-03-04 total",
            "day-max",
            "Wednesday 4 March 2026: 10.25 h worked, more than the maximum of 10 h a day",
        )
    ]
    # absences do not count as hours worked
    leave = month_of(MARCH, {(day, HOLIDAY): "8", (date(2026, 3, 5), SICK): "12"})
    assert check_month(FULL_TIME, leave, {}).results == []


def test_no_hours_worked_on_a_day_of_absence() -> None:
    day = date(2026, 3, 3)
    hours = month_of(
        MARCH, {(day, "WP1"): "2", (day, OTHER): "1", (day, SICK): "4", (day, HOLIDAY): "4"}
    )
    assert results(check_month(FULL_TIME, hours, {})) == [
        (
            "error",
            "2026-03-03 WP1",
            "absence",
            "Tuesday 3 March 2026, WP1 Skills enhancement and strategy building: 2.00 h worked on a "
            "day of absence (Holiday (annual leave), Sick leave)",
        ),
        (
            "error",
            "2026-03-03 OTHER",
            "absence",
            "Tuesday 3 March 2026, Other activities not in BLUES: 1.00 h worked on a day of absence "
            "(Holiday (annual leave), Sick leave)",
        ),
    ]


def test_weekends_worked_are_confirmed_at_the_first_row_with_hours() -> None:
    saturday, sunday = date(2026, 3, 7), date(2026, 3, 8)
    hours = month_of(MARCH, {(saturday, "WP3"): "2", (saturday, "WP4"): "1", (sunday, OTHER): "1"})
    assert results(check_month(FULL_TIME, hours, {})) == [
        (
            "warning",
            "2026-03-07 WP3",
            "weekend",
            "Saturday 7 March 2026 is a weekend day with 3.00 h worked",
        ),
        (
            "warning",
            "2026-03-08 OTHER",
            "weekend",
            "Sunday 8 March 2026 is a weekend day with 1.00 h worked",
        ),
    ]
    assert is_weekend(saturday) and is_weekend(sunday) and not is_weekend(date(2026, 3, 6))


def test_public_holidays_worked_or_marked_wrongly_are_confirmed() -> None:
    holidays = {date(2026, 3, 19): "San José", date(2026, 3, 22): "A Sunday feast"}
    hours = month_of(
        MARCH,
        {
            (date(2026, 3, 19), "WP5"): "3",
            (date(2026, 3, 20), PUBLIC_HOLIDAY): "8",
            (date(2026, 3, 22), "WP1"): "1",
            (date(2026, 3, 23), PUBLIC_HOLIDAY): "0",
        },
    )
    assert results(check_month(FULL_TIME, hours, holidays)) == [
        (
            "warning",
            "2026-03-19 WP5",
            "public-holiday",
            "Thursday 19 March 2026 is a public holiday (San José) with 3.00 h worked; confirm the work "
            "was done that day",
        ),
        (
            "warning",
            "2026-03-20 PUBLIC_HOLIDAY",
            "not-a-holiday",
            "Friday 20 March 2026 is marked as a public holiday but is none in the calendar",
        ),
        (
            "warning",  # a holiday on a Sunday is said once, as the holiday
            "2026-03-22 WP1",
            "public-holiday",
            "Sunday 22 March 2026 is a public holiday (A Sunday feast) with 1.00 h worked; confirm "
            "the work was done that day",
        ),
    ]
    marked = month_of(MARCH, {(date(2026, 3, 19), PUBLIC_HOLIDAY): "8"})
    assert check_month(FULL_TIME, marked, holidays).results == []


def test_the_last_day_of_a_month_is_checked_like_any_other() -> None:
    feb = Month(2028, 2)  # a leap year
    assert feb.last == date(2028, 2, 29) and len(feb.days()) == 29 and feb.days()[-1] == feb.last
    hours = month_of(feb, {(date(2028, 2, 29), "WP1"): "11"})
    assert [r.field for r in check_month(FULL_TIME, hours, {}).errors] == ["2028-02-29 total"]
    assert Month(2026, 2).last == date(2026, 2, 28) and Month(2026, 12).last == date(2026, 12, 31)


def test_entries_that_cannot_be_saved_stop_the_other_checks() -> None:
    hours = month_of(MARCH, {(date(2026, 3, 7), "WP1"): "7.3"})
    assert [r.code for r in check_month(FULL_TIME, hours, {}).results] == ["hours"]


# -- what can be entered -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("hours", "problem"),
    [
        ("0", None),
        ("0.25", None),
        ("24", None),
        ("-0.25", "-0.25 h is negative; hours are 0 or more"),
        ("24.25", "24.25 h is more than a day has (24 h)"),
        ("7.3", "7.3 h is not in quarter hours (0.25, 0.5, 0.75)"),
        ("0.1", "0.1 h is not in quarter hours (0.25, 0.5, 0.75)"),
    ],
)
def test_hours_are_quarter_hours_from_0_to_24(hours: str, problem: str | None) -> None:
    assert hours_problem(D(hours)) == problem


@pytest.mark.parametrize(
    ("typed", "hours"),
    [
        ("1:30", "1.50"),
        (":45", "0.75"),
        ("2:", "2.00"),
        ("-0", "0.00"),
        (8, "8.00"),
        ("0,25", "0.25"),
    ],
)
def test_hours_as_people_type_them(typed: object, hours: str) -> None:
    value = parse_hours(typed)
    assert value == D(hours) and str(value) == hours


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("abc", "'abc' is not a number of hours"),
        ("1:x", "'1:x' is not a number of hours"),
        ("Infinity", "'Infinity' is not a number of hours"),
        ("25", "25 h is more than a day has (24 h)"),
    ],
)
def test_what_is_not_hours_says_why(typed: str, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_hours(typed)
    assert str(caught.value) == message


def test_rounding_to_the_nearest_quarter() -> None:
    assert round_to_quarter(D("7.1")) == D("7.00") and round_to_quarter(D("7.2")) == D("7.25")
    assert round_to_quarter(D("0.1")) == D("0.00") and str(round_to_quarter(D(8))) == "8.00"


def test_entries_outside_the_month_or_rows_or_employment_are_named() -> None:
    hours = month_of(
        MARCH,
        {
            (date(2026, 4, 1), "WP1"): "1",
            (date(2026, 3, 2), "WP7"): "1",
            (date(2026, 3, 3), SICK): "8",
        },
    )
    report = check_entries(FULL_TIME, hours, allow_rows=("WP1", "WP7"))
    assert results(report) == [
        ("error", "2026-03-03 SICK", "row", "'SICK' is not a timesheet row"),
        ("error", "2026-04-01 WP1", "month", "1 April 2026 is not in March 2026"),
    ]


def test_employment_bounds_are_inclusive() -> None:
    terms = StaffTerms("Eva Gil", date(2026, 3, 16), date(2026, 3, 27), D(40))
    assert terms.employed_on(date(2026, 3, 16)) and terms.employed_on(date(2026, 3, 27))
    assert not terms.employed_on(date(2026, 3, 13)) and not terms.employed_on(date(2026, 3, 30))
    assert terms.employed_in(MARCH)
    assert not terms.employed_in(Month(2026, 2)) and not terms.employed_in(Month(2026, 4))
    assert StaffTerms("X", date(2026, 3, 31), None, D(40)).employed_in(MARCH)
    assert StaffTerms("X", date(2025, 1, 1), date(2026, 3, 1), D(40)).employed_in(MARCH)
    assert not StaffTerms("X", date(2026, 4, 1), None, D(40)).employed_in(MARCH)
    report = check_entries(
        terms, month_of(MARCH, {(date(2026, 3, 30), "WP1"): "8", (date(2026, 3, 16), "WP1"): "0"})
    )
    assert results(report) == [
        (
            "error",
            "2026-03-30 WP1",
            "employment",
            "Monday 30 March 2026, WP1 Skills enhancement and strategy building: 8.00 h outside "
            "employment (16 March 2026 to 27 March 2026)",
        )
    ]
    open_ended = StaffTerms("Eva Gil", date(2026, 3, 16), None, D(40))
    early = check_entries(open_ended, month_of(MARCH, {(date(2026, 3, 2), "WP1"): "8"}))
    assert early.errors[0].message.endswith("outside employment (16 March 2026 to open-ended)")
    gone = check_entries(terms, month_of(Month(2026, 4), {}))
    assert results(gone) == [
        (
            "error",
            "month",
            "not-employed",
            "Eva Gil is not employed in April 2026 (employed from 16 March 2026 to 27 March 2026); "
            "nothing can be entered",
        )
    ]
    not_yet = check_entries(open_ended, month_of(Month(2026, 2), {}))
    assert not_yet.errors[0].message == (
        "Eva Gil is not employed in February 2026 (employed from 16 March 2026); nothing can be entered"
    )


# -- months, cells and the grid's helpers -------------------------------------------------
def test_months_read_write_and_step() -> None:
    assert Month.parse(" 2026-03 ") == MARCH and Month.parse("1901-01") == Month(1901, 1)
    assert Month.parse("2199-12") == Month(2199, 12)
    for bad in ("1900-01", "2200-01", "2026-00", "2026-3-1", "2026"):
        with pytest.raises(ValueError) as caught:
            Month.parse(bad)
        assert str(caught.value) == f"{bad!r} is not a month; write it as YYYY-MM, e.g. 2026-03"
    assert str(Month(987, 3)) == "0987-03" and MARCH.label == "March 2026"
    assert Month.of(date(2026, 12, 31)) == Month(2026, 12)
    assert MARCH.first == date(2026, 3, 1)
    assert Month(2026, 12).next() == Month(2027, 1) and MARCH.next() == Month(2026, 4)
    assert Month(2026, 1).previous() == Month(2025, 12) and MARCH.previous() == Month(2026, 2)
    assert Month(2025, 12) < Month(2026, 1) < Month(2026, 2)


def test_cells_are_named_by_day_and_row() -> None:
    assert cell_field(date(2026, 3, 14), "WP2") == "2026-03-14 WP2"
    assert cell_of_field("2026-03-14 WP2") == (date(2026, 3, 14), "WP2")
    assert cell_of_field("2026-03-14 PUBLIC_HOLIDAY") == (date(2026, 3, 14), PUBLIC_HOLIDAY)
    for other in ("month", "2026-03-14 total", "2026-02-30 WP1", "2026-03-14 WP2 x"):
        assert cell_of_field(other) is None


def test_a_months_totals() -> None:
    hours = month_of(
        MARCH,
        {
            (date(2026, 3, 2), "WP1"): "2",
            (date(2026, 3, 2), "WP5"): "3",
            (date(2026, 3, 2), OTHER): "1",
            (date(2026, 3, 3), "WP1"): "4",
            (date(2026, 3, 4), HOLIDAY): "8",
        },
    )
    assert hours.get(date(2026, 3, 2), "WP1") == D(2) and hours.get(date(2026, 3, 9), "WP1") == 0
    assert hours.day_total(date(2026, 3, 2)) == D(6)
    assert hours.day_total(date(2026, 3, 4)) == D(0)
    assert hours.day_total(date(2026, 3, 4), [HOLIDAY]) == D(8)
    assert hours.row_total("WP1") == D(6) and hours.row_total("WP2") == D(0)
    assert hours.blues_hours == D(9) and hours.worked_hours == D(10)
    assert hours.total([HOLIDAY, "WP5"]) == D(11)
    hours.set(date(2026, 3, 2), "WP1", D(0))
    assert (date(2026, 3, 2), "WP1") not in hours.cells
    hours.set(date(2026, 3, 9), "WP2", D("1.5"))
    assert hours.cells[(date(2026, 3, 9), "WP2")] == D("1.5")


def test_the_fingerprint_of_a_month_is_stable_across_versions() -> None:
    # approved months store this fingerprint: a new release must compute the same one
    hours = month_of(
        MARCH,
        {(date(2026, 3, 2), "WP2"): "6", (date(2026, 3, 3), OTHER): "1.5"},
        note=" Workshop ",
    )
    assert hours.content_sha256() == (
        "cabf0a8a3215daf63fb149ba60c172220641219e80f2a59a93adaef4509269d0"
    )
    hours.cells[(date(2026, 3, 4), "WP1")] = D(0)  # a zero cell says nothing
    assert hours.content_sha256() == (
        "cabf0a8a3215daf63fb149ba60c172220641219e80f2a59a93adaef4509269d0"
    )


def test_public_holiday_calendars_by_country_and_region() -> None:
    assert "BY" in regions_of("DE") and regions_of("de") == regions_of("DE")
    assert regions_of("XX") == []
    assert public_holidays("de", "mv", 2026)[date(2026, 10, 31)] == "Reformation Day"
    assert public_holidays("DE", "", 2026) == public_holidays("DE", None, 2026)
    with pytest.raises(ValueError) as caught:
        public_holidays("FR", "ZZ", 2026)
    assert str(caught.value).startswith(
        "'ZZ' is not a region of FR the holiday calendar knows; known: "
    )
    with pytest.raises(ValueError, match="known: none"):
        public_holidays("AQ", "ZZ", 2026)


def test_the_week_of_a_day_runs_monday_to_sunday() -> None:
    assert week_of(date(2026, 3, 11)) == [date(2026, 3, d) for d in range(9, 16)]
    assert week_of(date(2026, 3, 9))[0] == date(2026, 3, 9)
    assert week_of(date(2026, 3, 15))[-1] == date(2026, 3, 15)


def test_copying_the_previous_week_across_the_start_of_a_month() -> None:
    april = Month(2026, 4)  # Wed 1 April; the week before is in March
    march = month_of(MARCH, {(date(2026, 3, 25), "WP2"): "5", (date(2026, 3, 26), HOLIDAY): "8"})
    hours = month_of(april, {(date(2026, 4, 2), "WP3"): "1"})
    changes = dict(copy_previous_week(hours, date(2026, 4, 1), march))
    assert changes == {(date(2026, 4, 1), "WP2"): D(5), (date(2026, 4, 2), "WP3"): D(0)}
    assert dict(copy_previous_week(hours, date(2026, 4, 1))) == {(date(2026, 4, 2), "WP3"): D(0)}
    # the week after: only days of this month are written
    last = dict(
        copy_previous_week(month_of(MARCH, {(date(2026, 3, 23), "WP1"): "8"}), date(2026, 3, 31))
    )
    assert last == {(date(2026, 3, 30), "WP1"): D(8)}


def test_a_typical_week_fills_only_empty_employed_working_days() -> None:
    terms = StaffTerms("Eva Gil", date(2026, 3, 4), date(2026, 3, 27), D("38.5"))
    hours = month_of(MARCH, {(date(2026, 3, 5), SICK): "8"})
    week = {0: {"WP1": D(7), OTHER: D(0)}, 3: {"WP2": D(4)}, 6: {"WP3": D(1)}}
    holidays = {date(2026, 3, 19): "San José", date(2026, 3, 22): "Sunday feast"}
    changes = fill_typical_week(hours, week, terms, holidays)
    assert changes == [
        ((date(2026, 3, 8), "WP3"), D(1)),  # a typical week may have a Sunday
        ((date(2026, 3, 9), "WP1"), D(7)),
        ((date(2026, 3, 12), "WP2"), D(4)),
        ((date(2026, 3, 15), "WP3"), D(1)),
        ((date(2026, 3, 16), "WP1"), D(7)),
        ((date(2026, 3, 19), PUBLIC_HOLIDAY), D("7.75")),  # 7.7 h a day, in quarter hours
        ((date(2026, 3, 22), "WP3"), D(1)),
        ((date(2026, 3, 23), "WP1"), D(7)),
        ((date(2026, 3, 26), "WP2"), D(4)),
    ]


def test_a_row_the_caller_allows_is_named_as_it_is() -> None:
    hours = month_of(MARCH, {(date(2026, 3, 2), "TRAINING"): "1"})
    hours.cells[(date(2026, 3, 2), "TRAINING")] = D("7.3")
    report = check_entries(FULL_TIME, hours, allow_rows=("TRAINING",))
    assert [r.message for r in report.errors] == [
        "Monday 2 March 2026, TRAINING: 7.3 h is not in quarter hours (0.25, 0.5, 0.75)"
    ]


def test_a_day_outside_the_month_does_not_hide_the_cells_after_it() -> None:
    hours = month_of(MARCH, {(date(2026, 2, 27), "WP1"): "1", (date(2026, 3, 2), "WP9"): "1"})
    assert [r.code for r in check_entries(FULL_TIME, hours).errors] == ["month", "row"]


def test_only_a_field_of_one_day_and_one_row_is_a_cell() -> None:
    assert cell_of_field("2026-03-14  WP2") is None
    assert cell_of_field("2026-03-14\tWP2") is None


def test_person_months_for_any_positive_figure() -> None:
    assert person_months(D(1), D(1)) == D("12.00")
    assert person_months(D("0.5"), D("0.5")) == D("12.00")


def test_the_regions_a_calendar_knows_are_listed() -> None:
    with pytest.raises(ValueError) as caught:
        public_holidays("FR", "ZZ", 2026)
    assert str(caught.value) == (
        "'ZZ' is not a region of FR the holiday calendar knows; known: "
        + ", ".join(regions_of("FR"))
    )
    with pytest.raises(ValueError) as caught:
        public_holidays("ZZ", "north", 2026)
    assert str(caught.value) == (
        "'north' is not a region of ZZ the holiday calendar knows; known: none"
    )


def test_hours_stay_decimal_even_when_there_are_none() -> None:
    empty = MonthHours(MARCH)
    for value in (
        empty.day_total(date(2026, 3, 2)),
        empty.row_total("WP1"),
        empty.total(["WP1"]),
        empty.worked_hours,
    ):
        assert isinstance(value, D) and value == 0
    empty.set(date(2026, 3, 2), "WP1", D(0))  # clearing an empty cell is no error
    assert empty.cells == {}
