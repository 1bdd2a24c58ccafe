"""The keyboard shortcuts: the one table that defines them. The main window makes its
menu actions from it, the PDF preview its zoom keys, and Help ▸ Keyboard shortcuts
lists it, so what is listed is what works.

A page action names the buttons of a page it presses (attribute names, a dotted path for
a button inside a panel): the first that the page has and that is enabled is pressed,
so a shortcut does exactly what the button would do, and only when the button may.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class Shortcut:
    key: str  # a QKeySequence in its portable form ("Ctrl+N")
    what: str  # the sentence Help shows
    where: str  # where it works, as Help shows it
    buttons: tuple[str, ...] = ()  # a page's buttons it presses (page actions only)
    unavailable: str = ""  # what the status bar says when no button of the page may


@dataclass(frozen=True, slots=True)
class PageKey:
    """Ctrl+1…: show the page of that number in the navigation."""

    key: str
    page: str


WINDOW = QT_TRANSLATE_NOOP("shortcuts", "Main window")
PREVIEW = QT_TRANSLATE_NOOP("shortcuts", "PDF preview")

NEW = Shortcut(
    "Ctrl+N",
    QT_TRANSLATE_NOOP(
        "shortcuts",
        "Create a new record on the page shown: an organisation, exchange, event or staff member.",
    ),
    WINDOW,
    ("new_button", "register_button"),
    QT_TRANSLATE_NOOP("shortcuts", "There is nothing to create on this page."),
)
EDIT = Shortcut(
    "Ctrl+E",
    QT_TRANSLATE_NOOP("shortcuts", "Edit the selected record."),
    WINDOW,
    ("edit_button", "edit_staff_button"),
    QT_TRANSLATE_NOOP("shortcuts", "Select a record to edit first."),
)
DELETE = Shortcut(
    "Ctrl+Delete",
    QT_TRANSLATE_NOOP("shortcuts", "Delete the selected record, as the page's Delete button does."),
    WINDOW,
    ("delete_button",),
    QT_TRANSLATE_NOOP("shortcuts", "Select a record to delete first."),
)
FIND = Shortcut(
    "Ctrl+F",
    QT_TRANSLATE_NOOP("shortcuts", "Put the cursor in the page's search box."),
    WINDOW,
    ("search",),
    QT_TRANSLATE_NOOP("shortcuts", "This page has no search box."),
)
REFRESH = Shortcut("F5", QT_TRANSLATE_NOOP("shortcuts", "Read the page's data again."), WINDOW)
PRINT = Shortcut(
    "Ctrl+P",
    QT_TRANSLATE_NOOP(
        "shortcuts",
        "Preview and print the page's document (the attendance sheet, the month's timesheet).",
    ),
    WINDOW,
    ("print_button", "month_panel.print_button"),
    QT_TRANSLATE_NOOP("shortcuts", "There is nothing to print on this page."),
)
PAGE_ACTIONS: tuple[Shortcut, ...] = (NEW, EDIT, DELETE, FIND, REFRESH, PRINT)

SETTINGS = Shortcut("Ctrl+,", QT_TRANSLATE_NOOP("shortcuts", "Open the settings."), WINDOW)
QUIT = Shortcut("Ctrl+Q", QT_TRANSLATE_NOOP("shortcuts", "Quit the app."), WINDOW)
HELP = Shortcut(
    "F1", QT_TRANSLATE_NOOP("shortcuts", "Show this list of keyboard shortcuts."), WINDOW
)

ZOOM_IN = Shortcut("Ctrl++", QT_TRANSLATE_NOOP("shortcuts", "Zoom in."), PREVIEW)
ZOOM_OUT = Shortcut("Ctrl+-", QT_TRANSLATE_NOOP("shortcuts", "Zoom out."), PREVIEW)
FIT_WIDTH = Shortcut(
    "Ctrl+0", QT_TRANSLATE_NOOP("shortcuts", "Fit the page to the window's width."), PREVIEW
)
PREVIEW_PRINT = Shortcut("Ctrl+P", QT_TRANSLATE_NOOP("shortcuts", "Print the document."), PREVIEW)
PREVIEW_SAVE = Shortcut(
    "Ctrl+S", QT_TRANSLATE_NOOP("shortcuts", "Save the document as a PDF file."), PREVIEW
)
PREVIEW_KEYS: tuple[Shortcut, ...] = (ZOOM_IN, ZOOM_OUT, FIT_WIDTH, PREVIEW_PRINT, PREVIEW_SAVE)


def page_keys(titles: tuple[str, ...]) -> tuple[PageKey, ...]:
    """Ctrl+1 for the first page of the navigation, Ctrl+2 for the second, and so on."""
    return tuple(PageKey(f"Ctrl+{number}", title) for number, title in enumerate(titles, 1))


def listed(titles: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """Every shortcut as Help lists it: where it works, its keys as this system writes
    them, and what it does."""
    native = QKeySequence.SequenceFormat.NativeText

    def keys(text: str) -> str:
        return QKeySequence(text).toString(native)

    def tr(text: str) -> str:
        return QCoreApplication.translate("shortcuts", text)

    rows = [(tr(s.where), keys(s.key), tr(s.what)) for s in PAGE_ACTIONS]
    rows += [(tr(WINDOW), keys(p.key), show_page_text(p.page)) for p in page_keys(titles)]
    rows += [(tr(s.where), keys(s.key), tr(s.what)) for s in (SETTINGS, HELP, QUIT)]
    rows += [(tr(s.where), keys(s.key), tr(s.what)) for s in PREVIEW_KEYS]
    return rows


# What Ctrl+1… do, one whole sentence per page (a page's name in the middle of a sentence
# may need another case or article); the keys are the pages' English titles.
SHOW_PAGE = {
    "Members": QT_TRANSLATE_NOOP("shortcuts", "Show the Members page."),
    "Exchanges": QT_TRANSLATE_NOOP("shortcuts", "Show the Exchanges page."),
    "Events": QT_TRANSLATE_NOOP("shortcuts", "Show the Events page."),
    "Timesheets": QT_TRANSLATE_NOOP("shortcuts", "Show the Timesheets page."),
    "Bundles": QT_TRANSLATE_NOOP("shortcuts", "Show the Bundles page."),
    "Reports": QT_TRANSLATE_NOOP("shortcuts", "Show the Reports page."),
}


def show_page_text(title: str) -> str:
    """The sentence Help shows for the key that shows the page `title` (its English title)."""
    text = SHOW_PAGE.get(title)
    if text is None:
        return QCoreApplication.translate("shortcuts", "Show the page “{page}”.").format(
            page=QCoreApplication.translate("MainWindow", title)
        )
    return QCoreApplication.translate("shortcuts", text)
