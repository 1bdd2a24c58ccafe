"""scripts/mark-strings: what it wraps, what it leaves, and that a second run changes nothing."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "mark-strings"

SOURCE = """\
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from blues_desktop.ui.rows_model import RowsModel


class StaffModel(RowsModel):
    headers = ("Name", "Status")


class Panel(QWidget):
    def build(self, name: str, count: int) -> None:
        self.setObjectName("staff_panel")
        self.title = QLabel("Staff of the office")
        self.title.setToolTip(f"Hours of {name}: {count:,} in all")  # type: ignore[attr-defined]
        self.setStyleSheet("QLabel { color: red; }")
        self.title.setText("optional" if count else "—")


def ask(parent: QWidget, path: str) -> None:
    QMessageBox.question(parent, "Delete the file", f"Delete {path}?")
"""


@pytest.fixture(scope="module")
def mark() -> ModuleType:
    loader = importlib.machinery.SourceFileLoader("mark_strings", str(SCRIPT))
    spec = importlib.util.spec_from_loader("mark_strings", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["mark_strings"] = module  # its dataclasses look their module up
    loader.exec_module(module)
    return module


def _run(mark: ModuleType, path: Path) -> str:
    qobjects = mark.qobject_classes([path]) | {"RowsModel"}
    marker = mark.Marker(path, path.read_text(encoding="utf-8"), qobjects, path.parent)
    return marker.run()


def test_visible_strings_are_wrapped_and_the_rest_left(mark: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "panel.py"
    path.write_text(SOURCE, encoding="utf-8")
    out = _run(mark, path)
    assert 'QLabel(self.tr("Staff of the office"))' in out
    # an f-string becomes one sentence with named fields; the line keeps its comment
    assert (
        'self.tr("Hours of {name}: {count:,} in all").format(name=name, count=count))'
        "  # type: ignore[attr-defined]" in out
    )
    assert 'self.tr("optional") if count else "—"' in out  # a word, not a symbol
    assert 'QCoreApplication.translate("panel", "Delete the file")' in out
    assert 'QCoreApplication.translate("panel", "Delete {path}?").format(path=path)' in out
    assert 'headers = (QT_TRANSLATE_NOOP("StaffModel", "Name"), ' in out
    assert (
        'setObjectName("staff_panel")' in out and 'setStyleSheet("QLabel { color: red; }")' in out
    )
    assert "from PySide6.QtCore import QCoreApplication" in out
    assert "from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP" in out
    compile(out, str(path), "exec")


def test_a_second_run_changes_nothing(mark: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "panel.py"
    path.write_text(SOURCE, encoding="utf-8")
    once = _run(mark, path)
    path.write_text(once, encoding="utf-8")
    assert _run(mark, path) == once


HELPERS = """\
from PySide6.QtWidgets import QFileDialog, QWidget

from blues_desktop.ui.dialog_buttons import ask_reason, confirm, dialog_buttons
from blues_desktop.ui.feedback import tell
from blues_desktop.ui.lists import EmptyState


class Page(QWidget):
    def build(self, name: str) -> None:
        self.setObjectName("members_page")
        self.buttons = dialog_buttons(self, "Save")
        self.empty = EmptyState(self, "No events yet.", "New event…", self.build)
        for label, slot in (("Host accepts", self.build), ("Withdraw…", self.build)):
            self.add(label, slot)
        for key, label in (("activities", "What was done"), ("results", "Results")):
            self.add(key, label)
        tell(self, f"Deleted “{name}”. Undo delete brings it back.")
        if confirm(self, "Delete event", f"Delete “{name}”?", "Delete"):
            ask_reason(self, "Reopen", f"Why is {name} reopened?", "Reopen", "Keep it")
        QFileDialog.getSaveFileName(self, "Export", "events.xlsx", "Excel workbook (*.xlsx)")
        if name:
            verdict = "Nothing has been written yet."
        else:
            verdict = "No row can be imported."
        self.status.setText(f"{name}: {verdict}")
        parts = [f"Note: {n}" for n in name]
        parts.append(f"<p>What matched:</p><ul>{name}</ul>")
        parts.append(f"<p style='color:{name}'>{name}</p>")
        self.settings.setValue("columns/state", "Reopen")

    def title(self, name: str) -> str:
        if not name:
            return "members_page"
        return f"Timesheet: {name}"


