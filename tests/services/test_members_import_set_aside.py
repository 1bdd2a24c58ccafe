"""Good rows in, bad rows back: a German office's list in every format an office sends,
imported with its bad rows set aside into a fix-up file that is corrected and imported."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from blues_desktop.documents.members_import_files import write_fixup
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.importing.commit import commit_import
from blues_desktop.services.members.importing.preview import preview_import
from blues_desktop.store.backup import list_backups
from blues_desktop.store.models import AuditLog, Organisation, Person
from tests.member_files import Rows, write_ods, write_xls, write_xlsx

HEADER = ["Firmenname", "Land", "Stadt", "USt-IdNr.", "Typ", "Mitglied seit", "Vorname",
          "Nachname", "E-Mail"]  # fmt: skip
GOOD = [
    ["Plasma Technik GmbH", "Deutschland", "Greifswald", "DE136695976", "KMU", 2018, "Jürgen", "Weiß", "jw@plasma.de"],
    ["Leibniz-Institut für Plasmaforschung", "DE", "Greifswald", "123456788", "Forschung", "2015", "Anna", "Schulz", "as@inp.de"],
    ["Fraunhofer IGD Rostock", "DE", "Rostock", "DE 812 345 673", "Forschungseinrichtung", date(2019, 5, 1), "Lars", "Kühn", "lk@igd.de"],
    ["Hochschule Stralsund", "DE", "Stralsund", "274123454", "Hochschule", None, "Maja", "Voß", "mv@hochschule.de"],
    ["Ostsee Wasser AG", "DE", "Kiel", "147298766", "Großunternehmen", "01.03.2021", None, None, None],
    ["BioCon Valley GmbH", "DE", "Greifswald", "311223342", "Cluster", 2012, "Uwe", "Lenz", "ul@bcv.de"],
    ["Gründerzentrum Rostock", "DE", "Rostock", "554433226", "Gründerzentrum", None, None, None, None],
    ["Stadtwerke Wismar", "DE", "Wismar", "667788990", "Behörde", None, None, None, None],
    ["Nano Optik KG", "DE", "Jena", "908172631", "KMU", 2020, "Eva", "Roth", "er@nano-optik.de"],
]  # fmt: skip
TYPO = ["Meer Sensorik GmbH", "DE", "Kiel", "135792461", "KMU", 2022, None, None, None]
BAD = [
    [None, "DE", "Rostock", "246813573", "KMU", 2019, "Tom", "Ohne", "to@ohne.de"],
    ["Ohne Land GmbH", None, "Schwerin", None, "KMU", 2017, None, None, None],
    ["Datum Unklar GmbH", "DE", "Lübeck", None, "KMU", "irgendwann", None, None, None],
    ["Seltsame Art e.V.", "DE", "Bremen", None, "Kaffeeküche", None, None, None, None],
]  # fmt: skip
FIXES = {  # (row in the fix-up sheet, column letter): what the user types
    (2, "A"): "Namenlos Technik GmbH",
    (3, "B"): "DE",
    (4, "F"): "2016",
    (5, "E"): "Sonstige",
}


def member_rows() -> Rows:
    """A title row, the header, then good and bad rows in turn (every other row is bad)."""
    rows: list[list[object]] = [["Mitgliederliste Cluster Nord 2026"], HEADER]
    body = [*GOOD, TYPO]
    for index, row in enumerate(body):
        rows.append(list(row))
        if index < len(BAD):
            rows.append(list(BAD[index]))
    return rows


def write_xlsm(path: Path, sheets: dict[str, Rows]) -> Path:
    """A macro-enabled workbook: the .xlsx parts under Excel's macro-enabled content type."""
    plain = write_xlsx(path.with_suffix(".tmp.xlsx"), sheets)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"spreadsheetml.sheet.main+xml", b"ms-excel.sheet.macroEnabled.main+xml"
                )
                assert b"macroEnabled" in data
            target.writestr(item, data)
    plain.unlink()
    return path


Writer = Callable[[Path, dict[str, Rows]], Path]
FORMATS: dict[str, Writer] = {
    ".xlsx": write_xlsx, ".xlsm": write_xlsm, ".xls": write_xls, ".ods": write_ods,
}  # fmt: skip


def count(ctx: AppContext, model: type) -> int:
    with ctx.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.mark.parametrize("suffix", list(FORMATS))
