"""The window on a laptop: every page (a partner's and the coordinator's, with demo data)
and every main dialog fits 1366×768 less a desktop panel and 1280×720, and nothing on
them is cut (tests/ui/tour.py walks them on a screen of that size, in its own process);
sizes and splitters are remembered, never past the screen; the keyboard shortcuts, the
Help list of them, the lists' right-click menus and the PDF preview's zoom."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QSplitter, QWidget

from blues_desktop.services.context import AppContext
from blues_desktop.ui import shortcuts
from blues_desktop.ui.geometry import (
    FRAME_MARGIN,
    remember_geometry,
    remember_splitter,
    save_geometry,
)
from blues_desktop.ui.icons import NAMES, icon
from blues_desktop.ui.main_window import PAGES, MainWindow
from blues_desktop.ui.shortcuts_dialog import ShortcutsDialog

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("screen", ["1366x728", "1280x720"])
def test_every_page_and_dialog_fits_the_laptop(screen: str, tmp_path: Path) -> None:
    out = tmp_path / "tour.json"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.tour", "--screen", screen, "--json", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    tour = json.loads(out.read_text(encoding="utf-8"))
    width, height = (int(n) for n in screen.split("x"))
    assert tour["available"] == [width, height]  # the tour ran on that screen
    pages = [s for s in tour["stops"] if s["kind"] == "page"]
    dialogs = [s for s in tour["stops"] if s["kind"] == "dialog"]
    assert {(s["office"], s["name"]) for s in pages} == {
        (office, entry.title) for office in ("partner", "coordinator") for entry in PAGES
    }
    titles = {s["name"].split(" — ")[0] for s in dialogs}
    for expected in (
        "New organisation",
        "Import members",
        "Register an exchange",
        "Commitment to Quality",
        "New event",
        "Edit event",
        "Fill from a typical week",
        "History",
        "Keyboard shortcuts",
        "Settings",
    ):
        assert expected in titles, sorted(titles)
    problems = [f"{s['office']} {s['name']}: {p}" for s in tour["stops"] for p in s["problems"]]
    assert problems == []
    for stop in tour["stops"]:
        assert stop["size"][0] <= width and stop["size"][1] <= height, stop
        assert stop["minimum"][0] <= width and stop["minimum"][1] <= height, stop
    # well under a 1280-pixel screen, so the window can share the screen or be narrowed
    assert max(s["minimum"][0] for s in pages) <= 1100


@pytest.mark.parametrize("language", ["pl", "de"])
def test_the_polish_and_german_window_fits_the_laptop(language: str, tmp_path: Path) -> None:
    """Polish and German have the longest words the window shows ("Karty czasu pracy",
    "h/tydz.", "WP5 Zarządzanie projektem", "Alle Partnerschaften", "Partnerschaft"): a
    partner's pages in each, nothing cut, no list of exchanges or staff scrolled sideways."""
    out = tmp_path / "tour.json"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.tour", "--screen", "1366x728", "--offices", "ZIN",
         "--language", language, "--json", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    tour = json.loads(out.read_text(encoding="utf-8"))
    pages = [s for s in tour["stops"] if s["kind"] == "page"]
    assert len(pages) == len(PAGES)
    problems = [f"{s['name']}: {p}" for s in tour["stops"] for p in s["problems"]]
    assert problems == []


def test_a_remembered_size_is_used_only_while_it_fits(qtbot) -> None:  # type: ignore[no-untyped-def]
    room = QApplication.primaryScreen().availableGeometry().size() - FRAME_MARGIN
    first = QDialog()
    qtbot.addWidget(first)
    remember_geometry(first, "test_dialog", 5000, 5000)
    assert first.width() <= room.width() and first.height() <= room.height()
    first.resize(400, 300)
    first.show()
    first.close()  # remembered
    second = QDialog()
    qtbot.addWidget(second)
    remember_geometry(second, "test_dialog", 700, 500)
    assert second.size() == QSize(400, 300)
    # a size saved on a larger screen is not used: the usual size, fitted, is
    big = QDialog()
    qtbot.addWidget(big)
    big.setMinimumSize(room.width() + 200, 100)
    big.resize(room.width() + 200, 200)
    save_geometry(big, "test_large")
    third = QDialog()
    qtbot.addWidget(third)
    remember_geometry(third, "test_large", 500, 400)
    assert third.size() == QSize(500, 400)


def test_a_splitter_is_where_it_was_left(qtbot) -> None:  # type: ignore[no-untyped-def]
    def make() -> QSplitter:
        splitter = QSplitter()
        splitter.addWidget(QWidget())
        splitter.addWidget(QWidget())
        splitter.resize(600, 200)
        qtbot.addWidget(splitter)
        return splitter

    first = make()
    remember_splitter(first, "test")
    first.setSizes([450, 150])
    first.splitterMoved.emit(450, 1)  # as a drag does
    second = make()
    remember_splitter(second, "test")
    assert second.sizes()[0] > 2 * second.sizes()[1]


