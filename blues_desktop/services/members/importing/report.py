"""The problem report of an import: one row per problem, with the reason, as a workbook."""

from __future__ import annotations

from pathlib import Path

from blues_desktop.documents.spreadsheets import add_table_sheet, new_write_only_book, save_workbook
from blues_desktop.services.members.importing.preview import ImportPreview


def write_problem_report(preview: ImportPreview, path: Path) -> Path:
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
