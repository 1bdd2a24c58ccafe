"""A number kept although its check digit fails: flagged in the register, filterable,
listed in the export, kept when the record is edited, cleared when corrected."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from blues_desktop.documents.members_workbook import export_members
from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.organisations import OrganisationInput
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.editing import save_organisation
from blues_desktop.services.members.importing.commit import commit_import
from blues_desktop.services.members.importing.preview import preview_import
from blues_desktop.services.members.listing import (
    OrganisationFilter,
    list_organisations,
    organisation_detail,
)
from tests.member_files import write_xlsx


def _import(ctx: AppContext, tmp_path: Path) -> None:
    rows = [
        ["Razón social", "País", "NIF", "Número de registro"],
        ["Aguas del Ebro S.L.", "ES", "B12345674", None],
        ["Errata Hídrica S.L.", "ES", "B 1234 5675", None],
    ]
    commit_import(ctx, preview_import(ctx, write_xlsx(tmp_path / "socios.xlsx", {"S": rows})))


def test_the_flag_is_shown_filtered_and_exported(ctx: AppContext, tmp_path: Path) -> None:
    _import(ctx, tmp_path)
    everyone = list_organisations(ctx, OrganisationFilter())
    assert [(r.legal_name, r.vat_number, r.check_digit_fails) for r in everyone] == [
        ("Aguas del Ebro S.L.", "ESB12345674", ""),
        ("Errata Hídrica S.L.", "B 1234 5675", "check digit fails (VAT number)"),
    ]
    flagged = list_organisations(ctx, OrganisationFilter(check_digit_fails=True))
    assert [r.legal_name for r in flagged] == ["Errata Hídrica S.L."]
    export = export_members(ctx, tmp_path / "export.xlsx")
    sheet = load_workbook(export.path)["Organisations"]
    rows = list(sheet.values)
    assert rows[0][-1] == "Check digit"
    assert {r[0]: r[-1] for r in rows[1:]} == {
        "Aguas del Ebro S.L.": None,
        "Errata Hídrica S.L.": "check digit fails (VAT number)",
    }
    # the export imports back without change: its Check digit column is read past
    again = preview_import(ctx, export.path)
    assert again.counts() == "2 rows will be imported, 0 rows set aside"
    assert not [p for p in again.warnings if "not read" in p.message]
    assert all(o.existing_id and not o.changes for o in again.organisations)


def test_editing_keeps_the_flagged_number_and_a_correction_clears_it(
    ctx: AppContext, tmp_path: Path
) -> None:
    _import(ctx, tmp_path)
    (row,) = list_organisations(ctx, OrganisationFilter(check_digit_fails=True))
    data = OrganisationInput(
        row.legal_name, "sme", "ES", city="Zaragoza", vat_number=row.vat_number
    )
    save_organisation(ctx, data, row.id)  # another field edited: the number may stay
    detail = organisation_detail(ctx, row.id)
    assert detail is not None
    assert (detail.row.city, detail.row.vat_number) == ("Zaragoza", "B 1234 5675")
    assert detail.row.check_digit_fails == "check digit fails (VAT number)"
    with pytest.raises(ValidationError, match="not a valid VAT number"):
        save_organisation(ctx, replace(data, vat_number="B12345676"), row.id)  # a new typo
    with pytest.raises(ValidationError, match="not a valid VAT number"):
        save_organisation(ctx, replace(data, legal_name="Nueva S.L.", vat_number="B12345675"))
    save_organisation(ctx, replace(data, vat_number="B12345674"), row.id)
    detail = organisation_detail(ctx, row.id)
    assert detail is not None
    assert (detail.row.vat_number, detail.row.check_digit_fails) == ("ESB12345674", "")
