"""Likely duplicates of an organisation; merging two is in services.members.merging.

Found by: the same VAT number, or a similar name key (accents, case and legal forms
ignored) in the same country. Each one found carries both records' facts and how alike
they are in words (services/members/likeness.py: a different legal form or city lowers
the likelihood), the likeliest first. The user decides: keep both, or merge.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from blues_desktop.domain.names import name_key
from blues_desktop.domain.organisations import OrganisationInput, normalise_vat
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.likeness import Likeness, OrgFacts, compare, facts_of
from blues_desktop.services.members.merging import MergeResult, merge_organisations
from blues_desktop.store.models import Organisation

DUPLICATE_SCORE = 90


@dataclass(frozen=True, slots=True)
class PossibleDuplicate:
    id: str
    legal_name: str
    office_id: str
    reason: str  # the likeness in one line (Likeness.summary)
    this: OrgFacts  # the record checked
    other: OrgFacts  # the one found
    likeness: Likeness


def similar_names(key: str, candidates: dict[str, str]) -> Iterable[tuple[str, float]]:
    """(id, score) of candidate name keys similar to `key`."""
    if not key:
        return []
    # Imported here: the window's start does not wait for the fuzzy matcher.
    from rapidfuzz import fuzz, process

    matches = process.extract(
        key, candidates, scorer=fuzz.token_sort_ratio, score_cutoff=DUPLICATE_SCORE, limit=10
    )
    return [(org_id, score) for _name, score, org_id in matches]


def likely_duplicates(
    ctx: AppContext, data: OrganisationInput, exclude_id: str | None = None
) -> list[PossibleDuplicate]:
    """Same VAT number, or a similar name in the same country (accents and legal forms
    ignored); the likeliest first."""
    found: dict[str, str] = {}
    country = data.country.strip().upper()
    with ctx.read() as session:
        live = select(Organisation).where(
            Organisation.deleted_at.is_(None), Organisation.merged_into_id.is_(None)
        )
        if data.vat_number:
            vat = normalise_vat(data.vat_number, country)
            for org in session.scalars(live.where(Organisation.vat_number == vat)):
                found[org.id] = org.legal_name
        rows = session.execute(
            select(Organisation.id, Organisation.name_key, Organisation.legal_name, Organisation.office_id)
            .where(Organisation.deleted_at.is_(None), Organisation.merged_into_id.is_(None))
            .where(Organisation.country == country)
        ).all()  # fmt: skip
        for org_id, _score in similar_names(
            name_key(data.legal_name), {r.id: r.name_key for r in rows}
        ):
            found.setdefault(org_id, "")
        found.pop(exclude_id or "", None)
        facts = facts_of(session, [*found, *([exclude_id] if exclude_id else [])])
    stored = facts.get(exclude_id or "")
    this = OrgFacts(
        exclude_id or "",
        data.legal_name,
        stored.office_id if stored else ctx.office_code,
        country,
        data.city or (stored.city if stored else None),
        normalise_vat(data.vat_number, country) if data.vat_number else None,
        data.org_type,
        stored.contacts if stored else 0,
    )
    duplicates = []
    for org_id in found:
        other = facts[org_id]
        likeness = compare(this, other)
        duplicates.append(
            PossibleDuplicate(
                org_id, other.legal_name, other.office_id, likeness.summary, this, other, likeness
            )
        )
    duplicates.sort(key=lambda d: -d.likeness.score)
    return duplicates


__all__ = [
    "MergeResult", "PossibleDuplicate", "likely_duplicates", "merge_organisations", "similar_names",
]  # fmt: skip
