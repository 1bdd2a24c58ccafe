"""One row of a member list read into organisation and contact values, with its problems."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from blues_desktop.domain.organisations import OrganisationInput, validate_organisation
from blues_desktop.domain.persons import PersonInput, validate_person
from blues_desktop.services.members.importing.fields import (
    CONTACT_FIELDS,
    DATE_FIELDS,
    ORGANISATION_FIELDS,
    CellProblem,
    bool_value,
    country_value,
    date_value,
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

    def __str__(self) -> str:
        where = f"sheet {self.sheet!r}, row {self.row}" + (
            f", column {self.column}" if self.column else ""
        )
        return f"{where}: {self.message}"


@dataclass(slots=True)
class ParsedRow:
    sheet: str
    row: int
    organisation: dict[str, Any] = field(default_factory=dict)
    contact: dict[str, Any] = field(default_factory=dict)
    office_id: str | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(p.is_error for p in self.problems)


def _parse(name: str, raw: object) -> Any:
    if name in DATE_FIELDS:
        return date_value(raw)
    if name == "org_type":
        return org_type_value(raw) if text_value(raw) else None
    if name == "country":
        return country_value(raw) if text_value(raw) else None
    if name == "do_not_contact":
        return bool_value(raw)
    return text_value(raw)


def parse_row(
    mapping: SheetMapping, number: int, cells: tuple[object, ...], today: date
) -> ParsedRow:
    parsed = ParsedRow(mapping.sheet, number)
    where = {name: mapping.column_label(i) for i, name in mapping.columns.items()}
    values: dict[str, Any] = {}
    for index, name in mapping.columns.items():
        raw = cells[index] if index < len(cells) else None
        try:
            values[name] = _parse(name, raw)
        except CellProblem as exc:
            parsed.problems.append(Problem(mapping.sheet, number, where[name], str(exc)))
    full = values.pop("contact_name", None)
    if full and not (values.get("first_name") or values.get("last_name")):
        first, _, last = str(full).rpartition(" ")
        values["first_name"], values["last_name"] = (first or last), last
        where.setdefault("first_name", where["contact_name"])
        where.setdefault("last_name", where["contact_name"])
    parsed.office_id = (values.pop("office_id", None) or "").upper() or None
    parsed.organisation = {k: values[k] for k in ORGANISATION_FIELDS if values.get(k) is not None}
    parsed.contact = {k: values[k] for k in CONTACT_FIELDS if values.get(k) not in (None, False)}
    _check(parsed, where, today)
    return parsed


def _check(parsed: ParsedRow, where: dict[str, str], today: date) -> None:
    org = parsed.organisation
    failed = {p.column for p in parsed.problems}
    if not org.get("legal_name"):
        parsed.problems.append(
            Problem(
                parsed.sheet,
                parsed.row,
                where.get("legal_name", ""),
                "the organisation name is empty",
            )
        )  # noqa: E501
        return
    only_reference = set(org) == {"legal_name"} and parsed.contact
    if not only_reference:
        report = validate_organisation(
            OrganisationInput(**{"org_type": "other", "country": "", **org})
        )
        for result in report.errors:
            column = where.get(result.field, "")
            if column not in failed:  # a cell that could not be read is reported once
                message = (
                    "the country is missing"
                    if result.field == "country" and not org.get("country")
                    else result.message
                )  # noqa: E501
                parsed.problems.append(Problem(parsed.sheet, parsed.row, column, message))
    if parsed.contact:
        contact = parsed.contact
        report = validate_person(
            PersonInput(**{"first_name": "", "last_name": "", **contact}), today=today
        )
        for result in report.errors:
            column = where.get(result.field, "")
            if column not in failed:
                parsed.problems.append(Problem(parsed.sheet, parsed.row, column, result.message))
