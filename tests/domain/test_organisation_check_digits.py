"""A member's number whose only fault is its check digit (a typo in a list of members):
refused on a form, kept and flagged by the forgiving import; any other fault is refused."""

from __future__ import annotations

from blues_desktop.domain.organisations import (
    CHECK_DIGIT_CODE,
    OrganisationInput,
    check_digit_label,
    check_digit_only,
    validate_organisation,
)
from blues_desktop.domain.validation import Severity, ValidationReport

CHECKSUM = "the number's checksum or check digit is invalid"


def results(report: ValidationReport) -> list[tuple[str, str, str, Severity]]:
    return [(r.field, r.message, r.code, r.severity) for r in report.results]


def test_the_register_names_the_numbers_whose_check_digit_fails() -> None:
    assert check_digit_label(None) == ""
    assert check_digit_label("") == ""
    assert check_digit_label("vat_number") == "check digit fails (VAT number)"
    assert check_digit_label("registration_number") == "check digit fails (registration number)"
    assert (
        check_digit_label("vat_number registration_number")
        == "check digit fails (VAT number and registration number)"
    )
    # a word the register does not know is left out rather than shown
    assert check_digit_label("postcode") == ""
    assert check_digit_label("postcode  vat_number") == "check digit fails (VAT number)"


def test_only_a_wrong_check_digit_counts_as_a_check_digit_fault() -> None:
    # German VAT numbers, with and without the prefix
    assert check_digit_only("DE136695975", "DE", "vat_number")
    assert check_digit_only("136 695 975", "DE", "vat_number")
    assert check_digit_only("094259215", "GR", "vat_number")  # the EU's EL prefix
    assert not check_digit_only("DE136695976", "DE", "vat_number")  # valid: no fault
    assert not check_digit_only("DE13669597", "DE", "vat_number")  # too short
    assert not check_digit_only("DE136695975", "ES", "vat_number")  # another country's
    assert not check_digit_only("XY123", "ES", "vat_number")  # no country has it
    # registration numbers: the national register's rule, or the VAT rule as fall-back
    assert check_digit_only("25123892", "CZ", "registration_number")
    assert check_digit_only("73282932000075", "FR", "registration_number")  # a SIRET
    assert check_digit_only("U13585626", "AT", "registration_number")
    assert not check_digit_only("25123891", "CZ", "registration_number")  # valid
    assert not check_digit_only("2512389", "CZ", "registration_number")  # too short
    assert not check_digit_only("anything", "XK", "registration_number")  # no rule known


def test_a_german_vat_number_with_a_wrong_check_digit_is_refused_on_a_form() -> None:
    data = OrganisationInput("Muster GmbH", "sme", "DE", vat_number="DE136695975")
    report = validate_organisation(data)
    message = f"'DE136695975' is not a valid VAT number ({CHECKSUM})"
    assert results(report) == [("vat_number", message, CHECK_DIGIT_CODE, Severity.ERROR)]
    assert not report.ok
    assert CHECK_DIGIT_CODE == "check_digit"


def test_the_forgiving_import_accepts_a_wrong_check_digit_only_as_a_flagged_warning() -> None:
    data = OrganisationInput(
        "Muster GmbH",
        "sme",
        "de",
        vat_number="DE136695975",
        registration_number="Aachen HRA 11223",
    )
    report = validate_organisation(data, accept_check_digit=True)
    message = f"'DE136695975' is not a valid VAT number ({CHECKSUM})"
    assert results(report) == [("vat_number", message, CHECK_DIGIT_CODE, Severity.WARNING)]
    assert report.ok

    czech = OrganisationInput("Firma s.r.o.", "sme", "CZ", registration_number="25123892")
    report = validate_organisation(czech, accept_check_digit=True)
    message = f"'25123892' is not a valid registration number ({CHECKSUM})"
    assert results(report) == [("registration_number", message, CHECK_DIGIT_CODE, Severity.WARNING)]
    refused = validate_organisation(czech)
    assert results(refused) == [("registration_number", message, CHECK_DIGIT_CODE, Severity.ERROR)]


def test_the_forgiving_import_still_refuses_a_number_that_is_wrong_in_another_way() -> None:
    short = OrganisationInput("Muster GmbH", "sme", "DE", vat_number="DE13669597")
    report = validate_organisation(short, accept_check_digit=True)
    assert results(report) == [
        (
            "vat_number",
            "'DE13669597' is not a valid VAT number (the number has an invalid length)",
            "",
            Severity.ERROR,
        )
    ]
    foreign = OrganisationInput("Muster GmbH", "sme", "ES", vat_number="DE136695975")
    report = validate_organisation(foreign, accept_check_digit=True)
    assert [(r.field, r.code, r.severity) for r in report.results] == [
        ("vat_number", "", Severity.ERROR)
    ]
    czech = OrganisationInput("Firma s.r.o.", "sme", "CZ", registration_number="2512389")
    report = validate_organisation(czech, accept_check_digit=True)
    assert results(report) == [
        (
            "registration_number",
            "'2512389' is not a valid registration number (the number has an invalid length)",
            "",
            Severity.ERROR,
        )
    ]


def test_valid_numbers_give_no_remark_with_or_without_forgiveness() -> None:
    data = OrganisationInput(
        "Muster GmbH", "sme", "DE", vat_number="DE136695976", registration_number="Aachen HRA 11223"
    )
    assert validate_organisation(data).results == []
    assert validate_organisation(data, accept_check_digit=True).results == []
