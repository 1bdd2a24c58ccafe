"""A GDPR erasure leaves the person nowhere: not in the record, not in its history in the
audit log, not in copies other tables keep, not in stored files (CVs, approved
timesheet PDFs), at the office and at the coordinator after the bundle arrived."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal as D
from pathlib import Path

from sqlalchemy import select

from blues_desktop.bundles.export import export_bundle
from blues_desktop.bundles.merge import import_bundle
from blues_desktop.documents.timesheet_pdf import render_timesheet
from blues_desktop.domain.events import DayDraft, EventDraft
from blues_desktop.domain.persons import PersonInput
from blues_desktop.services import events as ev
from blues_desktop.services import exchanges as cx
from blues_desktop.services import timesheets as ts
from blues_desktop.services.attachments import stored_path
from blues_desktop.services.audit import record_audit
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.persons import erase_person, save_person
from blues_desktop.store.models import Attachment, AuditLog, Person, TimesheetMonth
from tests.bundles.bundle_fixtures import make_offices
from tests.bundles.erasure_scan import everywhere
from tests.services.test_exchanges_workflow import parties, registration
from tests.services.test_timesheets_services import MARCH, a_clean_march

CONTACT = ("Wenceslava", "Quixbyrne", "w.quixbyrne@aguas-ebro.example", "976 415 332")
OLD_EMAIL = "wenceslava.q@old-mailbox.example"
ROLE = "Hydroponics scout"
STAFF = ("Ottoline", "Vexworth", "ottoline.vexworth@zinnae.example")
ERASED_STRINGS = (*CONTACT, OLD_EMAIL, ROLE, *STAFF)


def _contact_with_history(partner: AppContext, tmp_path: Path) -> tuple[str, str]:
    """A contact who changed e-mail, travelled with a CV and registered for an event."""
    p = parties(partner)
    first, last, email, phone = CONTACT
    person = save_person(
        partner,
        PersonInput(
            first, last, organisation_id=p["visitor"], role=ROLE, email=OLD_EMAIL,
            phone=f"+34 {phone}", consent_given_on=date(2026, 3, 1),
            consent_purpose="ClusterXchange", consent_source="registration form",
        ),
    ).id  # fmt: skip
    save_person(
        partner,
        PersonInput(
            first, last, organisation_id=p["visitor"], role=ROLE, email=email,
            phone=f"+34 {phone}", consent_given_on=date(2026, 3, 1),
            consent_purpose="ClusterXchange", consent_source="registration form",
        ),
        person,
    )  # fmt: skip
    cv = tmp_path / f"CV {first} {last}.pdf"
    cv.write_bytes(f"%PDF-1.4\n% Curriculum vitae of {first} {last}, {email}\n%%EOF\n".encode())
    exchange = cx.register(
        partner,
        registration(
            p,
            new_visitor_person=None,
            visitor_person_id=person,
            cv_path=cv,
            motivation=f"{first} {last} ({email}) wants to see how Płock runs its network",
        ),
    )
    event = ev.save_event(
        partner,
        EventDraft(
            title="Water reuse info day", event_type="info_day", work_package="WP2",
            start_date=date(2026, 5, 12), end_date=date(2026, 5, 12), city="Zaragoza",
            country="ES", days=(DayDraft(date(2026, 5, 12), time(9), time(13)),),
        ),
    ).event_id  # fmt: skip
    ev.register_persons(partner, event, [person])
    return person, exchange.exchange_id


def _staff_with_an_approved_month(partner: AppContext) -> str:
    first, last, email = STAFF
    boss = ts.save_staff(partner, ts.StaffDraft("Ramón", "Gil", date(2019, 1, 1), D(40)))
    staff = ts.save_staff(
        partner,
        ts.StaffDraft(
            first, last, date(2024, 2, 1), D("37.5"), email=email, role=ROLE,
            supervisor_id=boss.staff_id, region="AR",
        ),
    ).staff_id  # fmt: skip
    # she supervises a colleague: her name is on his approved month and its PDF
    colleague = ts.save_staff(
        partner,
        ts.StaffDraft("Piet", "Aalders", date(2025, 1, 1), D("37.5"), supervisor_id=staff),
    ).staff_id
    # each month is approved by its supervisor, at the keyboard as a user of this laptop
    for who, approver in ((staff, "Ramón Gil"), (colleague, f"{first} {last}")):
        ts.save_month(partner, who, a_clean_march())
        ts.submit_month(partner, who, MARCH)
        ts.approve_month(partner.installation.context(approver), who, MARCH, render_timesheet)
    assert ts.load_month(partner, colleague, MARCH).approved_by == f"{first} {last}"
    return staff


def test_erasure_leaves_no_trace_at_the_office_or_the_coordinator(tmp_path: Path) -> None:
    offices = make_offices(tmp_path)
    partner, coordinator = offices.partner, offices.coordinator
    person, _exchange = _contact_with_history(partner, tmp_path)
    staff = _staff_with_an_approved_month(partner)
    # the coordinator holds the person, the CV and the approved PDF before the erasure
    import_bundle(coordinator, export_bundle(partner, offices.out).path)
    assert everywhere(coordinator, ERASED_STRINGS), "the scan must see the data before erasure"
    assert everywhere(partner, ERASED_STRINGS)

    # the coordinator's own history of the person (a note made when the record came in)
    with coordinator.transaction() as session:
        record_audit(
            session, coordinator, "merge", "persons", person,
            {"first_name": CONTACT[0], "last_name": CONTACT[1], "email": CONTACT[2]},
            reason=f"{CONTACT[0]} {CONTACT[1]} arrived in ZIN's bundle 1",
        )  # fmt: skip
    erase_person(partner, person, f"asked by {CONTACT[0]} {CONTACT[1]} by phone")
    ts.erase_staff(partner, staff, f"{STAFF[0]} {STAFF[1]} left the office and asked")

    assert everywhere(partner, ERASED_STRINGS) == []
    # the fact of the changes and who made them stay in the history
    with partner.read() as session:
        history = session.scalars(
            select(AuditLog).where(AuditLog.record_id == person).order_by(AuditLog.id)
        ).all()
        cvs = session.scalars(select(Attachment).where(Attachment.kind == "cv")).all()
    assert [h.action for h in history] == ["create", "update", "update"]
    assert {h.user_name for h in history} == {"Begoña Ibáñez"}
    assert '"email": ["(erased)", "(erased)"]' in history[1].changes
    assert all(
        a.deleted_at is not None and not stored_path(partner, a.sha256).exists() for a in cvs
    )

    merged = import_bundle(coordinator, export_bundle(partner, offices.out).path)
    assert merged.counts["persons"].updated == 2
    assert merged.counts["exchanges"].updated == 1  # its motivation named her
    assert everywhere(coordinator, ERASED_STRINGS) == []
    with coordinator.read() as session:
        arrived = session.get(Person, person)
        assert arrived is not None and arrived.erased_at is not None
        note = session.scalars(select(AuditLog).where(AuditLog.action == "merge")).one()
    assert (note.record_id, note.user_name, note.reason) == (
        person,
        "Jörg Köhler",
        "(erased) arrived in ZIN's bundle 1",
    )
    # the hours stay: they are the grant's accounting records
    assert ts.load_month(coordinator, staff, MARCH).hours.row_total("WP3") == D("99.00")
    with coordinator.read() as session:
        months = session.scalars(select(TimesheetMonth)).all()
    # both months stay approved, with their hours sealed; the PDFs that named her are gone
    assert sorted((m.status, m.approved_by, m.pdf_sha256) for m in months) == [
        ("approved", "(erased)", None),
        ("approved", "Ramón Gil", None),
    ]
    assert all(m.content_sha256 for m in months)
