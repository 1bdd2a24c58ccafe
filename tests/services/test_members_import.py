from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from blues_desktop.documents.members_import_files import write_problem_report
from blues_desktop.documents.members_workbook import export_members, write_import_template
from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.organisations import OrganisationInput
from blues_desktop.services import records
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.editing import save_organisation
from blues_desktop.services.members.importing.commit import commit_import
from blues_desktop.services.members.importing.preview import preview_import
from blues_desktop.store.backup import list_backups
from blues_desktop.store.models import AuditLog, Organisation, Person


def messy_workbook(path: Path) -> Path:
    """What a partner's member list looks like: a title, a two-row header with merged
    cells, German headers, serial dates, numbers as text, stray spaces, empty and
    repeated rows, and a hidden sheet."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Mitglieder"
    sheet.append(["Mitgliederliste Cluster Berlin-Brandenburg 2024"])
    sheet.merge_cells("A1:H1")
    sheet.append([])
    sheet.append(
        [
            "Firmenname",
            "Land",
            "Stadt",
            "USt-IdNr.",
            "Ansprechpartner",
            None,
            None,
            "Mitglied seit",
            "Typ",
        ]
    )  # noqa: E501
    sheet.merge_cells("E3:G3")
    for column in "ABCDHI":
        sheet.merge_cells(f"{column}3:{column}4")
    sheet["E4"], sheet["F4"], sheet["G4"] = "Vorname", "Nachname", "E-Mail"
    juergen = [
        "Plasma Technik GmbH  ",
        "Deutschland",
        "Greifswald",
        "136695976",
        "Jürgen",
        "Weiß",
        "jw@plasma-technik.de ",
        44927,
        "KMU",
    ]
    sheet.append(juergen)
    sheet.append([None] * 9)
    sheet.append(
        [
            "Wasser Werk Leipzig AG",
            "DE",
            " Leipzig",
            None,
            "Anna",
            "Nowak",
            "anna@wasserwerk.de",
            "01.03.2021",
            "Großunternehmen",
        ]
    )  # noqa: E501
    sheet.append(juergen)  # the same row again, as lists copied twice have it
    sheet.append(
        [
            "Plasma Technik GmbH",
            "Deutschland",
            "Greifswald",
            "136695976",
            "Petra",
            "Šimková",
            "ps@plasma-technik.de",
            44927,
            "KMU",
        ]
    )  # noqa: E501
    hidden = book.create_sheet("Alt")
    hidden.append(["Firmenname", "Land"])
    hidden.append(["Old Member GmbH", "DE"])
    hidden.sheet_state = "hidden"
    book.save(path)
    return path


def organisations(ctx: AppContext) -> dict[str, Organisation]:
    with ctx.read() as session:
        return {o.legal_name: o for o in session.scalars(select(Organisation))}


def count(ctx: AppContext, model: type) -> int:
    with ctx.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_a_messy_german_workbook_is_read_as_the_user_means_it(
    ctx: AppContext, tmp_path: Path
) -> None:
    preview = preview_import(ctx, messy_workbook(tmp_path / "mitglieder.xlsx"))
    assert preview.mappings[0].header_row == 4
    assert "sheet 'Alt' is hidden and was skipped" in preview.notes
    assert preview.ok, preview.problems
    assert [str(p) for p in preview.problems] == [
        "sheet 'Mitglieder', row 8: the same as row 5; skipped"
    ]
    assert count(ctx, Organisation) == 0  # nothing written before commit
    result = commit_import(ctx, preview)
    assert (result.organisations_created, result.contacts_created) == (2, 3)
    # the database as it was before is kept, for "I imported the wrong file"
    (backup,) = [b for b in list_backups(ctx.paths.backups) if "before-import" in b.reason]
    assert backup.reason == "before-import-mitglieder" and backup.path.stat().st_size > 0
    orgs = organisations(ctx)
    plasma = orgs["Plasma Technik GmbH"]
    assert (plasma.country, plasma.city, plasma.vat_number) == ("DE", "Greifswald", "DE136695976")
    assert plasma.member_since == date(2023, 1, 1)
    assert plasma.org_type == "sme" and plasma.office_id == "ZIN"
    water = orgs["Wasser Werk Leipzig AG"]
    assert (water.city, water.member_since, water.org_type) == (
        "Leipzig",
        date(2021, 3, 1),
        "large",
    )
    with ctx.read() as session:
        people = session.scalars(select(Person).where(Person.organisation_id == plasma.id)).all()
        audited = session.scalar(
            select(func.count())
            .select_from(AuditLog)
            .where(AuditLog.reason == "import from mitglieder.xlsx")
        )
    assert sorted((p.first_name, p.last_name, p.email) for p in people) == [
        ("Jürgen", "Weiß", "jw@plasma-technik.de"),
        ("Petra", "Šimková", "ps@plasma-technik.de"),
    ]
    assert audited == 5
    again = preview_import(ctx, tmp_path / "mitglieder.xlsx")
    assert again.summary().startswith(
        "4 rows read: 0 new and 0 changed organisations, 0 new and 0 changed contacts"
    )  # noqa: E501


def test_a_cp1250_csv_with_semicolons(ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "clenove.csv"
    text = (
        "Název firmy;Země;Město;DIČ;Jméno;Příjmení;E-mail;Členem od\r\n"
        "Nanotechnologie Liberec s.r.o.;CZ;Liberec;CZ25123891;Jiří;Dvořák;jiri@nano.cz;15.03.2022\r\n"
        "Vodárny Žďár a.s.;Česko;Žďár nad Sázavou;;Květa;Řeháková;kveta@vodarny.cz;2020-01-31\r\n"
    )
    path.write_bytes(text.encode("cp1250"))
    preview = preview_import(ctx, path)
    assert preview.ok, preview.problems
    commit_import(ctx, preview)
    orgs = organisations(ctx)
    assert orgs["Vodárny Žďár a.s."].city == "Žďár nad Sázavou"
    assert orgs["Nanotechnologie Liberec s.r.o."].member_since == date(2022, 3, 15)
    with ctx.read() as session:
        assert {p.last_name for p in session.scalars(select(Person))} == {"Dvořák", "Řeháková"}


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504), "password-protected"),
        (b"PK\x03\x04 this zip was cut off in the middle", "damaged"),
    ],
)
def test_encrypted_and_damaged_workbooks_are_refused(
    ctx: AppContext, tmp_path: Path, content: bytes, expected: str
) -> None:  # noqa: E501
    path = tmp_path / "members.xlsx"
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=f"members.xlsx: .*{expected}"):
        preview_import(ctx, path)


def test_a_workbook_really_encrypted_with_a_password_is_refused(
    ctx: AppContext, tmp_path: Path
) -> None:
    """Encrypted the way Excel does it ("Encrypt with password": ECMA-376 agile encryption)."""
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = messy_workbook(tmp_path / "plain.xlsx")
    locked = tmp_path / "Mitglieder 2026.xlsx"
    with plain.open("rb") as source, locked.open("wb") as target:
        OOXMLFile(source).encrypt("Geheim-2026", target)
    with pytest.raises(
        ValidationError, match=r"Mitglieder 2026\.xlsx: the workbook is password-protected"
    ):
        preview_import(ctx, locked)
    with ctx.read() as session:
        assert session.scalars(select(Person)).first() is None


def test_a_truncated_real_workbook_is_refused(ctx: AppContext, tmp_path: Path) -> None:
    good = messy_workbook(tmp_path / "good.xlsx").read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(good[: len(good) // 2])
    with pytest.raises(ValidationError, match="cut.xlsx: the workbook is damaged"):
        preview_import(ctx, path)


def test_empty_sheet_and_no_header(ctx: AppContext, tmp_path: Path) -> None:
    book = Workbook()
    book.save(tmp_path / "empty.xlsx")
    with pytest.raises(
        ValidationError, match="empty.xlsx: no sheet has a recognisable header.*'Sheet' is empty"
    ):  # noqa: E501
        preview_import(ctx, tmp_path / "empty.xlsx")
    sheet = book.active
    sheet.append(["Foo", "Bar"])
    sheet.append(["1", "2"])
    book.save(tmp_path / "odd.xlsx")
    with pytest.raises(ValidationError, match="no recognisable header"):
        preview_import(ctx, tmp_path / "odd.xlsx")


def test_ten_thousand_bad_rows_change_nothing_and_get_a_report(
    ctx: AppContext, tmp_path: Path
) -> None:
    save_organisation(ctx, OrganisationInput("Aguas del Ebro S.L.", "sme", "ES"))
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Socios")
    sheet.append(["Razón social", "País", "NIF", "Correo electrónico"])
    sheet.append(["Buena Empresa S.L.", "ES", "B12345674", "info@buena.es"])
    for n in range(10_000):
        sheet.append(
            [f"Empresa {n} S.L.", "Narnia" if n % 2 else "ES", "B12345675", "not-an-address"]
        )
    book.save(tmp_path / "socios.xlsx")
    before = count(ctx, Organisation), count(ctx, AuditLog)
    preview = preview_import(ctx, tmp_path / "socios.xlsx")
    # every row: a bad address; every other row: an unknown country; the rest: a NIF whose
    # check digit fails (a warning: the organisation would go in, flagged)
    assert len(preview.errors) == 15_000
    check_digit = [p for p in preview.warnings if "check digit" in p.message]
    assert len(check_digit) == 5_000 and check_digit[0].column == "C (NIF)"
    assert preview.counts() == "1 row will be imported, 10,000 rows set aside"
    with pytest.raises(ValidationError) as caught:
        commit_import(ctx, preview, all_or_nothing=True)
    message = str(caught.value)
    assert (
        "sheet 'Socios' row 3: column D (Correo electrónico): 'not-an-address' is not an "
        "e-mail address" in message
    )
    assert "column B (País): 'Narnia' is not a country name or ISO code" in message
    assert "and 14,990 more problems" in message
    assert (count(ctx, Organisation), count(ctx, AuditLog)) == before
    report = load_workbook(
        write_problem_report(preview, tmp_path / "problems.xlsx"), read_only=True
    )
    rows = list(report["Problems"].iter_rows(values_only=True))
    assert rows[0] == ("Sheet", "Row", "Column", "Kind", "Reason")
    assert len(rows) == 20_001
    assert rows[1][:4] == ("Socios", 3, "D (Correo electrónico)", "error")


def test_export_then_import_changes_nothing(ctx: AppContext, tmp_path: Path) -> None:
    first = save_organisation(ctx, OrganisationInput(
        "ZINNAE Clúster, S.L.", "cluster", "ES", city="Zaragoza", vat_number="B12345674",
        member_since=date(2019, 4, 1), website="https://zinnae.org", sectors="water, energy",
        notes="=founding member", registration_number="B12345674",
    ))  # fmt: skip
    save_organisation(
        ctx, OrganisationInput("Hidroplasma SAS", "rto", "FR", member_until=date(2030, 1, 1))
    )  # noqa: E501
    with ctx.transaction() as session:
        records.create(session, ctx, Person(
            first_name="Ana", last_name="García", email="ana@zinnae.org", organisation_id=first.id,
            consent_given_on=date(2024, 2, 1), consent_purpose="newsletter", language="es",
        ))  # fmt: skip
    export_members(ctx, tmp_path / "register.xlsx")
    before = count(ctx, AuditLog)
    preview = preview_import(ctx, tmp_path / "register.xlsx")
    assert preview.ok, preview.problems
    assert "0 new and 0 changed organisations, 0 new and 0 changed contacts" in preview.summary()
    commit_import(ctx, preview)
    assert count(ctx, AuditLog) == before


def test_the_blank_template_imports_after_filling_it_in(ctx: AppContext, tmp_path: Path) -> None:
    path = write_import_template(tmp_path / "template.xlsx")
    book = load_workbook(path)
    assert [c.value for c in book["Organisations"][1]][:4] == [
        "Legal name",
        "Short name",
        "Type",
        "Country code",
    ]  # noqa: E501
    book["Organisations"].append(["Mazowiecki Klaster ICT", None, "Cluster organisation", "PL"])
    book["Contacts"].append(
        ["Mazowiecki Klaster ICT", "Ewa", "Łukasiewicz", None, "ewa@klaster.pl"]
    )
    book.save(path)
    commit_import(ctx, preview_import(ctx, path))
    with ctx.read() as session:
        person = session.scalars(select(Person)).one()
        org = session.get(Organisation, person.organisation_id)
    assert org is not None and (org.legal_name, org.org_type, org.country) == (
        "Mazowiecki Klaster ICT",
        "cluster",
        "PL",
    )  # noqa: E501


def test_the_whole_demo_register_round_trips(ctx: AppContext, tmp_path: Path) -> None:
    """Five offices' records, names repeated across offices and legal forms, colleagues
    sharing a name: exporting everything and importing it again changes nothing."""
    from blues_desktop.services.demo import generate

    generate(ctx, scale=1)
    export_members(ctx, tmp_path / "all.xlsx", include_unconsented=True)
    preview = preview_import(ctx, tmp_path / "all.xlsx")
    assert preview.ok, preview.errors[:5]
    assert "0 new and 0 changed organisations, 0 new and 0 changed contacts" in preview.summary()
    others = [p for p in preview.problems if "only that office can change it" in p.message]
    assert others and all(p.sheet == "Organisations" for p in others)
