"""Records of a bundle in the user's words: "the exchange ZIN-X-2026-006", "the planned
effort of ZIN on WP3", never a table name or an id.

Tables the app knows have a noun and the columns that identify a record to a person; a
table added later is named from its own name and its first unique constraint, so a
refusal about it still reads as words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, UniqueConstraint, select
from sqlalchemy.orm import Session

from blues_desktop.bundles.tables import sync_table
from blues_desktop.domain.labels import label_of_field, label_of_table
from blues_desktop.domain.labels.records import RECORD_KINDS
from blues_desktop.domain.timesheets import OTHER, ROWS, SHORT_LABELS
from blues_desktop.domain.translatable import (
    QT_TRANSLATE_NOOP,
    LabelInSentence,
    Message,
    ShortDate,
)

CODE = re.compile(r"[A-Z]+(_[A-Z]+)*")  # a stored code, not a name

# Columns that name a record to a person, in order; a foreign key among them is named by
# the record it refers to ("the staff record of Ana Pérez").
LABEL_COLUMNS: dict[str, tuple[str, ...]] = {
    "organisations": ("legal_name",),
    "persons": ("first_name", "last_name"),
    "exchanges": ("reference",),
    "exchange_status_changes": ("changed_on", "exchange_id"),
    "exchange_reports": ("exchange_id",),
    "attachments": ("file_name",),
    "programme_rules": ("version",),
    "events": ("title",),
    "event_days": ("day", "event_id"),
    "registrations": ("person_id", "event_id"),
    "attendance": ("registration_id", "event_day_id"),
    "staff_members": ("person_id",),
    "timesheet_entries": ("day", "category", "staff_id"),
    "timesheet_months": ("month", "staff_id"),
    "planned_effort": ("for_office", "work_package"),
    "organisation_links": ("organisation_id", "other_organisation_id"),
}

# Where a row says which office keeps the record a column refers to.
OWNER_HINTS: dict[tuple[str, str], str] = {
    ("exchanges", "host_org_id"): "host_partnership",
    ("exchanges", "visitor_org_id"): "visitor_partnership",
    ("exchanges", "visitor_cluster_id"): "visitor_partnership",
    ("exchanges", "visitor_person_id"): "visitor_partnership",
}


def noun(table_name: str) -> str:
    """ "exchange", "planned effort" (domain/labels); a table not known there: its name
    in words."""
    if table_name in RECORD_KINDS:
        return label_of_table(table_name)
    words = table_name.replace("_", " ")
    return words[:-1] if words.endswith("s") and not words.endswith("ss") else words


def plural(table_name: str) -> str:
    """What a report calls a table's records: "contacts", "timesheet lines"."""
    if table_name in RECORD_KINDS:
        return label_of_table(table_name, plural=True)
    return table_name.replace("_", " ")


def with_article(words: str) -> str:
    """ "an organisation", "a contact"."""
    return f"{'an' if words[:1].lower() in 'aeiou' else 'a'} {words}"


def a_record(table_name: str) -> str:
    """ "an organisation", "a contact", with the kind of record translatable (a table not
    known to the labels reads as its name in words)."""
    if table_name not in RECORD_KINDS:
        return with_article(noun(table_name))
    kind = Message.label(noun(table_name))
    if with_article(kind).startswith("an "):
        return Message(QT_TRANSLATE_NOOP("messages", "an {kind}"), kind=kind)
    return Message(QT_TRANSLATE_NOOP("messages", "a {kind}"), kind=kind)


def an_unknown(table_name: str) -> str:
    """ "an unknown organisation"."""
    if table_name not in RECORD_KINDS:
        return f"an unknown {noun(table_name)}"
    return Message(
        QT_TRANSLATE_NOOP("messages", "an unknown {kind}"), kind=Message.label(noun(table_name))
    )


def column_words(table_name: str, column: str) -> str:
    """A column in words: "host organisation" (the label of domain/labels that the forms
    show, translated in the window: "Gastorganisation"), or for a column not known there,
    its name with the `_id` and `_org` dropped."""
    label = label_of_field(table_name, column)
    if label != "Other detail":
        return LabelInSentence(label)  # "host organisation", but "VAT number"
    words = column.removesuffix("_id").replace("_org", " organisation").replace("_", " ")
    return words.strip()


def label_columns(table: Table) -> tuple[str, ...]:
    if table.name in LABEL_COLUMNS:
        return LABEL_COLUMNS[table.name]
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint):
            return tuple(c.name for c in constraint.columns)
    for name in ("name", "title", "reference", "legal_name"):
        if name in table.columns:
            return (name,)
    return ()


# Columns whose stored codes have labels: the words the timesheet shows for its rows
# ("sick leave"; "other activities not in BLUES" rather than the grid's short "Other,
# not BLUES", which would read as two parts of a name).
CODE_LABELS: dict[tuple[str, str], Mapping[str, str]] = {
    ("timesheet_entries", "category"): {**SHORT_LABELS, OTHER: ROWS[OTHER]},
}


