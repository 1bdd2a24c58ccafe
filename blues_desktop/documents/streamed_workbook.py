"""Big table workbooks streamed row by row with XlsxWriter in constant-memory mode.

For the exports that run to 100,000 rows (the member register): XlsxWriter writes a row
in a fraction of openpyxl's time and keeps one row in memory. The sheets look as
`spreadsheets.add_table_sheet` makes them (bold shaded header, frozen below it, the
same column widths, dates as real dates in yyyy-mm-dd, text never run as a formula);
the smaller workbooks stay with openpyxl.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from blues_desktop.documents.spreadsheets import DATE_FORMAT, FORMULA_STARTS
from blues_desktop.store.atomic import atomic_write

# As openpyxl formats a date and time by itself.
DATETIME_FORMAT = "yyyy-mm-dd h:mm:ss"
# XlsxWriter guesses formulas and links from text by default; our text is only text.
OPTIONS = {
    "constant_memory": True,
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
}
# Excel's width unit is the width of a digit, 7 pixels in the default font: whole pixels
# give the same stored width as openpyxl's (40 is stored as 40, not 40.71).
PIXELS_PER_CHARACTER = 7


@contextlib.contextmanager
def streamed_workbook(path: Path) -> Iterator[Workbook]:
    """A workbook written to a temporary name and renamed once complete; on any error the
    target is untouched and the row files XlsxWriter keeps on the side are removed."""
    with (
        tempfile.TemporaryDirectory(prefix="blues-xlsx-") as rows_folder,
        atomic_write(Path(path), "wb") as handle,
    ):
        book = xlsxwriter.Workbook(handle, {**OPTIONS, "tmpdir": rows_folder})
        try:
            yield book
            book.close()
        except FileCreateError as exc:
            _discard(book)
            raise exc.args[0] from None  # the OSError, which atomic_write puts in words
        except BaseException:
            _discard(book)
            raise


def _discard(book: Workbook) -> None:
    """Give up a workbook: its row files go with their folder; closing it would write a
    workbook nobody wants."""
    for sheet in book.worksheets():
        with contextlib.suppress(Exception):
            sheet.row_data_fh.close()
    book.fileclosed = True


def add_streamed_sheet(
    book: Workbook,
    title: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    widths: Sequence[int],
) -> int:
    """A sheet as `spreadsheets.add_table_sheet` writes it; returns the rows written."""
    sheet: Worksheet = book.add_worksheet(title[:31])
    header = book.add_format({"bold": True, "pattern": 1, "fg_color": "#DDE4EE"})
    dates = (
        book.add_format({"num_format": DATE_FORMAT}),
        book.add_format({"num_format": DATETIME_FORMAT}),
    )
    for index, width in enumerate(widths):
        sheet.set_column_pixels(index, index, width * PIXELS_PER_CHARACTER)
    sheet.freeze_panes(1, 0)
    sheet.write_row(0, 0, headers, header)
    text = sheet.write_string
    count = 0
    for count, row in enumerate(rows, start=1):
        for column, value in enumerate(row):
            kind = type(value)
            # The common cases first, without a call through XlsxWriter's type dispatch;
            # empty cells are not written at all.
            if kind is str:
                if value:
                    text(count, column, "'" + value if value.startswith(FORMULA_STARTS) else value)
            elif value is None:
                continue
            else:
                _write_other(sheet, count, column, value, dates)
    return count


def _write_other(
    sheet: Worksheet, row: int, column: int, value: Any, dates: tuple[Format, Format]
) -> None:
    if isinstance(value, bool):
        sheet.write_boolean(row, column, value)
    elif isinstance(value, int | float):
        sheet.write_number(row, column, value)
    elif isinstance(value, Decimal):
        sheet.write_number(row, column, float(value))
    elif isinstance(value, datetime):
        sheet.write_datetime(row, column, value, dates[1])
    elif isinstance(value, date):
        sheet.write_datetime(row, column, value, dates[0])
    else:
        text = str(value)
        sheet.write_string(row, column, "'" + text if text.startswith(FORMULA_STARTS) else text)
