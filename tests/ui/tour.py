"""A tour of the window as its users see it: a partner's and the coordinator's window with
demo data, every page, and the dialogs each page's buttons open. It checks that every
window and dialog fits the screen and that nothing of a page or dialog is cut, and it can
take a picture of each stop (scripts/screenshots).

It runs in its own process, because the screen is chosen when Qt starts:

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json python -m tests.ui.tour --json OUT
    python -m tests.ui.tour --screen 1366x768 --pictures docs/screenshots

(`--screen` writes the configuration file itself.) The data folder and the settings live
in a temporary folder: the tour never reads or writes a user's data or preferences.
Dialogs are caught when they open (exec or open): the tour looks at them, then closes
them as Cancel would, and questions, file choosers and text prompts answer "no", so
nothing is written, deleted or sent.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

# Each column of the timesheet grid, the day's date in a dialog, an amount: text of this
# kind is never meant to be cut (a long name may be elided, a date may not).
FIGURE = re.compile(r"^[\d\s.,:/\-–%€]+$")


# The dialogs pictured (once each, the first time they open): the main ones.
PICTURED_DIALOGS = {
    "New organisation",
    "Import members",
    "Possible duplicates across offices",
    "Register an exchange",
    "Programme rules (version 1 in force)",
    "Certificate of attendance",
    "Edit event",
    "Timesheet",
    "Fill from a typical week",
    "History",
    "Keyboard shortcuts",
    "Settings",
}


@dataclass
class Stop:
    """One page or dialog of the tour and what was wrong with it."""

    office: str
    name: str
    kind: str  # "page" or "dialog"
    size: tuple[int, int] = (0, 0)
    minimum: tuple[int, int] = (0, 0)  # the smallest the window or dialog can be
    problems: list[str] = field(default_factory=list)
    picture: str = ""


@dataclass
class Tour:
    screen: tuple[int, int]
    available: tuple[int, int]
    stops: list[Stop] = field(default_factory=list)


def _screen_config(width: int, height: int, folder: Path) -> Path:
    path = folder / f"screen-{width}x{height}.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    path.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return path


# --- what is checked ---------------------------------------------------------------------
def _visible_widgets(root: Any) -> Iterator[Any]:
    """What is on screen in this window (not in a dialog it opened)."""
    from PySide6.QtWidgets import QWidget

    for widget in root.findChildren(QWidget):
        if widget.window() is root and widget.isVisible():
            yield widget


def _describe(widget: Any) -> str:
    text = ""
    for getter in ("text", "title", "placeholderText", "windowTitle"):
        value = getattr(widget, getter, None)
        if callable(value):
            try:
                text = str(value())
            except TypeError:
                continue
            if text:
                break
    name = widget.objectName() or type(widget).__name__
    return f"{name} {text!r}" if text else name


def check_window(window: Any, available: Any) -> list[str]:
    """The window or dialog fits the screen, and nothing in it is cut or squeezed."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLabel,
        QLineEdit,
        QStatusBar,
        QTableView,
    )

    problems: list[str] = []
    frame = window.frameGeometry()
    if frame.width() > available.width() or frame.height() > available.height():
        problems.append(
            f"{window.windowTitle()!r} is {frame.width()}×{frame.height()}, "
            f"the screen leaves {available.width()}×{available.height()}"
        )
    minimum = window.minimumSizeHint()
    if minimum.width() > available.width() or minimum.height() > available.height():
        problems.append(f"its minimum size {minimum.width()}×{minimum.height()} exceeds the screen")
    inside = QRect(QPoint(0, 0), window.size())
    for widget in _visible_widgets(window):
        place = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        kinds = (QStatusBar, QAbstractItemView, QAbstractButton, QLineEdit, QComboBox)
        if (
            isinstance(widget, (*kinds, QAbstractSpinBox))
            and not inside.contains(place)
            and not _scrolled(widget, window)
        ):
            problems.append(f"{_describe(widget)} is cut at the window's edge")
        if isinstance(widget, QAbstractButton | QComboBox | QAbstractSpinBox | QLineEdit):
            need = widget.minimumWidth() or widget.minimumSizeHint().width()
            if widget.width() + 1 < need and not _scrolled(widget, window):
                problems.append(f"{_describe(widget)} is {widget.width()} px wide of {need}")
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            need = widget.minimumSizeHint().width()
            if (
                widget.width() + 1 < need
                and widget.sizePolicy().horizontalPolicy().name != "Ignored"
            ):
                problems.append(f"{_describe(widget)} is cut ({widget.width()} px of {need})")
        if isinstance(widget, QComboBox) and not _scrolled(widget, window):
            problems += _combo_text_cut(widget)
        if isinstance(widget, QTableView):
            problems += _cut_cells(widget)
    return problems


