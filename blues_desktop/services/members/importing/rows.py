"""One row of a member list read into organisation and contact values, with its problems."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from blues_desktop.domain.organisations import (
    CHECK_DIGIT_CODE,
    OrganisationInput,
    validate_organisation,
)
from blues_desktop.domain.persons import PersonInput, validate_person
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message, message_of
from blues_desktop.domain.validation import Severity, ValidationReport
from blues_desktop.services.members.importing.fields import (
    CONTACT_FIELDS,
    DATE_FIELDS,
    ORGANISATION_FIELDS,
    CellProblem,
    bool_value,
    country_value,
    date_value,
    membership_date_value,
    org_type_value,
    text_value,
)
from blues_desktop.services.members.importing.header import SheetMapping


@dataclass(frozen=True, slots=True)
class Problem:
    sheet: str
    row: int
    column: str
    message: str
    is_error: bool = True
    index: int | None = None  # 0-based column of the cell, so the fix-up file can mark it
    blank: bool = False  # a required cell read as empty: a formula without a value, maybe

    def __str__(self) -> str:
        return self.sentence()

    def sentence(self) -> Message:
        """Where and what: "sheet 'Members', row 4, column C (Country): …"."""
        if self.column:
            return Message(
                QT_TRANSLATE_NOOP(
                    "messages", "sheet {sheet}, row {row}, column {column}: {problem}"
                ),
                sheet=repr(self.sheet),
                row=self.row,
                column=self.column,
                problem=self.message,
            )
        return Message(
            QT_TRANSLATE_NOOP("messages", "sheet {sheet}, row {row}: {problem}"),
            sheet=repr(self.sheet),
            row=self.row,
            problem=self.message,
        )


@dataclass(slots=True)
class ParsedRow:
    sheet: str
    row: int
    organisation: dict[str, Any] = field(default_factory=dict)
    contact: dict[str, Any] = field(default_factory=dict)
    office_id: str | None = None
    problems: list[Problem] = field(default_factory=list)
    # the cells as read, kept only while the row may still be set aside (fix-up file)
    cells: tuple[object, ...] | None = None
    placed: bool = False  # planned: its organisation or contact goes in

    @property
    def ok(self) -> bool:
        return not any(p.is_error for p in self.problems)


# Values that repeat down a list (cities, first names, roles): one string object each, so a
# 100,000-row preview does not hold the same "Greifswald" 20,000 times.
SHARED_TEXT = frozenset({
    "city", "region", "sectors", "employees_band", "first_name", "role", "language",
    "consent_purpose", "consent_source", "postcode",
})  # fmt: skip


# The typed cells (dates, types, countries, yes/no) hold few distinct values down a list:
# each is parsed once (a cell that cannot be read raises each time, and is not kept).
@lru_cache(maxsize=8192, typed=True)
def _parse_typed(name: str, raw: object) -> Any:
    return _parse(name, raw)


TYPED_FIELDS = frozenset({*DATE_FIELDS, "org_type", "country", "do_not_contact"})


def _parse(name: str, raw: object) -> Any:
    if name in ("member_since", "member_until"):
        return membership_date_value(raw, end=name == "member_until")
    if name in DATE_FIELDS:
        return date_value(raw)
    if name == "org_type":
        return org_type_value(raw) if text_value(raw) else None
    if name == "country":
        return country_value(raw) if text_value(raw) else None
    if name == "do_not_contact":
        return bool_value(raw)
    text = text_value(raw)
    return sys.intern(text) if text is not None and name in SHARED_TEXT else text


def parse_row(
    mapping: SheetMapping,
    number: int,
    cells: tuple[object, ...],
    today: date,
    texts: tuple[str | None, ...] | None = None,
) -> ParsedRow:
    """`texts`: the cells' text_value, where the caller has them already."""
    parsed = ParsedRow(mapping.sheet, number)
    index_of = {name: i for i, name in mapping.columns.items()}
    values: dict[str, Any] = {}
    for index, name in mapping.columns.items():
        raw = cells[index] if index < len(cells) else None
        try:
            if name in TYPED_FIELDS:
                try:
                    values[name] = _parse_typed(name, raw)
                except TypeError:  # an unhashable value: parsed as it is
                    values[name] = _parse(name, raw)
            elif texts is not None:
                text = texts[index] if index < len(texts) else None
                values[name] = sys.intern(text) if text and name in SHARED_TEXT else text
            else:
                values[name] = _parse(name, raw)
        except CellProblem as exc:
            parsed.problems.append(
                Problem(
                    mapping.sheet, number, mapping.column_label(index), message_of(exc), index=index
                )
            )
    full = values.pop("contact_name", None)
    if full and not (values.get("first_name") or values.get("last_name")):
        first, _, last = str(full).rpartition(" ")
        values["first_name"], values["last_name"] = (first or last), last
        index_of.setdefault("first_name", index_of["contact_name"])
        index_of.setdefault("last_name", index_of["contact_name"])
    parsed.office_id = (values.pop("office_id", None) or "").upper() or None
    parsed.organisation = {k: values[k] for k in ORGANISATION_FIELDS if values.get(k) is not None}
    parsed.contact = {k: values[k] for k in CONTACT_FIELDS if values.get(k) not in (None, False)}
    _check(parsed, mapping, index_of, today)
    if parsed.contact:
        _unread_names(parsed, mapping, cells)
    return parsed


