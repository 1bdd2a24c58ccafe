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
