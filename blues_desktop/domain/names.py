"""Organisation names reduced to a comparison key: no accents, case or legal form.

"ZINNAE Clúster, S.L." and "zinnae cluster sl" share the key "zinnae cluster", so
duplicate detection and search treat them as the same name.
"""

from __future__ import annotations

import re
import unicodedata

# Legal-form suffixes and prefixes across the COSME countries, written without dots.
LEGAL_FORMS = frozenset(
    [
        "gmbh",
        "mbh",
        "ek",
        "ag",
        "kg",
        "ohg",
        "ug",
        "ev",
        "eg",
        "gbr",
        "se",
        "kgaa",
        "sro",
        "as",
        "spol",
        "vos",
        "zs",
        "sp",
        "zoo",
        "spzoo",
        "sa",
        "sc",
        "spj",
        "spk",
        "ska",
        "sl",
        "slu",
        "sa",
        "sau",
        "scoop",
        "sll",
        "sas",
        "sarl",
        "sa",
        "sasu",
        "sci",
        "eurl",
        "snc",
        "uab",
        "ab",
        "ai",
        "mb",
        "srl",
        "spa",
        "sapa",
        "snc",
        "bv",
        "nv",
        "vof",
        "ltd",
        "limited",
        "plc",
        "llp",
        "inc",
        "corp",
        "co",
        "oy",
        "oyj",
        "aps",
        "as",
        "ad",
        "ood",
        "eood",
        "doo",
        "dd",
        "kft",
        "zrt",
        "nyrt",
        "bt",
        "ehf",
        "hf",
        "sh",
        "pk",
    ]
)
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_SPACES = re.compile(r"\s+")
_DOTTED_FORMS = re.compile(
    r"\b(s\.\s?l\.(\s?u\.)?|s\.\s?a\.(\s?s\.)?|s\.\s?r\.\s?o\.|sp\.\s?z\s?o\.\s?o\.|s\.\s?r\.\s?l\.|"
    r"s\.\s?p\.\s?a\.|s\.\s?a\.\s?r\.\s?l\.|e\.\s?v\.|b\.\s?v\.|n\.\s?v\.|a\.\s?s\.|"
    r"g\.\s?m\.\s?b\.\s?h\.?|e\.\s?k\.|k\.\s?g\.)",
    re.IGNORECASE,
)

DOTTED_FORMS = _DOTTED_FORMS  # legal forms written with dots ("S.L.U."), for legal_form_of


_UNDECOMPOSABLE: dict[int, str] = {
    ord(k): v
    for k, v in {
        "ł": "l",
        "Ł": "L",
        "ß": "ss",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
    }.items()
}


def strip_accents(text: str) -> str:
    if text.isascii():
        return text  # nothing to strip (most names): a 100,000-row import calls this often
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Letters that do not decompose: ł, ß, ø, đ, æ, œ
    return plain.translate(_UNDECOMPOSABLE)


def name_key(name: str) -> str:
    """The comparison key of an organisation name."""
    text = strip_accents(name).casefold()
    text = _DOTTED_FORMS.sub(lambda m: m.group(0).replace(".", "").replace(" ", ""), text)
    text = _PUNCT.sub(" ", text)
    words = [w for w in _SPACES.split(text) if w]
    # Drop legal forms only at the ends, so "AS Group Holding" keeps its "as" inside.
    while words and words[-1] in LEGAL_FORMS:
        words.pop()
    while words and words[0] in LEGAL_FORMS and len(words) > 1:
        words.pop(0)
    return " ".join(words)
