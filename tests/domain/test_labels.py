"""The words a person reads for each concept (domain/labels): kinds of record, fields,
organisation types, places and offices, with what is shown when a value is unknown."""

from __future__ import annotations

from blues_desktop.domain.labels import (
    country_label,
    country_labels,
    label_of_field,
    label_of_input,
    label_of_table,
    language_label,
    language_labels,
    office_label,
    org_type_label,
    org_type_labels,
    region_label,
    region_labels,
)
from blues_desktop.domain.labels.org_types import ORG_TYPES
from blues_desktop.domain.labels.places import all_country_codes


def test_kinds_of_record_one_and_several() -> None:
    assert label_of_table("staff_members") == "staff member"
    assert label_of_table("staff_members", plural=True) == "staff members"
    assert label_of_table("organisations", True) == "organisations"
    assert label_of_table("no_such_table") == "record"
    assert label_of_table("no_such_table", plural=True) == "records"


def test_fields_by_table_then_common_then_kind() -> None:
    assert label_of_field("exchanges", "host_org_id") == "Host organisation"
    assert label_of_field("exchanges", "office_id") == "Office"  # common to every table
    assert label_of_field("events", "updated_at") == "Last changed"
    assert label_of_field("bundle_log", "organisations") == "Organisations"  # a count per kind
    assert label_of_field("exchanges", "no_such_column") == "Other detail"
    assert label_of_field("no_such_table", "no_such_column") == "Other detail"


def test_inputs_of_forms_and_files_in_words() -> None:
    assert label_of_input("visitor_cluster") == "Visitor's cluster"
    assert label_of_input("org_type") == "Organisation type"
    assert label_of_input("reference") == "Reference"  # a stored column's label
    assert label_of_input("created_at") == "Created"  # a common field
    # a place already said in words is left as it is
    assert label_of_input("sheet 'Members' row 5") == "sheet 'Members' row 5"
    assert label_of_input("14 March, travel") == "14 March, travel"
    # an identifier nobody named yet still reads as words
    assert label_of_input("some_thing_id") == "Some thing"
    assert label_of_input("a.b_c") == "A b c"


def test_organisation_types_one_wording_and_inside_a_sentence() -> None:
    assert org_type_label("rto") == "Research or technology centre"
    assert org_type_label("rto", in_sentence=True) == "research or technology centre"
    assert org_type_label("sme", in_sentence=True) == "SME"  # an acronym keeps its capitals
    assert org_type_label("large", True) == "large company"
    assert org_type_label(None) == "" and org_type_label("") == ""
    assert org_type_label("cooperative") == "cooperative"  # unknown: as typed
    labels = org_type_labels()
    assert list(labels) == list(ORG_TYPES)  # the order lists offer them in
    assert labels["sme"] == "SME" and labels["large"] == "Large company"


def test_places_by_name_and_empty_for_none() -> None:
    assert country_label("es") == "Spain" and country_label(None) == "" and country_label("") == ""
    assert region_label("ES", "AN") == "Andalucía"
    assert region_label("es", " an ") == "Andalucía"
    assert region_label("ES", None) == "" and region_label("ES", "") == ""
    assert region_label(None, "AN") == "AN"  # no country: the code as it is
    assert region_label("IT", "AO") == "Aosta"  # ISO has none: the holiday calendar's name
    assert region_label("ES", "QQ") == "QQ"  # unknown anywhere: the code
    assert region_label("XX", "QQ") == "QQ"  # a country with no holiday calendar
    assert language_label("es") == "Spanish" and language_label("EL") == "Modern Greek"
    assert language_label(None) == "" and language_label(" ") == ""
    assert language_label("xx") == "xx"


def test_choice_lists_sorted_by_name() -> None:
    countries = country_labels()
    assert list(countries.values()) == sorted(countries.values())
    assert countries["XK"] == "Kosovo" and countries["CZ"] == "Czechia"
    assert set(countries) == set(all_country_codes()) and len(countries) > 240
    assert list(region_labels("ES", ["MD", "AN", "CT"])) == ["AN", "CT", "MD"]
    assert list(region_labels("ES", ["MC", "RI"])) == ["RI", "MC"]  # La Rioja, Murcia
    assert region_labels("ES", ["AN"]) == {"AN": "Andalucía"}
    assert language_labels(["es", "de", "cs"]) == {"cs": "Czech", "de": "German", "es": "Spanish"}
    assert list(language_labels(["es", "de"])) == ["de", "es"]
    assert list(language_labels(["cs", "fr", "de"])) == ["cs", "fr", "de"]  # by name


def test_offices_as_their_staff_call_them() -> None:
    assert office_label("ZIN") == "ZIN ZINNAE"
    assert office_label(" zin ") == f"ZIN {office_label('ZIN').split(' ', 1)[1]}"
    assert office_label("BPT").startswith("BPT ")
    assert office_label(None) == "" and office_label("") == ""
    assert office_label("XYZ") == "XYZ"  # not a BLUES office: as given
