"""Category labels that fit the room QtCharts gives them, measured with the labels' own
font in the window's language (a Polish state name is half as long again as the English
one): shortened with "…" where they must be, the whole text in the chart's tooltip and
its table.

QtCharts' rules this follows (its cartesian chart layout): the axes on one side of the
plot get at most 40% of the chart's width (left, right) or height (top, bottom); an axis
asking for more is squeezed and its labels run over the chart's edge. A label under a
column is centred in its category's band and hidden when it would overlap the next one."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextDocument

AXIS_SHARE = 0.4  # QtCharts' most for the axes of one side
# QtCharts' tick and padding beside the labels, with two or three pixels to spare (measured
# at chart sizes from 300×200 to 420×300: a label up to 0.4 × size − 5 px stays inside)
PADDING = 9
FRAME = 11  # the chart's margin and QtCharts' padding around its plot, on each side
GAP = 8  # between the value axis's labels and the plot
BAND_GAP = 6  # between the labels of two neighbouring columns
INVISIBLE = "\u200b"  # a zero-width space: tells two labels apart that read the same
# A name left out (a chart too short for all its rows' names): two empty lines. QtCharts
# hides a label that overlaps the last one it drew and measures the next against that
# one; a left-out name as tall as two keeps out of the count (an empty one would be
# measured as no height, a one-line one might just fit and push the next name out).
LEFT_OUT = INVISIBLE + "<br>" + INVISIBLE


def width_of(text: str, font: QFont) -> float:
    return QFontMetricsF(font).horizontalAdvance(text)


def side_room(chart_width: float) -> float:
    """The widest a label beside lying bars can be in a chart this wide."""
    return max(AXIS_SHARE * chart_width - PADDING, 0.0)


def under_room(chart_height: float) -> float:
    """The longest a label turned upright under a chart this high can be."""
    return max(AXIS_SHARE * chart_height - PADDING, 0.0)


def band_room(plot_width: float, count: int) -> float:
    """The widest a level label under one of `count` columns can be."""
    return max(plot_width / max(count, 1) - BAND_GAP, 0.0)


def label_height(font: QFont) -> float:
    """A label's height as QtCharts lays it out (a text item with half a pixel's margin)."""
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(0.5)
    document.setPlainText("Mg")
    return document.size().height()


def label_step(band: float, font: QFont) -> int:
    """Every how many categories a name can be drawn when each gets `band` pixels across
    its names' lines: 1 when every one can, 2 for every other one… (a short chart of many
    rows; each row's name is still in its tooltip). A pixel to spare: QtCharts puts each
    label on a whole pixel."""
    if band <= 0:
        return 1
    return max(1, math.ceil((label_height(font) + 1) / band))


def is_left_out(label: str) -> bool:
    return label.startswith(LEFT_OUT)


def fit_level(texts: Sequence[str], font: QFont, plot_width: float) -> bool:
    """Every label reads whole, level, under its column."""
    room = band_room(plot_width, len(texts))
    return all(width_of(text, font) <= room for text in texts)


def fitted(
    texts: Sequence[str | None],
    font: QFont,
    room: float,
    cut: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
) -> list[str]:
    """Each text as it fits in `room` pixels (shortened with "…" where `cut` says when it
    does not; None: left out), and no two alike: QtCharts keeps only the first of equal
    category names, which would leave a bar without its label."""
    metrics = QFontMetricsF(font)
    shown: list[str] = []
    for text in texts:
        short = LEFT_OUT if text is None else metrics.elidedText(text, cut, room)
        while short in shown:
            short += INVISIBLE
        shown.append(short)
    return shown
