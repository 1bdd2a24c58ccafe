"""Rules for a contact person in the member register, as a report per field."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from blues_desktop.domain.countries import is_known, normalise_code
from blues_desktop.domain.organisations import check_email, not_a_country
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.domain.validation import ValidationReport

# What an erased person's name fields read, everywhere a name is shown or printed: the
# record stays (hours, attendance, exchanges are the grant's records), the person is gone.
ERASED = "(erased)"

LANGUAGES = frozenset(
    [
        "bg",
        "cs",
        "da",
        "de",
        "el",
        "en",
        "es",
        "et",
        "fi",
        "fr",
        "ga",
        "hr",
        "hu",
        "it",
        "lt",
        "lv",
        "mt",
        "nl",
        "pl",
        "pt",
        "ro",
        "sk",
        "sl",
        "sv",
        "uk",
        "no",
        "is",
        "tr",
        "sr",
        "mk",
        "sq",
    ]
)


@dataclass(frozen=True, slots=True)
class PersonInput:
    first_name: str
    last_name: str
    organisation_id: str | None = None
    title: str | None = None
    role: str | None = None
    email: str | None = None
    phone: str | None = None
    language: str | None = None
    country: str | None = None
    consent_given_on: date | None = None
    consent_purpose: str | None = None
    consent_source: str | None = None
    do_not_contact: bool = False


def validate_person(data: PersonInput, today: date | None = None) -> ValidationReport:
    report = ValidationReport()
    # A shared mailbox ("info@…") is a contact too: a name or an e-mail address is enough.
    if not (data.first_name.strip() or data.last_name.strip() or (data.email or "").strip()):
        report.error(
            "last_name",
            Message(QT_TRANSLATE_NOOP("messages", "a contact needs a name or an e-mail address")),
        )
    if data.email:
        problem = check_email(data.email)
        if problem:
            report.error("email", problem)
    if data.language and data.language.strip().lower() not in LANGUAGES:
        report.error(
            "language",
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "{language} is not a two-letter language code (e.g. de, cs)"
                ),
                language=repr(data.language),
            ),
        )
    if data.country and not is_known(normalise_code(data.country)):
        report.error("country", not_a_country(data.country))
    if data.consent_given_on and today and data.consent_given_on > today:
        report.error(
            "consent_given_on",
            Message(QT_TRANSLATE_NOOP("messages", "consent cannot be given in the future")),
        )
    if data.consent_given_on and not (data.consent_purpose or "").strip():
        report.warning(
            "consent_purpose",
            Message(QT_TRANSLATE_NOOP("messages", "say what the consent was given for")),
        )
    return report