def _combo_text_cut(combo: Any) -> list[str]:
    """The choice a combo box shows is whole ("Alle Partnerschaften" was cut)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    text = combo.currentText()
    if not text or combo.isEditable():
        return []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    need = combo.fontMetrics().horizontalAdvance(text)
    if field.width() < need:
        return [f"the choice {text!r} of {_describe(combo)} shows {field.width()} px of {need}"]
    return []


def _scrolled(widget: Any, window: Any) -> bool:
    """Inside a scroll area or a list's cell: reached by scrolling, not cut."""
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _cut_cells(view: Any) -> list[str]:
    """Dates, hours and amounts shown whole in the rows on screen; editors in cells as
    wide as they need."""
    problems: list[str] = []
    model = view.model()
    if model is None:
        return problems
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    rows = min(model.rowCount(), 12)
    for column in range(model.columnCount()):
        if view.isColumnHidden(column) or header.sectionSize(column) == 0:
            continue
        width = view.columnWidth(column)
        for row in range(rows):
            index = model.index(row, column)
            editor = view.indexWidget(index)
            if editor is not None:
                need = editor.minimumSizeHint().width()
                if editor.width() + 1 < need:
                    problems.append(
                        f"a cell of {_describe(view)} column {column} shows {editor.width()} px "
                        f"of its editor's {need}"
                    )
                    break
                continue
            text = str(index.data() or "")
            padding = 2 * getattr(view, "cell_padding", 3)  # the style's 3 px either side
            if not hasattr(view, "cell_padding"):
                # the cell's grid line, and the text's fractional pixel: the style shortens
                # a date that is exactly as wide as the room left ("04/01/20…")
                padding += 2 if view.showGrid() else 1
            if text and FIGURE.match(text) and metrics.horizontalAdvance(text) + padding > width:
                problems.append(f"{text!r} is cut in column {column} of {_describe(view)}")
                break
    return problems


# --- what answers the prompts ---------------------------------------------------------
@contextmanager
def _answers(seen: Callable[[Any], None]) -> Iterator[None]:
    """Dialogs are handed to `seen` when they open and then closed as if cancelled; every
    question, file chooser and text prompt is answered "no"."""
    from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

    def caught(dialog: Any, *_args: Any) -> int:
        seen(dialog)
        return 0

    no = QMessageBox.StandardButton.No
    replaced = {
        (QDialog, "exec"): caught,
        (QDialog, "open"): caught,
        (QMessageBox, "exec"): lambda box, *_a: int(no),
        (QMessageBox, "question"): lambda *_a, **_k: no,
        (QMessageBox, "information"): lambda *_a, **_k: QMessageBox.StandardButton.Ok,
        (QMessageBox, "warning"): lambda *_a, **_k: QMessageBox.StandardButton.Ok,
        (QMessageBox, "critical"): lambda *_a, **_k: QMessageBox.StandardButton.Ok,
        (QFileDialog, "getSaveFileName"): lambda *_a, **_k: ("", ""),
        (QFileDialog, "getOpenFileName"): lambda *_a, **_k: ("", ""),
        (QFileDialog, "getOpenFileNames"): lambda *_a, **_k: ([], ""),
        (QFileDialog, "getExistingDirectory"): lambda *_a, **_k: "",
        (QInputDialog, "getText"): lambda *_a, **_k: ("", False),
        (QInputDialog, "getItem"): lambda *_a, **_k: ("", False),
    }
    before = {key: key[0].__dict__.get(key[1]) for key in replaced}
    for (owner, name), answer in replaced.items():
        setattr(owner, name, answer)
    try:
        yield
    finally:
        for (owner, name), old in before.items():
            if old is None:
                delattr(owner, name)
            else:
                setattr(owner, name, old)


