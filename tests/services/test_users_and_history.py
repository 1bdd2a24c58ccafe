"""Several users on one office's computer, who they are recorded as, and the History
that shows it: the acting user on edits, approvals and bundles, in words."""

from __future__ import annotations

import io
import re
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from blues_desktop.bundles.export import export_bundle
from blues_desktop.bundles.merge import import_bundle
from blues_desktop.documents.timesheet_pdf import render_timesheet
from blues_desktop.domain.errors import NotFoundError, ValidationError
from blues_desktop.domain.organisations import OrganisationInput
from blues_desktop.services import timesheets as ts
from blues_desktop.services.attachments import stored_path
from blues_desktop.services.context import AppContext, Installation
from blues_desktop.services.history import audit_listing, find_record, record_history
from blues_desktop.services.members.editing import save_organisation
from blues_desktop.services.users import acting_context, add_user, choose_user, list_users
from blues_desktop.store.models import AuditLog, BundleLog, BundleRecord
from tests.bundles.bundle_fixtures import make_offices
from tests.conftest import MakeEvent
from tests.services.test_timesheets_services import MARCH, a_clean_march, add_team

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def ebro(city: str = "Zaragoza", org_type: str = "sme") -> OrganisationInput:
    return OrganisationInput("Aguas del Ebro S.L.", org_type, "ES", city=city)


def test_first_user_then_more_users_with_the_last_one_remembered(
    installation: Installation, ctx: AppContext
) -> None:
    assert [u.name for u in list_users(installation)] == ["Ana García"]
    add_user(installation, "  Lucía   Ortega ", added_by=ctx.user_name)
    with pytest.raises(ValidationError, match="Lucía Ortega is already a user"):
        add_user(installation, "lucía ortega")
    with pytest.raises(ValidationError, match="give the user's name"):
        add_user(installation, "   ")
    assert installation.context().user_name == "Ana García"  # not chosen yet
    chosen = choose_user(installation, "LUCÍA ORTEGA")
    assert chosen.user_name == "Lucía Ortega"
    # remembered: the next start (or command) acts as Lucía
    assert installation.context().user_name == "Lucía Ortega"
    assert [u.name for u in list_users(installation)] == ["Lucía Ortega", "Ana García"]
    with pytest.raises(
        NotFoundError, match=r"Pedro is not a user .*users: Ana García, Lucía Ortega"
    ):
        acting_context(installation, "Pedro")
    assert acting_context(installation, None).user_name == "Lucía Ortega"
    with ctx.read() as session:
        added = session.scalars(select(AuditLog).where(AuditLog.action == "user-add")).one()
    assert added.user_name == "Ana García" and "Lucía Ortega" in added.changes


def test_an_approval_records_the_acting_user_not_the_supervisor(
    installation: Installation, ctx: AppContext
) -> None:
    _boss, officer = add_team(ctx)  # Begoña, supervised by Ramón Gil
    ts.save_month(ctx, officer, a_clean_march())
    ts.submit_month(ctx, officer, MARCH)
    add_user(installation, "Lucía Ortega", added_by=ctx.user_name)
    lucia = choose_user(installation, "Lucía Ortega")
    signed = ts.approve_month(lucia, officer, MARCH, render_timesheet)
    sheet = ts.load_month(lucia, officer, MARCH)
    assert sheet.approved_by == "Lucía Ortega"
    assert sheet.staff.supervisor_name == "Ramón Gil"  # still the one responsible
    assert signed.pdf_sha256 is not None
    reader = PdfReader(io.BytesIO(stored_path(lucia, signed.pdf_sha256).read_bytes()))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "by Lucía Ortega" in text
    assert "by Ramón Gil" not in text
    assert "Ramón Gil" in text  # the supervisor's signature box
    with lucia.read() as session:
        approval = session.scalars(select(AuditLog).where(AuditLog.reason == "approved")).one()
    assert approval.user_name == "Lucía Ortega"
    # the History of the month says who approved it, in words
    history = record_history(lucia, "timesheet_months", find_record(lucia, _month_id(lucia))[1])
    approved = [
        e for e in history.entries if "Status: Submitted → Approved (locked)" in e.change_lines()
    ]
    assert approved and approved[0].who == "Lucía Ortega"
    assert "Approved by: — → Lucía Ortega" in approved[0].change_lines()


def _month_id(ctx: AppContext) -> str:
    from blues_desktop.store.models import TimesheetMonth

    with ctx.read() as session:
        return session.scalars(select(TimesheetMonth.id)).one()


def test_history_of_an_edit_in_words(installation: Installation, ctx: AppContext) -> None:
    saved = save_organisation(ctx, ebro())
    add_user(installation, "Lucía Ortega", added_by=ctx.user_name)
    lucia = choose_user(installation, "Lucía Ortega")
    save_organisation(lucia, ebro(city="Huesca", org_type="rto"), saved.id)
    history = record_history(lucia, "organisations", saved.id)
    assert history.title == "Organisation Aguas del Ebro S.L."
    changed, created = history.entries
    assert (changed.who, changed.office, created.who) == ("Lucía Ortega", "ZIN", "Ana García")
    assert changed.what == "Changed: organisation Aguas del Ebro S.L."
    assert changed.change_lines() == [
        "Type: SME → Research or technology centre",
        "City: Zaragoza → Huesca",
    ]
    assert "Country: Spain" in created.change_lines()
    shown = repr(history.entries)
    for raw in ("org_type", "legal_name", "organisations", "'rto'", "name_key", "search_text"):
        assert raw not in shown
    assert not UUID.search(shown)
    # `blues audit` finds the same record by its name, and by kind and day
    assert find_record(lucia, "aguas del ebro s.l.") == ("organisations", saved.id)
    heading, listing = audit_listing(lucia, table="organisations", since=date(2020, 1, 1))
    assert heading == "Audit trail of organisations since 01 Jan 2020"
    assert [e.who for e in listing.entries] == ["Lucía Ortega", "Ana García"]
    with pytest.raises(ValidationError, match="'planets' is not a kind of record"):
        audit_listing(lucia, table="planets")


