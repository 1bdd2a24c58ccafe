"""Registering participants: persons of the register, or new persons with their GDPR
consent. A person registered twice for the same event is refused."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.domain.countries import normalise_code
from blues_desktop.domain.errors import NotFoundError, ValidationError
from blues_desktop.domain.events import PersonDraft, check_person
from blues_desktop.domain.names import name_key
from blues_desktop.domain.translatable import PLURAL, QT_TRANSLATE_NOOP, Message
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services import records
from blues_desktop.services.context import AppContext
from blues_desktop.services.events.queries import resolve_event
from blues_desktop.store.models import Event, Organisation, Person, Registration

REGISTRATION_CHANGES = Changes.of(Kind.EVENTS)
NEW_PERSON_CHANGES = Changes.of(Kind.EVENTS, Kind.MEMBERS)


@dataclass(frozen=True, slots=True)
class RegistrationResult:
    event_id: str
    registration_ids: tuple[str, ...]
    person_ids: tuple[str, ...]
    changes: Changes = REGISTRATION_CHANGES


def _person_label(session: Session, person_id: str) -> str:
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise NotFoundError(
            Message(QT_TRANSLATE_NOOP("messages", "no person with id {id}"), id=person_id)
        )
    return f"{person.first_name} {person.last_name}"


def _next_position(session: Session, event_id: str) -> int:
    last = session.scalar(
        select(func.max(Registration.position)).where(Registration.event_id == event_id)
    )
    return int(last or 0) + 1


def add_registration(
    session: Session,
    ctx: AppContext,
    event: Event,
    person_id: str,
    *,
    registered_on: date,
    walk_in: bool = False,
) -> Registration:
    """Register one person in the caller's transaction; twice is a ValidationError."""
    records.ensure_owned(ctx, event)
    existing = session.scalars(
        select(Registration).where(
            Registration.event_id == event.id, Registration.person_id == person_id
        )
    ).first()
    if existing is not None and existing.deleted_at is None:
        report = ValidationReport()
        report.error(
            "person",
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "{name} is already registered for {event} (row {row} of the sheet)"
                ),
                name=_person_label(session, person_id),
                event=repr(event.title),
                row=str(existing.position),
            ),
            "registered_twice",
        )
        raise ValidationError(report)
    _person_label(session, person_id)  # the person must exist
    position = _next_position(session, event.id)
    if existing is not None:
        # Registered, removed, registered again: the same row comes back (one per pair).
        records.restore(session, ctx, existing)
        records.update_fields(
            session,
            ctx,
            existing,
            {"position": position, "walk_in": walk_in, "registered_on": registered_on},
        )
        return existing
    return records.create(
        session,
        ctx,
        Registration(
            event_id=event.id,
            person_id=person_id,
            registered_on=registered_on,
            walk_in=walk_in,
            position=position,
        ),
    )


def register_persons(ctx: AppContext, event_id: str, person_ids: list[str]) -> RegistrationResult:
    """Register persons of the register, in the order given; all or none."""
    if len(set(person_ids)) != len(person_ids):
        report = ValidationReport()
        report.error(
            "person",
            Message(QT_TRANSLATE_NOOP("messages", "the same person is picked twice")),
            "registered_twice",
        )
        raise ValidationError(report)
    with ctx.transaction() as session:
        event = resolve_event(session, event_id)
        today = ctx.now().date()
        rows = [
            add_registration(session, ctx, event, pid, registered_on=today) for pid in person_ids
        ]
        return RegistrationResult(event.id, tuple(r.id for r in rows), tuple(person_ids))


