"""Cells that hold a formula but no calculated value.

A workbook written by a program that does not calculate (a script, some web exports)
keeps only the formula; every reader then sees an empty cell. Only asked about cells
that read as empty where a value is required, so a good file is never read twice.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path

Cell = tuple[str, int, int]  # sheet, 1-based row, 0-based column


def formula_cells(path: Path, cells: Iterable[Cell]) -> set[Cell]:
    """Those of `cells` that hold a formula (an .xlsx or .xlsm; other formats keep values:
    LibreOffice and old Excel always store what a formula calculated)."""
    wanted: dict[str, set[tuple[int, int]]] = {}
    for sheet, row, column in cells:
        wanted.setdefault(sheet, set()).add((row, column))
    if Path(path).suffix.lower() not in (".xlsx", ".xlsm") or not wanted:
        return set()
    found: set[Cell] = set()
    from openpyxl import load_workbook  # only for a workbook with formula cells to look at
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=False)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError):
        return found  # the values were read already; the plain message stands
    try:
        for sheet, spots in wanted.items():
            if sheet not in book.sheetnames:
                continue
            by_row: dict[int, list[int]] = {}
            for row, column in spots:
                by_row.setdefault(row, []).append(column)
            rows = book[sheet].iter_rows(max_row=max(by_row), values_only=True)
            for number, values in enumerate(rows, start=1):
                for column in by_row.get(number, ()):
                    value = values[column] if column < len(values) else None
                    if isinstance(value, str) and value.startswith("="):
                        found.add((sheet, number, column))
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        pass
    finally:
        book.close()
    return found