def test_bundles_record_who_sent_them_and_what_they_brought(tmp_path: Path) -> None:
    offices = make_offices(tmp_path)
    partner, coordinator = offices.partner, offices.coordinator
    saved = save_organisation(partner, ebro())
    save_organisation(partner, ebro(city="Huesca"), saved.id)
    bundle = export_bundle(partner, offices.out).path
    import_bundle(coordinator, bundle)
    with partner.read() as session:
        sent = session.scalars(select(BundleLog)).one()
    with coordinator.read() as session:
        received = session.scalars(select(BundleLog).where(BundleLog.direction == "import")).one()
        trail = session.scalars(
            select(BundleRecord).where(BundleRecord.record_id == saved.id)
        ).all()
    assert sent.user_name == "Begoña Ibáñez" and received.user_name == "Jörg Köhler"
    assert [(t.bundle_office, t.bundle_sequence, t.revision) for t in trail] == [("ZIN", 1, 2)]
    # at the coordinator, the partner's organisation tells where it came from
    history = record_history(coordinator, "organisations", saved.id)
    (merged,) = history.entries
    assert merged.what == "Merged from bundle 1 of ZIN: organisation Aguas del Ebro S.L."
    # who imported it, where; the change itself was made at ZIN
    assert (merged.who, merged.office, merged.reason) == ("Jörg Köhler", "BPT", "Changed at ZIN")
    assert merged.change_lines() == [f"Bundle file: {bundle.name}"]
    # a second import of the same file changes nothing, and adds no trail
    import_bundle(coordinator, bundle)
    with coordinator.read() as session:
        assert len(session.scalars(select(BundleRecord)).all()) == len(
            set(session.scalars(select(BundleRecord.record_id)))
        )
    # only imports leave a trail: a later change at the coordinator adds none
    with coordinator.read() as session:
        before = len(session.scalars(select(BundleRecord)).all())
    save_organisation(coordinator, OrganisationInput("Plasma Nord GmbH", "sme", "DE"))
    with coordinator.read() as session:
        assert len(session.scalars(select(BundleRecord)).all()) == before


def test_hours_changed_show_in_the_month_history(
    installation: Installation, ctx: AppContext
) -> None:
    from blues_desktop.services.history import month_history

    _boss, officer = add_team(ctx)
    hours = a_clean_march()
    ts.save_month(ctx, officer, hours)
    hours.set(date(2026, 3, 2), "WP3", D(5))
    ts.save_month(ctx, officer, hours)
    history = month_history(ctx, officer, MARCH)
    assert history.title == "Timesheet month Begoña Ibáñez, March 2026"
    changed, created, entered = history.entries  # one entry per save, a line per cell
    assert created.what == "Created: timesheet month Begoña Ibáñez, March 2026"
    assert changed.what == "Hours changed for Begoña Ibáñez"
    assert changed.change_lines() == ["2 March 2026, WP3 ClusterXchange pilot scheme: 4.50 → 5.00"]
    assert entered.what == "Hours entered for Begoña Ibáñez (44 cells)"
    assert "31 March 2026, Other activities not in BLUES: 3.00" in entered.change_lines()


def test_event_and_contact_histories_read_in_words(ctx: AppContext, make_event: MakeEvent) -> None:
    from blues_desktop.domain.persons import PersonInput
    from blues_desktop.services.members.persons import save_person

    event_id = make_event(ctx)
    event = record_history(ctx, "events", event_id)
    assert event.title == "Event Plasma surface treatment workshop (12 May 2026)"
    lines = [line for e in event.entries for line in e.change_lines()]
    assert {"Type: Workshop", "Country: Spain", "Starts: 09:00", "Ends: 13:00"} <= set(lines)
    org = save_organisation(ctx, ebro()).id
    person = save_person(ctx, PersonInput("Marta", "Sanz", org, language="es")).id
    save_person(ctx, PersonInput("Marta", "Sanz", org, language="en"), person)
    contact = record_history(ctx, "persons", person)
    assert contact.title == "Contact Marta Sanz"
    assert contact.entries[0].change_lines() == ["Language: Spanish → English"]
    assert "Organisation: Aguas del Ebro S.L." in contact.entries[1].change_lines()
    shown = repr(event.entries) + repr(contact.entries)
    assert not UUID.search(shown) and "new='workshop'" not in shown and "09:00:00" not in shown


def test_a_user_is_renamed_and_stays_the_current_user(installation: Installation) -> None:
    from blues_desktop.services.setup import initialise
    from blues_desktop.services.users import rename_user

    initialise(installation, "ZIN", "Ana Garcia")
    add_user(installation, "Luis Pérez", added_by="Ana Garcia")
    renamed = rename_user(installation, "ana garcia", "Ana García")
    assert renamed.user_name == "Ana García"
    assert installation.context().user_name == "Ana García"
    assert sorted(u.name for u in list_users(installation)) == ["Ana García", "Luis Pérez"]
    with pytest.raises(ValidationError, match="Luis Pérez is already a user"):
        rename_user(installation, "Ana García", "luis pérez")
    with pytest.raises(ValidationError, match="give the user's name"):
        rename_user(installation, "Ana García", "   ")
    assert installation.context().user_name == "Ana García"
