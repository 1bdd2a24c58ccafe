from __future__ import annotations

from datetime import date

import pytest

from blues_desktop.domain.organisations import OrganisationInput, check_vat, validate_organisation


@pytest.mark.parametrize(
    ("vat", "country"),
    [
        ("B12345674", "ES"),
        ("ES B-12345674", "ES"),
        ("136 695 976", "DE"),
        ("CZ25123891", "CZ"),
        ("PL 526-000-12-46", "PL"),
        ("FR40303265045", "FR"),
    ],
)
def test_real_vat_numbers_pass(vat: str, country: str) -> None:
    assert check_vat(vat, country) is None


def test_wrong_check_digit_and_wrong_country_are_named() -> None:
    assert "check digit" in (check_vat("B12345675", "ES") or "")
    assert check_vat("DE136695976", "ES") == "'DE136695976' is a VAT number of DE, not of ES"


def test_every_problem_is_reported_at_its_field() -> None:
    report = validate_organisation(
        OrganisationInput(
            "",
            "huge",
            "XX",
            website="not a site",
            member_since=date(2024, 5, 1),
            member_until=date(2023, 1, 1),
        )
    )
    fields = {r.field for r in report.errors}
    assert fields == {"legal_name", "org_type", "country", "website", "member_until"}
    assert validate_organisation(
        OrganisationInput("Aguas del Ebro S.L.", "sme", "es", vat_number="B12345674")
    ).ok


def test_registration_numbers_use_each_countrys_own_rule() -> None:
    from blues_desktop.domain.organisations import check_registration

    assert check_registration("25123891", "CZ") is None  # IČO
    assert "check digit" in (check_registration("25123892", "CZ") or "")
    assert check_registration("123456785", "PL") is None  # REGON
    assert check_registration("732829320", "FR") is None  # SIREN
    assert check_registration("73282932000074", "FR") is None  # SIRET
    assert "not a valid registration number" in (check_registration("732829321", "FR") or "")
    report = validate_organisation(
        OrganisationInput("Vodárny a.s.", "sme", "CZ", registration_number="25123892")
    )
    assert [r.field for r in report.errors] == ["registration_number"]


def test_a_contact_needs_a_name_or_an_address_and_a_real_language() -> None:
    from blues_desktop.domain.persons import PersonInput, validate_person

    assert validate_person(PersonInput("", "", email="info@klaster.pl")).ok
    empty = validate_person(PersonInput(" ", ""))
    assert [r.message for r in empty.errors] == ["a contact needs a name or an e-mail address"]
    later = validate_person(
        PersonInput("Ewa", "Nowak", language="pl", consent_given_on=date(2030, 1, 1)),
        today=date(2026, 1, 1),
    )
    assert [r.field for r in later.errors] == ["consent_given_on"]
    assert [r.field for r in later.warnings] == ["consent_purpose"]
