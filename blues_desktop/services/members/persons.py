"""Contacts of member organisations: create, change, and GDPR erasure."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import func, or_, select

from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.domain.errors import NotFoundError, ValidationError
from blues_desktop.domain.persons import PersonInput, validate_person
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services import erasure, records
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.editing import SaveResult
from blues_desktop.store.models import Organisation, Person

ERASED = erasure.ERASED
ERASURE_CHANGES = Changes.of(Kind.MEMBERS, Kind.EVENTS, Kind.EXCHANGES, Kind.TIMESHEETS)


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
    if not reason.strip():
        report = ValidationReport()
        report.error(
            "reason",
            Message(
                QT_TRANSLATE_NOOP("messages", "say on whose request and why the data is erased")
            ),
        )
        raise ValidationError(
            report,
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "an erasure needs a reason: say on whose request and why"
                )
            ),
        )
    with ctx.transaction() as session:
        person = records.get_live(session, Person, person_id, "person")
        records.ensure_owned(ctx, person)
        erasure.erase(session, ctx, person, reason.strip())
    # the same person may be a contact, a participant, a visitor and a staff member
    return SaveResult(person_id, changes=ERASURE_CHANGES)


@dataclass(frozen=True, slots=True)
class FoundPerson:
    id: str
    name: str
    office_id: str

    @property
    def short_id(self) -> str:
        return self.id[:8]


def find_person(ctx: AppContext, key: str) -> FoundPerson:
    """A person not yet erased, by id, id prefix (8+ characters) or e-mail address (the way
    an erasure request usually arrives); a NotFoundError that says what matched otherwise."""
    key = key.strip()
    if not key:
        raise NotFoundError("give the person's id or e-mail address")
    with ctx.read() as session:
        conditions = [Person.id == key, func.lower(Person.email) == key.lower()]
        if len(key) >= 8:
            conditions.append(Person.id.startswith(key, autoescape=True))
        rows = session.execute(
            select(Person.id, Person.first_name, Person.last_name, Person.office_id)
            .where(Person.deleted_at.is_(None), Person.erased_at.is_(None), or_(*conditions))
            .limit(6)
        ).all()
    found = [FoundPerson(r.id, f"{r.first_name} {r.last_name}".strip(), r.office_id) for r in rows]
    exact = [f for f in found if f.id == key]
    if exact or len(found) == 1:
        return (exact or found)[0]
    if not found:
        raise NotFoundError(f"no person (not already erased) has the id or e-mail address {key!r}")
    listed = ", ".join(f"{f.short_id} {f.name} ({f.office_id})" for f in found[:5])
    raise NotFoundError(f"{key!r} matches more than one person ({listed}); give the id")
