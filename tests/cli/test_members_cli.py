"""`blues members` as a user runs it: import (dry run, refusal, real), list, export."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook

from blues_desktop.services.context import AppContext


def _member_list(path: Path, *, bad: bool = False) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Członkowie"
    sheet.append(["Lista członków klastra"])
    sheet.append(["Nazwa firmy", "Kraj", "Miasto", "NIP", "Imię", "Nazwisko", "Adres e-mail"])
    sheet.append(
        [
            "Wójcik Systemy Sp. z o.o.",
            "Polska",
            "Radom",
            "5260001246",
            "Ewa",
            "Wójcik",
            "ewa@wojcik.pl",
        ]
    )  # noqa: E501
    sheet.append(["=cmd|' /C calc'!A0", "PL", "Kraków", None, None, None, None])
    sheet["A4"].data_type = "s"  # text that looks like a formula, as a careless form leaves it
    if bad:
        sheet.append(["Zła Firma", "Mordor", "Łódź", None, "Jan", "Zły", "jan@zla.pl"])
    book.save(path)
    return path


def test_import_dry_run_then_real_then_list_and_export(
    run_cli, ctx: AppContext, data_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    base = ("--data-dir", str(data_dir), "members")
    source = _member_list(tmp_path / "czlonkowie.xlsx")
    dry = run_cli(*base, "import", str(source), "--dry-run")
    assert dry.code == 0, dry.err
    assert "2 rows read: 2 new and 0 changed organisations, 1 new and 0 changed contacts" in dry.out
    assert "Dry run: nothing was written." in dry.out
    assert run_cli(*base, "list").out.splitlines()[-1] == "0 organisation(s)"

    done = run_cli(*base, "import", str(source))
    assert done.code == 0, done.err
    assert "Imported: 2 new and 0 changed organisations, 1 new and 0 changed contacts." in done.out
    listed = run_cli(*base, "list", "--search", "wojcik")
    assert "ZIN  PL  Wójcik Systemy Sp. z o.o." in listed.out
    assert "PL5260001246" in listed.out
    assert listed.out.splitlines()[-1] == "1 organisation(s)"

    out = tmp_path / "export.xlsx"
    exported = run_cli(*base, "export", str(out), "--country", "PL")
    assert exported.code == 0, exported.err
    assert "Wrote 2 organisations and 0 contacts" in exported.out
    assert "1 contacts without consent (or erased) were left out." in exported.out
    names = [
        r[0] for r in load_workbook(out)["Organisations"].iter_rows(min_row=2, values_only=True)
    ]
    assert names == ["'=cmd|' /C calc'!A0", "Wójcik Systemy Sp. z o.o."]  # sorted by name key
    everyone = run_cli(*base, "export", str(tmp_path / "all.xlsx"), "--include-unconsented")
    assert "Wrote 2 organisations and 1 contacts" in everyone.out


def test_a_bad_row_is_set_aside_and_the_fixed_file_adds_it(
    run_cli, ctx: AppContext, data_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    base = ("--data-dir", str(data_dir), "members")
    source = _member_list(tmp_path / "lista.xlsx", bad=True)
    strict = run_cli(*base, "import", str(source), "--all-or-nothing")
    assert strict.code == 1
    assert (
        "blues: sheet 'Członkowie' row 5: column B (Kraj): 'Mordor' is not a country" in strict.err
    )
    report = load_workbook(tmp_path / "lista-problems.xlsx")["Problems"]
    assert [c.value for c in report[2]][:3] == ["Członkowie", 5, "B (Kraj)"]
    assert run_cli(*base, "list").out.splitlines()[-1] == "0 organisation(s)"
    assert not (tmp_path / "lista-fix-up.xlsx").exists()

    done = run_cli(*base, "import", str(source))
    assert done.code == 3, done.err  # rows were set aside: a script can tell
    assert "2 rows will be imported, 1 row set aside" in done.out
    assert "Imported: 2 new and 0 changed organisations, 1 new and 0 changed contacts." in done.out
    fixup = tmp_path / "lista-fix-up.xlsx"
    assert f"1 row(s) set aside, written to {fixup}" in done.out
    sheet = load_workbook(fixup)["Członkowie"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows == [
        ["Nazwa firmy", "Kraj", "Miasto", "NIP", "Imię", "Nazwisko", "Adres e-mail", "Problem"],
        ["Zła Firma", "Mordor", "Łódź", None, "Jan", "Zły", "jan@zla.pl",
         "B (Kraj): 'Mordor' is not a country name or ISO code"],
    ]  # fmt: skip
    assert sheet["B2"].fill.fgColor.rgb.endswith("F8D7DA")  # the cell to fix is shaded
    assert run_cli(*base, "list").out.splitlines()[-1] == "2 organisation(s)"

    book = load_workbook(fixup)
    book["Członkowie"]["B2"] = "PL"  # the user fixes the cell and imports the file again
    book.save(fixup)
    fixed = run_cli(*base, "import", str(fixup))
    assert fixed.code == 0, fixed.out
    assert "1 row will be imported, 0 rows set aside" in fixed.out
    assert "Imported: 1 new and 0 changed organisations, 1 new and 0 changed contacts" in fixed.out
    assert "columns not used: none" in fixed.out  # the Problem column is read past
    again = run_cli(*base, "import", str(fixup))
    assert again.code == 0
    assert "Imported: 0 new and 0 changed organisations, 0 new and 0 changed contacts." in again.out
    listed = run_cli(*base, "list", "--country", "PL").out.splitlines()
    assert listed[-1] == "3 organisation(s)"
    assert any("Zła Firma" in line and "Łódź" in line for line in listed)


def test_a_nip_whose_check_digit_fails_goes_in_flagged(
    run_cli, ctx: AppContext, data_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    base = ("--data-dir", str(data_dir), "members")
    source = _member_list(tmp_path / "lista.xlsx")
    book = load_workbook(source)
    book.active.append(["Zła Firma", "PL", "Łódź", "5260001247", None, None, None])
    book.save(source)
    done = run_cli(*base, "import", str(source))
    assert done.code == 0, done.out
    assert (
        "Warning: sheet 'Członkowie', row 5, column D (NIP): '5260001247' is not a valid VAT "
        "number (the number's checksum or check digit is invalid); imported as typed and "
        "flagged 'check digit fails'" in done.out
    )
    assert "3 rows will be imported, 0 rows set aside" in done.out
    listed = run_cli(*base, "list", "--search", "zla firma").out
    assert "5260001247" in listed and "PL5260001247" not in listed  # kept as typed


def test_the_template(run_cli, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    base = ("--data-dir", str(data_dir), "members")
    template = run_cli(*base, "template", str(tmp_path / "template.xlsx"))
    assert template.code == 0
    assert load_workbook(tmp_path / "template.xlsx").sheetnames == [
        "Organisations",
        "Contacts",
        "How to fill in",
    ]  # noqa: E501


def test_erase_finds_the_person_by_e_mail_and_needs_a_reason(
    run_cli, ctx: AppContext, data_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from blues_desktop.domain.persons import PersonInput
    from blues_desktop.services.members.persons import save_person
    from blues_desktop.store.models import AuditLog, Person

    kept = save_person(ctx, PersonInput("Ewa", "Wójcik", email="ewa@wojcik.pl")).id
    save_person(ctx, PersonInput("Jan", "Wójcik", email="jan@wojcik.pl"))
    base = ("--data-dir", str(data_dir), "members", "erase")
    unknown = run_cli(*base, "nobody@wojcik.pl", "--reason", "asked by e-mail")
    assert unknown.code == 1
    assert "no person (not already erased) has the id or e-mail address" in unknown.err
    blank = run_cli(*base, "EWA@wojcik.pl", "--reason", "  ")
    assert blank.code == 1 and "an erasure needs a reason" in blank.err
    done = run_cli(*base, "EWA@wojcik.pl", "--reason", "Ewa Wójcik asked by e-mail")
    assert done.code == 0, done.err
    assert f"Erased the personal data of person {kept[:8]}" in done.out
    again = run_cli(*base, "ewa@wojcik.pl", "--reason", "asked twice")
    assert again.code == 1  # an erased person is not found by their old address
    with ctx.read() as session:
        ewa = session.get(Person, kept)
        history = [
            (a.changes or "") + (a.reason or "")
            for a in session.query(AuditLog).filter(AuditLog.record_id == kept)
        ]
        jan = session.query(Person).filter(Person.email == "jan@wojcik.pl").one()
        jans = [a.changes for a in session.query(AuditLog).filter(AuditLog.record_id == jan.id)]
    assert ewa is not None and ewa.erased_at is not None and ewa.email is None
    assert history and not [h for h in history if "Ewa" in h or "ewa@" in h]
    assert jan.first_name == "Jan" and jan.erased_at is None  # the other Wójcik stays,
    assert '"last_name": "Wójcik"' in jans[0]  # and so does his history
