"""A lazy table model over the paged organisation list: rows arrive a page at a time
as the view scrolls (fetchMore), so 100,000 organisations cost one page to show."""

from __future__ import annotations

from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from blues_desktop.domain.countries import country_name
from blues_desktop.domain.organisations import ORG_TYPES
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.listing import (
    ContactRow,
    OrganisationFilter,
    OrganisationRow,
    count_organisations,
    list_organisations,
)
from blues_desktop.ui.rows_model import DISPLAY, RowsModel

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    TYPE = 1
    COUNTRY = 2
    CITY = 3
    VAT = 4
    OFFICE = 5


HEADERS = {
    Column.NAME: "Legal name",
    Column.TYPE: "Type",
    Column.COUNTRY: "Country",
    Column.CITY: "City",
    Column.VAT: "VAT number",
    Column.OFFICE: "Office",
}
SORT_KEYS = {
    Column.NAME: "name",
    Column.TYPE: "type",
    Column.COUNTRY: "country",
    Column.CITY: "city",
    Column.OFFICE: "office",
}
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class OrganisationsModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.filter = OrganisationFilter()
        self.total = 0
        self.rows: list[OrganisationRow] = []

    def set_filter(self, flt: OrganisationFilter) -> None:
        """Show the first page of a new filter (one count and one page query)."""
        self.beginResetModel()
        self.filter = flt
        self.total = count_organisations(self.ctx, flt)
        self.rows = list_organisations(self.ctx, flt, 0, PAGE)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt's API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        more = list_organisations(self.ctx, self.filter, len(self.rows), PAGE)
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and row.office_id != self.ctx.office_code:
            return f"Kept by office {row.office_id}: read-only here"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = Column(index.column())
        return {
            Column.NAME: row.legal_name,
            Column.TYPE: ORG_TYPES.get(row.org_type, row.org_type),
            Column.COUNTRY: f"{row.country} {country_name(row.country)}",
            Column.CITY: row.city,
            Column.VAT: f"{row.vat_number} ⚠ {row.check_digit_fails}"
            if row.check_digit_fails
            else row.vat_number,
            Column.OFFICE: row.office_id,
        }[column]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(Column(column))
        if key is None:
            return
        self.set_filter(
            replace(self.filter, sort=key, descending=order == Qt.SortOrder.DescendingOrder)
        )


class ContactsModel(RowsModel):
    """The contacts of the organisation shown in the detail panel."""

    headers = ("Name", "Role", "E-mail", "Consent")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or role != DISPLAY:
            return None
        contact: ContactRow = self.row_at(index.row())
        return (
            contact.name,
            contact.input.role or "",
            contact.input.email or "",
            contact.consent,
        )[index.column()]
