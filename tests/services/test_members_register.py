from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from blues_desktop.documents.members_workbook import export_members
from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.organisations import OrganisationInput
from blues_desktop.services import records
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.editing import (
    delete_organisation,
    save_organisation,
    undo_delete,
)
from blues_desktop.services.members.listing import (
    OrganisationFilter,
    count_organisations,
    list_organisations,
)
from blues_desktop.services.members.persons import erase_person
from blues_desktop.store.models import AuditLog, Organisation, Person


def test_save_validates_and_reports_likely_duplicates(ctx: AppContext) -> None:
    with pytest.raises(ValidationError, match="VAT number"):
        save_organisation(
            ctx, OrganisationInput("Aguas del Ebro S.L.", "sme", "ES", vat_number="B12345675")
        )
    with ctx.read() as session:
        assert session.scalars(select(Organisation)).all() == []
    first = save_organisation(
        ctx,
        OrganisationInput(
            "Aguas del Ebro S.L.", "sme", "ES", city="Zaragoza", vat_number="B12345674"
        ),
    )
    assert first.duplicates == ()
    second = save_organisation(ctx, OrganisationInput("AGUAS DEL EBRO, SL", "sme", "ES"))
    assert [d.id for d in second.duplicates] == [first.id]
    third = save_organisation(
        ctx, OrganisationInput("Ebro Water", "sme", "ES", vat_number="ESB12345674")
    )
    assert "VAT number (ESB12345674)" in [m for d in third.duplicates for m in d.likeness.matched]


def test_search_filters_delete_and_undo(ctx: AppContext) -> None:
    saved = save_organisation(
        ctx, OrganisationInput("Wójcik Systemy Informatyczne Sp. z o.o.", "sme", "PL", city="Radom")
    )
    save_organisation(ctx, OrganisationInput("Plasma Technik GmbH", "rto", "DE", city="Greifswald"))
    assert [r.legal_name for r in list_organisations(ctx, OrganisationFilter(search="wojcik"))] == [
        "Wójcik Systemy Informatyczne Sp. z o.o."
    ]
    assert count_organisations(ctx, OrganisationFilter(search="greifs")) == 1
    assert count_organisations(ctx, OrganisationFilter(org_type="rto")) == 1
    delete_organisation(ctx, saved.id)
    assert count_organisations(ctx, OrganisationFilter()) == 1
    undo_delete(ctx, saved.id)
    assert count_organisations(ctx, OrganisationFilter(country="PL")) == 1


def test_erasing_a_person_keeps_the_row_and_audits_it(ctx: AppContext) -> None:
    org = save_organisation(ctx, OrganisationInput("Eaux Thermales SAS", "sme", "FR"))
    with ctx.transaction() as session:
        person = records.create(
            session,
            ctx,
            Person(
                first_name="Hélène",
                last_name="Dupré",
                email="helene@example.eu",
                organisation_id=org.id,
            ),
        )
    erase_person(ctx, person.id, "asked by e-mail on 2026-11-20")
    with ctx.read() as session:
        erased = session.get(Person, person.id)
        audit = session.scalars(
            select(AuditLog).where(AuditLog.record_id == person.id, AuditLog.action == "update")
        ).one()
    assert (
        erased is not None
        and erased.first_name == "(erased)"
        and erased.email is None
        and erased.erased_at is not None
    )
    assert audit.reason == "asked by e-mail on 2026-11-20"


def test_export_escapes_formulas_and_leaves_out_contacts_without_consent(
    ctx: AppContext, tmp_path: Path
) -> None:
    org = save_organisation(ctx, OrganisationInput('=HYPERLINK("x") Ltd', "sme", "IE"))
    with ctx.transaction() as session:
        records.create(
            session,
            ctx,
            Person(
                first_name="Ana",
                last_name="Peña",
                organisation_id=org.id,
                consent_given_on=ctx.now().date(),
            ),
        )
        records.create(
            session, ctx, Person(first_name="Noconsent", last_name="Person", organisation_id=org.id)
        )
    result = export_members(ctx, tmp_path / "members.xlsx")
    assert (result.organisations, result.contacts, result.contacts_left_out) == (1, 1, 1)
    book = load_workbook(tmp_path / "members.xlsx")
    assert book["Organisations"]["A2"].value == '\'=HYPERLINK("x") Ltd'
    assert book["Organisations"]["A2"].data_type == "s"
    assert [c.value for c in book["Contacts"][2]][1:3] == ["Ana", "Peña"]
    assert book["Organisations"].freeze_panes == "A2"
    everyone = export_members(ctx, tmp_path / "all.xlsx", include_unconsented=True)
    assert everyone.contacts == 2