def _value_words(table_name: str, column: str, value: Any) -> object:
    """A value that identifies a record, as a part of its name: a date is kept as a date
    (English "05 Mar 2026", the window's own form), a code with a label as its label."""
    if isinstance(value, str) and CODE.fullmatch(value):
        labels = CODE_LABELS.get((table_name, column), {})
        if value in labels:
            return LabelInSentence(labels[value])  # PUBLIC_HOLIDAY: public holiday
        return value.replace("_", " ").lower()  # a code of a table not known here
    if isinstance(value, datetime):
        return f"{value:%d %b %Y %H:%M}"
    if isinstance(value, date):
        return ShortDate.of(value)
    return str(value)


def _of(record: str) -> str:
    """ "of Ana Pérez"; a name that already starts so ("of Ana Pérez of …", a record
    named by its parents) as it is."""
    if record.startswith("of "):
        return record
    return Message(QT_TRANSLATE_NOOP("messages", "of {record}"), record=record)


def _one_after_another(parts: list[object]) -> str:
    """The parts of a record's name, one after the other ("21 Jan 2027 of …"). Parts that
    are all plain text (a person's first and last name) are data, joined as they are."""
    if all(type(part) is str for part in parts):
        return " ".join(parts)  # type: ignore[arg-type]
    *before, rest = parts
    if not before:  # one part alone: a Message as it is, a date as a name of one field
        if isinstance(rest, str):
            return rest
        return Message(QT_TRANSLATE_NOOP("messages", "{record}"), record=rest)
    name: object = rest
    for part in reversed(before):
        name = Message(QT_TRANSLATE_NOOP("messages", "{first} {rest}"), first=part, rest=name)
    return name  # type: ignore[return-value]


Lookup = Callable[[str, str], Mapping[str, Any] | None]


class Namer:
    """Names records of the bundle and of this database; remembers what it looked up."""

    def __init__(self, session: Session, lookup_in_bundle: Lookup | None = None) -> None:
        self.session = session
        self.in_bundle = lookup_in_bundle
        self.cache: dict[tuple[str, str], Mapping[str, Any] | None] = {}

    def row(self, table_name: str, record_id: str) -> Mapping[str, Any] | None:
        """The record with this id: from the bundle if it holds it, else from here."""
        key = (table_name, record_id)
        if key not in self.cache:
            found = self.in_bundle(table_name, record_id) if self.in_bundle else None
            if found is None:
                table = sync_table(table_name)
                if table is not None:
                    stored = self.session.execute(
                        select(table).where(table.c.id == record_id)
                    ).first()
                    found = dict(stored._mapping) if stored is not None else None
            self.cache[key] = found
        return self.cache[key]

    def ident(self, table: Table, row: Mapping[str, Any], depth: int = 0) -> str:
        """What identifies the record to a person, without its noun."""
        parts: list[object] = []
        refers = {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}
        for column in label_columns(table):
            value = row.get(column)
            if value is None:
                continue
            target = refers.get(column)
            if target == "offices":
                parts.append(str(value))  # an office's code, as it is
            elif target is not None:
                parent = self.row(target, value) if depth < 2 else None
                target_table = sync_table(target)
                if parent is not None and target_table is not None:
                    parts.append(_of(self.ident(target_table, parent, depth + 1)))
                elif target in RECORD_KINDS:
                    parts.append(
                        Message(
                            QT_TRANSLATE_NOOP("messages", "of an unknown {kind}"),
                            kind=Message.label(noun(target)),
                        )
                    )
                else:
                    parts.append(f"of an unknown {noun(target)}")
            else:
                parts.append(_value_words(table.name, column, value))
        if table.name == "programme_rules" and parts:
            parts[0] = Message(QT_TRANSLATE_NOOP("messages", "version {version}"), version=parts[0])
        if table.name == "planned_effort" and len(parts) == 2:
            return Message(
                QT_TRANSLATE_NOOP("messages", "of {office} on {work_package}"),
                office=parts[0],
                work_package=parts[1],
            )
        if not parts:
            return Message(
                QT_TRANSLATE_NOOP("messages", "kept by office {office}"),
                office=row.get("office_id", "?"),
            )
        return _one_after_another(parts)

    def name(self, table_name: str, row: Mapping[str, Any]) -> str:
        """ "the exchange ZIN-X-2026-006", "the timesheet month 2026-03 of Ana Pérez"."""
        table = sync_table(table_name)
        if table is None:
            return a_record(table_name)
        ident = self.ident(table, row)
        if table_name not in RECORD_KINDS:
            return f"the {noun(table_name)} {ident}"
        return Message(
            QT_TRANSLATE_NOOP("messages", "the {kind} {record}"),
            kind=Message.label(noun(table_name)),
            record=ident,
        )

    def name_id(self, table_name: str, record_id: str) -> str:
        row = self.row(table_name, record_id)
        if row is not None:
            return self.name(table_name, row)
        return an_unknown(table_name)
