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
        sheet.append(["Zła Firma", "PL", "Łódź", "5260001247", None, None, None])
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


def test_a_bad_row_stops_the_import_with_a_report(
    run_cli, ctx: AppContext, data_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    base = ("--data-dir", str(data_dir), "members")
    source = _member_list(tmp_path / "lista.xlsx", bad=True)
    refused = run_cli(*base, "import", str(source))
    assert refused.code == 1
    assert (
        "blues: sheet 'Członkowie' row 5: column D (NIP): '5260001247' is not a valid VAT number"
        in refused.err
    )  # noqa: E501
    report = load_workbook(tmp_path / "lista-problems.xlsx")["Problems"]
    assert [c.value for c in report[2]][:3] == ["Członkowie", 5, "D (NIP)"]
    assert run_cli(*base, "list").out.splitlines()[-1] == "0 organisation(s)"
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