def test_good_rows_go_in_and_bad_rows_come_back_ready_to_fix(
    ctx: AppContext, tmp_path: Path, suffix: str
) -> None:
    source = FORMATS[suffix](tmp_path / f"Mitglieder{suffix}", {"Mitglieder": member_rows()})
    preview = preview_import(ctx, source)
    assert preview.mappings[0].header_row == 2
    assert preview.counts() == "10 rows will be imported, 4 rows set aside"
    assert [(r.row, [p.column for p in r.problems]) for r in preview.set_aside] == [
        (4, ["A (Firmenname)"]), (6, ["B (Land)"]), (8, ["F (Mitglied seit)"]), (10, ["E (Typ)"]),
    ]  # fmt: skip
    result = commit_import(ctx, preview)
    assert (result.organisations_created, result.contacts_created) == (10, 6)
    assert (result.rows_imported, result.rows_set_aside) == (10, 4)
    assert any("before-import-mitglieder" in b.reason for b in list_backups(ctx.paths.backups))

    with ctx.read() as session:
        orgs = {o.legal_name: o for o in session.scalars(select(Organisation))}
    assert set(orgs) == {row[0] for row in [*GOOD, TYPO]}
    plasma, inp = orgs["Plasma Technik GmbH"], orgs["Leibniz-Institut für Plasmaforschung"]
    assert (plasma.member_since, plasma.org_type, plasma.vat_number) == (
        date(2018, 1, 1), "sme", "DE136695976",
    )  # fmt: skip
    assert (inp.member_since, inp.org_type, inp.vat_number) == (
        date(2015, 1, 1), "rto", "DE123456788",
    )  # fmt: skip
    igd = orgs["Fraunhofer IGD Rostock"]
    assert (igd.org_type, igd.member_since, igd.vat_number) == (
        "rto",
        date(2019, 5, 1),
        "DE812345673",
    )
    assert orgs["Ostsee Wasser AG"].member_since == date(2021, 3, 1)
    assert [orgs[n].org_type for n in ("Hochschule Stralsund", "BioCon Valley GmbH",
            "Gründerzentrum Rostock", "Stadtwerke Wismar")] == ["rto", "cluster", "scaling_up", "public"]  # fmt: skip
    typo = orgs["Meer Sensorik GmbH"]
    assert (typo.vat_number, typo.check_digit_fails) == ("135792461", "vat_number")  # as typed
    assert all(o.check_digit_fails is None for n, o in orgs.items() if n != "Meer Sensorik GmbH")

    fixup = write_fixup(preview)
    assert fixup == tmp_path / "Mitglieder-fix-up.xlsx"
    sheet = load_workbook(fixup)["Mitglieder"]
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    assert cells[0] == [*HEADER, "Problem"]
    assert len(cells) == 5
    for got, bad in zip(cells[1:], BAD, strict=True):
        assert [_plain(v) for v in got[:9]] == [_plain(v) for v in bad]
    assert cells[1][9] == "A (Firmenname): the organisation name is empty"
    assert cells[2][9] == "B (Land): the country is missing"
    assert cells[3][9].startswith("F (Mitglied seit): 'irgendwann' is not a date")
    assert cells[4][9] == "E (Typ): 'Kaffeeküche' is not a known organisation type"
    assert [sheet[c].fill.fgColor.rgb[-6:] for c in ("A2", "B3", "F4", "E5")] == ["F8D7DA"] * 4
    assert sheet["C2"].fill.fgColor.rgb[-6:] != "F8D7DA"

    book = load_workbook(fixup)
    for (row, column), value in FIXES.items():
        book["Mitglieder"][f"{column}{row}"] = value
    book.save(fixup)
    fixed = preview_import(ctx, fixup)
    assert fixed.counts() == "4 rows will be imported, 0 rows set aside"
    assert not [p for p in fixed.warnings if "not read" in p.message]  # Problem is read past
    second = commit_import(ctx, fixed)
    assert (second.organisations_created, second.contacts_created) == (4, 1)
    assert count(ctx, Organisation) == 14
    with ctx.read() as session:
        assert session.scalars(
            select(Organisation.member_since).where(Organisation.legal_name == "Datum Unklar GmbH")
        ).one() == date(2016, 1, 1)
    audit = count(ctx, AuditLog)
    again = commit_import(ctx, preview_import(ctx, fixup))  # the fix-up file imported twice
    assert (again.organisations_created, again.organisations_changed) == (0, 0)
    assert (again.contacts_created, again.contacts_changed) == (0, 0)
    assert (count(ctx, Organisation), count(ctx, AuditLog)) == (14, audit)


