"""Reading the sheets of a member list (.xlsx, .xlsm, .xls, .ods or .csv) as plain rows.

Workbooks are read with python-calamine (a Rust reader, many times faster than openpyxl
for reading); openpyxl stays the writer. Damaged, encrypted and empty files are refused
with a message that names the file and what is wrong with it.
"""

from __future__ import annotations

import csv
import io
import logging
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.domain.validation import ValidationReport

if TYPE_CHECKING:
    import python_calamine

log = logging.getLogger(__name__)
# An encrypted .xlsx/.ods (password to open) and an .xls are OLE compound files, not zips.
_OLE_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
CSV_SUFFIXES = (".csv", ".txt")
PASSWORD_MESSAGE = Message(
    QT_TRANSLATE_NOOP(
        "messages",
        "the workbook is password-protected; open it, remove the password (or save a copy "
        "without it) and import that copy",
    )
)


@dataclass(slots=True)
class RawSheet:
    name: str
    rows: Iterator[tuple[object, ...]]  # read once, in order; row 1 of the sheet comes first


def file_error(path: Path, message: str) -> ValidationError:
    report = ValidationReport()
    report.error(
        "file",
        Message(
            QT_TRANSLATE_NOOP("messages", "{file}: {problem}"), file=path.name, problem=message
        ),
    )
    return ValidationError(report)


def read_sheets(path: Path, notes: list[str]) -> Iterator[RawSheet]:
    """The visible sheets of `path`, each with its rows; hidden sheets become notes."""
    path = Path(path)
    if not path.is_file():
        raise file_error(path, Message(QT_TRANSLATE_NOOP("messages", "the file does not exist")))
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        yield RawSheet(path.stem, _csv_guarded(path, _csv_rows(path)))
        return
    if suffix not in WORKBOOK_SUFFIXES:
        raise file_error(
            path,
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "choose a workbook (.xlsx, .xlsm, .xls, .ods) or a .csv file"
                )
            ),
        )
    import python_calamine  # the workbook reader, loaded when a workbook is read

    _refuse_locked(path, suffix)
    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError as exc:
        raise file_error(path, PASSWORD_MESSAGE) from exc
    except (python_calamine.CalamineError, OSError, ValueError) as exc:
        raise file_error(path, _damaged(suffix, exc)) from exc
    try:
        for meta in book.sheets_metadata:
            if meta.visible != python_calamine.SheetVisibleEnum.Visible:
                notes.append(
                    Message(
                        QT_TRANSLATE_NOOP("messages", "sheet {sheet} is hidden and was skipped"),
                        sheet=repr(meta.name),
                    )
                )
                continue
            if meta.typ != python_calamine.SheetTypeEnum.WorkSheet:
                notes.append(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "sheet {sheet} is a chart, not a table, and was skipped"
                        ),
                        sheet=repr(meta.name),
                    )
                )
                continue
            yield RawSheet(meta.name, _sheet_rows(path, suffix, book, meta.name))
    finally:
        book.close()


def _refuse_locked(path: Path, suffix: str) -> None:
    """Excel and LibreOffice keep a workbook saved with a password to open in an OLE
    container: for .xlsx, .xlsm and .ods that is the sign of a password."""
    with path.open("rb") as handle:
        start = handle.read(8)
    if suffix != ".xls" and start == _OLE_MAGIC:
        raise file_error(path, PASSWORD_MESSAGE)
    if suffix == ".ods" and start[:2] == b"PK" and _ods_encrypted(path):
        raise file_error(path, PASSWORD_MESSAGE)


def _ods_encrypted(path: Path) -> bool:
    """LibreOffice keeps an encrypted .ods a zip, with encryption data in its manifest."""
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = archive.read("META-INF/manifest.xml")
    except (zipfile.BadZipFile, KeyError, OSError):
        return False  # damaged or odd: calamine says so below
    return b"encryption-data" in manifest


def _damaged(suffix: str, exc: Exception) -> Message:
    """In the user's words; the reader's own wording (zip records, OLE sectors) goes to the
    log, not to the person who sent the file."""
    log.info("unreadable workbook (%s): %s", suffix, exc)
    if suffix == ".xls":
        return Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "the workbook cannot be read; it may be damaged or saved by a very old Excel "
                "(before Excel 97): open it and save it as .xlsx, then import that",
            )
        )
    return Message(
        QT_TRANSLATE_NOOP(
            "messages",
            "the workbook is damaged and cannot be read; open it in the program that made it, "
            "save it again and import that copy",
        )
    )


def _sheet_rows(
    path: Path, suffix: str, book: python_calamine.CalamineWorkbook, name: str
) -> Iterator[tuple[object, ...]]:
    import python_calamine

    try:
        sheet = book.get_sheet_by_name(name)
        # calamine starts each row at the first used column: pad it, so column letters match
        pad = ("",) * sheet.start[1] if sheet.start else ()
        for row in sheet.iter_rows():
            yield (*pad, *row) if pad else tuple(row)
    except python_calamine.PasswordError as exc:
        raise file_error(path, PASSWORD_MESSAGE) from exc
    except (python_calamine.CalamineError, OSError, ValueError) as exc:
        raise file_error(path, _damaged(suffix, exc)) from exc


def _csv_guarded(path: Path, rows: Iterator[tuple[object, ...]]) -> Iterator[tuple[object, ...]]:
    try:
        yield from rows
    except csv.Error as exc:  # e.g. a field over the csv module's size limit
        raise file_error(
            path,
            Message(
                QT_TRANSLATE_NOOP("messages", "the file is not a readable CSV list ({reason})"),
                reason=str(exc),
            ),
        ) from exc


def csv_dialect(path: Path) -> tuple[str, str]:
    """(encoding, separator) of a CSV list, as the reader below takes them."""
    data = path.read_bytes()
    return _detect(data)[1:]


def _detect(data: bytes) -> tuple[str, str, str]:
    # Imported here: the encoding guesser is loaded when a CSV list is read.
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    encoding = best.encoding if best is not None else "utf-8"
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        encoding = "latin-1"
        text = data.decode(encoding)
    text = text.lstrip("\ufeff")
    sample = text[:20_000]
    # Excel writes ; where the decimal comma is used: whichever separator is more common wins.
    delimiter = max((";", ",", "\t"), key=sample.count)
    return text, encoding, delimiter


def _csv_rows(path: Path) -> Iterator[tuple[object, ...]]:
    data = path.read_bytes()
    if not data.strip():
        return iter(())  # an empty file: no rows at all
    text, _encoding, delimiter = _detect(data)
    # Universal newlines: lists saved on an old Mac end their lines with a lone CR.
    lines = io.StringIO(text, newline=None)
    return (tuple(row) for row in csv.reader(lines, delimiter=delimiter))
