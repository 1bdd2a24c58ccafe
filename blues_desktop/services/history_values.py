"""Stored values as a reader of the History understands them: names instead of ids,
words instead of codes, dates as dates. Used by services/history.py only."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

import pycountry
from sqlalchemy import Date, DateTime, Time, select
from sqlalchemy.orm import Session

from blues_desktop.domain.offices import office_info
from blues_desktop.domain.persons import ERASED
from blues_desktop.domain.record_labels import VALUE_WORDS, record_kind
from blues_desktop.domain.timesheets import Month
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Country, Message
from blues_desktop.domain.translatable import Money as MoneyValue
from blues_desktop.store.models import (
    Base,
    Event,
    EventDay,
    Exchange,
    Organisation,
    Person,
    Registration,
    StaffMember,
    TimesheetMonth,
)
from blues_desktop.store.types import Hours, Money

MAX_TEXT = 120
EMPTY = "—"
_COUNTRY_FIELDS = frozenset({"country"})
_CHECKSUM_FIELDS = frozenset({"sha256", "content_sha256", "pdf_sha256"})
_OFFICE_TABLE = "offices"


def office_words(code: str | None) -> str:
    if not code:
        return EMPTY
    try:
        return office_info(code).code
    except KeyError:
        return Message(QT_TRANSLATE_NOOP("messages", "an office unknown here"))


def _person_name(person: Person | None) -> str:
    if person is None:
        return Message(QT_TRANSLATE_NOOP("messages", "a person not on this computer"))
    if person.erased_at is not None:
        return ERASED
    return f"{person.first_name} {person.last_name}".strip()


def describe_record(session: Session, table: str, record_id: str) -> str:
    """A record named as a user knows it: the organisation's name, the exchange's
    reference, the person's name, the event's title and date, the staff member's month."""
    if table == "organisations":
        org = session.get(Organisation, record_id)
        if org is None:
            return Message(QT_TRANSLATE_NOOP("messages", "an organisation not on this computer"))
        return org.legal_name
    if table == "persons":
        return _person_name(session.get(Person, record_id))
    if table == "exchanges":
        exchange = session.get(Exchange, record_id)
        if exchange is None:
            return Message(QT_TRANSLATE_NOOP("messages", "an exchange not on this computer"))
        return exchange.reference
    if table == "events":
        event = session.get(Event, record_id)
        if event is None:
            return Message(QT_TRANSLATE_NOOP("messages", "an event not on this computer"))
        return Message(
            QT_TRANSLATE_NOOP("messages", "{title} ({day})"),
            title=event.title,
            day=event.start_date,
        )
    if table == "staff_members":
        staff = session.get(StaffMember, record_id)
        return _person_name(session.get(Person, staff.person_id) if staff else None)
    if table == "timesheet_months":
        month = session.get(TimesheetMonth, record_id)
        if month is None:
            return Message(QT_TRANSLATE_NOOP("messages", "a timesheet month not on this computer"))
        name = describe_record(session, "staff_members", month.staff_id)
        return Message(
            QT_TRANSLATE_NOOP("messages", "{name}, {month}"),
            name=name,
            month=Month.parse(month.month).label,
        )
    if table == "registrations":
        registration = session.get(Registration, record_id)
        if registration is None:
            return Message(QT_TRANSLATE_NOOP("messages", "a registration not on this computer"))
        return _person_name(session.get(Person, registration.person_id))
    if table == "event_days":
        day = session.get(EventDay, record_id)
        if day is None:
            return Message(QT_TRANSLATE_NOOP("messages", "an event day not on this computer"))
        return _value(day.day)
    if table == _OFFICE_TABLE:
        return office_words(record_id)
    return Message(
        QT_TRANSLATE_NOOP("messages", "a {kind}"), kind=Message.label(record_kind(table))
    )


