"""Records as JSON lines, and back, with every value checked against its column."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from sqlalchemy import Boolean, Column, Date, DateTime, Integer, String, Table, Text, Time

from blues_desktop.bundles.describe import column_words
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.services.audit import json_value
from blues_desktop.store.types import Hours, Money, UTCDateTime

T = TypeVar("T")


class RowError(ValueError):
    """A value that does not fit its column; the message names the column in words."""


def _words(column: Column[Any]) -> str:
    return column_words(column.table.name, column.name)


def row_to_json(row: dict[str, Any]) -> bytes:
    return json.dumps(
        {k: json_value(v) for k, v in row.items()}, ensure_ascii=False, sort_keys=True
    ).encode("utf-8")


def _decimal(column: Column[Any], value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise RowError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "{column}: expected a decimal number as text, got {value}"
                ),
                column=_words(column),
                value=repr(value),
            )
        )
    try:
        number = Decimal(str(value))
    except InvalidOperation as exc:
        raise RowError(
            Message(
                QT_TRANSLATE_NOOP("messages", "{column}: {value} is not a number"),
                column=_words(column),
                value=repr(value),
            )
        ) from exc
    if not number.is_finite() or number != number.quantize(Decimal("0.01")):
        raise RowError(
            Message(
                QT_TRANSLATE_NOOP("messages", "{column}: {value} has more than 2 decimal places"),
                column=_words(column),
                value=repr(value),
            )
        )
    return number


def _iso(column: Column[Any], value: Any, parse: Callable[[str], T], expected: str, form: str) -> T:
    """An ISO 8601 text as a date, time or moment; RowError naming the column otherwise."""
    if not isinstance(value, str):
        raise RowError(
            Message(
                QT_TRANSLATE_NOOP("messages", "{column}: expected {expected}, got {value}"),
                column=_words(column),
                expected=expected,
                value=repr(value),
            )
        )
    try:
        return parse(value)
    except ValueError as exc:
        raise RowError(
            Message(
                QT_TRANSLATE_NOOP("messages", "{column}: {value} is not {form}"),
                column=_words(column),
                value=repr(value),
                form=form,
            )
        ) from exc


def converter(column: Column[Any]) -> Callable[[Any], Any]:
    """The check and conversion of a non-empty value of this column, chosen once per column."""
    kind = column.type
    if isinstance(kind, Money | Hours):
        return lambda value: _decimal(column, value)
    if isinstance(kind, UTCDateTime | DateTime):

        def moment(value: Any) -> datetime:
            parsed = _iso(
                column,
                value,
                datetime.fromisoformat,
                Message(QT_TRANSLATE_NOOP("messages", "a date and time")),
                Message(QT_TRANSLATE_NOOP("messages", "an ISO date and time")),
            )
            if parsed.tzinfo is None:
                raise RowError(
                    Message(
                        QT_TRANSLATE_NOOP("messages", "{column}: {value} has no time zone"),
                        column=_words(column),
                        value=repr(value),
                    )
                )
            return parsed

        return moment
    if isinstance(kind, Date):
        a_date = Message(QT_TRANSLATE_NOOP("messages", "a date"))
        iso_date = Message(QT_TRANSLATE_NOOP("messages", "an ISO date"))
        return lambda value: _iso(column, value, date.fromisoformat, a_date, iso_date)
    if isinstance(kind, Time):
        a_time = Message(QT_TRANSLATE_NOOP("messages", "a time"))
        return lambda value: _iso(column, value, time.fromisoformat, a_time, a_time)
    if isinstance(kind, Boolean):

        def boolean(value: Any) -> bool:
            if not isinstance(value, bool):
                raise RowError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "{column}: expected true or false, got {value}"
                        ),
                        column=_words(column),
                        value=repr(value),
                    )
                )
            return value

        return boolean
    if isinstance(kind, Integer):

        def whole(value: Any) -> int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise RowError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "{column}: expected a whole number, got {value}"
                        ),
                        column=_words(column),
                        value=repr(value),
                    )
                )
            return value

        return whole
    if isinstance(kind, String | Text):
        length = getattr(kind, "length", None)

        def text(value: Any) -> str:
            if not isinstance(value, str):
                raise RowError(
                    Message(
                        QT_TRANSLATE_NOOP("messages", "{column}: expected text, got {value}"),
                        column=_words(column),
                        value=repr(value),
                    )
                )
            if length is not None and len(value) > length:
                raise RowError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "{column}: text longer than {length} characters"
                        ),
                        column=_words(column),
                        length=length,
                    )
                )
            return value

        return text

    def unknown(value: Any) -> Any:
        raise RowError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "{column}: a column of type {kind} cannot travel in bundles"
                ),
                column=_words(column),
                kind=repr(kind),
            )
        )

    return unknown


def parse_row(table: Table, line: bytes) -> dict[str, Any]:
    """One JSON line as column values; raises RowError naming what is wrong."""
    parser = RowParser(table)
    return dict(zip(parser.names, parser.values(line), strict=True))


# Values remembered per column: a bundle repeats a column's few distinct values (an
# office, a country, a status, a moment) thousands of times; the same text gives back
# the same object, parsed once and held once. Columns of unique values stop adding
# once this many are known.
REMEMBERED = 2048


class RowParser:
    """The checks of `parse_row` for one table, worked out once for all its rows: each
    column's converter, nullability and words are looked up per table, not per value.
    The values come back as a tuple in the table's column order."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.names: tuple[str, ...] = tuple(table.columns.keys())
        self.name_set = frozenset(self.names)
        self.at = {name: i for i, name in enumerate(self.names)}
        self.columns = {name: table.columns[name] for name in self.names}
        self.nullable = {name: bool(column.nullable) for name, column in self.columns.items()}
        self.convert = {name: converter(column) for name, column in self.columns.items()}
        self.seen: dict[str, dict[str, Any]] = {name: {} for name in self.names}
        # A column added after the sender's version (an older bundle format or schema) may
        # be absent: empty, or its default, as the migration that added it left the
        # sender's rows. A required column without a default may not.
        self.fill: dict[str, Any] = {}
        for name, column in self.columns.items():
            default = column.default
            if default is not None and default.is_scalar:
                self.fill[name] = default.arg  # type: ignore[attr-defined]
            elif column.nullable:
                self.fill[name] = None

    def values(self, line: bytes) -> tuple[Any, ...]:
        raw = _object(line)
        if not isinstance(raw, dict):
            raise RowError(Message(QT_TRANSLATE_NOOP("messages", "not a JSON object")))
        out: list[Any] = [None] * len(self.names)
        at, seen, convert = self.at, self.seen, self.convert
        if raw.keys() != self.name_set:
            unknown = sorted(set(raw) - self.name_set)
            if unknown:
                raise RowError(
                    Message(
                        QT_TRANSLATE_NOOP("messages", "unknown column {name}"),
                        name=repr(unknown[0]),
                    )
                )
            for name in sorted(self.name_set - set(raw)):
                if name not in self.fill:
                    raise RowError(
                        Message(
                            QT_TRANSLATE_NOOP("messages", "missing column {name}"), name=repr(name)
                        )
                    )
                out[at[name]] = self.fill[name]
        for name, value in raw.items():
            if value is None:
                if not self.nullable[name]:
                    raise RowError(
                        Message(
                            QT_TRANSLATE_NOOP("messages", "{column}: must not be empty"),
                            column=_words(self.columns[name]),
                        )
                    )
                continue
            if type(value) is str:
                known = seen[name]
                parsed = known.get(value, _UNSEEN)
                if parsed is _UNSEEN:
                    parsed = convert[name](value)
                    if len(known) < REMEMBERED:
                        known[value] = parsed
                out[at[name]] = parsed
            else:
                out[at[name]] = convert[name](value)
        return tuple(out)


_UNSEEN = object()
# json.loads' own scanner, called straight for the usual line (one object, nothing
# around it): the same values, without json.loads' wrappers around every line.
_scan = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def _object(line: bytes) -> Any:
    """A line's JSON value, as json.loads gives it; RowError if it is not JSON."""
    if line[:1] == b"{" and line[-1:] == b"}":
        try:
            text = line.decode("utf-8", "surrogatepass")
            value, end = _scan(text, 0)
            if end == len(text):
                return value
        except (ValueError, StopIteration):
            pass  # json.loads below says what is wrong, in its words
    try:
        return json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise RowError(
            Message(QT_TRANSLATE_NOOP("messages", "not a JSON object ({error})"), error=str(exc))
        ) from exc