# --- the tour ----------------------------------------------------------------------------
def _settle(app: Any) -> None:
    from blues_desktop.ui.operations import wait_until_idle

    for _ in range(6):
        app.processEvents()
        wait_until_idle()
    app.processEvents()


def _openers(page: Any) -> list[Any]:
    """What opens a dialog on a page: its enabled buttons ending in "…" (in every tab) and
    the entries of its menu buttons (an exchange's actions and documents)."""
    from PySide6.QtWidgets import QPushButton, QToolButton

    found: list[Any] = []
    for button in page.findChildren(QPushButton):
        # a button of another tab, or folded into an action bar's » menu, is still there;
        # one the page hid (the coordinator's alone) is not
        folded = type(button.parentWidget()).__name__ == "QToolBar"
        shown = folded or not button.isHidden()
        if button.text().endswith("…") and button.isEnabled() and shown:
            found.append(button)
    for tool in page.findChildren(QToolButton):
        menu = tool.menu()
        if menu is not None and tool.isEnabled():
            found += [a for a in menu.actions() if a.isEnabled() and a.text()]
    return found


def _select_first_rows(page: Any, app: Any) -> None:
    from PySide6.QtWidgets import QAbstractItemView, QTableView

    for view in page.findChildren(QTableView):
        model = view.model()
        rows = view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
        shown = rows and view.isVisibleTo(page) and model is not None and model.rowCount() > 0
        if shown and not view.currentIndex().isValid():
            view.setCurrentIndex(model.index(0, 0))
            view.selectRow(0)
            _settle(app)


