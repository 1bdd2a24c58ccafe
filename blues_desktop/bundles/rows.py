"""Records as JSON lines, and back, with every value checked against its column."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from sqlalchemy import Boolean, Column, Date, DateTime, Integer, String, Table, Text, Time

from blues_desktop.bundles.describe import column_words
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
        raise RowError(f"{_words(column)}: expected a decimal number as text, got {value!r}")
    try:
        number = Decimal(str(value))
    except InvalidOperation as exc:
        raise RowError(f"{_words(column)}: {value!r} is not a number") from exc
    if not number.is_finite() or number != number.quantize(Decimal("0.01")):
        raise RowError(f"{_words(column)}: {value!r} has more than 2 decimal places")
    return number


def _iso(column: Column[Any], value: Any, parse: Callable[[str], T], expected: str, form: str) -> T:
    """An ISO 8601 text as a date, time or moment; RowError naming the column otherwise."""
    if not isinstance(value, str):
        raise RowError(f"{_words(column)}: expected {expected}, got {value!r}")
    try:
        return parse(value)
    except ValueError as exc:
        raise RowError(f"{_words(column)}: {value!r} is not {form}") from exc


def _parse(column: Column[Any], value: Any) -> Any:
    kind = column.type
    if isinstance(kind, Money | Hours):
        return _decimal(column, value)
    if isinstance(kind, UTCDateTime | DateTime):
        moment = _iso(
            column, value, datetime.fromisoformat, "a date and time", "an ISO date and time"
        )
        if moment.tzinfo is None:
            raise RowError(f"{_words(column)}: {value!r} has no time zone")
        return moment
    if isinstance(kind, Date):
        return _iso(column, value, date.fromisoformat, "a date", "an ISO date")
    if isinstance(kind, Time):
        return _iso(column, value, time.fromisoformat, "a time", "a time")
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise RowError(f"{_words(column)}: expected true or false, got {value!r}")
        return value
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise RowError(f"{_words(column)}: expected a whole number, got {value!r}")
        return value
    if isinstance(kind, String | Text):
        if not isinstance(value, str):
            raise RowError(f"{_words(column)}: expected text, got {value!r}")
        length = getattr(kind, "length", None)
        if length is not None and len(value) > length:
            raise RowError(f"{_words(column)}: text longer than {length} characters")
        return value
    raise RowError(f"{_words(column)}: a column of type {kind!r} cannot travel in bundles")


def parse_row(table: Table, line: bytes) -> dict[str, Any]:
    """One JSON line as column values; raises RowError naming what is wrong."""
    try:
        raw = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise RowError(f"not a JSON object ({exc})") from exc
    if not isinstance(raw, dict):
        raise RowError("not a JSON object")
    names = set(table.columns.keys())
    unknown = sorted(set(raw) - names)
    if unknown:
        raise RowError(f"unknown column {unknown[0]!r}")
    values: dict[str, Any] = {}
    for name in sorted(names - set(raw)):
        # A column added after the sender's version (an older bundle format or schema):
        # empty, or its default, as the migration that added it left the sender's rows.
        column = table.columns[name]
        default = column.default
        if default is not None and default.is_scalar:
            values[name] = default.arg  # type: ignore[attr-defined]
        elif column.nullable:
            values[name] = None
        else:
            raise RowError(f"missing column {name!r}")
    for name, value in raw.items():
        column = table.columns[name]
        if value is None:
            if not column.nullable:
                raise RowError(f"{_words(column)}: must not be empty")
            values[name] = None
        else:
            values[name] = _parse(column, value)
    return values