def _native(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def test_shortcuts_press_the_pages_buttons_and_help_lists_them(
    qtbot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("Members")
    opened: list[str] = []
    monkeypatch.setattr(type(page), "open_editor", lambda _self, org_id: opened.append(org_id))
    page.new_button.clicked.disconnect()
    page.new_button.clicked.connect(lambda: page.open_editor(None))
    assert window.press(shortcuts.NEW)
    assert opened == [None]
    # Edit needs a selected organisation: the button is disabled, the shortcut says why
    page.edit_button.setEnabled(False)
    assert not window.press(shortcuts.EDIT)
    assert window.statusBar().currentMessage() == shortcuts.EDIT.unavailable
    assert window.press(shortcuts.FIND) and window.focusWidget() is page.search
    # Ctrl+3 shows the third page
    go = {a.shortcut().toString(): a for a in window.findChildren(QAction)}
    go["Ctrl+3"].trigger()
    assert window.navigation.currentRow() == 2
    dialog = ShortcutsDialog(tuple(e.title for e in PAGES), window)
    qtbot.addWidget(dialog)
    rows = {
        tuple(dialog.table.item(r, c).text() for c in range(3))
        for r in range(dialog.table.rowCount())
    }
    for shortcut in (*shortcuts.PAGE_ACTIONS, *shortcuts.PREVIEW_KEYS):
        assert (shortcut.where, _native(shortcut.key), shortcut.what) in rows, shortcut
    assert (shortcuts.WINDOW, "Ctrl+6", "Show the Reports page.") in rows
    listed = {key for where, key, _what in rows if where == shortcuts.WINDOW}
    # every key of the window's menus is in the list
    menu_keys = {
        action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        for menu in window.menuBar().findChildren(QMenu)
        for action in menu.actions()
        if not action.shortcut().isEmpty()
    }
    assert menu_keys <= listed, menu_keys - listed


def test_right_click_offers_the_buttons_of_the_list(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.show_page("Members")
    assert page.table.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    page.edit_button.setEnabled(False)
    page.delete_button.setEnabled(True)
    menu = page.table.build_list_menu()
    entries = {a.text(): a.isEnabled() for a in menu.actions()}
    assert entries == {
        page.edit_button.text(): False,
        page.duplicates_button.text(): page.duplicates_button.isEnabled(),
        page.delete_button.text(): True,
        page.history_button.text(): page.history_button.isEnabled(),
    }
    pressed: list[bool] = []
    page.delete_button.clicked.disconnect()
    page.delete_button.clicked.connect(lambda: pressed.append(True))
    next(a for a in menu.actions() if a.text() == page.delete_button.text()).trigger()
    assert pressed == [True]
    # the other lists have theirs
    for title, view in (
        ("Exchanges", "table"),
        ("Events", "list_view"),
        ("Events", "participant_view"),
        ("Timesheets", "staff_view"),
    ):
        shown = getattr(window.show_page(title), view)
        assert shown.build_list_menu().actions(), (title, view)


def _two_page_pdf() -> bytes:
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for number in (1, 2):
        canvas.drawString(72, 720, f"Page {number}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_the_pdf_preview_zooms_and_fits_the_width(qtbot) -> None:  # type: ignore[no-untyped-def]
    from blues_desktop.ui.pdf_preview import PdfPreviewDialog

    dialog = PdfPreviewDialog("Preview", _two_page_pdf())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.page_count == 2
    assert dialog.zoom_label.text() == "Fitted to the width"
    dialog.zoom_in_action.trigger()
    first = dialog.zoom()
    assert dialog.zoom_label.text() == f"Zoom {first:.0%}"
    dialog.zoom_in_action.trigger()
    assert dialog.zoom() == pytest.approx(first * 1.25)
    dialog.zoom_out_action.trigger()
    dialog.zoom_out_action.trigger()
    assert dialog.zoom() == pytest.approx(first / 1.25)
    dialog.fit_action.trigger()
    assert dialog.zoom_label.text() == "Fitted to the width"
    assert [a.shortcut().toString() for a in (dialog.zoom_in_action, dialog.zoom_out_action)] == [
        shortcuts.ZOOM_IN.key,
        shortcuts.ZOOM_OUT.key,
    ]


def test_every_icon_is_drawn(qapp) -> None:  # type: ignore[no-untyped-def]
    for name in NAMES:
        assert not icon(name).pixmap(24, 24).isNull(), name
