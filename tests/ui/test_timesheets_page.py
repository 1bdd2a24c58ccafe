"""The Timesheets page as a staff member and a supervisor use it: type hours with the
keyboard, see a problem at its cell, save, submit, approve, and find the month locked."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt

from blues_desktop.domain.timesheets import APPROVED, SUBMITTED, Month
from blues_desktop.services import timesheets as ts
from blues_desktop.services.context import AppContext
from blues_desktop.ui.pages.timesheets import TimesheetsPage
from blues_desktop.ui.timesheets.grid_model import ERROR, ROW_ORDER
from blues_desktop.ui.timesheets.status_marks import status_mark
from tests.services.test_timesheets_services import add_team
from tests.ui.answering import answer_next

MARCH = Month(2026, 3)


@pytest.fixture
def page(qtbot, ctx: AppContext):  # type: ignore[no-untyped-def]
    _boss, officer = add_team(ctx)
    view = TimesheetsPage(ctx)
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    # the staff list is read behind the window
    qtbot.waitUntil(lambda: officer in [r.id for r in view.staff_rows], timeout=5000)
    view.staff_view.selectRow([r.id for r in view.staff_rows].index(officer))
    view._go(MARCH)
    qtbot.waitUntil(lambda: view.sheet is not None and view.sheet.month == MARCH, timeout=5000)
    assert view.sheet.staff.id == officer
    return view


def type_into(qtbot, page: TimesheetsPage, row: str, day: int, text: str) -> None:  # type: ignore[no-untyped-def]
    grid = page.month_panel.grid_view
    grid.setFocus()
    grid.setCurrentIndex(page.month_panel.grid.index(ROW_ORDER.index(row), day - 1))
    qtbot.keyClicks(grid, text[0])  # typing opens the editor in the cell
    editor = grid.focusWidget()
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Qt commits on the next turn of the loop
    qtbot.waitUntil(lambda: grid.state() != grid.State.EditingState, timeout=2000)


def test_hours_typed_in_the_grid_are_checked_saved_and_signed_off(
    qtbot, page: TimesheetsPage, ctx: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    type_into(qtbot, page, "WP3", 2, "7,5")
    assert page.month_panel.grid.hours.get(date(2026, 3, 2), "WP3") == D("7.5")
    # Enter moved on to the next day: typing there fills 3 March
    assert page.month_panel.grid_view.currentIndex().column() == 2
    type_into(qtbot, page, "WP1", 2, "4")  # 11.5 h on 2 March: over the daily maximum
    total = page.month_panel.grid.index(ROW_ORDER.index("TOTAL"), 1)
    assert page.month_panel.grid.data(total, Qt.ItemDataRole.BackgroundRole).color() == ERROR
    # the window writes hours as typed into a cell (11.5), the day with its weekday
    assert page.month_panel.checks.item(0).text() == (
        "Monday 2 March 2026: 11.5 h worked, more than the maximum of 10 h a day"
    )
    assert "unsaved changes" in page.month_panel.totals.text()
    # a value that is not a quarter hour is refused in words, the cell keeps its value
    type_into(qtbot, page, "WP2", 4, "7.3")
    assert "7.3 h is not in quarter hours" in page.month_panel.problem.text()
    assert (
        page.month_panel.grid_view.currentIndex().column() == 3
    )  # the cursor stays on the refused cell
    assert page.month_panel.grid.hours.get(date(2026, 3, 4), "WP2") == 0
    # Delete clears the selected cell; + adds a quarter hour
    page.month_panel.grid_view.setCurrentIndex(
        page.month_panel.grid.index(ROW_ORDER.index("WP1"), 1)
    )
    qtbot.keyClick(page.month_panel.grid_view, Qt.Key.Key_Delete)
    page.month_panel.grid_view.setCurrentIndex(
        page.month_panel.grid.index(ROW_ORDER.index("WP3"), 1)
    )
    qtbot.keyClick(page.month_panel.grid_view, Qt.Key.Key_Plus)
    assert page.month_panel.grid.hours.get(date(2026, 3, 2), "WP1") == 0
    assert page.month_panel.grid.hours.get(date(2026, 3, 2), "WP3") == D("7.75")
    assert "No problems" in page.month_panel.checks.item(0).text()
    qtbot.mouseClick(page.month_panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not page.month_panel.grid.dirty and bool(page.sheet.hours.cells), timeout=5000
    )
    staff_id = page.sheet.staff.id
    assert ts.load_month(ctx, staff_id, MARCH).hours.get(date(2026, 3, 2), "WP3") == D("7.75")
    qtbot.mouseClick(page.month_panel.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.sheet.status == SUBMITTED, timeout=5000)
    answer_next("Approve")  # the question's button names the act
    qtbot.mouseClick(page.month_panel.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.sheet.status == APPROVED, timeout=10000)
    assert "Approved on" in page.note_for_reader.text() and "locked" in page.note_for_reader.text()
    assert (
        not page.month_panel.save_button.isEnabled() and page.month_panel.reopen_button.isEnabled()
    )
    assert not (
        page.month_panel.grid.flags(page.month_panel.grid.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    )
    # the staff list marks the month beside the name, its words in the tooltip
    name = page.staff_model.index([r.id for r in page.staff_rows].index(staff_id), 0)
    approved = status_mark(APPROVED).cacheKey()
    qtbot.waitUntil(
        lambda: page.staff_model.data(name, Qt.ItemDataRole.DecorationRole).cacheKey() == approved,
        timeout=5000,
    )
    tooltip = page.staff_model.data(name, Qt.ItemDataRole.ToolTipRole)
    assert tooltip.endswith("\nMarch 2026: Approved (locked)"), tooltip
    assert "hours a week" in tooltip
    assert page.staff_model.columnCount() == 1  # the name with its mark


def test_fill_from_a_typical_week_and_copy_a_week(qtbot, page: TimesheetsPage) -> None:  # type: ignore[no-untyped-def]
    week = {i: {"WP3": D(5), "OTHER": D("2.5")} for i in range(5)}
    from blues_desktop.domain.timesheets import fill_typical_week

    changes = fill_typical_week(
        page.month_panel.grid.hours, week, page.sheet.terms, page.sheet.holidays
    )
    assert page.month_panel.grid.set_cells(changes) == 2 * 22
    assert page.month_panel.grid.hours.worked_hours == D(165)
    # change Monday 9 March, then copy that week onto the next one
    page.month_panel.grid.set_cells(
        [((date(2026, 3, 9), "WP3"), D(3)), ((date(2026, 3, 9), "WP1"), D(2))]
    )
    page.month_panel.grid_view.setCurrentIndex(page.month_panel.grid.index(0, 17))  # 18 March
    qtbot.mouseClick(page.month_panel.copy_week_button, Qt.MouseButton.LeftButton)
    assert page.month_panel.grid.hours.get(date(2026, 3, 16), "WP1") == D(2)
    assert page.month_panel.grid.hours.get(date(2026, 3, 16), "WP3") == D(3)


def test_paste_of_a_spreadsheet_row_is_all_or_nothing(qtbot, page: TimesheetsPage) -> None:  # type: ignore[no-untyped-def]
    start = page.month_panel.grid.index(ROW_ORDER.index("WP2"), 1)  # 2 March
    assert page.month_panel.grid_view.paste_text("7.5\t7.5\t7,25\n", start) == 3
    assert page.month_panel.grid.hours.get(date(2026, 3, 4), "WP2") == D("7.25")
    assert (
        page.month_panel.grid_view.paste_text(
            "1\tabc\t2", page.month_panel.grid.index(ROW_ORDER.index("WP4"), 1)
        )
        == 0
    )
    assert page.month_panel.grid.hours.get(date(2026, 3, 2), "WP4") == 0
    assert "Paste refused" in page.month_panel.problem.text()


def test_the_staff_dialog_says_what_is_wrong_before_closing(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from blues_desktop.ui.timesheets.dialogs import StaffDialog

    dialog = StaffDialog(None, "ES", [])
    qtbot.addWidget(dialog)
    dialog.last_name.setText("Sanz")
    dialog.has_end.setChecked(True)
    dialog.end.setDate(dialog.start.date().addDays(-1))
    dialog.accept()
    assert dialog.draft is None and dialog.result() == 0
    shown = dialog.errors.shown()  # each message under the field it is about
    assert shown["first_name"] == "the first name is required"
    assert "ends" in shown["employment_end"] and "before it starts" in shown["employment_end"]
    assert "" not in shown  # nothing left over in a list under the form
    dialog.first_name.setText("Eva")
    dialog.has_end.setChecked(False)
    dialog.region.setCurrentIndex(dialog.region.findData("AR"))
    dialog.accept()
    assert dialog.draft is not None and dialog.draft.region == "AR"
    assert dialog.draft.annual_productive_hours == D(1720)


def test_approve_for_many_ticks_the_submitted_months(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ticked by the month's status, not by the words shown next to the name."""
    from blues_desktop.domain.timesheets import DRAFT
    from blues_desktop.ui.timesheets.dialogs import ApproveManyDialog

    dialog = ApproveManyDialog(
        None,
        "March 2026",
        [("a", "Ana Ruiz", SUBMITTED), ("b", "Eva Gil", DRAFT), ("c", "Pau Vila", None)],
    )
    qtbot.addWidget(dialog)
    assert [dialog.list.item(i).text() for i in range(3)] == [
        "Ana Ruiz — Submitted",
        "Eva Gil — Draft",
        "Pau Vila — Not started",
    ]
    assert dialog.selected() == ["a"]


def test_changing_month_with_unsaved_hours_asks_the_one_question(
    qtbot, page: TimesheetsPage, ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    """Save / Discard changes / Keep editing, as for attendance ticks and on closing."""
    from tests.ui.answering import asked

    type_into(qtbot, page, "WP3", 2, "6")
    assert page.month_panel.grid.dirty
    answer_next("Keep editing")
    page._go(MARCH.next())
    assert page.month == MARCH and page.month_panel.grid.dirty
    assert "are not saved yet" in asked[-1] and page.sheet.staff.name in asked[-1]
    answer_next("Save")
    page._go(MARCH.next())
    assert page.month == MARCH.next()
    staff_id = page.sheet.staff.id if page.sheet else None
    qtbot.waitUntil(
        lambda: ts.load_month(ctx, staff_id, MARCH).hours.get(date(2026, 3, 2), "WP3") == D(6),
        timeout=5000,
    )
