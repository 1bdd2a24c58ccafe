"""Names of countries, regions and languages, from pycountry (ISO 3166-1, ISO 3166-2 and
ISO 639), so a code typed or stored is never what a person reads."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


def _pycountry() -> Any:
    """pycountry, loaded when a name is first asked for: the window's start (which reads
    the folder's settings, and so this module) does not pay for its import."""
    import pycountry

    return pycountry


# Not in ISO 3166, but used by the EU.
_EXTRA_COUNTRIES = {"XK": "Kosovo"}
# The EU writes Greece as EL and the United Kingdom as UK.
_COUNTRY_ALIASES = {"EL": "GR", "UK": "GB"}
# The five offices' countries, named at every start (the window's title and status bar)
# without loading pycountry; a test holds them equal to pycountry's names.
OFFICE_COUNTRIES = {
    "DE": "Germany", "CZ": "Czechia", "PL": "Poland", "ES": "Spain", "FR": "France",
}  # fmt: skip


def country_name(code: str) -> str:
    """The common English name ("Czechia", "Poland"); the code (upper case) if unknown."""
    cleaned = code.strip().upper()
    cleaned = _COUNTRY_ALIASES.get(cleaned, cleaned)
    if cleaned in _EXTRA_COUNTRIES:
        return _EXTRA_COUNTRIES[cleaned]
    if cleaned in OFFICE_COUNTRIES:
        return OFFICE_COUNTRIES[cleaned]
    country = _pycountry().countries.get(alpha_2=cleaned)
    if country is None:
        return cleaned
    return getattr(country, "common_name", None) or country.name


def all_country_codes() -> list[str]:
    return [c.alpha_2 for c in _pycountry().countries] + list(_EXTRA_COUNTRIES)


@lru_cache(maxsize=512)
def region_name(country: str, region: str) -> str:
    """A region's name ("Andalucía" for ES/AN); the holidays library's names where ISO
    3166-2 has none, and the code itself as the last resort."""
    if not region:
        return ""
    code = f"{country.strip().upper()}-{region.strip().upper()}"
    found = _pycountry().subdivisions.get(code=code)
    if found is not None:
        return str(found.name)
    return _holiday_region_name(country, region) or region


def _holiday_region_name(country: str, region: str) -> str | None:
    try:
        import holidays

        aliases = getattr(holidays.country_holidays(country.upper()), "subdivisions_aliases", {})
    except (NotImplementedError, KeyError, AttributeError):
        return None
    for name, code in aliases.items():
        if code.upper() == region.strip().upper():
            return str(name)
    return None


@lru_cache(maxsize=256)
def language_name(code: str) -> str:
    """The English name of an ISO 639-1 language ("Spanish" for es); the code if unknown."""
    cleaned = code.strip().lower()
    if not cleaned:
        return ""
    language = _pycountry().languages.get(alpha_2=cleaned)
    if language is None:
        return code
    # pycountry names some languages with a qualifier ("Greek, Modern (1453-)").
    return str(language.name).split(",")[0].split(" (")[0]
