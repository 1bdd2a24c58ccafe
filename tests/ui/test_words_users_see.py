"""Every page and every dialog reachable from it, as a partner and as the coordinator,
shows words, never an identifier: no table or column name, no dotted name, no UUID, no
enum value, no `None`, no bare country, region or language code where a name belongs.

The walk opens each page of the main window with demo data, selects the first row of
each list, reads every visible text (labels, buttons, titles, group boxes, tabs, combo
items, table headers and visible cells, tooltips, menus), then presses each button of
the page: a dialog it opens or a message it shows is read the same way and closed.
It also takes the paths that end in a message: a refused registration, a refused
bundle, and the column mapping of a member import.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import suppress
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from blues_desktop.bundles.export import export_bundle
from blues_desktop.services.context import AppContext
from blues_desktop.services.demo import generate
from blues_desktop.ui.main_window import PAGES, MainWindow
from blues_desktop.ui.operations import wait_until_idle
from tests.bundles.bundle_fixtures import forge, make_offices

# -- the detector ----------------------------------------------------------------------
_UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", re.I)
_ENUM = re.compile(r"<[A-Z]\w*\.\w+: [^>]*>|\b[A-Z][A-Za-z]+\.[A-Z][A-Z0-9_]+\b")
_DOTTED = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)*(?:\.[a-z][a-z0-9]*(?:_[a-z0-9]+)*)+\b")
_SNAKE = re.compile(r"\b[a-zA-Z][a-zA-Z0-9]*(?:_[a-zA-Z0-9]+)+\b")
_NONE = re.compile(r"^None$|[:=(\[]\s*None\b|\bNone\s*[,;)\]]|\bNone$")
_BARE_CODE = re.compile(r"^[A-Z]{2}$|^[a-z]{2}$")
# Two capitals that are words here, not codes: a CV, OK, a work package (WP), the EU.
_ABBREVIATIONS = frozenset({"CV", "OK", "WP", "EU"})
# Lower-case abbreviations only a program writes: "office id", "ecccp profile url".
_CODE_WORDS = re.compile(r"\b(?:id|ids|url|org|uuid|json|fk)\b")
_CODE_AFTER_NAME = re.compile(r"\b(?:Country|Region|Language)\s*:\s*([A-Za-z]{2})\b(?![\w-])")
# What may hold underscores or dots and is no identifier: addresses, paths, file names.
_NOT_WORDS = re.compile(
    r"\S+://\S+|www\.\S+|\S+@\S+|\S*[/\\]\S*|\b[\w-]+(?:\.[\w-]+)*\.(?:org|com|eu|net|io)\b"
    r"|\S+\.(?:blues|xlsx|xlsm|xls|ods|csv|pdf|json|minisig|age|txt|zip|log|db|sqlite3?|png|pub)\b",
    re.I,
)


def identifier_in(text: str) -> str | None:
    """The part of `text` that looks like an identifier rather than words, or None."""
    stripped = text.strip()
    if not stripped:
        return None
    if _BARE_CODE.fullmatch(stripped) and stripped not in _ABBREVIATIONS:
        return stripped  # a country, region or language code standing where a name belongs
    found = _CODE_AFTER_NAME.search(stripped)
    if found:
        return found.group(0)
    for pattern in (_UUID, _ENUM):
        found = pattern.search(stripped)
        if found:
            return found.group(0)
    words = _NOT_WORDS.sub(" ", stripped)
    for pattern in (_DOTTED, _SNAKE):
        for found in pattern.finditer(words):
            token = found.group(0)
            if pattern is _SNAKE or "_" in token:
                return token
    found = _CODE_WORDS.search(words)
    if found:
        return found.group(0)
    found = _NONE.search(stripped)
    if found:
        return "None"
    return None


@pytest.mark.parametrize(
    "text",
    [
        "event_days: 3 new",
        "visitor_cluster: rule 'SME names its cluster'",
        "refers to exchanges.host_org_id",
        "record 7fa17d19-5a3e-4c1b-9d41-0d8f1e2a6b70 is missing",
        "Status.DRAFT",
        "<MonthStatus.APPROVED: 'approved'>",
        "None",
        "Supervisor: None",
        "AN",
        "es",
        "Language: en",
        "Country: ES",
        "office id",
        "ecccp profile url",
        "org type",
    ],
)
def test_the_detector_finds_identifiers(text: str) -> None:
    assert identifier_in(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Timesheet months: 3 new, 1 changed",
        "Register an exchange",
        "Andalucía",
        "Spanish",
        "ZIN",
        "ZIN-X-2026-007",
        "ana.garcia@zinnae.org",
        "https://www.zinnae.org/about_us",
        "ZIN-0001-2026-11-30.blues",
        "Data: /home/ana/.local/share/blues_desktop",
        "None of the rows could be read.",
        "e.g. Zaragoza",
        "Key: ABCD-EFGH-IJKL-MNOP",
        "WP3",
        "CV",
        "zinnae.org",
        "",
    ],
)
def test_the_detector_lets_words_through(text: str) -> None:
    assert identifier_in(text) is None


# -- reading what a window shows --------------------------------------------------------
_TAGS = re.compile(r"<[^>]+>")
MAX_ROWS = 25  # the visible cells of a list; more would only repeat the same columns


def _plain(text: str) -> str:
    if "<" in text and _TAGS.search(text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _model_texts(model: QAbstractItemModel, view: QAbstractItemView) -> Iterator[str]:
    columns = _column_count(model)
    header = getattr(view, "horizontalHeader", None)
    for column in range(columns):
        if header is not None and header().isSectionHidden(column):
            continue
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for row in range(min(model.rowCount(QModelIndex()), MAX_ROWS)):
        if getattr(view, "isRowHidden", None) and _row_hidden(view, row):
            continue
        for column in range(max(columns, 1)):
            if header is not None and header().isSectionHidden(column):
                continue
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value


def _column_count(model: QAbstractItemModel) -> int:
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # a list model (QStringListModel) keeps it private: one column
        return 1


def _row_hidden(view: QAbstractItemView, row: int) -> bool:
    try:
        return bool(view.isRowHidden(row))  # type: ignore[attr-defined]
    except TypeError:  # a tree view asks for a parent
        return False


def texts_of(root: QWidget) -> Iterator[str]:
    """Every text a person can see on `root` and its visible children."""
    yield root.windowTitle()
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        yield widget.toolTip()
        for action in widget.actions():
            yield action.text()
            yield action.toolTip()
        if isinstance(widget, QMessageBox):
            yield widget.text()
            yield widget.informativeText()
            yield widget.detailedText()
        if isinstance(widget, QLabel):
            yield _plain(widget.text())
        elif isinstance(widget, QAbstractButton):
            yield widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QTabWidget):
            yield from (widget.tabText(i) for i in range(widget.count()))
            yield from (widget.tabToolTip(i) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QLineEdit):
            yield widget.text()
            yield widget.placeholderText()
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            yield widget.toPlainText()
        elif isinstance(widget, QMenu):
            yield widget.title()
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from _model_texts(widget.model(), widget)


class Seen:
    """What the walk read, and where; the identifiers found in it."""

    def __init__(self) -> None:
        self.problems: dict[str, str] = {}
        self.places = 0

    def read(self, place: str, root: QWidget) -> None:
        self.places += 1
        for text in texts_of(root):
            for line in (text or "").splitlines():
                found = identifier_in(line)
                if found is not None:
                    self.problems.setdefault(f"{found!r} in {line.strip()!r}", place)

    def report(self) -> str:
        return "\n".join(f"{place}: {problem}" for problem, place in sorted(self.problems.items()))


# -- answering every question a button can ask ---------------------------------------------
def settle(qtbot: Any) -> None:
    for _ in range(3):
        wait_until_idle(20_000)
        qtbot.wait(20)


class Answering:
    """Dialogs and message boxes are read, then closed without doing anything; file
    choosers answer with no file."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, qtbot: Any, seen: Seen) -> None:
        self.qtbot, self.seen = qtbot, seen
        self.place = ""
        answering = self

        def exec_(dialog: QDialog) -> int:
            answering.read_dialog(dialog)
            return int(QDialog.DialogCode.Rejected)

        def open_(dialog: QDialog) -> None:
            answering.read_dialog(dialog)
            dialog.reject()

        def message(kind: str) -> Callable[..., QMessageBox.StandardButton]:
            def ask(_parent: Any, title: str, text: str, *args: Any, **kw: Any) -> Any:
                box = QMessageBox()
                box.setWindowTitle(title)
                box.setText(text)
                answering.seen.read(f"{answering.place} ▸ {kind} message", box)
                box.deleteLater()
                return QMessageBox.StandardButton.No

            return ask

        for kind in ("information", "warning", "critical", "question"):
            monkeypatch.setattr(QMessageBox, kind, staticmethod(message(kind)))
        monkeypatch.setattr(QDialog, "exec", exec_)
        monkeypatch.setattr(QDialog, "open", open_)
        no_file = staticmethod(lambda *a, **k: ("", ""))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", no_file)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", no_file)
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([], "")))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
        monkeypatch.setattr(QInputDialog, "getText", staticmethod(self._input))
        monkeypatch.setattr(QInputDialog, "getItem", staticmethod(self._input))

    def _input(self, _parent: Any, title: str, label: str, *args: Any, **kw: Any) -> Any:
        for text in (title, label, *(a for a in args if isinstance(a, str))):
            found = identifier_in(text)
            if found is not None:
                self.seen.problems.setdefault(f"{found!r} in {text!r}", f"{self.place} ▸ input")
        for value in args:
            if isinstance(value, list):
                for item in value:
                    found = identifier_in(str(item))
                    if found is not None:
                        self.seen.problems.setdefault(
                            f"{found!r} in {item!r}", f"{self.place} ▸ input"
                        )
        return "", False

    def read_dialog(self, dialog: QDialog) -> None:
        dialog.show()
        settle(self.qtbot)
        self.seen.read(f"{self.place} ▸ {dialog.windowTitle() or type(dialog).__name__}", dialog)
        dialog.hide()

    def read_stray_windows(self, window: QWidget) -> None:
        """Windows shown without exec/open (the error dialog, the history): read, closed."""
        for widget in QApplication.topLevelWidgets():
            if widget is window or not widget.isVisible() or isinstance(widget, QMenu):
                continue
            self.seen.read(f"{self.place} ▸ {widget.windowTitle()}", widget)
            widget.close()