def run_tour(width: int, height: int, pictures: Path | None, offices: tuple[str, ...]) -> Tour:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QDialog, QTabWidget

    from blues_desktop.services.context import open_installation
    from blues_desktop.services.demo import generate
    from blues_desktop.services.setup import initialise
    from blues_desktop.ui.main_window import PAGES, MainWindow

    app = QApplication.instance() or QApplication([])
    screen = QGuiApplication.primaryScreen()
    room = screen.availableGeometry()
    tour = Tour(
        (screen.geometry().width(), screen.geometry().height()), (room.width(), room.height())
    )
    # the data under the tour's own home (main() sets it): the status bar reads "~/…"
    folder = Path(os.environ.get("BLUES_DATA_DIR") or tempfile.mkdtemp(prefix="blues-tour-"))
    count = 0

    def picture(widget: Any, name: str) -> str:
        nonlocal count
        if pictures is None:
            return ""
        count += 1
        path = pictures / f"{count:02d}-{name}.png"
        widget.grab().save(str(path), "PNG")
        return path.name

    for code in offices:
        installation = open_installation(folder / code)
        initialise(installation, code, "Ana García" if code != "BPT" else "Jörg Köhler")
        ctx = installation.context()
        generate(ctx, scale=0.1)
        role = "coordinator" if ctx.office.is_coordinator else "partner"
        window = MainWindow(ctx)
        window.show()
        window.build_all_pages()
        _settle(app)
        seen_dialogs: set[str] = set()

        def look_at(
            dialog: Any, owner: str, role: str = role, seen_dialogs: set[str] = seen_dialogs
        ) -> None:
            title = dialog.windowTitle() or type(dialog).__name__
            key = f"{type(dialog).__name__}:{title.split(' — ')[0]}"
            if key in seen_dialogs:
                return
            seen_dialogs.add(key)
            dialog.show()
            _settle(app)
            stop = Stop(
                role,
                title,
                "dialog",
                (dialog.frameGeometry().width(), dialog.frameGeometry().height()),
            )
            stop.problems = check_window(dialog, room)
            stop.minimum = _minimum(dialog)
            slug = re.sub(r"[^a-z0-9]+", "-", f"{role}-{owner}-{title}".lower()).strip("-")
            if title.split(" — ")[0].split(":")[0] in PICTURED_DIALOGS:
                PICTURED_DIALOGS.discard(title.split(" — ")[0].split(":")[0])
                stop.picture = picture(dialog, slug[:60])
            tour.stops.append(stop)
            dialog.hide()

        def look_at_opened(owner: str) -> None:
            """Dialogs shown without waiting for them (a record's history)."""
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QDialog) and widget.isVisible():
                    look_at(widget, owner)
                    widget.close()

        for index, entry in enumerate(PAGES):
            window.navigation.setCurrentRow(index)
            _settle(app)
            page = window.current_page()
            assert page is not None
            _select_first_rows(page, app)
            stop = Stop(
                role,
                entry.title,
                "page",
                (window.frameGeometry().width(), window.frameGeometry().height()),
            )
            stop.problems = check_window(window, room)
            stop.problems += _page_checks(page) + _navigation_checks(window)
            stop.minimum = _minimum(window)
            stop.picture = picture(window, f"{role}-{entry.title.lower()}")
            tour.stops.append(stop)
            tabs = [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(page)]
            with _answers(lambda d, owner=entry.title: look_at(d, owner)):
                for opener in _openers(page):
                    (opener.click if hasattr(opener, "click") else opener.trigger)()
                    _settle(app)
                    look_at_opened(entry.title)
                for tab in tabs:
                    for number in range(1, tab.count()):
                        tab.setCurrentIndex(number)
                        _settle(app)
                        stop.problems += [
                            f"tab {tab.tabText(number)!r}: {p}" for p in check_window(window, room)
                        ]
                    tab.setCurrentIndex(0)
        with _answers(lambda d: look_at(d, "menu")):
            window.show_shortcuts()
            window.open_settings()
            _settle(app)
            window.open_users()
            _settle(app)
        window.close()
        window.deleteLater()
        _settle(app)
        installation.close()
    return tour


def _minimum(window: Any) -> tuple[int, int]:
    size = window.minimumSizeHint().expandedTo(window.minimumSize())
    return (size.width(), size.height())


def _navigation_checks(window: Any) -> list[str]:
    """Every page's name whole in the navigation, which never scrolls sideways (Polish
    "Karty czasu pracy" was wider than the list)."""
    navigation = window.navigation
    problems = []
    if navigation.horizontalScrollBar().isVisible():
        problems.append("the navigation scrolls sideways")
    room = navigation.viewport().width()
    for row in range(navigation.count()):
        need = navigation.sizeHintForIndex(navigation.model().index(row, 0)).width()
        if need > room:
            text = navigation.item(row).text()
            problems.append(f"{text!r} is cut in the navigation ({room} px of {need})")
    return problems


def _headers_cut(view: Any, columns: range) -> list[str]:
    """The header of each of `columns` shown whole (a list's hidden or empty columns and
    a list without its header are left out)."""
    from PySide6.QtCore import Qt

    header = view.horizontalHeader()
    problems: list[str] = []
    if view.model() is None or header.isHidden():
        return problems
    for column in columns:
        if header.isSectionHidden(column) or header.sectionSize(column) == 0:
            continue
        need = header.sectionSizeFromContents(column).width()
        if header.sectionSize(column) + 1 < need:
            text = view.model().headerData(column, Qt.Orientation.Horizontal)
            problems.append(
                f"the header {text!r} of {_describe(view)} shows {header.sectionSize(column)} "
                f"px of {need}"
            )
    return problems


