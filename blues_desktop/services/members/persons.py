"""Contacts of member organisations: create, change, and GDPR erasure."""

from __future__ import annotations

from dataclasses import fields

from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.persons import PersonInput, validate_person
from blues_desktop.services import erasure, records
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.editing import SaveResult
from blues_desktop.store.models import Organisation, Person

ERASED = erasure.ERASED


def save_person(ctx: AppContext, data: PersonInput, person_id: str | None = None) -> SaveResult:
    report = validate_person(data, today=ctx.now().date())
    if not report.ok:
        raise ValidationError(report)
    values = {}
    for f in fields(PersonInput):
        value = getattr(data, f.name)
        values[f.name] = (value.strip() or None) if isinstance(value, str) else value
    values["first_name"] = data.first_name.strip()
    values["last_name"] = data.last_name.strip()
    if data.language:
        values["language"] = data.language.strip().lower()
    if data.country:
        values["country"] = data.country.strip().upper()
    with ctx.transaction() as session:
        if data.organisation_id:
            records.get_live(session, Organisation, data.organisation_id, "organisation")
        if person_id is None:
            person = records.create(session, ctx, Person(**values))
        else:
            person = records.get_live(session, Person, person_id, "person")
            records.update_fields(session, ctx, person, values)
        return SaveResult(person.id)


def erase_person(ctx: AppContext, person_id: str, reason: str) -> SaveResult:
    """GDPR erasure: personal fields replaced, identity kept, so the erasure travels; the
    values are taken out of the history and the copies too (services/erasure.py)."""
    with ctx.transaction() as session:
        person = records.get_live(session, Person, person_id, "person")
        records.ensure_owned(ctx, person)
        erasure.erase(session, ctx, person, reason or "erasure requested by the person")
    return SaveResult(person_id)
