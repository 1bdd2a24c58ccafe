"""What a person sees of a list on a laptop: the page at the size a maximised window
gives it on a 1366×768 screen, and each list read whole (no sideways scrolling, every
header whole)."""

from __future__ import annotations

from typing import Any

# The page's room in a maximised window on a 1366×768 screen (navigation, margins,
# menu and status bars taken off).
LAPTOP_PAGE = (1180, 650)


def show_on_a_laptop(qtbot: Any, page: Any) -> None:
    page.resize(*LAPTOP_PAGE)
    page.show()
    qtbot.waitExposed(page)


def not_read_whole(view: Any) -> list[str]:
    """What keeps a person from reading `view` whole: sideways scrolling, a cut header."""
    header = view.horizontalHeader()
    problems = []
    if header.length() > view.viewport().width() or view.horizontalScrollBar().isVisible():
        problems.append(f"scrolls sideways: {header.length()} px in {view.viewport().width()}")
    for column in range(view.model().columnCount()):
        need = header.sectionSizeFromContents(column).width()
        if header.sectionSize(column) + 1 < need:
            problems.append(f"header {column} shows {header.sectionSize(column)} px of {need}")
    return problems
