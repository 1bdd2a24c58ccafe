"""The member export as users open it: in a spreadsheet read with openpyxl, and in
LibreOffice (converted headless and read back), with real dates, the frozen header, the
widths, the flag column and the contacts a GDPR-minimised export may show."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from blues_desktop.documents.members_workbook import (
    CONTACT_HEADERS,
    CONTACT_WIDTHS,
    EXPORT_HEADERS,
    EXPORT_WIDTHS,
    export_members,
)
from blues_desktop.documents.streamed_workbook import add_streamed_sheet, streamed_workbook
from blues_desktop.domain.errors import StorageError
from blues_desktop.domain.organisations import OrganisationInput
from blues_desktop.domain.persons import PersonInput
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.editing import save_organisation
from blues_desktop.services.members.importing.commit import commit_import
from blues_desktop.services.members.importing.preview import preview_import
from blues_desktop.services.members.persons import erase_person, save_person
from tests.conftest import require_tool
from tests.member_files import convert, write_xlsx


def _register(ctx: AppContext, tmp_path: Path) -> None:
    # a VAT number kept as typed although its check digit fails comes in by an import
    rows = [["Razón social", "País", "NIF"], ["Errata Hídrica S.L.", "ES", "B 1234 5675"]]
    commit_import(ctx, preview_import(ctx, write_xlsx(tmp_path / "socios.xlsx", {"S": rows})))
    ebro = save_organisation(
        ctx,
        OrganisationInput(
            "Aguas del Ebro S.L.", "sme", "ES", city="Zaragoza", member_since=date(2018, 3, 1)
        ),
    ).id
    brno = save_organisation(
        ctx,
        OrganisationInput(
            "Brněnský vodní klastr z.s.",
            "cluster",
            "CZ",
            city="Brno",
            member_since=date(2021, 1, 15),
            member_until=date(2026, 12, 31),
            notes="=1+1 (a note typed like a formula)",
        ),
    ).id
    consented = date(2026, 5, 4)
    for first, last, org in [
        ("Lucía", "Pérez", ebro),
        ("Ana", "Alonso", ebro),
        ("Petr", "Dvořák", brno),
    ]:
        save_person(
            ctx,
            PersonInput(
                first,
                last,
                organisation_id=org,
                email=f"{first.lower()}@example.eu",
                consent_given_on=consented,
                consent_purpose="member news",
            ),
        )
    save_person(ctx, PersonInput("Noconsent", "Nowak", organisation_id=brno))
    erased = save_person(
        ctx, PersonInput("Eva", "Erased", organisation_id=brno, consent_given_on=consented)
    )
    erase_person(ctx, erased.id, "asked by e-mail")


def _widths(sheet: Worksheet) -> list[float]:
    """Each column's width, also where the file gives neighbours of one width together."""
    shown: dict[int, float] = {}
    for group in sheet.column_dimensions.values():
        for index in range(group.min, group.max + 1):
            shown[index] = group.width
    return [shown[index] for index in sorted(shown)]


def _values(sheet: Worksheet) -> list[tuple[object, ...]]:
    return [tuple(row) for row in sheet.iter_rows(values_only=True)]


def test_the_export_as_openpyxl_and_libreoffice_read_it(ctx: AppContext, tmp_path: Path) -> None:
    _register(ctx, tmp_path)
    export = export_members(ctx, tmp_path / "members.xlsx")
    assert (export.organisations, export.contacts, export.contacts_left_out) == (3, 3, 2)

    book = load_workbook(export.path)
    assert book.sheetnames == ["Organisations", "Contacts"]
    orgs, contacts = book["Organisations"], book["Contacts"]
    for sheet, headers, widths in [
        (orgs, EXPORT_HEADERS, EXPORT_WIDTHS),
        (contacts, CONTACT_HEADERS, CONTACT_WIDTHS),
    ]:
        assert sheet.freeze_panes == "A2"
        header = sheet[1]
        assert [c.value for c in header] == headers
        assert all(c.font.b and c.fill.fgColor.rgb[-6:] == "DDE4EE" for c in header)
        assert _widths(sheet) == widths

    rows = _values(orgs)
    assert rows[1][:7] == (
        "Aguas del Ebro S.L.", None, "SME", "ES", "Spain", None, "Zaragoza",
    )  # fmt: skip
    assert rows[2][:5] == (
        "Brněnský vodní klastr z.s.",
        None,
        "Cluster organisation",
        "CZ",
        "Czechia",
    )
    # a formula typed into a field stays text
    assert rows[2][EXPORT_HEADERS.index("Notes")] == "'=1+1 (a note typed like a formula)"
    since, until = EXPORT_HEADERS.index("Member since"), EXPORT_HEADERS.index("Member until")
    assert (rows[1][since], rows[1][until]) == (datetime(2018, 3, 1), None)
    assert (rows[2][since], rows[2][until]) == (datetime(2021, 1, 15), datetime(2026, 12, 31))
    date_cell = orgs.cell(row=2, column=since + 1)
    assert date_cell.is_date and date_cell.number_format == "yyyy-mm-dd"
    assert [r[-1] for r in rows[1:]] == [None, None, "check digit fails (VAT number)"]
    assert rows[3][EXPORT_HEADERS.index("VAT number")] == "B 1234 5675"  # as typed

    # by organisation, then last and first name; the unconsented and the erased left out
    assert [r[:3] for r in _values(contacts)[1:]] == [
        ("Aguas del Ebro S.L.", "Ana", "Alonso"),
        ("Aguas del Ebro S.L.", "Lucía", "Pérez"),
        ("Brněnský vodní klastr z.s.", "Petr", "Dvořák"),
    ]
    first = _values(contacts)[1]
    assert first[7:] == (datetime(2026, 5, 4), "member news", None, "no", "ZIN")
    assert contacts.cell(row=2, column=8).is_date

    # LibreOffice opens it and keeps what it holds: saved again as .xlsx and read back
    # (a headless conversion has no window, so it keeps no view settings such as the
    # frozen header: that is checked in the file itself, above)
    require_tool("soffice")
    again = load_workbook(convert(export.path, tmp_path / "lo", "xlsx:Calc MS Excel 2007 XML"))
    assert again.sheetnames == ["Organisations", "Contacts"]
    assert _values(again["Organisations"]) == rows
    assert _values(again["Contacts"]) == _values(contacts)
    shown = again["Organisations"].cell(row=3, column=until + 1)
    assert shown.is_date and shown.number_format.lower().replace("\\", "") == "yyyy-mm-dd"


def test_an_export_that_fails_leaves_the_old_file_and_no_row_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # where the row files go
    target = tmp_path / "members.xlsx"
    target.write_bytes(b"last week's export")

    def rows() -> Iterator[list[object]]:
        yield ["Aguas del Ebro S.L.", date(2018, 3, 1)]
        raise OSError(28, "No space left on device")

    with pytest.raises(StorageError, match="the disk is full"), streamed_workbook(target) as book:
        add_streamed_sheet(
            book, "Organisations", ["Legal name", "Member since"], rows(), widths=[40, 12]
        )
    assert target.read_bytes() == b"last week's export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["members.xlsx", "scratch"]
    assert list(scratch.iterdir()) == []


def test_an_export_into_a_missing_folder_says_so(ctx: AppContext, tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="the folder does not exist"):
        export_members(ctx, tmp_path / "missing" / "members.xlsx")
    assert not (tmp_path / "missing").exists()
