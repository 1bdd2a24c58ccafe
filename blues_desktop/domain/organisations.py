"""Rules for an organisation in the member register, as a report per field.

VAT numbers are checked with python-stdnum (the real check digits per country),
accepting them with or without the country prefix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from importlib import import_module
from typing import Any
from urllib.parse import urlparse

from stdnum import get_cc_module
from stdnum.eu import vat as eu_vat
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.util import clean

from blues_desktop.domain.countries import is_known, normalise_code
from blues_desktop.domain.labels import org_type_labels
from blues_desktop.domain.names import name_key, strip_accents
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.domain.validation import ValidationReport

# The words live in domain/labels (one wording for every page, rule and document).
ORG_TYPES: dict[str, str] = org_type_labels()
# Stored in Organisation.check_digit_fails (space-separated) for numbers kept as typed.
CHECK_DIGIT_FIELDS: dict[str, str] = {
    "vat_number": "VAT number",
    "registration_number": "registration number",
}
CHECK_DIGIT_CODE = "check_digit"
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# The EU writes Greece's VAT prefix as EL.
_VAT_PREFIX = {"GR": "EL"}


@dataclass(frozen=True, slots=True)
class OrganisationInput:
    legal_name: str
    org_type: str
    country: str
    city: str | None = None
    website: str | None = None
    vat_number: str | None = None
    member_since: date | None = None
    member_until: date | None = None
    registration_number: str | None = None
    short_name: str | None = None
    region: str | None = None
    address: str | None = None
    postcode: str | None = None
    sectors: str | None = None
    employees_band: str | None = None
    is_member: bool = True
    ecccp_profile_url: str | None = None
    notes: str | None = None


# The national company register number where python-stdnum knows its check digits;
# other countries fall back to the country's VAT module (many use one number for both).
_REGISTRATION_MODULES = {
    "CZ": "stdnum.cz.dic",  # IČO: the 8-digit number of a legal entity
    "PL": "stdnum.pl.regon",
    "FR": "stdnum.fr.siren",
    "ES": "stdnum.es.cif",
    "DE": "stdnum.de.handelsregisternummer",
}


def normalise_vat(vat: str, country: str) -> str:
    """The compact VAT number with its country prefix ("DE136695976")."""
    compact = clean(vat, " -./,").upper().strip()
    prefix = _VAT_PREFIX.get(country, country)
    if not compact[:2].isalpha():
        compact = prefix + compact
    return compact


def _reason(exc: StdnumError) -> Message:
    # python-stdnum's own sentences (lower case, without the full stop), in words the
    # window can translate; a kind it adds later reads as a general invalid number.
    if isinstance(exc, InvalidChecksum):
        return Message(
            QT_TRANSLATE_NOOP("messages", "the number's checksum or check digit is invalid")
        )
    if isinstance(exc, InvalidLength):
        return Message(QT_TRANSLATE_NOOP("messages", "the number has an invalid length"))
    if isinstance(exc, InvalidFormat):
        return Message(QT_TRANSLATE_NOOP("messages", "the number has an invalid format"))
    if isinstance(exc, InvalidComponent):
        return Message(
            QT_TRANSLATE_NOOP("messages", "one of the parts of the number are invalid or unknown")
        )
    return Message(QT_TRANSLATE_NOOP("messages", "the number is not valid"))


def check_digit_label(stored: str | None) -> str:
    """'check digit fails (VAT number)' for the register, or '' when the numbers are fine."""
    flagged = {f for f in (stored or "").split() if f in CHECK_DIGIT_FIELDS}
    if flagged == set(CHECK_DIGIT_FIELDS):
        return Message(
            QT_TRANSLATE_NOOP("messages", "check digit fails (VAT number and registration number)")
        )
    if "vat_number" in flagged:
        return Message(QT_TRANSLATE_NOOP("messages", "check digit fails (VAT number)"))
    if flagged:
        return Message(QT_TRANSLATE_NOOP("messages", "check digit fails (registration number)"))
    return ""


def check_digit_only(number: str, country: str, field: str) -> bool:
    """True when `number` is well formed for `country` and only its check digit fails:
    a typo the organisation's existence does not depend on."""
    try:
        if field == "vat_number":
            compact = normalise_vat(number, country)
            if compact[:2] != _VAT_PREFIX.get(country, country):
                return False
            eu_vat.validate(compact)
        else:
            module = _registration_module(number, country)
            if module is None:
                return False
            module.validate(number)
    except InvalidChecksum:
        return True
    except StdnumError:  # malformed in another way than its check digit
        return False
    return False


def check_vat(vat: str, country: str) -> Message | None:
    """None when valid; otherwise the reason in plain words."""
    try:
        number = normalise_vat(vat, country)
        eu_vat.validate(number)
    except StdnumError as exc:
        return Message(
            QT_TRANSLATE_NOOP("messages", "{number} is not a valid VAT number ({reason})"),
            number=repr(vat),
            reason=_reason(exc),
        )
    prefix = _VAT_PREFIX.get(country, country)
    if number[:2] != prefix:
        return Message(
            QT_TRANSLATE_NOOP("messages", "{number} is a VAT number of {prefix}, not of {country}"),
            number=repr(vat),
            prefix=number[:2],
            country=country,
        )
    return None