# -- the walk -----------------------------------------------------------------------------------
def _select_first_rows(page: QWidget) -> None:
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisibleTo(page) and model is not None and model.rowCount(QModelIndex()) > 0:
            view.setCurrentIndex(model.index(0, 0))


def _buttons(root: QWidget) -> list[QAbstractButton]:
    return [
        b
        for b in root.findChildren(QAbstractButton)
        if b.isVisibleTo(root) and b.isEnabled() and b.text().strip()
    ]


def walk_window(window: MainWindow, qtbot: Any, seen: Seen, answering: Answering) -> None:
    seen.read("the main window", window)
    for entry in PAGES:
        page = window.show_page(entry.title)
        settle(qtbot)
        _select_first_rows(page)
        settle(qtbot)
        answering.place = entry.title
        seen.read(f"{entry.title} page", page)
        for tab_widget in page.findChildren(QTabWidget):
            for index in range(tab_widget.count()):
                tab_widget.setCurrentIndex(index)
                settle(qtbot)
                seen.read(f"{entry.title} page, tab {tab_widget.tabText(index)}", page)
        for button in _buttons(page):
            if not button.isVisibleTo(page) or not button.isEnabled():
                continue  # an earlier press changed the page
            answering.place = f"{entry.title} ▸ {button.text()}"
            button.click()
            settle(qtbot)
            answering.read_stray_windows(window)
            seen.read(f"{entry.title} page after {button.text()!r}", page)


