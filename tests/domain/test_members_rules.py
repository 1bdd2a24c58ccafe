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