def _row_labels_cut(view: Any) -> list[str]:
    """The label of each row shown whole in a view's vertical header."""
    from PySide6.QtCore import Qt

    header = view.verticalHeader()
    model = view.model()
    problems = []
    for row in range(model.rowCount()):
        need = header.sectionSizeFromContents(row).width()
        if header.width() + 1 < need:
            text = model.headerData(row, Qt.Orientation.Vertical)
            problems.append(
                f"the row {text!r} of {_describe(view)} shows {header.width()} px of {need}"
            )
    return problems


def _long_month_labels_cut(page: Any) -> list[str]:
    """The rows' labels whole beside a 31-day month too (the days at their narrowest),
    whatever month the tour shows: the page goes to the next such month and back."""
    from PySide6.QtWidgets import QApplication

    shown = page.month
    if _days(shown) == 31:
        return []  # checked as shown
    long_month = shown.next()
    while _days(long_month) < 31:
        long_month = long_month.next()
    page._go(long_month)
    _settle(QApplication.instance())
    problems = [f"{p} (a 31-day month)" for p in _row_labels_cut(page.month_panel.grid_view)]
    page._go(shown)
    _settle(QApplication.instance())
    return problems


def _days(month: Any) -> int:
    import calendar

    return calendar.monthrange(month.year, month.month)[1]


def _sideways(view: Any) -> list[str]:
    """Every column of a list read without scrolling sideways."""
    length = view.horizontalHeader().length()
    if length > view.viewport().width() or view.horizontalScrollBar().isVisible():
        return [
            f"{_describe(view)} scrolls sideways: its columns take {length} px, "
            f"it shows {view.viewport().width()}"
        ]
    return []


def _page_checks(page: Any) -> list[str]:
    """What was seen cut before, checked by name."""
    from PySide6.QtWidgets import QSplitter

    problems: list[str] = []
    name = type(page).__name__
    if name == "TimesheetsPage":
        problems += _sideways(page.staff_view)
        problems += _headers_cut(page.staff_view, range(page.staff_model.columnCount()))
        # the rows' labels whole on a laptop's 1366 pixels; on a narrower screen the days
        # keep their width and a long label is shortened (whole in its tooltip)
        if page.window().screen().availableGeometry().width() >= 1366:
            problems += _row_labels_cut(page.month_panel.grid_view)
            problems += _long_month_labels_cut(page)
        grid = page.month_panel.grid_view
        model = grid.model()
        if model is not None and model.columnCount():
            shown = sum(grid.columnWidth(c) for c in range(model.columnCount()))
            if shown > grid.viewport().width():
                problems.append(
                    f"the month's {model.columnCount() - 1} days take {shown} px, "
                    f"the grid shows {grid.viewport().width()}"
                )
    if name == "ExchangesPage":
        # The list shows every column of its exchanges without scrolling sideways, and
        # each column at least as wide as its header (elided text is whole in its tooltip).
        problems += _headers_cut(page.table, range(page.model.columnCount()))
        if page.window().screen().availableGeometry().width() >= 1366:
            problems += _sideways(page.table)
        splitter = page.findChild(QSplitter)
        opened = splitter.sizes()
        total = sum(opened)
        splitter.setSizes([int(total * 0.75), total - int(total * 0.75)])
        if splitter.sizes()[0] < total * 0.7:
            problems.append(f"the list cannot be widened past {splitter.sizes()[0]} px of {total}")
        splitter.setSizes(opened)  # pictured as it opens
    if name == "MembersPage" and page.table.columnWidth(0) < 200:
        problems.append(f"the legal name column is {page.table.columnWidth(0)} px wide")
    if name == "EventsPage" and page.list_view.columnWidth(1) < 150:
        problems.append(f"the events' title column is {page.list_view.columnWidth(1)} px wide")
    # The lists of these pages too: headers whole, and on a laptop's 1366 pixels every
    # column read without scrolling sideways (the long ones shortened, whole in their
    # tooltips).
    lists = {
        "MembersPage": ("table", "contacts_view"),
        "EventsPage": ("list_view", "participant_view"),
    }
    for attribute in lists.get(name, ()):
        view = getattr(page, attribute)
        problems += _headers_cut(view, range(view.model().columnCount()))
        if page.window().screen().availableGeometry().width() >= 1366:
            problems += _sideways(view)
    return problems


