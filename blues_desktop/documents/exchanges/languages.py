"""Which second language a grant document (Commitment to Quality, financial agreement)
can give beside its English: the visitor's and the host's, from their organisations'
countries, where the app has the documents' words in that language."""

from __future__ import annotations

from dataclasses import dataclass

from blues_desktop.documents.catalogue import has_grant_labels, language_of_country
from blues_desktop.services.exchanges.detail import ExchangeDetail


@dataclass(frozen=True, slots=True)
class SecondLanguage:
    code: str  # "de", "pl" … (resources/documents/<code>.toml)
    visitor: bool  # the visiting organisation's country speaks it
    host: bool  # the host organisation's country speaks it


def second_languages(detail: ExchangeDetail) -> tuple[SecondLanguage, ...]:
    """The visitor's language, then the host's (one choice when they share it); none for
    a country the app prints in English, or whose language it has no words for."""
    visitor = language_of_country(detail.visitor.country)
    host = language_of_country(detail.host.country) if detail.host else None
    found: list[SecondLanguage] = []
    for code in dict.fromkeys(c for c in (visitor, host) if c):
        if has_grant_labels(code):
            found.append(SecondLanguage(code, code == visitor, code == host))
    return tuple(found)
