"""A list's column widths, measured in the window's font and language, so that a list
reads whole on a 1366-pixel laptop whatever the language: a short column (a date, a
code, a count) as wide as its header or its widest value, the long ones (names, titles)
sharing what is left, shortened with their whole value in the tooltip. The user may still
drag a short column wider."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtWidgets import QHeaderView, QStyle, QTableView


def cell_margin(view: QTableView) -> int:
    """A cell's text margin either side (the style's), the grid line, and a pixel for
    the text's fractional width (without it "04/01/2027" was shortened)."""
    return 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 2


def text_width(view: QTableView, values: Iterable[str]) -> int:
    """The width of the widest of `values` in a cell of `view`, margins included."""
    metrics = view.fontMetrics()
    return max((metrics.horizontalAdvance(v) for v in values), default=0) + cell_margin(view)


def short_width(view: QTableView, column: int, values: Iterable[str] = ()) -> int:
    """A short column's width: its header whole, and its widest value."""
    header = view.horizontalHeader().sectionSizeFromContents(column).width()
    return max(header, text_width(view, values))


def fit_columns(
    view: QTableView, short: Mapping[int, Iterable[str]], shared: Iterable[int]
) -> None:
    """The `short` columns as wide as their header or their widest value; the `shared`
    ones stretch over what is left."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column in shared:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    for column, values in short.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        view.setColumnWidth(column, short_width(view, column, values))
