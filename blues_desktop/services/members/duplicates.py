"""Likely duplicates of an organisation, and merging two into one.

Likely means: the same VAT number, or a similar name key (accents, case and legal
forms ignored) in the same country. The user decides: keep both, or merge.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from sqlalchemy import select

from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.names import name_key
from blues_desktop.domain.organisations import OrganisationInput, normalise_vat, search_text_of
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services import records
from blues_desktop.services.context import AppContext
from blues_desktop.store.models import Exchange, Organisation, Person

DUPLICATE_SCORE = 90


@dataclass(frozen=True, slots=True)
class PossibleDuplicate:
    id: str
    legal_name: str
    office_id: str
    reason: str


@dataclass(frozen=True, slots=True)
class MergeResult:
    kept_id: str
    merged_id: str
    contacts_moved: int
    exchanges_moved: int
    fields_filled: tuple[str, ...] = ()
    changes: Changes = Changes.of(Kind.MEMBERS, Kind.EXCHANGES)


# What the merged record may know that the kept one lacks: taken over when the kept
# record's field is empty, so a merge never hides a VAT number or a membership date.
FILLABLE = (
    "short_name", "region", "city", "address", "postcode", "website", "vat_number",
    "registration_number", "sectors", "employees_band", "member_since", "member_until",
    "ecccp_profile_url", "notes",
)  # fmt: skip


def similar_names(key: str, candidates: dict[str, str]) -> Iterable[tuple[str, float]]:
    """(id, score) of candidate name keys similar to `key`."""
    if not key:
        return []
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


def merge_organisations(ctx: AppContext, keep_id: str, merge_id: str) -> MergeResult:
    """Move contacts and exchange references to `keep_id`; `merge_id` becomes a tombstone
    pointing to it. Both must belong to this office (only the owner changes a record)."""
    if keep_id == merge_id:
        report = ValidationReport()
        report.error("merge_id", "an organisation cannot be merged into itself")
        raise ValidationError(report)
    with ctx.transaction() as session:
        kept = records.get_live(session, Organisation, keep_id, "organisation")
        other = records.get_live(session, Organisation, merge_id, "organisation")
        records.ensure_owned(ctx, kept)
        records.ensure_owned(ctx, other)
        reason = f"merged into {kept.legal_name} ({kept.id})"
        people = session.scalars(
            select(Person).where(
                Person.organisation_id == merge_id, Person.office_id == ctx.office_code
            )
        ).all()
        for person in people:
            records.update_fields(session, ctx, person, {"organisation_id": keep_id}, reason=reason)
        moved = 0
        # Another office's exchanges stay as they are (only the owner changes them); they
        # still find the kept record through merged_into_id.
        for column in ("visitor_org_id", "visitor_cluster_id", "host_org_id"):
            attr = getattr(Exchange, column)
            owned = select(Exchange).where(attr == merge_id, Exchange.office_id == ctx.office_code)
            for exchange in session.scalars(owned):
                records.update_fields(session, ctx, exchange, {column: keep_id}, reason=reason)
                moved += 1
        filled = {
            name: getattr(other, name)
            for name in FILLABLE
            if getattr(kept, name) in (None, "") and getattr(other, name) not in (None, "")
        }
        if filled:
            filled["search_text"] = search_text_of(
                kept.legal_name,
                filled.get("short_name", kept.short_name),
                filled.get("city", kept.city),
                filled.get("vat_number", kept.vat_number),
            )
            records.update_fields(
                session, ctx, kept, filled, reason=f"filled from {other.legal_name}"
            )
        records.update_fields(session, ctx, other, {"merged_into_id": keep_id}, reason=reason)
        records.tombstone(session, ctx, other, reason=reason)
        session.flush()
    fields = tuple(name for name in filled if name != "search_text")
    return MergeResult(keep_id, merge_id, len(people), moved, fields)