def _value(value: object) -> Message:
    """A date, an amount or hours alone, written as the window's language writes it."""
    return Message(QT_TRANSLATE_NOOP("messages", "{value}"), value=value)


def _referenced_table(table: str, column: str) -> str | None:
    model_table = Base.metadata.tables.get(table)
    if model_table is None or column not in model_table.columns:
        return None
    for fk in model_table.columns[column].foreign_keys:
        return str(fk.column.table.name)
    return None


def _column_type(table: str, column: str) -> Any:
    model_table = Base.metadata.tables.get(table)
    if model_table is None or column not in model_table.columns:
        return None
    return model_table.columns[column].type


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def _json_words(text: str) -> str:
    """Agenda, preferences, evaluation: JSON kept in one field, read as plain lines."""
    try:
        data = json.loads(text)
    except ValueError:
        return _short(text)
    if isinstance(data, list):
        parts = []
        for item in data:
            if isinstance(item, dict):
                parts.append(": ".join(str(v) for v in item.values() if v not in (None, "")))
            else:
                parts.append(str(item))
        return _short("; ".join(parts)) or EMPTY
    if isinstance(data, dict):
        return _short("; ".join(f"{v}" for v in data.values() if v not in (None, ""))) or EMPTY
    return _short(str(data))


def display_value(session: Session, table: str, column: str, value: Any) -> str:
    """One stored value (as the audit log keeps it) in words."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        if value:
            return Message(QT_TRANSLATE_NOOP("messages", "yes"))
        return Message(QT_TRANSLATE_NOOP("messages", "no"))
    if column in VALUE_WORDS and isinstance(value, str):
        words = VALUE_WORDS[column].get(value)
        return Message.label(words) if words is not None else value.replace("_", " ")
    if column in _CHECKSUM_FIELDS:
        return f"{str(value)[:12]}…"
    if column == "owner_id":
        return Message(QT_TRANSLATE_NOOP("messages", "the record it belongs to"))
    target = _referenced_table(table, column)
    if target is not None and isinstance(value, str):
        return (
            office_words(value)
            if target == _OFFICE_TABLE
            else describe_record(session, target, value)
        )
    if column in _COUNTRY_FIELDS and isinstance(value, str):
        return _value(Country(value))  # "Spain" in English, "Spanien" in a German window
    if column == "language" and isinstance(value, str):
        language = pycountry.languages.get(alpha_2=value.lower()[:2])
        return str(language.name) if language is not None else value
    kind = _column_type(table, column)
    if isinstance(kind, Hours | Money) and isinstance(value, str | int | float):
        try:
            amount = Decimal(str(value)).quantize(Decimal("0.01"))
        except ArithmeticError:
            return _short(str(value))
        return _value(MoneyValue(amount) if isinstance(kind, Money) else amount)
    if table == "timesheet_months" and column == "month" and isinstance(value, str):
        try:
            return Month.parse(value).label
        except ValueError:
            return value
    if isinstance(value, str) and kind is not None:
        try:
            if isinstance(kind, DateTime) or getattr(kind, "impl", None).__class__ is DateTime:
                # As stored, in UTC, and said so (no conversion to the computer's time).
                at = datetime.fromisoformat(value).replace(tzinfo=None)
                return Message(QT_TRANSLATE_NOOP("messages", "{at} UTC"), at=at)
            if isinstance(kind, Date):
                return _value(date.fromisoformat(value))
            if isinstance(kind, Time):
                return f"{time.fromisoformat(value):%H:%M}"
        except ValueError:
            pass
    if isinstance(value, str) and value[:1] in "[{":
        return _json_words(value)
    if isinstance(value, list | dict):
        return _json_words(json.dumps(value))
    return _short(str(value))


def record_office(session: Session, table: str, record_id: str) -> str | None:
    model_table = Base.metadata.tables.get(table)
    if model_table is None or "office_id" not in model_table.columns:
        return None
    return session.scalar(select(model_table.c.office_id).where(model_table.c.id == record_id))
