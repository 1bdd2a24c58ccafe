"""What every BLUES workbook shares: a bold header, frozen panes, column widths, real
dates and numbers, and cells a spreadsheet will never execute.

Saved to a temporary name and renamed, so a crash never leaves half a workbook.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from blues_desktop.store.atomic import atomic_write

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet.worksheet import Worksheet

# openpyxl takes about a second to import: it is imported by the functions that write a
# workbook, so the modules that offer an export (and the window that shows them) load
# without it.

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "yyyy-mm-dd"
MONEY_FORMAT = "#,##0.00"


@cache
def header_style() -> tuple[Font, PatternFill]:
    from openpyxl.styles import Font, PatternFill

    return Font(bold=True), PatternFill("solid", fgColor="DDE4EE")


@cache
def _cell_type() -> type[WriteOnlyCell]:
    from openpyxl.cell import WriteOnlyCell

    return WriteOnlyCell


@cache
def _date_is_default() -> bool:
    """openpyxl's own format for a date cell; when it is ours, dates need no styled cell."""
    from openpyxl.cell.cell import TIME_FORMATS

    return bool(TIME_FORMATS.get(date) == DATE_FORMAT)


def safe_text(value: str) -> str:
    """Text that a spreadsheet shows as text: a leading = + - @ gets an apostrophe.

    Numbers are written as numbers, never through here, so "-5" as a number stays -5.
    """
    if value and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def cell_value(value: Any) -> Any:
    """A Python value as openpyxl should store it: real numbers and dates, safe text."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, Decimal):
        return float(value) if value != value.to_integral_value() else int(value)
    if isinstance(value, int | float | date | datetime):
        return value
    return safe_text(str(value))


def header_cells(sheet: Worksheet, titles: Sequence[str]) -> list[WriteOnlyCell]:
    font, fill = header_style()
    cells = []
    for title in titles:
        cell = _cell_type()(sheet, value=title)
        cell.font = font
        cell.fill = fill
        cells.append(cell)
    return cells


def add_table_sheet(
    book: Workbook,
    title: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    widths: Sequence[int] | None = None,
    number_formats: dict[int, str] | None = None,
) -> int:
    """A write-only sheet: header row, frozen below it, widths, formats; returns rows written."""
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(title=title[:31])
    sheet.freeze_panes = "A2"
    for index, width in enumerate(widths or [max(10, len(h) + 2) for h in headers], start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.append(header_cells(sheet, headers))
    formats = number_formats or {}
    count = 0
    for row in rows:
        if formats:
            out: list[Any] = [
                _formatted(sheet, raw, formats.get(index)) for index, raw in enumerate(row)
            ]
        else:
            # Most cells are plain text or empty: kept as they are without a call per cell.
            out = [
                raw
                if raw is None or (type(raw) is str and not raw.startswith(FORMULA_STARTS))
                else _formatted(sheet, raw, None)
                for raw in row
            ]
        sheet.append(out)
        count += 1
    return count


def _formatted(sheet: Worksheet, raw: Any, fmt: str | None) -> Any:
    """One cell's value, as a styled cell only where its number format is not the one
    openpyxl gives that value anyway (a style object per cell is what makes big sheets slow)."""
    value = cell_value(raw)
    if value is None:
        return None
    if fmt is None:
        if type(value) is date and _date_is_default():
            return value  # openpyxl formats a date as yyyy-mm-dd itself
        if not isinstance(value, date):
            return value
        fmt = DATE_FORMAT
    cell = _cell_type()(sheet, value=value)
    cell.number_format = fmt
    return cell


def new_write_only_book() -> Workbook:
    from openpyxl import Workbook

    return Workbook(write_only=True)


def save_workbook(book: Workbook, path: Path) -> Path:
    """Save atomically (temporary name, fsync, rename)."""
    path = Path(path)
    try:
        with atomic_write(path, "wb") as handle:
            book.save(handle)
    except BaseException:
        # Write-only sheets keep their row writers open until saved; end them here, or
        # they complain about a closed file when they are collected.
        for sheet in book.worksheets:
            with contextlib.suppress(Exception):
                sheet.close()
        raise
    return path
