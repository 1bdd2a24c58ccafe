"""The files a members import hands back: the problem report and the fix-up file.

The fix-up file holds the rows an import set aside, in the layout of the file given:
same sheets, same columns and header words, the cells as they were read, and one more
column, "Problem", naming each cell's issue; cells with a problem are shaded. A .csv list
gets a .csv fix-up file with the same separator; every workbook format gets an .xlsx
(openpyxl writes, it does not write .ods).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from blues_desktop.documents.spreadsheets import (
    DATE_FORMAT,
    add_table_sheet,
    cell_value,
    header_cells,
    new_write_only_book,
    save_workbook,
)
from blues_desktop.services.members.importing.fixup import PROBLEM_HEADER, fixup_path, problem_text
from blues_desktop.services.members.importing.header import SheetMapping
from blues_desktop.services.members.importing.preview import ImportPreview, SetAsideRow
from blues_desktop.services.members.importing.reading import CSV_SUFFIXES, csv_dialect
from blues_desktop.store.atomic import atomic_write

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

# openpyxl is imported when a file is written: the import dialog that offers these files
# is part of the Members page, which the window builds at start.
PROBLEM_COLOUR = "F8D7DA"


def write_problem_report(preview: ImportPreview, path: Path) -> Path:
    """The problem report of an import: one row per problem, with the reason."""
    book = new_write_only_book()
    rows = (
        [p.sheet, p.row, p.column, "error" if p.is_error else "warning", p.message]
        for p in sorted(preview.problems, key=lambda p: (not p.is_error, p.sheet, p.row))
    )
    add_table_sheet(
        book,
        "Problems",
        ["Sheet", "Row", "Column", "Kind", "Reason"],
        rows,
        widths=[18, 8, 26, 10, 90],
    )
    add_table_sheet(book, "Notes", ["Note"], ([n] for n in preview.notes), widths=[90])
    return save_workbook(book, path)


def write_fixup(preview: ImportPreview, path: Path | None = None) -> Path | None:
    """Write the set-aside rows; None (and no file) when every row went in."""
    if not preview.set_aside:
        return None
    target = Path(path) if path is not None else fixup_path(preview.path)
    if preview.path.suffix.lower() in CSV_SUFFIXES and target.suffix.lower() in CSV_SUFFIXES:
        return _write_csv(preview, target)
    from openpyxl.utils import get_column_letter

    book = new_write_only_book()
    for mapping in preview.mappings:
        rows = [r for r in preview.set_aside if r.sheet == mapping.sheet]
        if not rows:
            continue
        width = _width(mapping, rows)
        headers = [*mapping.headers, *[""] * (width - len(mapping.headers)), PROBLEM_HEADER]
        sheet = book.create_sheet(title=mapping.sheet[:31])
        sheet.freeze_panes = "A2"
        widths = [max(12, min(40, len(h) + 4)) for h in headers[:-1]] + [90]
        for index, size in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = size
        sheet.append(header_cells(sheet, headers))
        for cells in _sheet_rows(sheet, rows, width):
            sheet.append(cells)
    return save_workbook(book, target)


def _width(mapping: SheetMapping, rows: list[SetAsideRow]) -> int:
    used = max((_used(r.cells) for r in rows), default=0)
    return max(len(mapping.headers), used)


def _used(cells: tuple[object, ...]) -> int:
    for index in range(len(cells), 0, -1):
        if cells[index - 1] not in (None, ""):
            return index
    return 0


def _sheet_rows(sheet: Worksheet, rows: list[SetAsideRow], width: int) -> Iterator[list[Any]]:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import PatternFill

    problem_fill = PatternFill("solid", fgColor=PROBLEM_COLOUR)
    for row in rows:
        marked = {p.index for p in row.problems if p.index is not None}
        cells: list[Any] = []
        for index in range(width):
            raw = row.cells[index] if index < len(row.cells) else None
            value = cell_value(None if raw == "" else raw)
            if index in marked or isinstance(value, date):
                cell = WriteOnlyCell(sheet, value=value)
                if index in marked:
                    cell.fill = problem_fill
                if isinstance(value, date):
                    cell.number_format = DATE_FORMAT
                cells.append(cell)
            else:
                cells.append(value)
        cells.append(problem_text(row))
        yield cells


def _write_csv(preview: ImportPreview, target: Path) -> Path:
    _encoding, delimiter = csv_dialect(preview.path)
    mapping = preview.mappings[0]
    rows = preview.set_aside
    width = _width(mapping, rows)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([*mapping.headers, *[""] * (width - len(mapping.headers)), PROBLEM_HEADER])
    for row in rows:
        cells = [row.cells[i] if i < len(row.cells) else "" for i in range(width)]
        writer.writerow([*cells, problem_text(row)])
    # UTF-8 with a byte order mark: Excel and LibreOffice open it with every accent intact
    with atomic_write(target, "wb") as handle:
        handle.write(buffer.getvalue().encode("utf-8-sig"))
    return target
