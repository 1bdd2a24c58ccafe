"""An export says in the main window's status bar what it wrote and where, with Open and
Show in folder beside the line, and no message box to close (docs/ui-conventions.md)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from blues_desktop.documents.exchanges import DocumentKind, render_document
from blues_desktop.services import exchanges as cx
from blues_desktop.services.context import AppContext
from blues_desktop.ui.feedback import WrittenFileLinks, last_written, tell
from blues_desktop.ui.pages.exchanges import ExchangesPage
from blues_desktop.ui.pages.timesheets import TimesheetsPage
from blues_desktop.ui.pdf_preview import PdfPreviewDialog
from tests.services.test_exchanges_workflow import parties, registration
from tests.services.test_timesheets_services import add_team


class _Opened(QObject):
    """Receives what the system would open (Qt's handler for file: addresses)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened() -> Iterator[_Opened]:
    receiver = _Opened()
    QDesktopServices.setUrlHandler("file", receiver, "open")
    yield receiver
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture(autouse=True)
def _no_message_box(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def boxed(*_a, **_k):  # type: ignore[no-untyped-def]
        raise AssertionError("an export opened a message box")

    monkeypatch.setattr(QMessageBox, "information", boxed)


def _in_window(qtbot, page: QWidget) -> QMainWindow:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(page)
    window.statusBar()  # made with the window, as the main window makes it
    window.show()
    return window


def _links(window: QMainWindow) -> WrittenFileLinks:
    links = window.findChild(WrittenFileLinks)
    assert links is not None
    return links


def test_the_exchanges_export_is_told_with_open_and_show_in_folder(
    qtbot, ctx: AppContext, tmp_path: Path, monkeypatch, opened: _Opened
) -> None:  # type: ignore[no-untyped-def]
    cx.register(ctx, registration(parties(ctx)))
    page = ExchangesPage(ctx)
    window = _in_window(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    target = tmp_path / "register.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    page.export()
    bar = window.statusBar()
    qtbot.waitUntil(lambda: bar.currentMessage() != "", timeout=10_000)
    assert bar.currentMessage() == f"Wrote 1 exchange to {target}"
    assert last_written(page) == target
    links = _links(window)
    assert links.isVisibleTo(window) and links.open_button.text() == "Open"
    assert links.folder_button.text() == "Show in folder"
    assert load_workbook(target).sheetnames  # the file the buttons open is there
    links.open_button.click()
    links.folder_button.click()
    assert [Path(url.toLocalFile()) for url in opened.urls] == [target, tmp_path]
    tell(page, "Deleted “Aguas del Ebro S.L.”.")  # a later line is about something else
    assert not links.isVisibleTo(window)


def test_a_pdf_saved_from_the_preview_is_told_in_the_window_below(
    qtbot, ctx: AppContext, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    reference = cx.register(ctx, registration(parties(ctx))).reference
    page = QWidget()
    window = _in_window(qtbot, page)
    data = render_document(ctx, reference, DocumentKind.CTQ)
    dialog = PdfPreviewDialog("CtQ", data, "ctq.pdf", page)
    qtbot.addWidget(dialog)
    target = tmp_path / "ctq.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    dialog.save_as()
    assert target.read_bytes() == data
    assert window.statusBar().currentMessage() == f"Saved ctq.pdf in {tmp_path}."
    assert _links(window).isVisibleTo(window) and _links(window).path == target


def test_the_timesheets_export_is_told_in_the_status_bar(
    qtbot, ctx: AppContext, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    add_team(ctx)
    page = TimesheetsPage(ctx)
    window = _in_window(qtbot, page)
    target = tmp_path / "timesheets.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    page.year_panel.export_year()
    bar = window.statusBar()
    qtbot.waitUntil(lambda: bar.currentMessage() != "", timeout=10_000)
    assert bar.currentMessage().startswith("Wrote ") and str(target) in bar.currentMessage()
    assert "2 staff members" in bar.currentMessage()
    assert _links(window).path == target and target.exists()
