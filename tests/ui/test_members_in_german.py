"""The members' rules, import problems and look-alikes as a German window shows them:
the sentences are written below the window (domain/, services/) and reach the user in
German, with German numbers, along the real flows (the form refused by the service, an
import with rows set aside, a file that cannot be read)."""

from __future__ import annotations

from pathlib import Path

from blues_desktop.services.context import AppContext
from blues_desktop.ui.i18n import install_language
from blues_desktop.ui.pages.members import MembersPage


def test_a_refused_organisation_form_says_why_in_german(qtbot, qapp, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    install_language("de", qapp)
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    dialog = page.open_editor(None)
    dialog.country.setCurrentIndex(dialog.country.findData("ES"))
    dialog.inputs["vat_number"].setText("B12345675")
    dialog.inputs["website"].setText("kein web")
    dialog.save()  # checked by the service, in the background, and refused
    qtbot.waitUntil(lambda: not dialog.saving and dialog.messages["legal_name"].text() != "")
    assert dialog.messages["legal_name"].text() == "der rechtliche Name ist erforderlich"
    assert dialog.messages["vat_number"].text() == (
        "'B12345675' ist keine gültige USt-IdNr. "
        "(die Prüfsumme oder Prüfziffer der Nummer ist ungültig)"
    )
    assert dialog.messages["website"].text() == "'kein web' ist keine Webadresse"
    assert dialog.result_ is None and page.model.total == 0
    dialog.inputs["member_since"].setText("31.05.2024")
    dialog.save()  # a date the form cannot read: refused before the service is asked
    assert dialog.messages["member_since"].text() == (
        "'31.05.2024' ist kein Datum; schreiben Sie es als 2024-05-31"
    )
    dialog.reject()


def test_an_import_with_rows_set_aside_reports_in_german(
    qtbot, qapp, ctx: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    from tests.member_files import write_ods
    from tests.services.test_members_import import messy_workbook
    from tests.services.test_members_import_set_aside import member_rows

    install_language("de", qapp)
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    dialog = page.open_import()
    dialog.open_file(write_ods(tmp_path / "Mitglieder.ods", {"Mitglieder": member_rows()}))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.counts.text() == "10 Zeilen werden importiert, 4 Zeilen zurückgestellt"
    assert dialog.status.text().startswith(
        "Mitglieder.ods: 14 Zeilen gelesen: 10 neue und 0 geänderte Organisationen, "
        "6 neue und 0 geänderte Kontakte; 4 Fehler, 1 Warnung.\n"
    )
    problems = [dialog.set_aside.item(row, 2).text() for row in range(4)]
    assert problems == [
        "A (Firmenname): der Name der Organisation ist leer",
        "B (Land): das Land fehlt",
        "F (Mitglied seit): 'irgendwann' ist kein Datum "
        "(schreiben Sie es als 2024-05-31 oder 31.05.2024)",
        "E (Typ): 'Kaffeeküche' ist kein bekannter Organisationstyp",
    ]
    assert dialog.problem_model.stringList() == [
        "Warnung — Blatt 'Mitglieder', Zeile 16, Spalte D (USt-IdNr.): '135792461' ist keine "
        "gültige USt-IdNr. (die Prüfsumme oder Prüfziffer der Nummer ist ungültig); wie "
        "eingegeben importiert und als „Prüfziffer stimmt nicht“ markiert"
    ]
    planned = {
        dialog.planned.item(row, 2).text(): dialog.planned.item(row, 8).text()
        for row in range(dialog.planned.rowCount())
    }
    assert planned["Meer Sensorik GmbH"] == "neu; Prüfziffer stimmt nicht (USt-IdNr.)"
    assert planned["  Kontakt: Jürgen Weiß (Plasma Technik GmbH)"] == "neu"

    dialog.open_file(messy_workbook(tmp_path / "mitglieder.xlsx"))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.problem_model.stringList() == [
        "Hinweis: Blatt 'Alt' ist ausgeblendet und wurde übersprungen",
        "Warnung — Blatt 'Mitglieder', Zeile 8: gleich wie Zeile 5; übersprungen",
    ]

    twice = tmp_path / "zweimal.csv"
    twice.write_text(
        "Legal name;Country;City\nNord Plasma GmbH;DE;Rostock\nNord Plasma GmbH;DE;Wismar\n"
    )
    dialog.open_file(twice)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.problem_model.stringList() == [
        "Warnung — Blatt 'zweimal', Zeile 3, Spalte Stadt: weicht von Zeile 2 ab ('Rostock'); "
        "der Wert aus Zeile 2 bleibt"
    ]

    (tmp_path / "leer.csv").write_text("")
    dialog.open_file(tmp_path / "leer.csv")
    qtbot.waitUntil(lambda: "nicht importiert" in dialog.status.text(), timeout=10_000)
    assert dialog.status.text() == (
        "Diese Datei kann nicht importiert werden:\nDatei: leer.csv: kein Blatt hat eine "
        "erkennbare Kopfzeile (eine Zeile, die mindestens die Organisation und eine weitere "
        "Spalte nennt, z. B. „Legal name“ und „Country“); Blatt 'leer' ist leer und wurde "
        "übersprungen"
    )
    assert dialog.preview is None and not dialog.import_button.isEnabled()


def test_counts_and_look_alikes_in_german_words_and_numbers(qapp) -> None:  # type: ignore[no-untyped-def]
    from blues_desktop.services.members.importing.preview import ImportPreview, SetAsideRow
    from blues_desktop.services.members.likeness import OrgFacts, compare
    from blues_desktop.ui.members.pair_view import likeness_html
    from blues_desktop.ui.messages import say

    aside = SetAsideRow("Mitglieder", 3, (), ())
    preview = ImportPreview(Path("liste.xlsx"), rows_read=10_003, rows_repeated=2)
    preview.set_aside = [aside] * 10_000
    assert (
        preview.counts()
        == "1 row will be imported, 10,000 rows set aside (2 rows repeated and skipped)"
    )
    install_language("de", qapp)
    assert say(preview.counts()) == (
        "1 Zeile wird importiert, 10.000 Zeilen zurückgestellt (2 Zeilen wiederholt und übersprungen)"
    )
    install_language("cs", qapp)
    assert say(preview.counts()) == (
        "1 řádek bude importován, 10\u00a0000 řádků odloženo (2 řádky opakované a přeskočené)"
    )
    install_language("de", qapp)
    first = OrgFacts("a", "Aguas del Ebro S.L.", "CLU", "ES", "Zaragoza", org_type="sme")
    second = OrgFacts("b", "Aguas del Ebro S.A.", "CLU", "ES", "Huesca", org_type="research")
    shown = likeness_html(compare(first, second))
    assert "Name, ohne Rechtsform, Akzente und Groß-/Kleinschreibung" in shown
    assert "Rechtsform (S.L. und S.A.)" in shown
    assert "Stadt (Zaragoza und Huesca)" in shown
    assert "Typ (KMU und " in shown
