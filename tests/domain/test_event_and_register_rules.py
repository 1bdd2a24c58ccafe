"""Events, participants, members and contacts: each rule with its message and boundary.

Events last at most 31 days; their days lie within their dates, once each, sessions end
after they start; on site needs a city and a country, online needs a link. A person
needs a name, consent (unless a walk-in, whose consent is the signed sheet) and
well-formed e-mail, country, gender and organisation type. Organisations need a legal
name, a type and a country, and a VAT or registration number passes its check digits.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from blues_desktop.domain.events import (
    MAX_EVENT_DAYS,
    ConsentDraft,
    DayDraft,
    EventDraft,
    PersonDraft,
    check_event,
    check_person,
    email_key,
    person_key,
)
from blues_desktop.domain.organisations import (
    OrganisationInput,
    check_email,
    check_registration,
    check_vat,
    check_website,
    normalise_vat,
    search_text_of,
    search_words,
    validate_organisation,
)
from blues_desktop.domain.persons import PersonInput, validate_person
from blues_desktop.domain.validation import ValidationReport

MAY_12, MAY_13 = date(2026, 5, 12), date(2026, 5, 13)
CONSENT = ConsentDraft("event registration", date(2026, 4, 1), "registration form")


def event(**changes: object) -> EventDraft:
    values: dict[str, object] = dict(
        title="Blue economy matchmaking",
        event_type="matchmaking",
        work_package="WP2",
        start_date=MAY_12,
        end_date=MAY_13,
        city="Zaragoza",
        country="ES",
    )
    values.update(changes)
    return EventDraft(**values)  # type: ignore[arg-type]


def errors(report: ValidationReport) -> list[tuple[str, str]]:
    return [(r.field, r.message) for r in report.errors]


# -- events ----------------------------------------------------------------------------
def test_an_event_lasts_at_most_31_days() -> None:
    assert MAX_EVENT_DAYS == 31
    assert check_event(event(end_date=date(2026, 6, 11))).ok  # 31 days
    assert errors(check_event(event(end_date=date(2026, 6, 12)))) == [
        ("end_date", "an event lasts at most 31 days")
    ]
    assert check_event(event(end_date=MAY_12)).ok  # one day
    assert errors(check_event(event(end_date=date(2026, 5, 11)))) == [
        ("end_date", "the event ends (11 May 2026) before it starts (12 May 2026)")
    ]


def test_days_default_to_one_per_date_and_typed_days_are_sorted() -> None:
    assert event(end_date=MAY_12).effective_days() == (DayDraft(MAY_12),)
    assert event(end_date=date(2026, 5, 11)).effective_days() == ()
    long = event(end_date=date(2026, 12, 31)).effective_days()
    assert len(long) == 31 and long[-1] == DayDraft(date(2026, 6, 11))
    typed = (DayDraft(MAY_13, time(9)), DayDraft(MAY_12, time(10)))
    assert event(days=typed).effective_days() == (typed[1], typed[0])


def test_the_days_of_an_event() -> None:
    days = (
        DayDraft(date(2026, 5, 11)),
        DayDraft(MAY_12, time(9), time(17)),
        DayDraft(MAY_12),
        DayDraft(MAY_13, time(14), time(14)),
        DayDraft(date(2026, 5, 14)),
    )
    assert errors(check_event(event(days=days))) == [
        ("days", "the day 11 May 2026 is outside the event's dates (12 May 2026 to 13 May 2026)"),
        ("days", "the day 12 May 2026 is listed twice"),
        ("days", "on 13 May 2026 the session ends (14:00) before it starts (14:00)"),
        ("days", "the day 14 May 2026 is outside the event's dates (12 May 2026 to 13 May 2026)"),
    ]
    fine = (DayDraft(MAY_12, time(9), time(9, 15)), DayDraft(MAY_13, None, time(12)))
    assert check_event(event(days=fine)).ok
    # with dates that make no sense the days are not checked (one message, not many)
    backwards = event(end_date=date(2026, 5, 1), days=days)
    assert [f for f, _ in errors(check_event(backwards))] == ["end_date"]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"title": " "}, [("title", "the event needs a title")]),
        ({"title": "x" * 300}, []),
        ({"title": "x" * 301}, [("title", "the title is longer than 300 characters")]),
        (
            {"event_type": "party"},
            [
                (
                    "event_type",
                    "unknown event type 'party'; use one of training, workshop, info_day, "
                    "matchmaking, study_visit, partner_meeting, webinar",
                )
            ],
        ),
        (
            {"work_package": "WP6"},
            [("work_package", "unknown work package 'WP6'; use one of WP1, WP2, WP3, WP4, WP5")],
        ),
        ({"city": " "}, [("city", "an event on site needs its city")]),
        ({"city": None}, [("city", "an event on site needs its city")]),
        ({"country": None}, [("country", "an event on site needs its country")]),
        ({"country": ""}, [("country", "an event on site needs its country")]),
        ({"country": "XX"}, [("country", "unknown country code 'XX'")]),
        ({"country": " el "}, []),
        (
            {"is_online": True, "city": None, "country": None},
            [("online_url", "an online event needs its link")],
        ),
        (
            {"is_online": True, "online_url": "  "},
            [("online_url", "an online event needs its link")],
        ),
        (
            {"is_online": True, "online_url": "meet.example.eu"},
            [("online_url", "the link 'meet.example.eu' does not start with https://")],
        ),
        ({"is_online": True, "online_url": " https://meet.example.eu/x "}, []),
        ({"is_online": True, "online_url": "http://meet.example.eu/x"}, []),
    ],
)
def test_each_event_field_is_checked(
    changes: dict[str, object], expected: list[tuple[str, str]]
) -> None:
    assert errors(check_event(event(**changes))) == expected


# -- participants ------------------------------------------------------------------------
def test_a_participant_with_consent_passes() -> None:
    person = PersonDraft(
        "Łucja", "Wiśniewska", " lucja@example.eu ", "pl", "female", None, None, "sme", CONSENT
    )
    assert check_person(person).results == []


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"first_name": " "}, [("first_name", "the first name is empty")]),
        ({"last_name": ""}, [("last_name", "the last name is empty")]),
        ({"email": "lucja@example"}, [("email", "'lucja@example' is not an e-mail address")]),
        ({"email": "a b@example.eu"}, [("email", "'a b@example.eu' is not an e-mail address")]),
        ({"country": "XX"}, [("country", "unknown country code 'XX'")]),
        (
            {"gender": "f"},
            [("gender", "unknown gender 'f'; use one of female, male, other, undisclosed")],
        ),
        (
            {"organisation_type": "ngo"},
            [
                (
                    "organisation_type",
                    "unknown organisation type 'ngo'; use one of sme, large, rto, scaling_up, "
                    "cluster, public, other",
                )
            ],
        ),
        ({"consent": None}, [("consent", "record the GDPR consent (purpose, date and source)")]),
        (
            {"consent": ConsentDraft(" ", date(2026, 4, 1), " ")},
            [
                ("consent", "the consent needs its purpose"),
                ("consent", "the consent needs its source (form, e-mail, sheet)"),
            ],
        ),
    ],
)
def test_each_participant_field_is_checked(
    changes: dict[str, object], expected: list[tuple[str, str]]
) -> None:
    values: dict[str, object] = dict(
        first_name="Łucja", last_name="Wiśniewska", email="lucja@example.eu", consent=CONSENT
    )
    values.update(changes)
    assert errors(check_person(PersonDraft(**values))) == expected  # type: ignore[arg-type]


def test_a_walk_in_needs_no_consent_record_but_a_given_one_is_checked() -> None:
    assert check_person(PersonDraft("Ana", "Ruiz"), walk_in=True).ok
    empty = ConsentDraft("", date(2026, 4, 1), "sheet")
    assert errors(check_person(PersonDraft("Ana", "Ruiz", consent=empty), walk_in=True)) == [
        ("consent", "the consent needs its purpose")
    ]


def test_duplicate_keys_for_people() -> None:
    assert person_key(" José-María ", "Núñez  García") == "jose maria nunez garcia"
    assert person_key("Łukasz", "O'Wójcik") == "lukasz o wojcik"
    assert email_key("  Ana.Ruiz@Example.EU ") == "ana.ruiz@example.eu"
    assert email_key(None) is None and email_key("  ") is None


# -- organisations ------------------------------------------------------------------------
def test_vat_numbers_with_or_without_their_prefix() -> None:
    assert normalise_vat("b-123.456/74", "ES") == "ESB12345674"
    assert normalise_vat("094259216", "GR") == "EL094259216"
    assert normalise_vat("EL 094259216", "GR") == "EL094259216"
    assert normalise_vat("X-1234567-L", "ES") == "ESX1234567L"  # a foreigner's NIE
    assert check_vat("094259216", "GR") is None
    # the reason in brackets is python-stdnum's, lower-cased and without its full stop
    wrong = check_vat("B12345675", "ES") or ""
    assert wrong.startswith("'B12345675' is not a valid VAT number (the number's ")
    assert "check digit" in wrong and wrong.endswith(" is invalid)")
    assert (check_vat("XY123", "ES") or "").startswith("'XY123' is not a valid VAT number")
    assert check_vat("DE136695976", "ES") == "'DE136695976' is a VAT number of DE, not of ES"


def test_registration_numbers() -> None:
    assert check_registration("25123891", "CZ") is None
    wrong = check_registration("25123892", "CZ") or ""
    assert wrong.startswith("'25123892' is not a valid registration number (the number's ")
    assert "check digit" in wrong and wrong.endswith(" is invalid)")
    assert check_registration("732 829 320 00074", "FR") is None  # a SIRET, spaced
    siret = check_registration("73282932000075", "FR") or ""
    assert siret.startswith("'73282932000075' is not a valid registration number (")
    assert check_registration("Aachen HRA 11223", "DE") is None
    assert check_registration("anything", "XK") is None  # no rule known: nothing to check
    assert check_registration("B12345674", "ES") is None
    assert check_registration("B12345675", "ES") is not None
    assert check_registration("123", "AT") is not None  # falls back to the VAT rule


def test_addresses_and_search_words() -> None:
    assert check_email(" ana@example.eu ") is None
    assert check_email("ana@") == "'ana@' is not an e-mail address"
    assert check_website("www.zinnae.org") is None
    assert check_website("https://zinnae.org/x") is None
    assert check_website("http://zinnae.org") is None
    assert check_website("ftp://zinnae.org") == "'ftp://zinnae.org' is not a web address"
    assert check_website("zinnae") == "'zinnae' is not a web address"
    assert check_website("[") == "'[' is not a web address"  # urlparse refuses it outright
    assert check_website("http://[::1") == "'http://[::1' is not a web address"
    assert search_words("  Clúster-del AGUA, S.L. ") == "cluster del agua s.l."
    assert search_words("info@zinnae.org") == "info@zinnae.org"
    assert search_text_of("Aguas del Ebro S.L.", None, "Zaragoza", "ESB12345674") == (
        "aguas del ebro s.l. | aguas del ebro |  | zaragoza | esb12345674"
    )
    assert search_text_of("A", "Short", None, None) == "a | a | short |  | "


def test_an_organisation_is_checked_field_by_field() -> None:
    good = OrganisationInput(
        "Aguas del Ebro S.L.",
        "sme",
        " es ",
        vat_number="B12345674",
        registration_number="B12345674",
        website="aguasdelebro.es",
        member_since=date(2024, 1, 1),
        member_until=date(2024, 1, 1),
        ecccp_profile_url="https://clustercollaboration.eu/x",
    )
    assert validate_organisation(good).results == []
    bad = OrganisationInput(
        " ",
        "ngo",
        "",
        vat_number="B12345675",
        registration_number="1",
        website="x",
        member_since=date(2024, 1, 2),
        member_until=date(2024, 1, 1),
        ecccp_profile_url="nowhere",
    )
    assert errors(validate_organisation(bad)) == [
        ("legal_name", "the legal name is required"),
        (
            "org_type",
            "choose one of: SME, Large company, Research or technology centre, Scaling-up "
            "support organisation, Cluster organisation, Public body, Other organisation",
        ),
        ("country", "the country is required"),
        ("website", "'x' is not a web address"),
        ("member_until", "membership cannot end before it starts"),
        ("ecccp_profile_url", "'nowhere' is not a web address"),
    ]
    unknown = OrganisationInput("X", "sme", "ZZ", vat_number="B12345675", registration_number="1")
    assert errors(validate_organisation(unknown)) == [
        ("country", "'ZZ' is not an ISO 3166 country code")
    ]
    wrong = OrganisationInput("X", "sme", "ES", vat_number="B12345675", registration_number="1")
    assert errors(validate_organisation(wrong)) == [
        ("vat_number", check_vat("B12345675", "ES")),
        ("registration_number", check_registration("1", "ES")),
    ]
    assert all(message for _, message in errors(validate_organisation(wrong)))


# -- contacts ------------------------------------------------------------------------------
def test_a_contact_is_checked_field_by_field() -> None:
    assert validate_person(PersonInput("Ewa", "")).ok
    assert validate_person(PersonInput("", "Nowak")).ok
    assert validate_person(PersonInput(" ", " ", email=" ")).errors[0].field == "last_name"
    bad = PersonInput(
        "Ewa",
        "Nowak",
        email="ewa@",
        language="xx",
        country="ZZ",
        consent_given_on=date(2026, 1, 2),
    )
    report = validate_person(bad, today=date(2026, 1, 1))
    assert errors(report) == [
        ("email", "'ewa@' is not an e-mail address"),
        ("language", "'xx' is not a two-letter language code (e.g. de, cs)"),
        ("country", "'ZZ' is not an ISO 3166 country code"),
        ("consent_given_on", "consent cannot be given in the future"),
    ]
    assert [(r.field, r.message) for r in report.warnings] == [
        ("consent_purpose", "say what the consent was given for")
    ]
    today = PersonInput(
        "Ewa",
        "Nowak",
        language=" PL ",
        country="pl",
        consent_given_on=date(2026, 1, 1),
        consent_purpose="newsletter",
    )
    assert validate_person(today, today=date(2026, 1, 1)).results == []
    assert validate_person(
        PersonInput("Ewa", "N", consent_given_on=date(2030, 1, 1), consent_purpose="x")
    ).ok
