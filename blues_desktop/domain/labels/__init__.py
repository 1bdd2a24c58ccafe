"""The one place of the words a person reads for each concept: kinds of record, fields,
organisation types, regions, countries, languages and offices.

Every page, dialog, message, CLI line and document that names one of these asks a
function here, never shows the stored identifier (a table or column name, a code, an
enum value). The functions return English; they are the one hook where the words will
go through Qt's translation later, so callers never read the dictionaries directly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from blues_desktop.domain.labels.org_types import ORG_TYPES
from blues_desktop.domain.labels.places import country_name, language_name, region_name
from blues_desktop.domain.labels.records import (
    COMMON_FIELDS,
    FIELD_LABELS,
    INPUT_LABELS,
    RECORD_KINDS,
)
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP

_IDENTIFIER = re.compile(r"[a-z][a-z0-9]*(?:[_.][a-z0-9]+)*")

__all__ = [
    "country_label",
    "country_labels",
    "label_of_field",
    "label_of_input",
    "label_of_table",
    "language_label",
    "language_labels",
    "office_label",
    "org_type_label",
    "org_type_labels",
    "region_label",
    "region_labels",
]


def label_of_table(table: str, plural: bool = False) -> str:
    """A kind of record in words: "staff member" / "staff" for `staff_members`."""
    kinds = RECORD_KINDS.get(table)
    if kinds is None:
        return (
            QT_TRANSLATE_NOOP("labels", "records")
            if plural
            else QT_TRANSLATE_NOOP("labels", "record")
        )
    return kinds[1] if plural else kinds[0]


def label_of_field(table: str, column: str) -> str:
    """A field's name in words ("Host organisation" for exchanges.host_org_id); a count
    per kind of record is named by the kind; an unknown field reads "Other detail"."""
    label = FIELD_LABELS.get(table, {}).get(column) or COMMON_FIELDS.get(column)
    if label:
        return label
    if column in RECORD_KINDS:
        return RECORD_KINDS[column][1].capitalize()
    return QT_TRANSLATE_NOOP("labels", "Other detail")


def label_of_input(field: str) -> str:
    """What a form's or a file's field is called, for a rule's report ("Visitor's
    cluster" for visitor_cluster): a stored column's label where one has this name."""
    if field in INPUT_LABELS:
        return INPUT_LABELS[field]
    for columns in FIELD_LABELS.values():
        if field in columns:
            return columns[field]
    if field in COMMON_FIELDS:
        return COMMON_FIELDS[field]
    if not _IDENTIFIER.fullmatch(field):
        return field  # already words: "sheet 'Members' row 5", "14 March, travel"
    words = field.removesuffix("_id").replace("_", " ").replace(".", " ").strip()
    return words[:1].upper() + words[1:]


def org_type_label(value: str | None, in_sentence: bool = False) -> str:
    """ "Research or technology centre" for `rto`; a type not known here as it was typed.
    `in_sentence`: the same words inside a sentence ("a research or technology centre"),
    an acronym (SME) kept as it is."""
    if not value:
        return ""
    label = ORG_TYPES.get(value, value)  # a type not known here: named as typed
    if in_sentence and not label[1:2].isupper():
        return label[:1].lower() + label[1:]
    return label


def org_type_labels() -> dict[str, str]:
    """Every organisation type, stored value -> words, in the order lists offer them."""
    return {value: org_type_label(value) for value in ORG_TYPES}


def country_label(code: str | None) -> str:
    """ "Spain" for ES (pycountry's common name); empty for no country."""
    return country_name(code) if code else ""


def region_label(country: str | None, region: str | None) -> str:
    """ "Andalucía" for ES / AN (ISO 3166-2 via pycountry); empty for no region."""
    if not region:
        return ""
    return region_name(country or "", region)


def language_label(code: str | None) -> str:
    """ "Spanish" for es (ISO 639 via pycountry); empty for no language."""
    return language_name(code) if code else ""


def country_labels() -> dict[str, str]:
    """Every country, code -> name, sorted by name (for a choice box)."""
    from blues_desktop.domain.labels.places import all_country_codes

    names = {code: country_label(code) for code in all_country_codes()}
    return dict(sorted(names.items(), key=lambda item: item[1]))


def region_labels(country: str, codes: Iterable[str]) -> dict[str, str]:
    """The regions `codes` of `country`, code -> name, sorted by name."""
    names = {code: region_label(country, code) for code in codes}
    return dict(sorted(names.items(), key=lambda item: item[1]))


def language_labels(codes: Iterable[str]) -> dict[str, str]:
    """The languages `codes`, code -> name, sorted by name."""
    names = {code: language_label(code) for code in codes}
    return dict(sorted(names.items(), key=lambda item: item[1]))


def office_label(code: str | None) -> str:
    """An office as its staff call it: "ZIN ZINNAE"; an unknown code as it is."""
    if not code:
        return ""
    from blues_desktop.domain.offices import OFFICE_CODES, office_info

    if code.strip().upper() not in OFFICE_CODES:
        return code
    office = office_info(code)
    return f"{office.code} {office.short_name}"
