"""Merging two records into one without losing a value: organisations and persons.

A merge plan lists every field where the two differ, side by side, with the value the
merge keeps unless the user chooses otherwise (the kept record's, or the other's where
the kept one is empty). The merge moves what points to the merged record (contacts and
exchanges of an organisation; event registrations, exchange roles and the staff record
of a person), takes the chosen values, and leaves the merged record as a tombstone that
points to the survivor: all of it travels in bundles as ordinary changes. Only the
owning office merges its records; the coordinator links other offices' organisations
instead (services.members.cross_office).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.domain.countries import country_name
from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.names import name_key
from blues_desktop.domain.organisations import ORG_TYPES, check_digit_label, search_text_of
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services import records
from blues_desktop.services.context import AppContext
from blues_desktop.store.models import Exchange, Organisation, Person, Registration, StaffMember

KEPT, OTHER = "kept", "other"

ORGANISATION_FIELDS: dict[str, str] = {
    "legal_name": "Legal name", "short_name": "Short name", "org_type": "Type",
    "country": "Country", "region": "Region", "city": "City", "address": "Address",
    "postcode": "Postcode", "website": "Website", "vat_number": "VAT number",
    "registration_number": "Registration number", "sectors": "Sectors",
    "employees_band": "Employees", "member_since": "Member since",
    "member_until": "Member until", "ecccp_profile_url": "ECCCP profile", "notes": "Notes",
}  # fmt: skip
# The consent is one choice: its date, purpose and source belong together.
CONSENT = ("consent_given_on", "consent_purpose", "consent_source")
PERSON_FIELDS: dict[str, str] = {
    "first_name": "First name", "last_name": "Last name", "title": "Title", "role": "Role",
    "email": "E-mail", "phone": "Phone", "language": "Language", "gender": "Gender",
    "country": "Country", "organisation_id": "Organisation", "consent": "Consent",
    "do_not_contact": "Do not contact",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class FieldChoice:
    field: str
    label: str
    kept: str  # as the user reads it
    other: str
    default: str  # KEPT, or OTHER where the kept record has nothing


@dataclass(frozen=True, slots=True)
class MergePlan:
    keep_id: str
    merge_id: str
    kept_title: str
    other_title: str
    fields: tuple[FieldChoice, ...]
    moves: tuple[str, ...]  # what the merge moves, in words ("2 contacts", "1 exchange")

    def defaults(self) -> set[str]:
        """The fields taken from the other record unless the user chooses otherwise."""
        return {f.field for f in self.fields if f.default == OTHER}


@dataclass(frozen=True, slots=True)
class MergeResult:
    kept_id: str
    merged_id: str
    contacts_moved: int
    exchanges_moved: int
    fields_filled: tuple[str, ...] = ()  # fields that took the other record's value
    registrations_moved: int = 0
    changes: Changes = Changes.of(Kind.MEMBERS, Kind.EXCHANGES)


def _refuse(field: str, message: str) -> ValidationError:
    report = ValidationReport()
    report.error(field, message)
    return ValidationError(report)


def _shown(name: str, value: Any, session: Session | None = None) -> str:
    if value in (None, ""):
        return ""
    if name == "org_type":
        return Message.label(ORG_TYPES[value]) if value in ORG_TYPES else str(value)
    if name == "country":
        return f"{value} {country_name(value)}"
    if name == "organisation_id" and session is not None:
        org = session.get(Organisation, value)
        return org.legal_name if org is not None else ""
    if isinstance(value, bool):
        return (
            Message(QT_TRANSLATE_NOOP("messages", "yes"))
            if value
            else Message(QT_TRANSLATE_NOOP("messages", "no"))
        )
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _value(record: Any, name: str) -> Any:
    if name == "consent":
        return tuple(getattr(record, f) for f in CONSENT)
    return getattr(record, name)


def _consent_text(value: tuple[Any, ...]) -> str:
    given, purpose, source = value
    if given is None:
        return ""
    day = given.isoformat()
    if purpose and source:
        return Message(
            QT_TRANSLATE_NOOP("messages", "given on {day} for {purpose} ({source})"),
            day=day,
            purpose=purpose,
            source=source,
        )
    if purpose:
        return Message(
            QT_TRANSLATE_NOOP("messages", "given on {day} for {purpose}"), day=day, purpose=purpose
        )
    if source:
        return Message(
            QT_TRANSLATE_NOOP("messages", "given on {day} ({source})"), day=day, source=source
        )
    return Message(QT_TRANSLATE_NOOP("messages", "given on {day}"), day=day)


def _empty(value: Any) -> bool:
    return value in (None, "", False) or (isinstance(value, tuple) and value[0] is None)


def _choices(
    session: Session, kept: Any, other: Any, labels: dict[str, str]
) -> tuple[FieldChoice, ...]:
    found = []
    for name, label in labels.items():
        mine, theirs = _value(kept, name), _value(other, name)
        if mine == theirs or _empty(theirs) and _empty(mine):
            continue
        if name == "consent":
            shown = (_consent_text(mine), _consent_text(theirs))
        else:
            shown = (_shown(name, mine, session), _shown(name, theirs, session))
        if shown[0] == shown[1] and name not in ("consent", "do_not_contact"):
            continue
        found.append(FieldChoice(name, label, shown[0], shown[1], OTHER if _empty(mine) else KEPT))
    if getattr(kept, "check_digit_fails", None) or getattr(other, "check_digit_fails", None):
        flags = (
            check_digit_label(kept.check_digit_fails),
            check_digit_label(other.check_digit_fails),
        )
        found = [
            FieldChoice(
                f.field, f.label, _flagged(f, flags[0]), _flagged(f, flags[1], True), f.default
            )
            if f.field in ("vat_number", "registration_number")
            else f
            for f in found
        ]
    return tuple(found)


def _flagged(choice: FieldChoice, flag: str, other: bool = False) -> str:
    value = choice.other if other else choice.kept
    if flag and value:
        return Message(QT_TRANSLATE_NOOP("messages", "{value} ({flag})"), value=value, flag=flag)
    return value


def _pair(
    session: Session, ctx: AppContext, model: Any, keep_id: str, merge_id: str, what: str
) -> tuple[Any, Any]:
    if keep_id == merge_id:
        itself = (
            Message(QT_TRANSLATE_NOOP("messages", "A person cannot be merged into itself"))
            if model is Person
            else Message(
                QT_TRANSLATE_NOOP("messages", "An organisation cannot be merged into itself")
            )
        )
        raise _refuse("merge_id", itself)
    kept = records.get_live(session, model, keep_id, what)
    other = records.get_live(session, model, merge_id, what)
    records.ensure_owned(ctx, kept)
    records.ensure_owned(ctx, other)
    return kept, other


# organisations ---------------------------------------------------------------------


def organisation_merge_plan(ctx: AppContext, keep_id: str, merge_id: str) -> MergePlan:
    with ctx.read() as session:
        kept, other = _pair(session, ctx, Organisation, keep_id, merge_id, "an organisation")
        contacts = _count(session, select(Person.id).where(
            Person.organisation_id == merge_id, Person.deleted_at.is_(None),
            Person.office_id == ctx.office_code))  # fmt: skip
        exchanges = sum(
            _count(
                session,
                select(Exchange.id).where(
                    getattr(Exchange, c) == merge_id,
                    Exchange.office_id == ctx.office_code,
                    Exchange.deleted_at.is_(None),
                ),
            )  # fmt: skip
            for c in ("visitor_org_id", "visitor_cluster_id", "host_org_id")
        )
        return MergePlan(
            keep_id, merge_id, kept.legal_name, other.legal_name,
            _choices(session, kept, other, ORGANISATION_FIELDS),
            _words(("contact", contacts), ("exchange", exchanges)),
        )  # fmt: skip


def _chosen_fields(
    read_plan: Callable[[], MergePlan], fields: Iterable[str], take_from_other: Iterable[str] | None
) -> set[str]:
    """The fields whose value comes from the merged record: the user's choice, or the
    plan's defaults; a field the record does not have is refused."""
    chosen = read_plan().defaults() if take_from_other is None else set(take_from_other)
    unknown = chosen - set(fields)
    if unknown:
        raise _refuse(
            "fields",
            Message(
                QT_TRANSLATE_NOOP("messages", "no such field to merge: {fields}"),
                fields=", ".join(sorted(unknown)),
            ),
        )
    return chosen


