"""A lazy table model over the paged organisation list: rows arrive a page at a time
as the view scrolls (fetchMore), so 100,000 organisations cost one page to show."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.listing import (
    ContactRow,
    OrganisationFilter,
    OrganisationRow,
    count_organisations,
    list_organisations,
)
from blues_desktop.ui import i18n
from blues_desktop.ui.locale_format import date_text
from blues_desktop.ui.messages import say
from blues_desktop.ui.paged_model import PagedTableModel, PageQuery
from blues_desktop.ui.rows_model import DISPLAY, RowsModel


class Column(IntEnum):
    NAME = 0
    TYPE = 1
    COUNTRY = 2
    CITY = 3
    VAT = 4
    OFFICE = 5


HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("OrganisationsModel", "Legal name"),
    Column.TYPE: QT_TRANSLATE_NOOP("OrganisationsModel", "Type"),
    Column.COUNTRY: QT_TRANSLATE_NOOP("OrganisationsModel", "Country"),
    Column.CITY: QT_TRANSLATE_NOOP("OrganisationsModel", "City"),
    Column.VAT: QT_TRANSLATE_NOOP("OrganisationsModel", "VAT number"),
    Column.OFFICE: QT_TRANSLATE_NOOP("OrganisationsModel", "Office"),
}
SORT_KEYS = {
    Column.NAME: "name",
    Column.TYPE: "type",
    Column.COUNTRY: "country",
    Column.CITY: "city",
    Column.OFFICE: "office",
}
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class OrganisationsModel(PagedTableModel[OrganisationRow]):
    headers = tuple(HEADERS.values())

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.filter = OrganisationFilter()

    def set_filter(self, flt: OrganisationFilter) -> None:
        """Show the first page of a new filter (one count and one page query)."""
        self.filter = flt
        self.reload()

    def query(self) -> PageQuery[OrganisationRow]:
        ctx, flt = self.ctx, self.filter
        return PageQuery(
            lambda: count_organisations(ctx, flt),
            lambda offset, limit: list_organisations(ctx, flt, offset, limit),
        )

    def cell(self, row: OrganisationRow, column: int, role: int) -> Any:
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            # A shortened type (the column is narrower than the longest) is whole here.
            lines = [self.cell(row, column, DISPLAY)] if column == Column.TYPE else []
            if row.office_id != self.ctx.office_code:
                lines.append(self.tr("Kept by office {office_id}: read-only here").format(office_id=row.office_id))
            return "\n".join(lines) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.NAME: row.legal_name,
            Column.TYPE: i18n.org_type_text(row.org_type),
            Column.COUNTRY: f"{row.country} {i18n.country_text(row.country)}",
            Column.CITY: row.city,
            Column.VAT: f"{row.vat_number} ⚠ {say(row.check_digit_fails)}"
            if row.check_digit_fails
            else row.vat_number,
            Column.OFFICE: row.office_id,
        }[Column(column)]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(Column(column))
        descending = order == Qt.SortOrder.DescendingOrder
        if key is None or (key, descending) == (self.filter.sort, self.filter.descending):
            # Already in that order: nothing to read again. The page sets its starting
            # order while it is built, before the one read that fills the list.
            return
        self.set_filter(replace(self.filter, sort=key, descending=descending))


class ContactsModel(RowsModel):
    """The contacts of the organisation shown in the detail panel."""

    headers = (QT_TRANSLATE_NOOP("ContactsModel", "Name"), QT_TRANSLATE_NOOP("ContactsModel", "Role"), QT_TRANSLATE_NOOP("ContactsModel", "E-mail"), QT_TRANSLATE_NOOP("ContactsModel", "Consent"))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        # The tooltip holds the whole value: the panel is narrow and cuts the e-mail.
        if not index.isValid() or role not in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return None
        contact: ContactRow = self.row_at(index.row())
        return (
            contact.name,
            contact.input.role or "",
            contact.input.email or "",
            self.consent_text(contact),
        )[index.column()]

    def consent_examples(self) -> list[str]:
        """Every kind of text the consent column shows, for its width."""
        return [
            self.tr("since {date}").format(date=date_text(date(2026, 12, 31))),
            self.tr("no consent"),
            self.tr("do not contact"),
            self.tr("erased"),
        ]

    def consent_text(self, contact: ContactRow) -> str:
        """The consent in the window's words and date form (the service's `consent`
        is the English of the CLI and the exports)."""
        if contact.erased:
            return self.tr("erased")
        if contact.input.do_not_contact:
            return self.tr("do not contact")
        if contact.input.consent_given_on is None:
            return self.tr("no consent")
        return self.tr("since {date}").format(date=date_text(contact.input.consent_given_on))
