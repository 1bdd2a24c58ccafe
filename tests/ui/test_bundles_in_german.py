"""The Bundles page in German: the verify report and the refusals the user reads come
from the child process that verified the bundles, which has no translations; the window
writes them in its language (bundles/report.py, ui/bundles/report.py)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from blues_desktop.bundles.export import export_bundle
from blues_desktop.bundles.format import BundleError
from blues_desktop.bundles.merge import import_bundle, verify_file
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.services.demo import generate
from blues_desktop.services.setup import own_card
from blues_desktop.ui.i18n import install_language
from blues_desktop.ui.pages.bundles import BundlesPage, reason_text
from tests.bundles.bundle_fixtures import forge, make_offices
from tests.ui.whole_lists import not_read_whole, show_on_a_laptop


def _third_after_a_gap(tmp_path: Path) -> tuple[Any, Path, Path]:
    """ZIN's offices, its bundle 1 (imported by the coordinator) and its bundle 3, on its
    way after a bundle 2 that never reached the coordinator."""
    offices = make_offices(tmp_path)
    generate(offices.partner, scale=0.05, offices=["ZIN"])
    first = export_bundle(offices.partner, offices.out, full=True).path
    import_bundle(offices.coordinator, first)
    export_bundle(offices.partner, offices.out, full=True)  # bundle 2 never reaches BPT
    return offices, first, export_bundle(offices.partner, offices.out, full=True).path



def test_a_german_window_reports_refused_bundles_in_german(
    qtbot: Any, qapp: Any, tmp_path: Path
) -> None:
    offices, _first, third = _third_after_a_gap(tmp_path)

    def second_belongs_to_bpt(rows: dict[str, list[dict[str, Any]]]) -> None:
        rows["organisations"][1]["office_id"] = "BPT"

    taken = forge(
        third, tmp_path / "taken.blues", offices.partner, offices.coordinator,
        tables=second_belongs_to_bpt,
    )  # fmt: skip
    stranger = make_offices(tmp_path / "stranger", partner_code="NPG")
    unknown = forge(
        third, tmp_path / "npg.blues", stranger.partner, offices.coordinator,
        manifest=lambda m: m.update(office="NPG"),
    )  # fmt: skip

    install_language("de", qapp)
    page = BundlesPage(offices.coordinator)
    qtbot.addWidget(page)
    page.import_files([third, taken, unknown], confirm=False)
    # verifying (and importing the good one) runs in processes of their own
    qtbot.waitUntil(lambda: page.history.rowCount() == 4, timeout=90_000)
    report = page.last_report.split("\n\n")  # type: ignore[attr-defined]
    assert len(report) == 3

    good = report[0].splitlines()
    assert good[0] == third.name
    assert good[1] == "  Signatur gültig: Büro ZIN, Schlüssel " + good[1].rsplit(" ", 1)[-1]
    assert good[2] == "  Datenpaket 3, folgt auf 2"
    assert good[3] == (
        "  Warnung: Datenpaket 2 von ZIN wurde nicht importiert (eine Lücke); spätere "
        "enthalten seine Änderungen"
    )
    assert any(line.startswith("  Organisationen: ") for line in good)

    assert report[1] == (
        "ABGELEHNT taken.blues: Abgelehnte Zeilen (1): ein Datensatz „Organisation“ "
        "(Zeile 2): gehört zum Büro BPT; ZIN darf nur eigene Datensätze senden"
    )
    seen = own_card(offices.partner).fingerprint  # the forged manifest keeps ZIN's
    assert report[2] == (
        "ABGELEHNT npg.blues: signiert vom Büro 'NPG', dessen Schlüssel hier nicht "
        f"registriert ist (Fingerabdruck {seen})"
    )
    # the history names what happened in German, and why (the reason kept as a Message)
    rows = range(page.history.rowCount())
    assert {page.history.item(r, 1).text() for r in rows} == {"Import"}
    results = sorted(page.history.item(r, 6).text() for r in rows)
    assert results == [
        "Warnung: Datenpaket 2 von ZIN wurde nicht importiert (eine Lücke); spätere "
        "enthalten seine Änderungen",  # 3 after a gap
        report[1].replace("ABGELEHNT taken.blues: ", "abgelehnt: "),
        report[2].replace("ABGELEHNT npg.blues: ", "abgelehnt: "),
        "in Ordnung",
    ]
    # the good bundle was imported: its line says so in German too
    qtbot.waitUntil(lambda: "Datensätze" in page.status.text(), timeout=90_000)
    assert page.status.text().startswith(f"{third.name}: ")
    # On a laptop the history reads without scrolling sideways: a long reason is
    # shortened in its column and whole in its tooltip.
    show_on_a_laptop(qtbot, page)
    assert not_read_whole(page.history) == []
    assert sorted(page.history.item(r, 6).toolTip() for r in rows) == results


def test_a_german_window_refuses_wrong_cards_in_german(
    qtbot: Any, qapp: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from blues_desktop.ui.keys.dialog import PartnersKeysDialog

    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a, **k: said.append(text)
    )
    offices = make_offices(tmp_path)
    (tmp_path / "notes.json").write_text('{"meeting": "Tuesday"}', encoding="utf-8")
    (tmp_path / "bpt.json").write_text(own_card(offices.coordinator).to_json(), encoding="utf-8")
    install_language("de", qapp)
    dialog = PartnersKeysDialog(offices.coordinator)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.own is not None, timeout=20_000)
    for count, name in enumerate(("notes.json", "bpt.json"), start=1):
        dialog.open_card(tmp_path / name)
        qtbot.waitUntil(lambda n=count: len(said) == n, timeout=20_000)
    assert said == [
        "notes.json ist keine BLUES-Bürokarte. Bitten Sie das Büro um die Datei, die sein "
        "Fenster gespeichert hat (Partner und Schlüssel, Meine Karte speichern).",
        "Das ist die Karte Ihres eigenen Büros (BPT). Senden Sie sie Ihren Partnern; "
        "registrieren Sie die Karten, die diese Ihnen senden.",
    ]


def test_a_history_row_says_its_kept_reason_and_an_older_one_its_text(qapp: Any) -> None:
    install_language("de", qapp)
    reason = Message(
        QT_TRANSLATE_NOOP("messages", "bundle {shown} of {office} has not been imported "
                          "(a gap); later ones hold their changes"),
        shown="2", office="ZIN",
    )  # fmt: skip
    assert reason_text(str(reason), reason.to_json()) == (
        "Datenpaket 2 von ZIN wurde nicht importiert (eine Lücke); spätere enthalten seine "
        "Änderungen"
    )
    # a row written before the reason was kept whole, or one this version cannot read
    assert reason_text("the signature does not match", None) == "the signature does not match"
    assert reason_text("the signature does not match", "{") == "the signature does not match"
    assert reason_text(None, None) == ""


def _new_event_under_a_deleted_one(rows: dict[str, list[dict[str, Any]]]) -> None:
    """A new event day of a new event that its office had deleted before it made the day,
    and a day already sent whose start changed without a new revision."""
    event = dict(rows["events"][0])
    event.update(
        id="0b6f3a52-8c1e-4d7a-9f3b-2e5d6c7a8b90",
        title="Summer school on blue economy",
        created_at="2000-06-01T09:00:00+00:00",
        deleted_at="2001-01-01T00:00:00+00:00",
    )
    day = dict(rows["event_days"][0])
    day.update(
        id="5c2d8e41-7a3b-4f6c-8d9e-1a2b3c4d5e6f",
        event_id=event["id"],
        day="2027-03-04",
        created_at="2026-11-05T10:00:00+00:00",
        deleted_at=None,
    )
    rows["events"].append(event)
    rows["event_days"].append(day)
    rows["event_days"][0]["start_time"] = "07:15:00"


def test_a_german_window_names_columns_records_and_dates_of_a_refusal_in_german(
    qtbot: Any, qapp: Any, tmp_path: Path
) -> None:
    """The words a refusal builds from the schema (a column's label, a record's name, a
    day) are German in a German window, and the CLI's English stays as scripts read it."""
    offices, first, third = _third_after_a_gap(tmp_path)

    def nameless(rows: dict[str, list[dict[str, Any]]]) -> None:
        rows["organisations"][1]["legal_name"] = None

    unnamed = forge(third, tmp_path / "unnamed.blues", offices.partner, offices.coordinator,
                    tables=nameless)  # fmt: skip
    orphan = forge(third, tmp_path / "orphan.blues", offices.partner, offices.coordinator,
                   tables=_new_event_under_a_deleted_one)  # fmt: skip

    # the CLI prints the English it always printed (scripts read it)
    with pytest.raises(BundleError) as refused:
        verify_file(offices.coordinator, orphan)
    english = str(refused.value)
    assert "the event day 04 Mar 2027 of Summer school on blue economy was created on 05 Nov " \
        "2026 for the event Summer school on blue economy (its event), which had been " \
        "deleted on 01 Jan 2001" in english  # fmt: skip
    assert re.search(r"the event day \d{2} \w{3} \d{4} of Training: circular water "
                     r"technologies for SMEs arrives with revision \d+, which is already here "
                     r"with other content \(starts\)", english), english  # fmt: skip
    with pytest.raises(
        BundleError, match="organisation \\(line 2\\): legal name: must not be empty"
    ):
        verify_file(offices.coordinator, unnamed)
    assert re.fullmatch(
        r"\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC",
        str(verify_file(offices.coordinator, first).already_imported_on),
    )

    install_language("de", qapp)
    page = BundlesPage(offices.coordinator)
    qtbot.addWidget(page)
    page.import_files([first, third, unnamed, orphan], confirm=False)
    qtbot.waitUntil(lambda: hasattr(page, "last_report"), timeout=90_000)
    again, gap, refused_row, refused_records = page.last_report.split("\n\n")  # type: ignore[attr-defined]

    # the day bundle 1 was imported, as a German window writes a moment (no "UTC" text)
    assert re.search(
        r"^  bereits am \d{2}\.\d{2}\.\d{4} \d{2}:\d{2} importiert: es ändert sich nichts$",
        again,
        re.M,
    ), again
    assert "  Warnung: Datenpaket 2 von ZIN wurde nicht importiert (eine Lücke)" in gap
    # the column's label is the one the organisation's form shows, in German
    assert refused_row == (
        "ABGELEHNT unnamed.blues: Abgelehnte Zeilen (1): ein Datensatz „Organisation“ "
        "(Zeile 2): Rechtlicher Name: darf nicht leer sein"
    )
    # records named by their parents and days, columns by their labels, days in German
    day, orphaned = refused_records.removeprefix(
        "ABGELEHNT orphan.blues: Nicht zusammenführbare Datensätze (2): "
    ).split("; bitten Sie das Büro ZIN, den Datensatz erneut zu speichern (eine neue "
            "Revision) und ein neues Datenpaket zu senden; ")  # fmt: skip
    assert re.fullmatch(
        r"Veranstaltungstag \d{1,2}\. \w+ \d{4} von Training: circular water technologies "
        r"for SMEs kommt mit Revision \d+, die hier bereits mit anderem Inhalt vorliegt "
        r"\(Beginn\): die beiden Fassungen unterscheiden sich",
        day,
    ), day
    assert orphaned == (
        "Veranstaltungstag 4. März 2027 von Summer school on blue economy wurde am "
        "5. November 2026 für Veranstaltung Summer school on blue economy (Feld "
        "Veranstaltung) angelegt, der am 1. Januar 2001 gelöscht worden war: bitten Sie das "
        "Büro ZIN, ihn wiederherzustellen oder zu korrigieren und ein neues Datenpaket zu "
        "senden"
    )
    qtbot.waitUntil(lambda: "Datensätze" in page.status.text(), timeout=90_000)
    assert re.match(
        rf"^{re.escape(first.name)}: bereits am \d{{2}}\.\d{{2}}\.\d{{4}} \d{{2}}:\d{{2}} "
        "importiert$",
        page.status.text().splitlines()[0],
    ), page.status.text()
    # the history keeps the refusal whole (its labels, names and days) and says it in German
    page.refresh()
    qtbot.waitUntil(
        lambda: any(
            page.history.item(r, 6).text().startswith("abgelehnt: Nicht zusammenführbare")
            for r in range(page.history.rowCount())
        ),
        timeout=30_000,
    )
    results = {page.history.item(r, 6).text() for r in range(page.history.rowCount())}
    assert refused_records.replace("ABGELEHNT orphan.blues: ", "abgelehnt: ") in results
    assert refused_row.replace("ABGELEHNT unnamed.blues: ", "abgelehnt: ") in results
