"""Category labels that fit the room QtCharts gives them, measured with the labels' own
font in the window's language (a Polish state name is half as long again as the English
one): shortened with "…" where they must be, the whole text in the chart's tooltip and
its table.

QtCharts' rules this follows (its cartesian chart layout): the axes on one side of the
plot get at most 40% of the chart's width (left, right) or height (top, bottom); an axis
asking for more is squeezed and its labels run over the chart's edge. A label under a
column is centred in its category's band and hidden when it would overlap the next one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

AXIS_SHARE = 0.4  # QtCharts' most for the axes of one side
# QtCharts' tick and padding beside the labels, with two or three pixels to spare (measured
# at chart sizes from 300×200 to 420×300: a label up to 0.4 × size − 5 px stays inside)
PADDING = 9
FRAME = 11  # the chart's margin and QtCharts' padding around its plot, on each side
GAP = 8  # between the value axis's labels and the plot
BAND_GAP = 6  # between the labels of two neighbouring columns
INVISIBLE = "\u200b"  # a zero-width space: tells two labels apart that read the same


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


def fit_level(texts: Sequence[str], font: QFont, plot_width: float) -> bool:
    """Every label reads whole, level, under its column."""
    room = band_room(plot_width, len(texts))
    return all(width_of(text, font) <= room for text in texts)


def fitted(texts: Sequence[str], font: QFont, room: float) -> list[str]:
    """Each text as it fits in `room` pixels (shortened with "…" at its end when it does
    not), and no two alike: QtCharts keeps only the first of equal category names, which
    would leave a bar without its label."""
    metrics = QFontMetricsF(font)
    shown: list[str] = []
    for text in texts:
        short = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        while short in shown:
            short += INVISIBLE
        shown.append(short)
    return shown