def refuse_a_bundle(offices: Any, tmp_path: Path) -> Path:
    """A bundle whose exchange names a host the coordinator has never heard of."""
    good = export_bundle(offices.partner, offices.out).path

    def host_elsewhere(rows: dict[str, list[dict[str, Any]]]) -> None:
        rows["exchanges"][0]["host_org_id"] = "7fa17d19-5a3e-4c1b-9d41-0d8f1e2a6b70"

    return forge(
        good, tmp_path / "f.blues", offices.partner, offices.coordinator, tables=host_elsewhere
    )


def member_list(path: Path) -> Path:
    """A member list whose headers need the mapping (the importer offers its fields)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "ZIN 2026"  # a name of the office's own, not a word of the window
    sheet.append(["Name", "Kind", "Land", "Office", "Profile"])
    sheet.append(["Acme Robotics SL", "SME", "ES", "ZIN", "https://example.org/acme"])
    book.save(path)
    return path


def bad_registration(ctx: AppContext, window: MainWindow, qtbot: Any, seen: Seen) -> None:
    """An SME visitor without its cluster: the rule's refusal, in words."""
    from blues_desktop.ui.exchanges.dialogs import RegistrationDialog

    dialog = RegistrationDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.visitor.new.setChecked(True)
    dialog.visitor.new_name.setText("Acme Robotics SL")
    dialog.visitor.new_type.setCurrentIndex(dialog.visitor.new_type.findData("sme"))
    dialog.visitor.new_country.setCurrentIndex(dialog.visitor.new_country.findData("ES"))
    dialog.submit()
    qtbot.waitUntil(lambda: bool(dialog.errors.text()), timeout=10_000)
    dialog.show()
    seen.read("a refused registration", dialog)
    assert "cluster" in dialog.errors.text().lower()
    dialog.close()


