"""The members' rules write Messages: the English sentence as before, and what a window
needs to say it in another language (the template, the values, the count)."""

from __future__ import annotations

from datetime import date

import pytest
from stdnum.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)

from blues_desktop.domain import organisations
from blues_desktop.domain.organisations import (
    ORG_TYPES,
    OrganisationInput,
    check_digit_label,
    check_vat,
    not_a_country,
    validate_organisation,
)
from blues_desktop.domain.persons import PersonInput, validate_person
from blues_desktop.domain.translatable import LABELS, MESSAGES, Message
from blues_desktop.domain.users import user_name_problem


@pytest.mark.parametrize(
    ("error", "english"),
    [
        (InvalidChecksum(), "the number's checksum or check digit is invalid"),
        (InvalidLength(), "the number has an invalid length"),
        (InvalidFormat(), "the number has an invalid format"),
        (InvalidComponent(), "one of the parts of the number are invalid or unknown"),
        (ValidationError(), "the number is not valid"),
    ],
)
def test_each_kind_of_bad_number_is_a_sentence_of_its_own(
    error: ValidationError, english: str
) -> None:
    reason = organisations._reason(error)
    assert isinstance(reason, Message)
    assert reason == reason.template == english
    # python-stdnum's own words, as the register said them before
    if type(error) is not ValidationError:
        assert english == str(error.message).rstrip(".").lower()


def test_a_bad_vat_number_keeps_its_number_and_reason_as_values() -> None:
    said = check_vat("B12345675", "ES")
    assert isinstance(said, Message)
    assert said.template == "{number} is not a valid VAT number ({reason})"
    assert said.values["number"] == "'B12345675'"
    assert said.values["reason"] == "the number's checksum or check digit is invalid"
    other = check_vat("DE136695976", "ES")
    assert isinstance(other, Message)
    assert other == "'DE136695976' is a VAT number of DE, not of ES"
    assert other.values == {"number": "'DE136695976'", "prefix": "DE", "country": "ES"}


def test_the_check_digit_flag_is_a_message_per_field() -> None:
    both = check_digit_label("registration_number vat_number")
    assert isinstance(both, Message)
    assert both.template == "check digit fails (VAT number and registration number)"
    for stored in ("vat_number", "registration_number"):
        assert isinstance(check_digit_label(stored), Message)


def test_the_type_choice_names_each_type_as_a_label() -> None:
    report = validate_organisation(OrganisationInput("Agua Viva", "kiosk", "ES"))
    (said,) = [r.message for r in report.errors]
    assert isinstance(said, Message)
    assert said == f"choose one of: {', '.join(ORG_TYPES.values())}"
    listed = said.values["types"]
    names = []
    while isinstance(listed, Message) and listed.context == MESSAGES:
        names.append(listed.values["next"])
        listed = listed.values["listed"]
    names.append(listed)
    assert [n.context for n in names] == [LABELS] * len(ORG_TYPES)
    assert list(reversed(names)) == list(ORG_TYPES.values())


def test_rules_of_organisations_and_contacts_are_messages() -> None:
    report = validate_organisation(
        OrganisationInput(
            " ", "sme", "", member_since=date(2024, 5, 1), member_until=date(2024, 1, 1)
        )
    )
    for result in report.errors:
        assert isinstance(result.message, Message), result
    assert not_a_country("ZZ") == "'ZZ' is not an ISO 3166 country code"
    assert not_a_country("ZZ").values == {"country": "'ZZ'"}
    person = validate_person(
        PersonInput("", "", email="ana@", language="xx", country="ZZ",
                    consent_given_on=date(2030, 1, 1)),
        today=date(2026, 1, 1),
    )  # fmt: skip
    assert {r.field for r in person.results} == {
        "email", "language", "country", "consent_given_on", "consent_purpose",
    }  # fmt: skip
    for result in person.results:
        assert isinstance(result.message, Message), result
    nobody = validate_person(PersonInput("", ""))
    assert all(isinstance(r.message, Message) for r in nobody.errors)


def test_a_refused_user_name_is_a_message_with_its_count() -> None:
    long = user_name_problem("a" * 201, [])
    assert isinstance(long, Message)
    assert long == "a user's name has at most 200 characters"
    assert long.n == 200
    taken = user_name_problem("anna", ["Anna"])
    assert isinstance(taken, Message) and taken.values == {"name": "Anna"}
    for problem in (user_name_problem("", []), user_name_problem("a\x07b", [])):
        assert isinstance(problem, Message)


def test_english_groups_the_digits_of_a_count() -> None:
    from blues_desktop.domain.translatable import PLURAL, QT_TRANSLATE_NOOP

    said = Message(QT_TRANSLATE_NOOP("messages", "%n row(s) set aside", None, PLURAL), n=10_000)
    assert said == "10,000 rows set aside"
    assert Message(QT_TRANSLATE_NOOP("messages", "%n row(s)", None, PLURAL), n=1) == "1 row"
    assert PLURAL == 1


def test_a_message_is_made_only_from_a_sentence_marked_in_the_messages_context() -> None:
    from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP

    marked = QT_TRANSLATE_NOOP("messages", "the file is empty")
    assert marked == "the file is empty" and Message(marked).template == "the file is empty"
    assert type(Message(marked).template) is str
    assert type(QT_TRANSLATE_NOOP("labels", "Other organisation")) is str
    for unmarked in ("the file is empty", QT_TRANSLATE_NOOP("MESSAGES", "the file is empty")):
        with pytest.raises(TypeError, match="not marked"):
            Message(unmarked)