def _plain(value: object) -> object:
    """A cell as the user sees it: 2018 and 2018.0 are one number, empty is None."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if hasattr(value, "date") and callable(value.date):
        return value.date()
    return None if value == "" else value


def test_a_file_whose_rows_are_all_bad_writes_nothing(ctx: AppContext, tmp_path: Path) -> None:
    source = write_ods(tmp_path / "alle schlecht.ods", {"Liste": [HEADER, *BAD]})
    before = count(ctx, Organisation), count(ctx, AuditLog)
    preview = preview_import(ctx, source)
    assert preview.counts() == "0 rows will be imported, 4 rows set aside"
    result = commit_import(ctx, preview)
    assert (result.organisations_created, result.contacts_created) == (0, 0)
    assert (count(ctx, Organisation), count(ctx, AuditLog)) == before
    assert not list_backups(ctx.paths.backups)  # nothing to write: no backup either
    fixup = write_fixup(preview)
    assert fixup is not None and fixup.name == "alle schlecht-fix-up.xlsx"
    rows = list(load_workbook(fixup)["Liste"].iter_rows(values_only=True))
    assert len(rows) == 5 and [r[2] for r in rows[1:]] == [
        "Rostock",
        "Schwerin",
        "Lübeck",
        "Bremen",
    ]


def test_a_csv_list_gets_a_csv_fix_up_file_with_its_separator(
    ctx: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "clenove.csv"
    path.write_bytes(
        "Název firmy;Země;Město;Členem od\r\n"
        "Vodárny Žďár a.s.;CZ;Žďár nad Sázavou;2019\r\n"
        "Bez Země s.r.o.;;Brno;2020\r\n".encode("cp1250")
    )
    preview = preview_import(ctx, path)
    assert preview.counts() == "1 row will be imported, 1 row set aside"
    commit_import(ctx, preview)
    fixup = write_fixup(preview)
    assert fixup == tmp_path / "clenove-fix-up.csv"
    assert fixup.read_text("utf-8-sig").splitlines() == [
        "Název firmy;Země;Město;Členem od;Problem",
        "Bez Země s.r.o.;;Brno;2020;B (Země): the country is missing",
    ]
    fixup.write_text(fixup.read_text("utf-8-sig").replace(";;Brno", ";CZ;Brno"), "utf-8-sig")
    commit_import(ctx, preview_import(ctx, fixup))
    with ctx.read() as session:
        assert session.scalars(
            select(Organisation.member_since).where(Organisation.legal_name == "Bez Země s.r.o.")
        ).one() == date(2020, 1, 1)


def test_a_formula_without_a_value_is_named_as_such(ctx: AppContext, tmp_path: Path) -> None:
    """openpyxl, like many scripts, saves a formula without calculating it."""
    rows = [["Legal name", "Country"], ["Aguas del Ebro S.L.", "ES"], ['=UPPER("x")', "ES"]]
    source = write_xlsx(tmp_path / "formulas.xlsx", {"Members": rows})
    preview = preview_import(ctx, source)
    assert [str(p) for p in preview.errors] == [
        "sheet 'Members', row 3, column A (Legal name): cell A3 holds a formula with no value "
        "(open the file, let it calculate, save it and import it again)"
    ]


def test_an_unread_name_column_is_warned_about_and_keeps_the_contact_out(
    ctx: AppContext, tmp_path: Path
) -> None:
    rows = [
        ["Razón social", "País", "Nombre", "Apellidos", "Correo electrónico", "Comentario interno"],
        ["Aguas del Ebro S.L.", "ES", "Lucía", "Pérez Gómez", "lucia@aguas.es", "llamar en mayo"],
    ]
    source = write_xlsx(tmp_path / "socios.xlsx", {"Socios": rows})
    preview = preview_import(ctx, source)
    mapping = preview.mappings[0]
    assert mapping.columns[2] == "first_name"  # "Nombre" beside "Razón social" is the person
    assert [str(p) for p in preview.warnings] == [
        "sheet 'Socios', row 1, column F (Comentario interno): this column holds data that "
        "will be ignored (no field is chosen for it); choose one in the mapping step if it "
        "should be imported"
    ]
    assert preview.ignored_columns == [("Socios", "F (Comentario interno)")]
    # the user (or a bad guess) leaves "Nombre" unread: the contact is not saved half-named
    columns = {i: f for i, f in mapping.columns.items() if i != 2}
    unread = preview_import(ctx, source, {"Socios": columns})
    assert unread.counts() == "0 rows will be imported, 1 row set aside"
    assert "column C (Nombre): this column holds a name ('Lucía') but is not read" in str(
        unread.errors[0]
    )
    commit_import(ctx, unread)
    assert count(ctx, Person) == 0
