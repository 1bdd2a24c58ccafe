"""Reading the sheets of a member list (.xlsx or .csv) as plain rows of cell values.

Workbooks are opened read-only (streamed), so a 100,000-row file does not sit in
memory as cell objects. Damaged, encrypted and empty files are refused with a
message that names the file and what is wrong with it.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.validation import ValidationReport

# An encrypted .xlsx (password to open) and an old .xls are OLE compound files, not zips.
_OLE_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")


@dataclass(slots=True)
class RawSheet:
    name: str
    rows: Iterator[tuple[object, ...]]  # streamed: read once, in order


def file_error(path: Path, message: str) -> ValidationError:
    report = ValidationReport()
    report.error("file", f"{path.name}: {message}")
    return ValidationError(report)


def read_sheets(path: Path, notes: list[str]) -> Iterator[RawSheet]:
    """The visible sheets of `path`, each streaming its rows; hidden sheets become notes.

    The workbook stays open while the caller iterates, and a file that turns out to be
    damaged half-way is still reported as damaged, with its name.
    """
    path = Path(path)
    if not path.is_file():
        raise file_error(path, "the file does not exist")
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt"):
        yield RawSheet(path.stem, _csv_guarded(path, _csv_rows(path)))
        return
    if suffix not in (".xlsx", ".xlsm"):
        raise file_error(path, "choose an .xlsx workbook or a .csv file")
    with path.open("rb") as handle:
        start = handle.read(8)
    if start == _OLE_MAGIC:
        raise file_error(
            path,
            "the workbook is password-protected (or an old .xls); open it in Excel, "
            "remove the password or save as .xlsx, and import that copy",
        )
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise file_error(path, f"the workbook is damaged and cannot be read ({exc})") from exc
    try:
        for sheet in book.worksheets:
            if sheet.sheet_state != "visible":
                notes.append(f"sheet {sheet.title!r} is hidden and was skipped")
                continue
            yield RawSheet(sheet.title, _guarded(path, sheet.iter_rows(values_only=True)))
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise file_error(path, f"the workbook is damaged and cannot be read ({exc})") from exc
    finally:
        book.close()


def _guarded(path: Path, rows: Iterator[tuple[object, ...]]) -> Iterator[tuple[object, ...]]:
    try:
        yield from rows
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError) as exc:
        raise file_error(path, f"the workbook is damaged and cannot be read ({exc})") from exc


def _csv_guarded(path: Path, rows: Iterator[tuple[object, ...]]) -> Iterator[tuple[object, ...]]:
    try:
        yield from rows
    except csv.Error as exc:  # e.g. a field over the csv module's size limit
        raise file_error(path, f"the file is not a readable CSV list ({exc})") from exc


def _csv_rows(path: Path) -> Iterator[tuple[object, ...]]:
    data = path.read_bytes()
    if not data.strip():
        return iter(())  # an empty file: no rows at all
    best = from_bytes(data[:200_000]).best()
    encoding = best.encoding if best is not None else "utf-8"
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        text = data.decode("latin-1")
    text = text.lstrip("\ufeff")
    sample = text[:20_000]
    # Excel writes ; where the decimal comma is used: whichever separator is more common wins.
    delimiter = max((";", ",", "\t"), key=sample.count)
    # Universal newlines: lists saved on an old Mac end their lines with a lone CR.
    lines = io.StringIO(text, newline=None)
    return (tuple(row) for row in csv.reader(lines, delimiter=delimiter))