def _problem(
    parsed: ParsedRow, mapping: SheetMapping, index: int | None, message: str, **kw: Any
) -> Problem:
    label = mapping.column_label(index) if index is not None else ""
    return Problem(parsed.sheet, parsed.row, label, message, index=index, **kw)


def _check(parsed: ParsedRow, mapping: SheetMapping, index_of: dict[str, int], today: date) -> None:
    org = parsed.organisation
    failed = {p.index for p in parsed.problems}
    if not org.get("legal_name"):
        at = index_of.get("legal_name")
        parsed.problems.append(
            _problem(
                parsed,
                mapping,
                at,
                Message(QT_TRANSLATE_NOOP("messages", "the organisation name is empty")),
                blank=at is not None,
            )  # fmt: skip
        )
        return
    only_reference = set(org) == {"legal_name"} and parsed.contact
    if not only_reference:
        report = _organisation_checks(tuple(map(org.get, CHECKED_FIELDS)))
        flagged = []
        for result in report.results:
            at = index_of.get(result.field)
            if at is not None and at in failed:
                continue  # a cell that could not be read is reported once
            if result.severity is Severity.WARNING and result.code == CHECK_DIGIT_CODE:
                flagged.append(result.field)
                message: str = Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "{problem}; imported as typed and flagged 'check digit fails'"
                    ),
                    problem=result.message,
                )
                parsed.problems.append(_problem(parsed, mapping, at, message, is_error=False))
            elif result.severity is Severity.ERROR:
                missing = result.field == "country" and not org.get("country")
                message = (
                    Message(QT_TRANSLATE_NOOP("messages", "the country is missing"))
                    if missing
                    else result.message
                )
                blank = missing and at is not None
                parsed.problems.append(_problem(parsed, mapping, at, message, blank=blank))
        if flagged:
            org["check_digit_fails"] = " ".join(flagged)
        elif org.get("vat_number") or org.get("registration_number"):
            org["check_digit_fails"] = None  # numbers that check out clear an older flag
    if parsed.contact:
        contact = parsed.contact
        person = validate_person(
            PersonInput(**{"first_name": "", "last_name": "", **contact}), today=today
        )
        for result in person.errors:
            at = index_of.get(result.field)
            if at is None or at not in failed:
                parsed.problems.append(_problem(parsed, mapping, at, result.message))


# The fields the edit form's organisation checks look at besides the name (checked above):
# rows sharing them (the same type, country, no number) are checked once.
CHECKED_FIELDS = (
    "org_type", "country", "vat_number", "registration_number", "website", "member_since",
    "member_until", "ecccp_profile_url",
)  # fmt: skip


@lru_cache(maxsize=4096)
def _organisation_checks(values: tuple[Any, ...]) -> ValidationReport:
    given = {k: v for k, v in zip(CHECKED_FIELDS, values, strict=True) if v is not None}
    return validate_organisation(
        OrganisationInput(**{"org_type": "other", "country": "", **given, "legal_name": "-"}),
        accept_check_digit=True,
    )


def _unread_names(parsed: ParsedRow, mapping: SheetMapping, cells: tuple[object, ...]) -> None:
    """A contact is never saved with part of its name: a name column the mapping leaves
    unread ("Nombre" beside "Apellidos") that holds a value sets the row aside."""
    for index in mapping.unread_names:
        if index < len(cells) and text_value(cells[index]):
            message = Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "this column holds a name ({name}) but is not read; map it (e.g. to First "
                    "name) so the contact is saved with the whole name",
                ),
                name=repr(text_value(cells[index])),
            )
            parsed.problems.append(_problem(parsed, mapping, index, message))
