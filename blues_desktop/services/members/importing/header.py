"""Finding the header row of a sheet and guessing which column holds which field.

A member list often has a title row or two above the header, and header cells merged
over two rows ("Contact" above "E-mail" and "Phone"). Each of the first rows is tried
as the header, blanks filled from the cells above it, and the row naming the most
known fields wins.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from blues_desktop.services.members.importing.fields import (
    AMBIGUOUS_NAME_WORDS,
    NAME_FIELDS,
    READ_PAST_HEADERS,
    field_for_header,
    header_key,
    text_value,
)

SCAN_ROWS = 30


def column_letter(number: int) -> str:
    """The letters a spreadsheet shows for a 1-based column: 1 is A, 27 is AA (openpyxl's
    names, without importing openpyxl for them)."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass(frozen=True, slots=True)
class SheetMapping:
    sheet: str
    header_row: int  # 1-based, as the spreadsheet shows it
    headers: tuple[str, ...]
    columns: dict[int, str] = field(default_factory=dict)  # 0-based column -> field
    # unread columns whose header names a person or an organisation
    unread_names: tuple[int, ...] = ()

    def column_label(self, index: int) -> str:
        title = self.headers[index] if index < len(self.headers) else ""
        letter = column_letter(index + 1)
        return f"{letter} ({title})" if title else letter

    @property
    def unmapped(self) -> list[str]:
        return [
            h
            for i, h in enumerate(self.headers)
            if h and i not in self.columns and not self.read_past(i)
        ]

    def read_past(self, index: int) -> bool:
        """A column the importer wrote itself (the fix-up file's "Problem")."""
        return index < len(self.headers) and header_key(self.headers[index]) in READ_PAST_HEADERS


def _headers_at(rows: list[tuple[object, ...]], index: int) -> list[str]:
    width = max((len(r) for r in rows[max(0, index - 2) : index + 1]), default=0)
    headers = []
    for col in range(width):
        text = None
        # A merged cell keeps its value in the top cell only: look up to two rows up.
        for row_index in (index, index - 1, index - 2):
            if row_index < 0:
                break
            row = rows[row_index]
            text = text_value(row[col]) if col < len(row) else None
            if text:
                break
        headers.append(text or "")
    return headers


def guess_columns(headers: list[str] | tuple[str, ...]) -> dict[int, str]:
    columns: dict[int, str] = {}
    taken: set[str] = set()
    for index, title in enumerate(headers):
        name = field_for_header(title)
        if name and name not in taken:  # the first column named so wins ("Country code", "Country")
            columns[index] = name
            taken.add(name)
    # "Nombre" beside "Razón social": the organisation is named already, so it is the person
    for index, title in enumerate(headers):
        meant = AMBIGUOUS_NAME_WORDS.get(header_key(title))
        if index not in columns and meant and meant not in taken:
            columns[index] = meant
            taken.add(meant)
    return columns


def unread_names(headers: tuple[str, ...], columns: dict[int, str]) -> tuple[int, ...]:
    return tuple(
        i
        for i, title in enumerate(headers)
        if title
        and i not in columns
        and (field_for_header(title) in NAME_FIELDS or header_key(title) in AMBIGUOUS_NAME_WORDS)
    )


def find_header(sheet: str, rows: list[tuple[object, ...]]) -> SheetMapping | None:
    """The best header row in the first rows, or None when no row names the organisation."""
    best: SheetMapping | None = None
    for index in range(min(SCAN_ROWS, len(rows))):
        if not any(text_value(v) for v in rows[index]):
            continue
        headers = _headers_at(rows, index)
        columns = guess_columns(headers)
        if "legal_name" not in columns.values() or len(columns) < 2:
            continue
        if best is None or len(columns) > len(best.columns):
            best = SheetMapping(
                sheet, index + 1, tuple(headers), columns, unread_names(tuple(headers), columns)
            )
    return best


def with_columns(mapping: SheetMapping, columns: dict[int, str]) -> SheetMapping:
    """The mapping the user chose in the mapping step."""
    return SheetMapping(
        mapping.sheet,
        mapping.header_row,
        mapping.headers,
        dict(columns),
        unread_names(mapping.headers, columns),
    )