def merge_organisations(
    ctx: AppContext, keep_id: str, merge_id: str, take_from_other: Iterable[str] | None = None
) -> MergeResult:
    """Merge `merge_id` into `keep_id`. `take_from_other` names the fields whose value comes
    from the merged record; None takes the plan's defaults (the other's value wherever the
    kept record has none), so a merge never hides a VAT number or a membership date."""
    chosen = _chosen_fields(
        lambda: organisation_merge_plan(ctx, keep_id, merge_id),
        ORGANISATION_FIELDS,
        take_from_other,
    )
    with ctx.transaction() as session:
        kept, other = _pair(session, ctx, Organisation, keep_id, merge_id, "an organisation")
        # the history's words: the kept record by the name (and city: two records of one
        # name are told apart by it) it has after the merge, never by its id; the
        # tombstone keeps the link
        name = other.legal_name if "legal_name" in chosen else kept.legal_name
        city = other.city if "city" in chosen else kept.city
        reason = f"merged into {name}, {city}" if city else f"merged into {name}"
        people = session.scalars(
            select(Person).where(
                Person.organisation_id == merge_id, Person.office_id == ctx.office_code,
                Person.deleted_at.is_(None),
            )
        ).all()  # fmt: skip
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
        values = {name: getattr(other, name) for name in chosen}
        flags = set((kept.check_digit_fails or "").split())
        for name in ("vat_number", "registration_number"):
            if name in chosen:  # the flag goes with the number it describes
                flags.discard(name)
                if name in (other.check_digit_fails or "").split():
                    flags.add(name)
        if values:
            values["check_digit_fails"] = " ".join(sorted(flags)) or None
            merged = {
                **{n: getattr(kept, n) for n in ("legal_name", "short_name", "city", "vat_number")},
                **values,
            }
            values["name_key"] = name_key(merged["legal_name"])
            values["search_text"] = search_text_of(
                merged["legal_name"], merged["short_name"], merged["city"], merged["vat_number"]
            )
            records.update_fields(
                session, ctx, kept, values, reason=f"merged from {other.legal_name}"
            )
        records.update_fields(session, ctx, other, {"merged_into_id": keep_id}, reason=reason)
        records.tombstone(session, ctx, other, reason=reason)
        session.flush()
    return MergeResult(keep_id, merge_id, len(people), moved, tuple(sorted(chosen)))


