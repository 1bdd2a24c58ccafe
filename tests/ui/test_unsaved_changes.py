"""One question wherever pending edits would be lost: Save / Discard changes / Keep
editing, for attendance ticks when another event is chosen, for a timesheet's hours when
another month is chosen, and for both when the window closes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from blues_desktop.services import events as ev
from blues_desktop.services.context import AppContext
from blues_desktop.ui.feedback import last_told
from blues_desktop.ui.main_window import MainWindow
from blues_desktop.ui.pages.events import EventsPage
from tests.conftest import MakeEvent
from tests.ui.answering import answer_next, asked


def _event_row(page: EventsPage, event_id: str) -> int:
    return next(r for r in range(page.events.rowCount()) if page.events.row_at(r).id == event_id)


def _opened(qtbot, ctx: AppContext, count: int) -> EventsPage:  # type: ignore[no-untyped-def]
    """The Events page with its list read (the page reads behind the window)."""
    page = EventsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.events.rowCount() == count and page.detail is not None)
    return page


def _choose(qtbot, page: EventsPage, event_id: str) -> None:  # type: ignore[no-untyped-def]
    page.list_view.selectRow(_event_row(page, event_id))
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.id == event_id)


def _tick_first(qtbot, page: EventsPage) -> None:  # type: ignore[no-untyped-def]
    page.tabs.setCurrentIndex(1)
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.attendance.index(0, 1))
    qtbot.keyClick(page.grid, Qt.Key.Key_Space)
    assert len(page.attendance.pending) == 1


def test_switching_event_asks_about_unsaved_ticks(
    qtbot, ctx: AppContext, make_event: MakeEvent
) -> None:  # type: ignore[no-untyped-def]
    other = make_event(ctx, title="Water forum", people=["Eva Gil"])
    first = make_event(ctx, title="Info day", people=["Ana Ruiz", "Pau Vila"])
    page = _opened(qtbot, ctx, 2)
    _choose(qtbot, page, first)
    _tick_first(qtbot, page)

    # Keep editing: the event with the ticks stays chosen, the ticks stay
    answer_next("Keep editing")
    page.list_view.selectRow(_event_row(page, other))
    assert "1 attendance ticks for “Info day” are not saved yet." in asked[-1]
    assert page.detail.id == first and len(page.attendance.pending) == 1
    assert page.list_view.currentIndex().row() == _event_row(page, first)

    # Discard changes: the other event is shown, nothing was stored
    answer_next("Discard changes")
    _choose(qtbot, page, other)
    assert not page.attendance.pending
    assert not any(p.present for p in ev.event_detail(ctx, first).participants)

    # Save: the ticks are stored before the other event is shown
    _choose(qtbot, page, first)
    _tick_first(qtbot, page)
    answer_next("Save")
    _choose(qtbot, page, other)
    qtbot.waitUntil(
        lambda: sum(bool(p.present) for p in ev.event_detail(ctx, first).participants) == 1,
        timeout=5000,
    )


def test_closing_the_window_asks_and_keep_editing_keeps_it_open(
    qtbot, ctx: AppContext, make_event: MakeEvent
) -> None:  # type: ignore[no-untyped-def]
    make_event(ctx, title="Info day", people=["Ana Ruiz"])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("Events")
    assert isinstance(page, EventsPage)
    qtbot.waitUntil(lambda: page.detail is not None)
    _tick_first(qtbot, page)
    answer_next("Keep editing")
    assert not window.close()
    assert window.isVisible() and len(page.attendance.pending) == 1
    answer_next("Discard changes")
    assert window.close()


def test_deleting_an_event_asks_with_the_acts_name_and_says_it(
    qtbot, ctx: AppContext, make_event: MakeEvent
) -> None:  # type: ignore[no-untyped-def]
    make_event(ctx, title="Water forum")
    make_event(ctx, title="Info day")
    page = _opened(qtbot, ctx, 2)
    title = page.detail.title
    answer_next("Delete")
    page.delete_event()
    qtbot.waitUntil(lambda: page.events.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: bool(last_told(page)), timeout=5000)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=5000)
    assert last_told(page) == f"Deleted the event “{title}” with its registrations."
    assert page.detail is not None and page.list_view.currentIndex().row() == 0


def test_the_reports_tab_shows_the_chosen_events_figures(
    qtbot, ctx: AppContext, make_event: MakeEvent
) -> None:  # type: ignore[no-untyped-def]
    make_event(ctx, title="Water forum", people=["Eva Gil", "Luis Sanz", "Rosa Mir"])
    first = make_event(ctx, title="Info day", people=["Ana Ruiz"])
    page = _opened(qtbot, ctx, 2)
    _choose(qtbot, page, first)
    text = page.report_text.text()
    assert "Figures of “Info day”" in text
    assert "1 registered" in text  # this event's one registration, not the four of both
