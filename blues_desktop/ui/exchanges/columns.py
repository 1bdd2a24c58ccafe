"""The exchanges list's column widths, measured in the window's font and language: the
short columns (reference, countries, first day, days, lump sum, partnership) as wide as
their header or their widest value, the state and the two organisations sharing the
rest, shortened with their whole value in the tooltip. So on a 1366-pixel laptop every
column reads beside the detail without scrolling sideways, in English, German or
Polish."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QTableView

from blues_desktop.domain.offices import OFFICE_CODES
from blues_desktop.ui import column_widths as widths
from blues_desktop.ui.column_widths import cell_margin, short_width
from blues_desktop.ui.exchanges.table_model import ELIDED, Column
from blues_desktop.ui.locale_format import date_text, money_text

# Before anyone is looking for it, a shortened name still says which organisation it is.
ELIDED_CHARACTERS = 14


def _widest_values() -> dict[Column, list[str]]:
    """The widest text each short column can show (its digits are all as wide)."""
    return {
        Column.REFERENCE: [f"{code}-X-2026-000" for code in OFFICE_CODES],
        Column.COUNTRIES: ["MW → MW"],
        Column.START: [date_text(date(2026, 12, 28))],
        Column.DAYS: ["00"],
        Column.LUMP_SUM: [money_text(Decimal("8888.88"))],
        Column.OFFICE: list(OFFICE_CODES),
    }


def short_column_width(view: QTableView, column: Column) -> int:
    return short_width(view, column, _widest_values().get(column, []))


def elided_minimum(view: QTableView) -> int:
    """The narrowest a state or a name gets: its header, or about ELIDED_CHARACTERS."""
    header = view.horizontalHeader()
    letters = view.fontMetrics().averageCharWidth() * ELIDED_CHARACTERS + cell_margin(view)
    return max([letters, *(header.sectionSizeFromContents(c).width() for c in ELIDED)])


def fit_columns(view: QTableView) -> None:
    """Set the list's columns as the module says; the user may still widen a short one."""
    widths.fit_columns(
        view, {c: _widest_values().get(c, []) for c in Column if c not in ELIDED}, ELIDED
    )


def list_width(view: QTableView) -> int:
    """The width the list needs to show every column, the elided ones at their narrowest."""
    short = sum(short_column_width(view, c) for c in Column if c not in ELIDED)
    return short + len(ELIDED) * elided_minimum(view) + 2 * view.frameWidth()
