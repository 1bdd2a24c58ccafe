"""A report table's words and figures as the window's language writes them: the title,
headers and fixed labels translated (they are `Message`s), the domain's labels,
countries, months and quarters named in the language, numbers and euros as its locale
writes them. The report pack prints the same tables in English (documents/)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from blues_desktop.services.reports.cells import CapitalLabel, Country, CountryPair, Month
from blues_desktop.services.reports.tables import Cell, ReportTable
from blues_desktop.ui.i18n import country_text, label
from blues_desktop.ui.locale_format import decimal_text, money_text, month_text, number_text
from blues_desktop.ui.messages import say


def words(cell: object) -> str:
    """A cell that is words (a row's label): in the window's language."""
    if isinstance(cell, CapitalLabel):
        text = label(cell.label)
        return text[:1].upper() + text[1:]
    if isinstance(cell, Country):
        return country_text(cell.code)
    if isinstance(cell, CountryPair):
        host = (
            country_text(cell.host)
            if cell.host
            else QCoreApplication.translate("ReportTable", "no host yet")
        )
        return QCoreApplication.translate("ReportTable", "{visitor} → {host}").format(
            visitor=country_text(cell.visitor), host=host
        )
    if isinstance(cell, Month):
        day = cell.first_day
        return month_text(day.year, day.month)
    return say(cell)


def cell_text(cell: Cell, money: bool = False) -> str:
    """A cell as the table on screen shows it: "1.234,50 €", "12,25", "Spanien"."""
    if cell is None:
        return ""
    if isinstance(cell, Decimal):
        return money_text(cell) if money else number_text(cell, 2)
    if isinstance(cell, int):
        return number_text(cell)
    return words(cell)


def headers_text(table: ReportTable) -> tuple[str, ...]:
    return tuple(say(header) for header in table.headers)


def copied_text(table: ReportTable) -> str:
    """Tab-separated, header first, in the window's language: what Copy puts on the
    clipboard. Numbers carry the locale's decimal sign and no grouping, so a spreadsheet
    in that language reads them as numbers."""
    lines = ["\t".join(headers_text(table))]
    for row in table.rows:
        cells = [
            "" if c is None
            else decimal_text(c, 2) if isinstance(c, Decimal)
            else str(c) if isinstance(c, int)
            else words(c)
            for c in row
        ]  # fmt: skip
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"
