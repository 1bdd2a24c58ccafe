"""The office's staff who fill timesheets: who they are, their contract, their supervisor.

A staff member is a Person (the same identity as a contact or event participant)
with employment terms. Their personal data is kept for the grant's timesheets, the
lawful basis is the employment contract, and it is erased like any person's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.domain.errors import NotFoundError, ValidationError
from blues_desktop.domain.organisations import check_email
from blues_desktop.domain.persons import ERASED
from blues_desktop.domain.timesheets import (
    DEFAULT_ANNUAL_PRODUCTIVE_HOURS,
    QUARTER,
    StaffTerms,
    regions_of,
)
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services import records
from blues_desktop.services.context import AppContext
from blues_desktop.store.models import Person, StaffMember

TIMESHEET_CHANGES = Changes.of(Kind.TIMESHEETS)
STAFF_PURPOSE = "Staff timesheets for the BLUES grant (employment contract and EU reporting)"
STAFF_SOURCE = "employment contract"


@dataclass(frozen=True, slots=True)
class StaffDraft:
    first_name: str
    last_name: str
    employment_start: date
    weekly_hours: Decimal
    email: str = ""
    role: str = ""
    employment_end: date | None = None
    annual_productive_hours: Decimal = DEFAULT_ANNUAL_PRODUCTIVE_HOURS
    supervisor_id: str | None = None
    region: str = ""


@dataclass(frozen=True, slots=True)
class StaffRow:
    id: str
    person_id: str
    office_id: str
    name: str
    role: str
    email: str
    employment_start: date
    employment_end: date | None
    weekly_hours: Decimal
    annual_productive_hours: Decimal
    supervisor_id: str | None
    supervisor_name: str
    region: str
    erased: bool = False  # the person's data was erased on request

    @property
    def short_id(self) -> str:
        return self.id[:8]

    def terms(self) -> StaffTerms:
        return StaffTerms(
            self.name,
            self.employment_start,
            self.employment_end,
            self.weekly_hours,
            self.annual_productive_hours,
        )


@dataclass(frozen=True, slots=True)
class StaffSaved:
    staff_id: str
    person_id: str
    created: bool
    changes: Changes = TIMESHEET_CHANGES


def check_staff(draft: StaffDraft, country: str) -> ValidationReport:
    report = ValidationReport()
    if not draft.first_name.strip():
        report.error(
            "first_name", Message(QT_TRANSLATE_NOOP("messages", "the first name is required"))
        )
    if not draft.last_name.strip():
        report.error(
            "last_name", Message(QT_TRANSLATE_NOOP("messages", "the last name is required"))
        )
    problem = check_email(draft.email.strip()) if draft.email.strip() else None
    if problem:
        report.error("email", problem)
    if draft.employment_end is not None and draft.employment_end < draft.employment_start:
        report.error(
            "employment_end",
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "the employment ends ({end}) before it starts ({start})"
                ),
                end=draft.employment_end,
                start=draft.employment_start,
            ),
        )
    if draft.weekly_hours <= 0 or draft.weekly_hours > 60:
        report.error(
            "weekly_hours",
            Message(
                QT_TRANSLATE_NOOP("messages", "{hours} h a week is not a contract (1–60 h)"),
                hours=draft.weekly_hours,
            ),
        )
    elif draft.weekly_hours % QUARTER:
        report.error(
            "weekly_hours",
            Message(QT_TRANSLATE_NOOP("messages", "weekly hours are entered in quarter hours")),
        )
    if not 100 <= draft.annual_productive_hours <= 2200:
        report.error(
            "annual_productive_hours",
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{hours} annual productive hours is outside 100–2,200 (the EU default is 1,720)",
                ),
                hours=draft.annual_productive_hours,
            ),
        )
    if draft.region.strip() and draft.region.strip().upper() not in {
        r.upper() for r in regions_of(country)
    }:
        report.error(
            "region",
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{region} is not a region of {country} for public holidays (known: {known})",
                ),
                region=repr(draft.region.strip()),
                country=country,
                known=", ".join(regions_of(country))
                or Message(QT_TRANSLATE_NOOP("messages", "none")),
            ),
        )
    return report


def save_staff(ctx: AppContext, draft: StaffDraft, staff_id: str | None = None) -> StaffSaved:
    """Create a staff member (with their person record) or change one, in one transaction."""
    report = check_staff(draft, ctx.office.country)
    if not report.ok:
        raise ValidationError(report)
    person_values = {
        "first_name": draft.first_name.strip(),
        "last_name": draft.last_name.strip(),
        "email": draft.email.strip() or None,
        "role": draft.role.strip() or None,
        "country": ctx.office.country,
    }
    staff_values = {
        "role": draft.role.strip() or None,
        "employment_start": draft.employment_start,
        "employment_end": draft.employment_end,
        "weekly_hours": draft.weekly_hours,
        "annual_productive_hours": draft.annual_productive_hours,
        "supervisor_id": draft.supervisor_id or None,
        "region": draft.region.strip().upper() or None,
    }
    with ctx.transaction() as session:
        if draft.supervisor_id:
            supervisor = get_staff(session, draft.supervisor_id)
            if staff_id is not None and supervisor.id == staff_id:
                raise ValidationError(
                    _one(
                        "supervisor_id",
                        Message(
                            QT_TRANSLATE_NOOP("messages", "a person cannot supervise themself")
                        ),
                    )
                )
        if staff_id is None:
            person = records.create(
                session,
                ctx,
                Person(
                    **person_values,
                    consent_given_on=ctx.now().date(),
                    consent_purpose=STAFF_PURPOSE,
                    consent_source=STAFF_SOURCE,
                ),
            )
            staff = records.create(session, ctx, StaffMember(person_id=person.id, **staff_values))
            return StaffSaved(staff.id, person.id, True)
        staff = get_staff(session, staff_id)
        records.ensure_owned(ctx, staff)
        person = records.get_live(session, Person, staff.person_id, "person")
        if person.erased_at is None:
            records.update_fields(session, ctx, person, person_values)
        records.update_fields(session, ctx, staff, staff_values)
        return StaffSaved(staff.id, person.id, False)


def _one(field_name: str, message: str) -> ValidationReport:
    report = ValidationReport()
    report.error(field_name, message)
    return report


def get_staff(session: Session, staff_id: str) -> StaffMember:
    return records.get_live(session, StaffMember, staff_id, "staff member")


def full_name(person: Person | None) -> str:
    if person is None:
        return "(unknown)"
    if person.erased_at is not None:
        return ERASED
    return f"{person.first_name} {person.last_name}".strip()


def _rows(session: Session, where: Sequence[ColumnElement[bool]]) -> list[StaffRow]:
    statement = (
        select(StaffMember, Person)
        .join(Person, Person.id == StaffMember.person_id)
        .where(StaffMember.deleted_at.is_(None), *where)
        .order_by(Person.last_name, Person.first_name)
    )
    pairs = session.execute(statement).all()
    names = {staff.id: full_name(person) for staff, person in pairs}
    missing = {
        s.supervisor_id for s, _p in pairs if s.supervisor_id and s.supervisor_id not in names
    }
    if missing:
        for staff, person in session.execute(
            select(StaffMember, Person)
            .join(Person, Person.id == StaffMember.person_id)
            .where(StaffMember.id.in_(missing))
        ):
            names[staff.id] = full_name(person)
    return [
        StaffRow(
            id=staff.id,
            person_id=person.id,
            office_id=staff.office_id,
            name=names[staff.id],
            role=staff.role or "",
            email=(person.email or "") if person.erased_at is None else "",
            employment_start=staff.employment_start,
            employment_end=staff.employment_end,
            weekly_hours=staff.weekly_hours,
            annual_productive_hours=staff.annual_productive_hours,
            supervisor_id=staff.supervisor_id,
            supervisor_name=names.get(staff.supervisor_id, "") if staff.supervisor_id else "",
            region=staff.region or "",
            erased=person.erased_at is not None,
        )
        for staff, person in pairs
    ]


def list_staff(ctx: AppContext, office: str | None = None) -> list[StaffRow]:
    """Staff of one office (this one by default), by name; `office="*"` for every office."""
    wanted = ctx.office_code if office is None else office.upper()
    where = [] if wanted == "*" else [StaffMember.office_id == wanted]
    with ctx.read() as session:
        return _rows(session, where)


def staff_row(session: Session, staff_id: str) -> StaffRow:
    rows = _rows(session, [StaffMember.id == staff_id])
    if not rows:
        raise NotFoundError(
            Message(QT_TRANSLATE_NOOP("messages", "no staff member with id {id}"), id=staff_id)
        )
    return rows[0]


def find_staff(ctx: AppContext, key: str) -> StaffRow:
    """A staff member by id, id prefix (8+ characters shown in lists), person id or
    exact name; a NotFoundError that says what matched otherwise."""
    key = key.strip()
    rows = list_staff(ctx, "*")
    exact = [r for r in rows if key in (r.id, r.person_id)]
    if exact:
        return exact[0]
    matches = [r for r in rows if len(key) >= 4 and r.id.startswith(key)] or [
        r for r in rows if r.name.casefold() == key.casefold()
    ]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFoundError(
            f"no staff member matches {key!r}; `blues timesheets staff` lists them with their ids"
        )
    raise NotFoundError(
        f"{key!r} matches {len(matches)} staff members "
        f"({', '.join(r.short_id + ' ' + r.name for r in matches[:5])}); give more of the id"
    )


def erase_staff(ctx: AppContext, staff_id: str, reason: str) -> StaffSaved:
    """GDPR erasure of a staff member's personal data (name, e-mail, role…).

    The staff record and the hours stay: they are the grant's accounting records, which
    must be kept for the EU's audits; they show "(erased)" from then on. The PDFs printed
    at approval that name the person are deleted (services/erasure.py says what else goes).
    """
    from blues_desktop.services.members.persons import erase_person

    if not reason.strip():
        raise ValidationError(
            _one(
                "reason",
                Message(
                    QT_TRANSLATE_NOOP("messages", "say on whose request and why the data is erased")
                ),
            )
        )
    with ctx.read() as session:
        staff = get_staff(session, staff_id)
        records.ensure_owned(ctx, staff)
        person_id = staff.person_id
    erase_person(ctx, person_id, reason.strip())
    return StaffSaved(staff_id, person_id, False, TIMESHEET_CHANGES | Changes.of(Kind.MEMBERS))