# persons ---------------------------------------------------------------------------


def person_merge_plan(ctx: AppContext, keep_id: str, merge_id: str) -> MergePlan:
    with ctx.read() as session:
        kept, other = _people(session, ctx, keep_id, merge_id)
        registrations = _count(session, select(Registration.id).where(
            Registration.person_id == merge_id, Registration.office_id == ctx.office_code,
            Registration.deleted_at.is_(None)))  # fmt: skip
        exchanges = _count(session, select(Exchange.id).where(
            Exchange.visitor_person_id == merge_id, Exchange.office_id == ctx.office_code,
            Exchange.deleted_at.is_(None)))  # fmt: skip
        staff = _count(session, select(StaffMember.id).where(
            StaffMember.person_id == merge_id, StaffMember.deleted_at.is_(None)))  # fmt: skip
        return MergePlan(
            keep_id, merge_id, _person_title(kept), _person_title(other),
            _choices(session, kept, other, PERSON_FIELDS),
            _words(("event registration", registrations), ("exchange", exchanges),
                   ("staff record", staff)),
        )  # fmt: skip


def merge_persons(
    ctx: AppContext, keep_id: str, merge_id: str, take_from_other: Iterable[str] | None = None
) -> MergeResult:
    """Merge the person `merge_id` into `keep_id`: event registrations (with their
    attendance), exchange roles, the staff record and the chosen values (the consent as
    one) move to the kept person; the merged one becomes a tombstone pointing to it."""
    chosen = _chosen_fields(
        lambda: person_merge_plan(ctx, keep_id, merge_id), PERSON_FIELDS, take_from_other
    )
    with ctx.transaction() as session:
        kept, other = _people(session, ctx, keep_id, merge_id)
        reason = f"merged into {_person_title(kept)}"
        staff = session.scalars(
            select(StaffMember).where(
                StaffMember.person_id.in_((keep_id, merge_id)), StaffMember.deleted_at.is_(None)
            )
        ).all()
        if len(staff) > 1:
            raise _refuse(
                "merge_id",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "both people are staff members with their own timesheets; they cannot "
                        "be merged",
                    )
                ),
            )
        for record in staff:
            if record.person_id == merge_id:
                records.ensure_owned(ctx, record)
                records.update_fields(session, ctx, record, {"person_id": keep_id}, reason=reason)
        registrations = _move_registrations(session, ctx, keep_id, merge_id, reason)
        exchanges = 0
        owned = select(Exchange).where(
            Exchange.visitor_person_id == merge_id, Exchange.office_id == ctx.office_code
        )
        for exchange in session.scalars(owned):
            records.update_fields(
                session, ctx, exchange, {"visitor_person_id": keep_id}, reason=reason
            )
            exchanges += 1
        values: dict[str, Any] = {}
        for name in chosen:
            if name == "consent":
                values.update({f: getattr(other, f) for f in CONSENT})
            else:
                values[name] = getattr(other, name)
        if values:
            records.update_fields(
                session, ctx, kept, values, reason=f"merged from {_person_title(other)}"
            )
        records.update_fields(session, ctx, other, {"merged_into_id": keep_id}, reason=reason)
        records.tombstone(session, ctx, other, reason=reason)
        session.flush()
    return MergeResult(
        keep_id, merge_id, 0, exchanges, tuple(sorted(chosen)), registrations,
        Changes.of(Kind.MEMBERS, Kind.EXCHANGES, Kind.EVENTS),
    )  # fmt: skip


