"""The exchanges list as a lazy table model: rows are fetched a page at a time."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from blues_desktop.domain.exchanges.workflow import STATE_LABELS, State
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP
from blues_desktop.services.context import AppContext
from blues_desktop.services.exchanges import (
    ExchangeFilter,
    ExchangeRow,
    count_exchanges,
    list_exchanges,
)
from blues_desktop.ui import i18n
from blues_desktop.ui.locale_format import date_text, money_text
from blues_desktop.ui.paged_model import PagedTableModel, PageQuery

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    """In the order that matters to the people who follow the exchanges: which one, where
    it stands, who goes where and when; the partnership last (the filter names it too)."""

    REFERENCE = 0
    STATE = 1
    VISITOR = 2
    HOST = 3
    COUNTRIES = 4
    START = 5
    DAYS = 6
    LUMP_SUM = 7
    OFFICE = 8


# Translated where shown, in the context of the model that defines them (ui/i18n.py).
# Short headers: every column reads whole beside the detail on a 1366-pixel laptop.
HEADERS = {
    Column.REFERENCE: QT_TRANSLATE_NOOP("ExchangeTableModel", "Reference"),
    Column.STATE: QT_TRANSLATE_NOOP("ExchangeTableModel", "State"),
    Column.VISITOR: QT_TRANSLATE_NOOP("ExchangeTableModel", "Visitor"),
    Column.HOST: QT_TRANSLATE_NOOP("ExchangeTableModel", "Host"),
    Column.COUNTRIES: QT_TRANSLATE_NOOP("ExchangeTableModel", "Countries"),
    Column.START: QT_TRANSLATE_NOOP("ExchangeTableModel", "First day"),
    Column.DAYS: QT_TRANSLATE_NOOP("ExchangeTableModel", "Days"),
    Column.LUMP_SUM: QT_TRANSLATE_NOOP("ExchangeTableModel", "Lump sum"),
    Column.OFFICE: QT_TRANSLATE_NOOP("ExchangeTableModel", "Partnership"),
}
# Shortened to fit their column (whole in the tooltip).
ELIDED = (Column.STATE, Column.VISITOR, Column.HOST)


def _cell(row: ExchangeRow, column: Column) -> str:
    match column:
        case Column.REFERENCE:
            return row.reference
        case Column.STATE:
            return i18n.label(STATE_LABELS[State(row.state)])
        case Column.OFFICE:
            return row.visitor_partnership
        case Column.VISITOR:
            return row.visitor_name
        case Column.HOST:
            return row.host_name or "—"
        case Column.COUNTRIES:  # the codes; their names in the tooltip
            return f"{row.visitor_country or '?'} → {row.host_country or '?'}"
        case Column.START:
            return date_text(row.start_date)
        case Column.DAYS:
            return "" if row.working_days is None else str(row.working_days)
        case Column.LUMP_SUM:
            return money_text(row.lump_sum)


def _tooltip(row: ExchangeRow, column: Column) -> str | None:
    """The whole value of a shortened cell: a state, a name, the countries by name."""
    if column in ELIDED:
        return _cell(row, column)
    if column == Column.COUNTRIES:
        host = i18n.country_text(row.host_country) or "?"
        return f"{i18n.country_text(row.visitor_country)} → {host}"
    return None


class ExchangeTableModel(PagedTableModel[ExchangeRow]):
    """Knows the total count; holds only the pages the view has scrolled to."""

    headers = tuple(HEADERS.values())

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.filter = ExchangeFilter()

    def set_filter(self, flt: ExchangeFilter) -> None:
        self.filter = flt
        self.reload()

    def query(self) -> PageQuery[ExchangeRow]:
        ctx, flt = self.ctx, self.filter
        return PageQuery(
            lambda: count_exchanges(ctx, flt),
            lambda offset, limit: list_exchanges(ctx, flt, offset, limit),
        )

    def cell(self, row: ExchangeRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(row, Column(column))
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(row, Column(column))
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.DAYS, Column.LUMP_SUM):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