def import_mapping(
    ctx: AppContext, window: MainWindow, tmp_path: Path, qtbot: Any, seen: Seen
) -> None:
    from blues_desktop.ui.members.import_dialog import ImportDialog

    dialog = ImportDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_file(member_list(tmp_path / "members.xlsx"))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    dialog.steps.setCurrentWidget(dialog.mapping)
    settle(qtbot)
    seen.read("the member import's column mapping", dialog)
    assert dialog.mapping.rowCount() > 0
    dialog.steps.setCurrentWidget(dialog.tabs)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        seen.read(f"the member import, tab {dialog.tabs.tabText(index)}", dialog)
    dialog.close()


def refused_bundle(
    offices: Any, window: MainWindow, tmp_path: Path, qtbot: Any, seen: Seen, refused: str = "REFUSED"
) -> None:
    forged = refuse_a_bundle(offices, tmp_path)
    page = window.show_page("Bundles")
    before = page.history.rowCount()  # type: ignore[attr-defined]
    page.import_files([forged], confirm=False)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.history.rowCount() > before, timeout=20_000)  # type: ignore[attr-defined]
    settle(qtbot)
    seen.read("the Bundles page after a refused bundle", page)
    report = page.last_report  # type: ignore[attr-defined]
    assert f"{refused} f.blues" in report
    for line in report.splitlines():
        found = identifier_in(line)
        if found is not None:
            seen.problems.setdefault(f"{found!r} in {line.strip()!r}", "the refusal's report")


def walk_as(
    role: str,
    seen: Seen,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    refused: str = "REFUSED",
) -> None:
    """The whole walk as a partner or as the coordinator, on demo data, read by `seen`:
    a refused bundle (coordinator), a refused registration, an import's mapping, then
    every page and the dialogs its buttons open. `refused` is the word the window's
    language starts a refused bundle's report with."""
    offices = make_offices(tmp_path)
    generate(offices.partner, scale=0.1, offices=["ZIN"])
    if role == "coordinator":
        generate(offices.coordinator, scale=0.05, offices=["BPT"])
    ctx = offices.partner if role == "partner" else offices.coordinator
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    answering = Answering(monkeypatch, qtbot, seen)
    if role == "coordinator":
        answering.place = "Bundles ▸ import a refused bundle"
        refused_bundle(offices, window, tmp_path, qtbot, seen, refused)
    bad_registration(ctx, window, qtbot, seen)
    import_mapping(ctx, window, tmp_path, qtbot, seen)
    walk_window(window, qtbot, seen, answering)
    settle(qtbot)
    with suppress(RuntimeError):
        answering.read_stray_windows(window)
    assert seen.places > 30, "the walk read too little to be a walk"


@pytest.mark.parametrize("role", ["partner", "coordinator"])
def test_no_page_or_dialog_shows_an_identifier(
    role: str, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = Seen()
    walk_as(role, seen, qtbot, tmp_path, monkeypatch)
    assert not seen.problems, f"identifiers shown to a {role}:\n{seen.report()}"