def test_merge_moves_contacts_and_leaves_a_pointer(ctx: AppContext) -> None:
    from blues_desktop.domain.persons import PersonInput
    from blues_desktop.services.members.duplicates import merge_organisations
    from blues_desktop.services.members.persons import save_person

    kept = save_organisation(ctx, OrganisationInput("Aguas del Ebro S.L.", "sme", "ES"))
    other = save_organisation(ctx, OrganisationInput("AGUAS DEL EBRO, SL", "sme", "ES"))
    assert [d.id for d in other.duplicates] == [kept.id]
    person = save_person(
        ctx, PersonInput("Lucía", "Pérez", organisation_id=other.id, email="lucia@ebro.es")
    )  # noqa: E501
    result = merge_organisations(ctx, kept.id, other.id)
    assert result.contacts_moved == 1
    with ctx.read() as session:
        moved = session.get(Person, person.id)
        gone = session.get(Organisation, other.id)
    assert moved is not None and moved.organisation_id == kept.id
    assert gone is not None and gone.merged_into_id == kept.id and gone.deleted_at is not None
    assert [r.id for r in list_organisations(ctx, OrganisationFilter(search="ebro"))] == [kept.id]
    with pytest.raises(ValidationError, match="merged into itself"):
        merge_organisations(ctx, kept.id, kept.id)


def test_merge_fills_what_the_kept_record_lacks(ctx: AppContext) -> None:
    from datetime import date

    from blues_desktop.services.members.duplicates import merge_organisations

    kept = save_organisation(
        ctx, OrganisationInput("PLASMA-TECHNIK G.m.b.H.", "sme", "DE", city="Greifswald")
    )
    other = save_organisation(
        ctx,
        OrganisationInput(
            "Plasma Technik GmbH", "sme", "DE", city="Stralsund", vat_number="DE136695976",
            member_since=date(2023, 1, 1),
        ),
    )  # fmt: skip
    assert [d.id for d in other.duplicates] == [kept.id]
    result = merge_organisations(ctx, kept.id, other.id)
    assert set(result.fields_filled) == {"vat_number", "member_since"}
    with ctx.read() as session:
        org = session.get(Organisation, kept.id)
    assert org is not None and org.vat_number == "DE136695976"
    assert org.member_since == date(2023, 1, 1) and org.city == "Greifswald"  # kept wins
    found = list_organisations(ctx, OrganisationFilter(search="DE136695976"))
    assert [r.id for r in found] == [kept.id]


def test_undo_brings_back_the_last_delete_only(ctx: AppContext) -> None:
    a = save_organisation(ctx, OrganisationInput("Alpha Water SAS", "sme", "FR"))
    b = save_organisation(ctx, OrganisationInput("Beta Plasma SARL", "sme", "FR"))
    delete_organisation(ctx, a.id)
    delete_organisation(ctx, b.id)
    assert undo_delete(ctx).id == b.id
    assert [r.legal_name for r in list_organisations(ctx, OrganisationFilter())] == [
        "Beta Plasma SARL"
    ]  # noqa: E501


def test_a_contact_is_checked_at_its_fields(ctx: AppContext) -> None:
    from blues_desktop.domain.persons import PersonInput
    from blues_desktop.services.members.persons import save_person

    with pytest.raises(ValidationError) as caught:
        save_person(ctx, PersonInput("", "", email="no at sign", language="xx"))
    fields = {r.field for r in caught.value.report.errors}
    assert fields == {"email", "language"}
    shared = save_person(ctx, PersonInput("", "", email="info@klaster.pl"))
    with ctx.read() as session:
        stored = session.get(Person, shared.id)
    assert stored is not None and stored.email == "info@klaster.pl"


def test_other_offices_records_cannot_be_changed(ctx: AppContext) -> None:
    from blues_desktop.domain.errors import PermissionDeniedError

    saved = save_organisation(ctx, OrganisationInput("Eaux Thermales SAS", "sme", "FR"))
    with ctx.transaction() as session:
        org = session.get(Organisation, saved.id)
        assert org is not None
        org.office_id = "BPT"  # as if it had arrived in the coordinator's bundle
    with pytest.raises(PermissionDeniedError, match="belongs to office BPT"):
        save_organisation(ctx, OrganisationInput("Eaux Thermales SA", "sme", "FR"), saved.id)


def test_search_finds_vat_numbers_short_names_and_contact_addresses(ctx: AppContext) -> None:
    from blues_desktop.domain.persons import PersonInput
    from blues_desktop.services.members.persons import save_person

    plasma = save_organisation(ctx, OrganisationInput(
        "Plasma Technik GmbH", "rto", "DE", city="Greifswald", vat_number="136695976",
        short_name="PTG",
    ))  # fmt: skip
    save_organisation(ctx, OrganisationInput("Łódź Water 100% S.A.", "sme", "PL", city="Łódź"))
    save_person(ctx, PersonInput("Jörg", "Köhler", organisation_id=plasma.id, email="jk@ptg.de"))

    def names(text: str) -> list[str]:
        return [r.legal_name for r in list_organisations(ctx, OrganisationFilter(search=text))]

    assert names("DE1366") == ["Plasma Technik GmbH"]
    assert names("ptg") == ["Plasma Technik GmbH"]
    assert names("jk@ptg") == ["Plasma Technik GmbH"]
    assert names("LODZ") == ["Łódź Water 100% S.A."]
    assert names("100%") == ["Łódź Water 100% S.A."]
    assert names("0%w") == []  # punctuation never works as a wildcard
