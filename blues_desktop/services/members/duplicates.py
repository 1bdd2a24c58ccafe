"""Likely duplicates of an organisation; merging two is in services.members.merging.

Likely means: the same VAT number, or a similar name key (accents, case and legal
forms ignored) in the same country. The user decides: keep both, or merge.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from blues_desktop.domain.names import name_key
from blues_desktop.domain.organisations import OrganisationInput, normalise_vat
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.merging import MergeResult, merge_organisations
from blues_desktop.store.models import Organisation

DUPLICATE_SCORE = 90


@dataclass(frozen=True, slots=True)
class PossibleDuplicate:
    id: str
    legal_name: str
    office_id: str
    reason: str


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
    """Same VAT number, or a similar name in the same country (accents and legal forms ignored)."""
    found: dict[str, PossibleDuplicate] = {}
    country = data.country.strip().upper()
    with ctx.read() as session:
        live = select(Organisation).where(
            Organisation.deleted_at.is_(None), Organisation.merged_into_id.is_(None)
        )
        if data.vat_number:
            vat = normalise_vat(data.vat_number, country)
            for org in session.scalars(live.where(Organisation.vat_number == vat)):
                found[org.id] = PossibleDuplicate(
                    org.id, org.legal_name, org.office_id, f"same VAT number {vat}"
                )
        rows = session.execute(
            select(Organisation.id, Organisation.name_key, Organisation.legal_name, Organisation.office_id)
            .where(Organisation.deleted_at.is_(None), Organisation.merged_into_id.is_(None))
            .where(Organisation.country == country)
        ).all()  # fmt: skip
    by_id = {r.id: r for r in rows}
    for org_id, score in similar_names(name_key(data.legal_name), {r.id: r.name_key for r in rows}):
        row = by_id[org_id]
        found.setdefault(
            org_id,
            PossibleDuplicate(
                org_id, row.legal_name, row.office_id, f"similar name ({score:.0f}%)"
            ),
        )
    found.pop(exclude_id or "", None)
    return list(found.values())


__all__ = [
    "MergeResult", "PossibleDuplicate", "likely_duplicates", "merge_organisations", "similar_names",
]  # fmt: skip
