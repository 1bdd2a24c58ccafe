"""Creating, changing and deleting organisations (tombstones, with undo of the last delete)."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import select

from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.domain.errors import NotFoundError, ValidationError
from blues_desktop.domain.names import name_key
from blues_desktop.domain.organisations import (
    CHECK_DIGIT_CODE,
    CHECK_DIGIT_FIELDS,
    OrganisationInput,
    normalise_vat,
    validate_organisation,
)
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.domain.validation import Severity, ValidationReport
from blues_desktop.services import records
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.duplicates import PossibleDuplicate, likely_duplicates
from blues_desktop.store.models import AuditLog, Organisation

__all__ = [
    "PossibleDuplicate",
    "SaveResult",
    "delete_organisation",
    "last_deleted_organisation",
    "likely_duplicates",
    "organisation_input",
    "organisation_values",
    "save_organisation",
    "undo_delete",
]


@dataclass(frozen=True, slots=True)
class SaveResult:
    id: str
    duplicates: tuple[PossibleDuplicate, ...] = ()
    changes: Changes = Changes.of(Kind.MEMBERS)


def _text(value: str | None) -> str | None:
    return (value or "").strip() or None


def organisation_values(data: OrganisationInput) -> dict[str, Any]:
    """Column values of a validated input: trimmed text, upper-case country, compact VAT."""
    country = data.country.strip().upper()
    values: dict[str, Any] = {}
    for f in fields(OrganisationInput):
        value = getattr(data, f.name)
        values[f.name] = _text(value) if isinstance(value, str) or value is None else value
    values["legal_name"] = data.legal_name.strip()
    values["country"] = country
    values["vat_number"] = normalise_vat(data.vat_number, country) if data.vat_number else None
    values["name_key"] = name_key(data.legal_name)
    return values


def organisation_input(ctx: AppContext, organisation_id: str) -> OrganisationInput:
    """What the edit form shows of a live organisation: its fields as a user typed them."""
    with ctx.read() as session:
        org = records.get_live(session, Organisation, organisation_id, "organisation")
        return OrganisationInput(
            **{f.name: getattr(org, f.name) for f in fields(OrganisationInput)}
        )


def save_organisation(
    ctx: AppContext, data: OrganisationInput, organisation_id: str | None = None
) -> SaveResult:
    """Validate, then create or update; likely duplicates are reported with the result.

    A number imported with a failing check digit (kept as typed, flagged) may stay as it is
    when the rest of the record is edited; a new or changed number must check out."""
    report = validate_organisation(data, accept_check_digit=True)
    flagged = _flagged_numbers(ctx, organisation_id)
    accepted: list[str] = []
    checked = ValidationReport()
    for result in report.results:
        if result.code == CHECK_DIGIT_CODE and result.severity is Severity.WARNING:
            typed = (getattr(data, result.field) or "").strip()
            if flagged.get(result.field) == typed:
                accepted.append(result.field)
                continue
            checked.error(result.field, result.message, result.code)
        else:
            checked.results.append(result)
    if not checked.ok:
        raise ValidationError(checked)
    values = organisation_values(data)
    if "vat_number" in accepted:
        values["vat_number"] = flagged["vat_number"]  # as typed, as it was imported
    values["check_digit_fails"] = " ".join(accepted) or None
    data = replace(data, country=values["country"], vat_number=values["vat_number"])
    duplicates = likely_duplicates(ctx, data, exclude_id=organisation_id)
    with ctx.transaction() as session:
        if organisation_id is None:
            org = records.create(session, ctx, Organisation(**values))
        else:
            org = records.get_live(session, Organisation, organisation_id, "organisation")
            records.update_fields(session, ctx, org, values)
        return SaveResult(org.id, tuple(duplicates))


def _flagged_numbers(ctx: AppContext, organisation_id: str | None) -> dict[str, str]:
    """The stored numbers of `organisation_id` flagged 'check digit fails', by field."""
    if organisation_id is None:
        return {}
    with ctx.read() as session:
        org = session.get(Organisation, organisation_id)
        if org is None or not org.check_digit_fails:
            return {}
        return {
            name: (getattr(org, name) or "").strip()
            for name in org.check_digit_fails.split()
            if name in CHECK_DIGIT_FIELDS
        }


def delete_organisation(ctx: AppContext, organisation_id: str) -> SaveResult:
    with ctx.transaction() as session:
        org = records.get_live(session, Organisation, organisation_id, "organisation")
        records.tombstone(session, ctx, org)
    return SaveResult(organisation_id)


def last_deleted_organisation(ctx: AppContext) -> str | None:
    """The organisation this office deleted last and that is still deleted (what undo brings back)."""
    with ctx.read() as session:
        entry = session.scalars(
            select(AuditLog)
            .where(
                AuditLog.table_name == "organisations",
                AuditLog.action == "delete",
                AuditLog.office_id == ctx.office_code,
            )
            .order_by(AuditLog.id.desc())
            .limit(1)
        ).first()
        if entry is None:
            return None
        org = session.get(Organisation, entry.record_id)
        if org is None or org.deleted_at is None or org.merged_into_id is not None:
            return None
        return org.id


def undo_delete(ctx: AppContext, organisation_id: str | None = None) -> SaveResult:
    """Bring back a deleted organisation: the given one, or the last one deleted."""
    organisation_id = organisation_id or last_deleted_organisation(ctx)
    with ctx.transaction() as session:
        org = session.get(Organisation, organisation_id) if organisation_id else None
        if org is None or org.deleted_at is None:
            raise NotFoundError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "there is no deleted organisation to bring back")
                )
            )
        records.restore(session, ctx, org, reason="undo delete")
        return SaveResult(org.id)