class _Question(QWidget):
    def __init__(self, parent: QWidget, title: str, act: str) -> None:
        super().__init__(parent)


class Revoke(_Question):
    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent, f"Revoke the key of {name}", "Revoke the key")


def kpis(held: int) -> str:
    return f"{held} exchanges held."
"""


def test_helpers_returns_tables_and_variables_are_wrapped(mark: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "page.py"
    path.write_text(HELPERS, encoding="utf-8")
    out = _run(mark, path)
    for wrapped in (
        'dialog_buttons(self, self.tr("Save"))',
        'EmptyState(self, self.tr("No events yet."), self.tr("New event…"), self.build)',
        '(self.tr("Host accepts"), self.build), (self.tr("Withdraw…"), self.build)',
        '("activities", self.tr("What was done")), ("results", self.tr("Results"))',
        'tell(self, self.tr("Deleted “{name}”. Undo delete brings it back.").format(name=name))',
        'confirm(self, self.tr("Delete event"), self.tr("Delete “{name}”?").format(name=name), '
        'self.tr("Delete"))',
        'self.tr("Keep it")',
        # the filter's words are translated, its pattern kept for the translator to copy
        '"events.xlsx", self.tr("Excel workbook (*.xlsx)"))',
        'verdict = self.tr("Nothing has been written yet.")',
        'verdict = self.tr("No row can be imported.")',
        '[self.tr("Note: {n}").format(n=n) for n in name]',
        'parts.append(self.tr("<p>What matched:</p><ul>{name}</ul>").format(name=name))',
        'return self.tr("Timesheet: {name}").format(name=name)',
        # before QObject.__init__ has run, by the class's name
        'super().__init__(parent, QCoreApplication.translate("Revoke", "Revoke the key of '
        '{name}").format(name=name), QCoreApplication.translate("Revoke", "Revoke the key"))',
        'return QCoreApplication.translate("page", "{held} exchanges held.").format(held=held)',
    ):
        assert wrapped in out, wrapped
    # names, keys, markup without words and settings are left
    for left in (
        'setObjectName("members_page")',
        'return "members_page"',
        "parts.append(f\"<p style='color:{name}'>{name}</p>\")",
        'setValue("columns/state", "Reopen")',
    ):
        assert left in out, left
    compile(out, str(path), "exec")
    path.write_text(out, encoding="utf-8")
    assert _run(mark, path) == out  # and a second run changes nothing


TABLES = """\
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QTableWidget, QWidget

from blues_desktop.ui.rows_model import RowsModel

LANGUAGE_NAMES = {"en": "English", "de": "Deutsch"}
NO_MATCH = "No organisation matches the search."
DEFAULT_PURPOSE = "Member communication"
COLUMNS = ("Taken", "Size")
TEXT_FIELDS = (("city", "City"), ("vat_number", "VAT number"))
HEADERS = {0: "Legal name", 1: "Type"}
PLACES = {"cap": "Money and duration, cap"}


class OrganisationsModel(RowsModel):
    headers = tuple(HEADERS.values())


def place(head: str) -> str:
    name = PLACES.get(head, head)
    return name


class Dialog(QWidget):
    def build(self, current: str) -> None:
        self.hint = QLabel(NO_MATCH)
        self.purpose = QLineEdit(DEFAULT_PURPOSE)
        QTableWidget().setHorizontalHeaderLabels(COLUMNS)
        form = QFormLayout()
        for name, label in TEXT_FIELDS:
            form.addRow(label, QLineEdit(name))
        for code, language in LANGUAGE_NAMES.items():
            self.languages.addItem(language, code)