def write_index(tour: Tour, folder: Path, language: str = "en") -> None:
    """docs/screenshots/README.md: each picture with what it shows."""
    width, height = tour.screen
    title = "# Screenshots" if language == "en" else f"# Screenshots: the window in {language}"
    lines = [
        title,
        "",
        f"The window as it opens on a {width}×{height} screen, with demo data, as a partner",
        "office (ZINNAE) and as the coordinator (BalticNet-PlasmaTec). Made by",
        "`scripts/screenshots` (do not edit: run it again after changing the window).",
        "",
    ]
    if language == "en":
        others = sorted(p.name for p in folder.iterdir() if (p / "README.md").is_file())
        if others:
            links = ", ".join(f"[{code}]({code}/README.md)" for code in others)
            lines += [f"The same pages in other languages: {links}.", ""]
    for office in ("partner", "coordinator"):
        if not any(stop.office == office for stop in tour.stops):
            continue
        lines += [f"## As the {office}", ""]
        for stop in tour.stops:
            if stop.office == office and stop.picture:
                what = f"{stop.name} page" if stop.kind == "page" else f"{stop.name} (dialog)"
                lines += [f"### {what}", "", f"![{what}]({stop.picture})", ""]
    (folder / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--screen", default="", help="WIDTHxHEIGHT of the screen (offscreen Qt)")
    parser.add_argument("--pictures", type=Path, help="folder to write a PNG of each stop into")
    parser.add_argument("--json", type=Path, help="file to write what was found into")
    parser.add_argument("--index", action="store_true", help="write README.md beside the pictures")
    parser.add_argument("--offices", default="ZIN,BPT", help="office codes, comma-separated")
    parser.add_argument("--language", default="en", help="the window's language (de, cs, pl, …)")
    args = parser.parse_args(argv)
    home = Path(tempfile.mkdtemp(prefix="blues-tour-home-"))
    # Never the user's settings (remembered window sizes, theme) or data.
    os.environ["HOME"] = str(home)
    os.environ["XDG_CONFIG_HOME"] = str(home / ".config")
    os.environ["XDG_DATA_HOME"] = str(home / ".local" / "share")
    os.environ["BLUES_DATA_DIR"] = str(home / "blues-data")
    if args.screen:
        width, height = (int(n) for n in args.screen.lower().split("x"))
        os.environ["QT_QPA_PLATFORM"] = (
            f"offscreen:configfile={_screen_config(width, height, home)}"
        )
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if args.language != "en":
        from blues_desktop.ui.i18n import install_language

        install_language(args.language)
    size = QGuiApplication.primaryScreen().geometry()
    if args.pictures is not None:
        args.pictures.mkdir(parents=True, exist_ok=True)
        for old in args.pictures.glob("*.png"):
            old.unlink()
    tour = run_tour(size.width(), size.height(), args.pictures, tuple(args.offices.split(",")))
    if args.pictures is not None and args.index:
        write_index(tour, args.pictures, args.language)
    if args.json is not None:
        args.json.write_text(
            json.dumps(asdict(tour), ensure_ascii=False, indent=1), encoding="utf-8"
        )
    for stop in tour.stops:
        for problem in stop.problems:
            print(f"{stop.office} {stop.kind} {stop.name}: {problem}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
