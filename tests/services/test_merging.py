"""Merging without loss: every differing field side by side, chosen per field, for
organisations and for people; what points to the merged record moves; the merge travels
in a bundle; another office's records are never merged."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from blues_desktop.bundles.export import export_bundle
from blues_desktop.bundles.merge import import_bundle
from blues_desktop.domain.errors import PermissionDeniedError, ValidationError
from blues_desktop.domain.organisations import OrganisationInput
from blues_desktop.domain.persons import PersonInput
from blues_desktop.services import records
from blues_desktop.services.context import AppContext
from blues_desktop.services.history import record_history
from blues_desktop.services.members.editing import save_organisation
from blues_desktop.services.members.merging import (
    KEPT,
    OTHER,
    merge_organisations,
    merge_persons,
    organisation_merge_plan,
    person_merge_plan,
)
from blues_desktop.services.members.persons import save_person
from blues_desktop.store.models import (
    Attendance,
    Event,
    EventDay,
    Exchange,
    Organisation,
    Person,
    Registration,
)
from tests.bundles.bundle_fixtures import make_offices


def test_organisation_merge_shows_each_difference_and_takes_the_chosen_value(
    ctx: AppContext,
) -> None:
    kept = save_organisation(ctx, OrganisationInput(
        "PLASMA-TECHNIK G.m.b.H.", "sme", "DE", city="Greifswald", website="plasma.de"))  # fmt: skip
    other = save_organisation(ctx, OrganisationInput(
        "Plasma Technik GmbH", "large", "DE", city="Stralsund", vat_number="DE136695976",
        member_since=date(2023, 1, 1), website="plasma.de"))  # fmt: skip
    plan = organisation_merge_plan(ctx, kept.id, other.id)
    assert [(f.label, f.kept, f.other, f.default) for f in plan.fields] == [
        ("Legal name", "PLASMA-TECHNIK G.m.b.H.", "Plasma Technik GmbH", KEPT),
        ("Type", "SME", "Large company", KEPT),
        ("City", "Greifswald", "Stralsund", KEPT),
        ("VAT number", "", "DE136695976", OTHER),
        ("Member since", "", "2023-01-01", OTHER),
    ]  # the website is the same: not shown
    result = merge_organisations(ctx, kept.id, other.id, {"legal_name", "city", "vat_number"})
    assert result.fields_filled == ("city", "legal_name", "vat_number")
    with ctx.read() as session:
        org = session.get(Organisation, kept.id)
        gone = session.get(Organisation, other.id)
    assert org is not None and gone is not None
    assert (org.legal_name, org.city, org.vat_number, org.org_type, org.member_since) == (
        "Plasma Technik GmbH", "Stralsund", "DE136695976", "sme", None,
    )  # fmt: skip
    assert org.name_key == "plasma technik" and "stralsund" in org.search_text
    assert gone.merged_into_id == kept.id and gone.deleted_at is not None
    # the History says which record it went into by name and city, never by its id
    reasons = {e.reason for e in record_history(ctx, "organisations", other.id).entries}
    assert "Merged into Plasma Technik GmbH, Stralsund" in reasons
    assert not any(kept.id in reason for reason in reasons)


def _event_day(ctx: AppContext, title: str) -> tuple[str, str]:
    with ctx.transaction() as session:
        event = records.create(session, ctx, Event(
            title=title, event_type="workshop", work_package="WP3",
            start_date=date(2026, 5, 4), end_date=date(2026, 5, 5)))  # fmt: skip
        days = [
            records.create(session, ctx, EventDay(event_id=event.id, day=date(2026, 5, d)))
            for d in (4, 5)
        ]
        return event.id, ",".join(d.id for d in days)


def _register(ctx: AppContext, event_id: str, person_id: str, day_ids: list[str]) -> str:
    with ctx.transaction() as session:
        registration = records.create(session, ctx, Registration(
            event_id=event_id, person_id=person_id, registered_on=date(2026, 4, 1)))  # fmt: skip
        for day in day_ids:
            records.create(session, ctx, Attendance(
                registration_id=registration.id, event_day_id=day, present=True))  # fmt: skip
        return registration.id


def test_person_merge_moves_registrations_exchange_roles_and_consent(
    ctx: AppContext, tmp_path: Path
) -> None:
    org = save_organisation(ctx, OrganisationInput("Aguas del Ebro S.L.", "sme", "ES")).id
    kept = save_person(ctx, PersonInput("Lucía", "Pérez", organisation_id=org,
                                        email="lucia@ebro.es", role="CEO")).id  # fmt: skip
    other = save_person(ctx, PersonInput(
        "Lucia", "Pérez Gómez", organisation_id=org, email="l.perez@ebro.es", phone="+34 976 000",
        consent_given_on=date(2025, 3, 1), consent_purpose="newsletter",
        consent_source="form")).id  # fmt: skip
    shared, shared_days = _event_day(ctx, "Water days")
    alone, alone_days = _event_day(ctx, "Plasma school")
    _register(ctx, shared, kept, shared_days.split(",")[:1])
    _register(ctx, shared, other, shared_days.split(","))  # both registered: days join
    _register(ctx, alone, other, alone_days.split(",")[1:])
    with ctx.transaction() as session:
        session.add(Exchange(id="00000000-0000-0000-0000-00000000e001", office_id="ZIN",
                             created_at=ctx.now(), updated_at=ctx.now(), revision=9999,
                             reference="ZIN-X-2026-001", number=1, year=2026,
                             visitor_org_id=org, visitor_person_id=other,
                             visitor_partnership="ZIN"))  # fmt: skip

    plan = person_merge_plan(ctx, kept, other)
    assert [(f.label, f.kept, f.other, f.default) for f in plan.fields] == [
        ("First name", "Lucía", "Lucia", KEPT),
        ("Last name", "Pérez", "Pérez Gómez", KEPT),
        ("Role", "CEO", "", KEPT),
        ("E-mail", "lucia@ebro.es", "l.perez@ebro.es", KEPT),
        ("Phone", "", "+34 976 000", OTHER),
        ("Consent", "", "given on 2025-03-01 for newsletter (form)", OTHER),
    ]
    assert plan.moves == ("2 event registrations", "1 exchange")
    result = merge_persons(ctx, kept, other, {"last_name", "phone", "consent"})
    assert (result.registrations_moved, result.exchanges_moved) == (2, 1)
    with ctx.read() as session:
        person = session.get(Person, kept)
        gone = session.get(Person, other)
        assert person is not None and gone is not None
        assert (person.first_name, person.last_name, person.email, person.phone, person.role) == (
            "Lucía", "Pérez Gómez", "lucia@ebro.es", "+34 976 000", "CEO",
        )  # fmt: skip
        assert (person.consent_given_on, person.consent_purpose, person.consent_source) == (
            date(2025, 3, 1), "newsletter", "form",
        )  # fmt: skip
        assert gone.merged_into_id == kept and gone.deleted_at is not None
        live = session.scalars(select(Registration).where(Registration.deleted_at.is_(None))).all()
        assert sorted((r.event_id == shared, r.person_id) for r in live) == [
            (False, kept), (True, kept),
        ]  # fmt: skip
        on_shared = next(r for r in live if r.event_id == shared)
        days = session.scalars(select(Attendance.event_day_id).where(
            Attendance.registration_id == on_shared.id, Attendance.deleted_at.is_(None))).all()  # fmt: skip
        assert sorted(days) == sorted(shared_days.split(","))  # both days, each once
        exchange = session.get(Exchange, "00000000-0000-0000-0000-00000000e001")
        assert exchange is not None and exchange.visitor_person_id == kept
    with pytest.raises(ValidationError, match="merged into itself"):
        merge_persons(ctx, kept, kept)


def test_the_merge_travels_in_a_bundle_and_other_offices_records_stay(tmp_path: Path) -> None:
    offices = make_offices(tmp_path)
    partner = offices.partner
    org = save_organisation(partner, OrganisationInput("Aguas del Ebro S.L.", "sme", "ES")).id
    kept = save_person(partner, PersonInput("Lucía", "Pérez", organisation_id=org)).id
    other = save_person(partner, PersonInput("Lucia", "Perez", organisation_id=org,
                                             email="lucia@ebro.es")).id  # fmt: skip
    import_bundle(offices.coordinator, export_bundle(partner, offices.out).path)
    with pytest.raises(PermissionDeniedError, match="belongs to office ZIN"):
        merge_persons(offices.coordinator, kept, other)  # the coordinator only links
    merge_persons(partner, kept, other)
    import_bundle(offices.coordinator, export_bundle(partner, offices.out).path)
    with offices.coordinator.read() as session:
        person = session.get(Person, kept)
        gone = session.get(Person, other)
    assert person is not None and person.email == "lucia@ebro.es"  # filled from the other
    assert gone is not None and gone.merged_into_id == kept and gone.deleted_at is not None
