"""The words of the printed documents in the six languages, without Qt.

The window translates through Qt; documents/ may not import Qt, so the documents have
a plain catalogue per language: `resources/documents/<language>.toml` (read with
tomllib), keys to texts with named fields (`{office}`), plus the month and weekday
names dates need. A key missing in a language falls back to English, so a new string
prints in English until it is translated (tests/documents/test_catalogues.py lists
the keys each language lacks). Country names come from pycountry's translations of
ISO 3166, the same lists the window uses.
"""

from __future__ import annotations

import gettext
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache

from blues_desktop.assets import resources_root
from blues_desktop.domain.countries import country_name

ENGLISH = "en"
DOCUMENT_LANGUAGES = ("en", "de", "cs", "pl", "es", "fr")
# What a person may type as an event's language, besides the two-letter code.
_NAMES = {
    "english": "en", "german": "de", "deutsch": "de", "czech": "cs", "čeština": "cs",
    "cestina": "cs", "polish": "pl", "polski": "pl", "spanish": "es", "español": "es",
    "espanol": "es", "castellano": "es", "french": "fr", "français": "fr", "francais": "fr",
}  # fmt: skip
# The language an organisation's country prints in, where one language is the rule.
_COUNTRY_LANGUAGE = {
    "DE": "de", "AT": "de", "LI": "de", "CZ": "cs", "PL": "pl", "ES": "es", "FR": "fr",
    "MC": "fr", "GB": "en", "IE": "en", "MT": "en",
}  # fmt: skip


def language_of(value: str | None) -> str:
    """The document language a typed language means ("de", "de-AT", "German",
    "Deutsch"); English when the app has no translation for it."""
    if not value:
        return ENGLISH
    text = value.strip().lower()
    code = _NAMES.get(text) or text.replace("_", "-").split("-")[0]
    return code if code in DOCUMENT_LANGUAGES else ENGLISH


def language_of_country(country: str | None) -> str:
    """The language documents for an organisation in `country` print in."""
    return _COUNTRY_LANGUAGE.get((country or "").upper(), ENGLISH)


@cache
def _load(language: str) -> Mapping[str, object]:
    path = resources_root() / "documents" / f"{language}.toml"
    with path.open("rb") as handle:
        return tomllib.load(handle)


@cache
def _countries(language: str) -> gettext.NullTranslations:
    try:
        import pycountry

        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except (ImportError, OSError):
        return gettext.NullTranslations()


@dataclass(frozen=True, slots=True)
class Catalogue:
    language: str

    def __call__(self, key: str, **fields: object) -> str:
        """The text of `key` in this language (English if it has none), fields filled."""
        text = _load(self.language).get(key)
        if not isinstance(text, str):
            text = _load(ENGLISH)[key]
            assert isinstance(text, str), key
        return text.format(**fields) if fields else text

    def has(self, key: str) -> bool:
        return isinstance(_load(self.language).get(key), str)

    def label(self, table: str, code: str, english: str) -> str:
        """A labelled code (an event type, an organisation type) in this language:
        the `[table]` entry, else the English label given."""
        found = _load(self.language).get(table)
        if isinstance(found, dict) and isinstance(found.get(code), str):
            return str(found[code])
        return english

    def _names(self, key: str) -> list[str]:
        names = _load(self.language).get(key) or _load(ENGLISH)[key]
        assert isinstance(names, list)
        return [str(n) for n in names]

    def long_date(self, value: date | None) -> str:
        """A date with the month's name, as the language writes it in running text."""
        if value is None:
            return "—"
        month = self._names("months_in_date")[value.month - 1]
        return self("date_long", day=value.day, month=month, year=value.year)

    def day_short(self, value: date) -> str:
        """A day for a column heading: weekday, day and month ("Mon 30 Nov")."""
        weekday = self._names("weekdays_short")[value.weekday()]
        month = self._names("months_short")[value.month - 1]
        return self("date_short", weekday=weekday, day=value.day, month=month, m=value.month)

    def country(self, code: str | None) -> str:
        english = country_name(code) if code else ""
        if not english or self.language == ENGLISH:
            return english
        try:
            import pycountry

            found = pycountry.countries.get(alpha_2=code.upper()) if code else None
        except (ImportError, LookupError):
            found = None
        if found is None:
            return english
        translated = _countries(self.language).gettext(found.name)
        return english if translated == found.name else translated


def bilingual(language: str | None) -> Callable[[str], str]:
    """For the grant documents (Commitment to Quality, financial agreement), which stay
    in English: a label with its translation after it ("Host organisation /
    Gastorganisation") from the `[grant_labels]` table of `language`; the English label
    alone without a language, or where the table has no translation."""
    local = language_of(language) if language else ENGLISH

    def label(english: str) -> str:
        if local == ENGLISH:
            return english
        table = _load(local).get("grant_labels")
        translated = table.get(english) if isinstance(table, dict) else None
        if not isinstance(translated, str) or translated == english:
            return english
        return f"{english} / {translated}"

    return label


def catalogue(language: str | None) -> Catalogue:
    return Catalogue(language_of(language))


def keys(language: str) -> set[str]:
    """The text keys a language's catalogue holds (for the completeness test)."""
    return {k for k, v in _load(language).items() if isinstance(v, str)}


def has_grant_labels(language: str) -> bool:
    """Whether the grant documents can give their labels in `language` too: a catalogue
    of the app's for it with a `[grant_labels]` table (English is the documents' own)."""
    if language == ENGLISH or language not in DOCUMENT_LANGUAGES:
        return False
    if not (resources_root() / "documents" / f"{language}.toml").is_file():
        return False
    return isinstance(_load(language).get("grant_labels"), dict)