def _people(
    session: Session, ctx: AppContext, keep_id: str, merge_id: str
) -> tuple[Person, Person]:
    kept, other = _pair(session, ctx, Person, keep_id, merge_id, "a person")
    if kept.erased_at is not None or other.erased_at is not None:
        raise _refuse(
            "merge_id",
            Message(
                QT_TRANSLATE_NOOP("messages", "a person whose data was erased cannot be merged")
            ),
        )
    return kept, other


def _move_registrations(
    session: Session, ctx: AppContext, keep_id: str, merge_id: str, reason: str
) -> int:
    """One registration per person and event: where both were registered for the same
    event, the kept person's registration stays and takes the other's attendance days."""
    from blues_desktop.store.models import Attendance

    theirs = session.scalars(
        select(Registration).where(
            Registration.person_id == merge_id, Registration.office_id == ctx.office_code,
            Registration.deleted_at.is_(None),
        )
    ).all()  # fmt: skip
    mine = {
        r.event_id: r
        for r in session.scalars(
            select(Registration).where(
                Registration.person_id == keep_id, Registration.deleted_at.is_(None)
            )
        )
    }
    for registration in theirs:
        target = mine.get(registration.event_id)
        if target is None:
            records.update_fields(session, ctx, registration, {"person_id": keep_id}, reason=reason)
            continue
        days = {
            a.event_day_id
            for a in session.scalars(
                select(Attendance).where(
                    Attendance.registration_id == target.id, Attendance.deleted_at.is_(None)
                )
            )
        }
        for attendance in session.scalars(
            select(Attendance).where(
                Attendance.registration_id == registration.id, Attendance.deleted_at.is_(None)
            )
        ):
            if attendance.event_day_id in days:
                records.tombstone(session, ctx, attendance, reason=reason)
            else:
                records.update_fields(
                    session, ctx, attendance, {"registration_id": target.id}, reason=reason
                )
        records.tombstone(session, ctx, registration, reason=reason)
    return len(theirs)


def _person_title(person: Person) -> str:
    return f"{person.first_name} {person.last_name}".strip() + (
        f" <{person.email}>" if person.email else ""
    )


def _count(session: Session, query: Any) -> int:
    return len(session.scalars(query).all())


def _words(*counts: tuple[str, int]) -> tuple[str, ...]:
    return tuple(f"{n} {what}{'' if n == 1 else 's'}" for what, n in counts if n)


__all__ = [
    "KEPT", "OTHER", "FieldChoice", "MergePlan", "MergeResult", "merge_organisations",
    "merge_persons", "organisation_merge_plan", "person_merge_plan",
]  # fmt: skip
