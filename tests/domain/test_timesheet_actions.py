"""What a month's status allows, the statuses as stored, and where filling from a typical
week starts, with worked examples."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from blues_desktop.domain.timesheets import (
    APPROVED,
    DRAFT,
    SUBMITTED,
    Month,
    MonthAction,
    MonthHours,
    MonthStatus,
    month_actions,
    status_label,
    typical_week,
)

MARCH = Month(2026, 3)  # Monday 2 March to Friday 27 March are full working weeks


@pytest.mark.parametrize(
    ("status", "allowed"),
    [
        (None, {MonthAction.EDIT, MonthAction.SUBMIT}),  # not started: a draft
        (DRAFT, {MonthAction.EDIT, MonthAction.SUBMIT}),
        (SUBMITTED, {MonthAction.EDIT, MonthAction.APPROVE}),  # an edit sends it back
        (APPROVED, {MonthAction.REOPEN}),  # locked: reopen with a reason first
    ],
)
def test_what_the_office_may_do_to_its_month(
    status: MonthStatus | None, allowed: set[MonthAction]
) -> None:
    assert month_actions(status, own=True) == allowed


@pytest.mark.parametrize("status", [None, DRAFT, SUBMITTED, APPROVED])
def test_another_offices_month_is_read_only(status: MonthStatus | None) -> None:
    assert month_actions(status, own=False) == frozenset()


def test_statuses_keep_their_stored_values_and_have_words() -> None:
    """The database and bundles hold "draft", "submitted", "approved": no migration."""
    assert [s.value for s in MonthStatus] == ["draft", "submitted", "approved"]
    assert MonthStatus("submitted") is SUBMITTED and SUBMITTED == "submitted"
    assert [status_label(s) for s in (None, DRAFT, SUBMITTED, APPROVED)] == [
        "Not started",
        "Draft",
        "Submitted",
        "Approved (locked)",
    ]


def test_the_typical_week_is_the_last_full_week_with_hours() -> None:
    """Week of 9 March: 7.5 h of WP3 each day and 1 h of WP2 on Wednesday; the week of
    16 March lacks Friday, so the week of 9 March is where the typical week starts."""
    hours = MonthHours(MARCH)
    for day in range(9, 14):
        hours.set(date(2026, 3, day), "WP3", D("7.5"))
    hours.set(date(2026, 3, 11), "WP2", D("1"))
    for day in range(16, 20):  # Monday to Thursday only
        hours.set(date(2026, 3, day), "WP3", D("8"))
    week = typical_week(hours, daily_hours=D("8"))
    assert week == {
        0: {"WP3": D("7.5")},
        1: {"WP3": D("7.5")},
        2: {"WP2": D("1"), "WP3": D("7.5")},
        3: {"WP3": D("7.5")},
        4: {"WP3": D("7.5")},
    }


def test_without_a_full_week_the_contract_hours_are_other_work() -> None:
    """A 40-hour contract and an empty month: 8 h of other activities, Monday to Friday."""
    week = typical_week(MonthHours(MARCH), daily_hours=D("8"))
    assert week == {i: {"OTHER": D("8")} for i in range(5)}