"""


def test_module_tables_are_marked_and_translated_where_shown(
    mark: ModuleType, tmp_path: Path
) -> None:
    path = tmp_path / "dialog.py"
    path.write_text(TABLES, encoding="utf-8")
    out = _run(mark, path)
    for wrapped in (
        'NO_MATCH = QT_TRANSLATE_NOOP("dialog", "No organisation matches the search.")',
        'QLabel(QCoreApplication.translate("dialog", NO_MATCH))',
        'COLUMNS = (QT_TRANSLATE_NOOP("dialog", "Taken"), QT_TRANSLATE_NOOP("dialog", "Size"))',
        'setHorizontalHeaderLabels([QCoreApplication.translate("dialog", text) for text in '
        "COLUMNS])",
        '("city", QT_TRANSLATE_NOOP("dialog", "City"))',
        'form.addRow(QCoreApplication.translate("dialog", label), QLineEdit(name))',
        # a model's headers are translated by the model, in its class's context
        'HEADERS = {0: QT_TRANSLATE_NOOP("OrganisationsModel", "Legal name"), ',
        'name = QCoreApplication.translate("dialog", PLACES.get(head, head))',
        'PLACES = {"cap": QT_TRANSLATE_NOOP("dialog", "Money and duration, cap")}',
    ):
        assert wrapped in out, wrapped
    # a value kept as data, and the languages named in their own language, are left
    assert 'DEFAULT_PURPOSE = "Member communication"' in out
    assert 'LANGUAGE_NAMES = {"en": "English", "de": "Deutsch"}' in out
    assert "addItem(language, code)" in out
    compile(out, str(path), "exec")
    path.write_text(out, encoding="utf-8")
    assert _run(mark, path) == out


RECORDS = """\
from dataclasses import dataclass

from PySide6.QtWidgets import QLabel, QWidget

WINDOW = "Main window"
WEEKDAYS = ("Mo", "Tu")


@dataclass(frozen=True)
class Shortcut:
    key: str
    what: str
    where: str


ZOOM_IN = Shortcut("Ctrl++", "Zoom in.", WINDOW)


def listed() -> list[tuple[str, str]]:
    rows = [(s.where, s.what) for s in (ZOOM_IN,)]
    return rows


class Grid(QWidget):
    def header(self, day: int, native: str) -> str:
        self.tip = QLabel(f"{ZOOM_IN.what} ({native})")
        return f"{day}\\n{WEEKDAYS[day]}"
"""


def test_records_and_fields_of_f_strings_are_translated(mark: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "shortcuts.py"
    path.write_text(RECORDS, encoding="utf-8")
    out = _run(mark, path)
    for wrapped in (
        'ZOOM_IN = Shortcut("Ctrl++", QT_TRANSLATE_NOOP("Shortcut", "Zoom in."), WINDOW)',
        'WINDOW = QT_TRANSLATE_NOOP("Shortcut", "Main window")',
        'rows = [(QCoreApplication.translate("Shortcut", s.where), '
        'QCoreApplication.translate("Shortcut", s.what)) for s in (ZOOM_IN,)]',
        # an f-string with no words of its own keeps its form; its fields are translated
        "QLabel(f\"{QCoreApplication.translate('Shortcut', ZOOM_IN.what)} ({native})\")",
        "return f\"{day}\\n{QCoreApplication.translate('shortcuts', WEEKDAYS[day])}\"",
        'WEEKDAYS = (QT_TRANSLATE_NOOP("shortcuts", "Mo"), ',
    ):
        assert wrapped in out, wrapped
    assert 'Shortcut("Ctrl++"' in out  # the keys are not words
    compile(out, str(path), "exec")
    path.write_text(out, encoding="utf-8")
    assert _run(mark, path) == out
