"""Creating, changing and deleting organisations; erasing a person (GDPR)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process
from sqlalchemy import select

from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.domain.errors import NotFoundError, ValidationError
from blues_desktop.domain.names import name_key
from blues_desktop.domain.organisations import (
    OrganisationInput,
    normalise_vat,
    validate_organisation,
)
from blues_desktop.services import records
from blues_desktop.services.context import AppContext
from blues_desktop.store.models import Organisation, Person

DUPLICATE_SCORE = 90
ERASED = "(erased)"


@dataclass(frozen=True, slots=True)
class PossibleDuplicate:
    id: str
    legal_name: str
    office_id: str
    reason: str


@dataclass(frozen=True, slots=True)
class SaveResult:
    id: str
    duplicates: tuple[PossibleDuplicate, ...] = ()
    changes: Changes = Changes.of(Kind.MEMBERS)


def likely_duplicates(
    ctx: AppContext, data: OrganisationInput, exclude_id: str | None = None
) -> list[PossibleDuplicate]:
    """Same VAT number, or a similar name in the same country (accents and legal forms ignored)."""
    found: dict[str, PossibleDuplicate] = {}
    key = name_key(data.legal_name)
    with ctx.read() as session:
        live = select(Organisation).where(
            Organisation.deleted_at.is_(None), Organisation.merged_into_id.is_(None)
        )
        if data.vat_number:
            vat = normalise_vat(data.vat_number, data.country.upper())
            for org in session.scalars(live.where(Organisation.vat_number == vat)):
                found[org.id] = PossibleDuplicate(
                    org.id, org.legal_name, org.office_id, f"same VAT number {vat}"
                )
        candidates = {
            org.id: org
            for org in session.scalars(live.where(Organisation.country == data.country.upper()))
        }
        matches = process.extract(
            key, {i: o.name_key for i, o in candidates.items()}, scorer=fuzz.token_sort_ratio,
            score_cutoff=DUPLICATE_SCORE, limit=10,
        )  # fmt: skip
        for _name, score, org_id in matches:
            org = candidates[org_id]
            found.setdefault(
                org_id,
                PossibleDuplicate(
                    org.id, org.legal_name, org.office_id, f"similar name ({score:.0f}%)"
                ),
            )
    found.pop(exclude_id or "", None)
    return list(found.values())


def save_organisation(
    ctx: AppContext, data: OrganisationInput, organisation_id: str | None = None
) -> SaveResult:
    """Validate, then create or update; likely duplicates are reported with the result."""
    report = validate_organisation(data)
    if not report.ok:
        raise ValidationError(report)
    country = data.country.upper()
    data = replace(
        data,
        country=country,
        vat_number=normalise_vat(data.vat_number, country) if data.vat_number else None,
    )
    values = {
        "legal_name": data.legal_name.strip(), "org_type": data.org_type, "country": country,
        "city": (data.city or "").strip() or None, "website": data.website or None, "vat_number": data.vat_number,
        "member_since": data.member_since, "member_until": data.member_until, "name_key": name_key(data.legal_name),
    }  # fmt: skip
    duplicates = likely_duplicates(ctx, data, exclude_id=organisation_id)
    with ctx.transaction() as session:
        if organisation_id is None:
            org = records.create(session, ctx, Organisation(**values, is_member=True))
        else:
            org = records.get_live(session, Organisation, organisation_id, "organisation")
            records.update_fields(session, ctx, org, values)
        return SaveResult(org.id, tuple(duplicates))


def delete_organisation(ctx: AppContext, organisation_id: str) -> SaveResult:
    with ctx.transaction() as session:
        org = records.get_live(session, Organisation, organisation_id, "organisation")
        records.tombstone(session, ctx, org)
    return SaveResult(organisation_id)


def undo_delete(ctx: AppContext, organisation_id: str) -> SaveResult:
    with ctx.transaction() as session:
        org = session.get(Organisation, organisation_id)
        if org is None or org.deleted_at is None:
            raise NotFoundError("there is no deleted organisation to bring back")
        records.restore(session, ctx, org, reason="undo delete")
    return SaveResult(organisation_id)


def erase_person(ctx: AppContext, person_id: str, reason: str) -> SaveResult:
    """GDPR erasure: personal fields replaced, identity kept, so the erasure travels."""
    with ctx.transaction() as session:
        person = records.get_live(session, Person, person_id, "person")
        records.update_fields(
            session, ctx, person,
            {
                "first_name": ERASED, "last_name": ERASED, "title": None, "role": None, "email": None,
                "phone": None, "gender": None, "consent_given_on": None, "consent_purpose": None,
                "consent_source": None, "do_not_contact": True, "erased_at": ctx.now(),
            },
            reason=reason or "erasure requested by the person",
        )  # fmt: skip
    return SaveResult(person_id)
