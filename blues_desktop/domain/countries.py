"""Countries as ISO 3166-1 alpha-2 codes, with the COSME participant countries marked.

Names come from pycountry; Kosovo (XK, a user-assigned code the EU uses) is not in
ISO 3166 and is added here.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import pycountry

from blues_desktop.domain.labels.places import country_name as label_country_name

EU27: frozenset[str] = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
    ]
)
COSME_ASSOCIATED: frozenset[str] = frozenset(
    ["AL", "AM", "BA", "IS", "XK", "MD", "ME", "MK", "RS", "TR", "UA"]
)
# The United Kingdom took part in COSME until the end of 2020.
UK_COSME_UNTIL = date(2020, 12, 31)

_EXTRA_NAMES = {"XK": "Kosovo"}
# The EU writes Greece as EL; people type it, so accept it as GR.
_ALIASES = {"EL": "GR", "UK": "GB"}


def normalise_code(code: str) -> str:
    """Upper-case, trimmed, with the EU's EL/UK aliases mapped to ISO codes."""
    cleaned = code.strip().upper()
    return _ALIASES.get(cleaned, cleaned)


def is_known(code: str) -> bool:
    code = normalise_code(code)
    return code in _EXTRA_NAMES or pycountry.countries.get(alpha_2=code) is not None


def country_name(code: str) -> str:
    """The common English name ("Czechia", "Poland"); the code itself if unknown (the
    words live in domain/labels)."""
    return label_country_name(code)


@lru_cache(maxsize=4096)
def code_from_name(text: str) -> str | None:
    """A code from a code or a name in the file ("Deutschland" won't match; "Germany", "DE" do)."""
    cleaned = text.strip()
    if not cleaned:
        return None
    if len(cleaned) == 2 and is_known(cleaned):
        return normalise_code(cleaned)
    for code, name in _EXTRA_NAMES.items():
        if name.casefold() == cleaned.casefold():
            return code
    try:
        return pycountry.countries.lookup(cleaned).alpha_2
    except LookupError:
        return None
