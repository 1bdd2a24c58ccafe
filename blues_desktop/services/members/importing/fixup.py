"""The fix-up file's name and words: the rows an import set aside, in the layout of the
file given (documents/members_import_files.py writes it).

Same sheets, same columns and header words, the cells as they were read, and one more
column, "Problem", naming each cell's issue; cells with a problem are shaded. The user
corrects the cells and imports the file again, which adds just those rows (the importer
reads past the "Problem" column). A .csv list gets a .csv fix-up file with the same
separator; every workbook format gets an .xlsx (openpyxl writes, it does not write .ods).
"""

from __future__ import annotations

from pathlib import Path

from blues_desktop.services.members.importing.preview import SetAsideRow
from blues_desktop.services.members.importing.reading import CSV_SUFFIXES

PROBLEM_HEADER = "Problem"
SUFFIX = "-fix-up"


def fixup_path(source: Path) -> Path:
    """Next to the file given: 'members.xlsx' -> 'members-fix-up.xlsx' (a fix-up file of a
    fix-up file: 'members-fix-up-2.xlsx', so the file being imported is never overwritten)."""
    source = Path(source)
    suffix = ".csv" if source.suffix.lower() in CSV_SUFFIXES else ".xlsx"
    stem = source.stem
    base, _, number = stem.rpartition(SUFFIX)
    if stem.endswith(SUFFIX) or (base and number.lstrip("-").isdigit()):
        count = int(number.lstrip("-")) if number.lstrip("-").isdigit() else 1
        return source.with_name(f"{base}{SUFFIX}-{count + 1}{suffix}")
    return source.with_name(f"{stem}{SUFFIX}{suffix}")


def problem_text(row: SetAsideRow) -> str:
    return "; ".join((f"{p.column}: " if p.column else "") + p.message for p in row.problems)