def _registration_module(number: str, country: str) -> Any:
    name = _REGISTRATION_MODULES.get(country)
    if name is not None:
        if country == "FR" and len(clean(number, " .-")) == 14:
            name = "stdnum.fr.siret"
        return import_module(name)
    return get_cc_module(country.lower(), "vat")


def check_registration(number: str, country: str) -> Message | None:
    """None when valid or when stdnum has no rule for the country; otherwise the reason."""
    try:
        module = _registration_module(number, country)
        if module is None:
            return None
        module.validate(number)
    except StdnumError as exc:
        return Message(
            QT_TRANSLATE_NOOP("messages", "{number} is not a valid registration number ({reason})"),
            number=repr(number),
            reason=_reason(exc),
        )
    return None


_NOT_WORD = re.compile(r"[^\w@.]+")


def search_words(text: str) -> str:
    """Text as the register searches it: no accents or case, punctuation as single spaces."""
    return _NOT_WORD.sub(" ", strip_accents(text).casefold()).strip()


def search_text_of(
    legal_name: str,
    short_name: str | None,
    city: str | None,
    vat_number: str | None,
    key: str | None = None,
) -> str:
    """`key`: the name's name_key, where the caller has it already."""
    # the name twice: as typed ("aguas del ebro s.l.") and as its key ("aguas del ebro")
    key = name_key(legal_name) if key is None else key
    parts = [legal_name, key, short_name or "", city or "", vat_number or ""]
    return " | ".join(search_words(p) if p else "" for p in parts)


def check_email(email: str) -> Message | None:
    if EMAIL.match(email.strip()):
        return None
    return Message(
        QT_TRANSLATE_NOOP("messages", "{email} is not an e-mail address"), email=repr(email)
    )


def check_website(url: str) -> Message | None:
    try:
        parsed = urlparse(url if "://" in url else f"https://{url}")
    except ValueError:  # a broken host part, "[" or "http://[::1": no address at all
        parsed = None
    if parsed is None or parsed.scheme not in ("http", "https") or "." not in parsed.netloc:
        return Message(QT_TRANSLATE_NOOP("messages", "{url} is not a web address"), url=repr(url))
    return None


def validate_organisation(
    data: OrganisationInput, *, accept_check_digit: bool = False
) -> ValidationReport:
    """The report per field; with `accept_check_digit` a number whose only fault is its
    check digit is a warning (code CHECK_DIGIT_CODE), kept as typed and flagged."""
    report = ValidationReport()
    if not data.legal_name.strip():
        report.error(
            "legal_name", Message(QT_TRANSLATE_NOOP("messages", "the legal name is required"))
        )
    if data.org_type not in ORG_TYPES:
        report.error("org_type", _choose_a_type())
    country = normalise_code(data.country or "")
    if not country:
        report.error("country", Message(QT_TRANSLATE_NOOP("messages", "the country is required")))
    elif not is_known(country):
        report.error("country", not_a_country(data.country))
    if data.vat_number and country and is_known(country):
        problem = check_vat(data.vat_number, country)
        if problem:
            _number_problem(
                report, "vat_number", data.vat_number, country, problem, accept_check_digit
            )
    if data.registration_number and country and is_known(country):
        problem = check_registration(data.registration_number, country)
        if problem:
            _number_problem(
                report, "registration_number", data.registration_number, country, problem,
                accept_check_digit,
            )  # fmt: skip
    if data.website:
        problem = check_website(data.website)
        if problem:
            report.error("website", problem)
    if data.member_since and data.member_until and data.member_until < data.member_since:
        report.error(
            "member_until",
            Message(QT_TRANSLATE_NOOP("messages", "membership cannot end before it starts")),
        )
    if data.ecccp_profile_url:
        problem = check_website(data.ecccp_profile_url)
        if problem:
            report.error("ecccp_profile_url", problem)
    return report


def _choose_a_type() -> Message:
    # One message per type, so that each type's name is translated where it is shown.
    types = [Message.label(label) for label in ORG_TYPES.values()]
    listed = types[0]
    for label in types[1:]:
        listed = Message(
            QT_TRANSLATE_NOOP("messages", "{listed}, {next}"), listed=listed, next=label
        )
    return Message(QT_TRANSLATE_NOOP("messages", "choose one of: {types}"), types=listed)


def not_a_country(given: str) -> Message:
    """A country field that names no country, for the forms and the importer alike."""
    return Message(
        QT_TRANSLATE_NOOP("messages", "{country} is not an ISO 3166 country code"),
        country=repr(given),
    )


def _number_problem(
    report: ValidationReport, field: str, number: str, country: str, problem: str, accept: bool
) -> None:
    if check_digit_only(number, country, field):
        if accept:
            report.warning(field, problem, CHECK_DIGIT_CODE)
        else:
            report.error(field, problem, CHECK_DIGIT_CODE)
    else:
        report.error(field, problem)