def _organisation_for(
    session: Session, ctx: AppContext, draft: PersonDraft, fallback_country: str
) -> str | None:
    """The organisation id of a new person: given, found by name, or created (non-member)."""
    if draft.organisation_id:
        org = session.get(Organisation, draft.organisation_id)
        if org is None or org.deleted_at is not None:
            raise NotFoundError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "no organisation with id {id}"),
                    id=draft.organisation_id,
                )
            )
        return org.id
    name = (draft.organisation_name or "").strip()
    if not name:
        return None
    country = normalise_code(draft.country) if draft.country else fallback_country
    key = name_key(name)
    found = session.scalars(
        select(Organisation).where(
            Organisation.name_key == key,
            Organisation.country == country,
            Organisation.deleted_at.is_(None),
        )
    ).first()
    if found is not None:
        return found.id
    org = records.create(
        session,
        ctx,
        Organisation(
            legal_name=name,
            org_type=draft.organisation_type or "other",
            country=country,
            is_member=False,
            name_key=key,
        ),
        reason="added with an event registration",
    )
    return org.id


def create_person(
    session: Session,
    ctx: AppContext,
    draft: PersonDraft,
    *,
    fallback_country: str,
    consent_default: tuple[str, date, str] | None = None,
) -> Person:
    """A new Person (and organisation if needed) from a checked draft."""
    consent = draft.consent
    purpose, given_on, source = (
        (consent.purpose.strip(), consent.given_on, consent.source.strip())
        if consent is not None
        else consent_default or (None, None, None)
    )
    return records.create(
        session,
        ctx,
        Person(
            first_name=draft.first_name.strip(),
            last_name=draft.last_name.strip(),
            email=(draft.email or "").strip() or None,
            country=normalise_code(draft.country) if draft.country else None,
            gender=draft.gender,
            organisation_id=_organisation_for(session, ctx, draft, fallback_country),
            consent_purpose=purpose,
            consent_given_on=given_on,
            consent_source=source,
        ),
        reason="added as an event participant",
    )


def register_new_person(ctx: AppContext, event_id: str, draft: PersonDraft) -> RegistrationResult:
    """Add a person who is not in the register (consent required) and register them."""
    report = check_person(draft)
    if not report.ok:
        raise ValidationError(report)
    with ctx.transaction() as session:
        event = resolve_event(session, event_id)
        records.ensure_owned(ctx, event)
        person = create_person(
            session, ctx, draft, fallback_country=event.country or ctx.office.country
        )
        row = add_registration(session, ctx, event, person.id, registered_on=ctx.now().date())
        return RegistrationResult(event.id, (row.id,), (person.id,), NEW_PERSON_CHANGES)


def unregister(ctx: AppContext, registration_id: str) -> RegistrationResult:
    """Remove a registration (tombstone); its attendance marks stop counting with it."""
    with ctx.transaction() as session:
        row = records.get_live(session, Registration, registration_id, "registration")
        records.tombstone(session, ctx, row)
        return RegistrationResult(row.event_id, (row.id,), (row.person_id,))


def unregister_many(
    ctx: AppContext, event_id: str, registration_ids: Sequence[str]
) -> RegistrationResult:
    """Remove several registrations of one event in one transaction: all go, or none
    (a registration that is gone or belongs to another event refuses the whole lot)."""
    if not registration_ids:
        raise ValidationError(
            _one_problem(
                "participants", Message(QT_TRANSLATE_NOOP("messages", "choose who to remove first"))
            )
        )
    with ctx.transaction() as session:
        rows = [
            records.get_live(session, Registration, registration_id, "registration")
            for registration_id in dict.fromkeys(registration_ids)
        ]
        strangers = [row for row in rows if row.event_id != event_id]
        if strangers:
            raise ValidationError(
                _one_problem(
                    "participants",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "%n of the chosen registrations belong to another event; "
                            "nothing was removed",
                        None,
                        PLURAL,
                    ),
                        n=len(strangers),
                    ),
                )
            )
        for row in rows:
            records.tombstone(session, ctx, row)
        return RegistrationResult(
            event_id, tuple(row.id for row in rows), tuple(row.person_id for row in rows)
        )


def _one_problem(field: str, message: str) -> ValidationReport:
    report = ValidationReport()
    report.error(field, message)
    return report
