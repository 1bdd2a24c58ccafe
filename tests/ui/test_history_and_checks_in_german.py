"""A German window says the History and the timesheet checks in German: the sentences
are written below the window (services/history.py, domain/timesheets.py, the sign-off
services) as messages, and the window fills in the dates, hours, months and labels as
German writes them."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal as D

import pytest

from blues_desktop.domain.errors import BluesError, ValidationError
from blues_desktop.domain.events import DayDraft
from blues_desktop.domain.timesheets import Month
from blues_desktop.services import events as ev
from blues_desktop.services import timesheets as ts
from blues_desktop.services.context import AppContext
from blues_desktop.ui.history_dialog import WHAT
from blues_desktop.ui.i18n import install_language
from blues_desktop.ui.messages import say
from blues_desktop.ui.pages.events import EventsPage
from blues_desktop.ui.pages.timesheets import TimesheetsPage
from tests.conftest import MakeEvent, event_draft
from tests.services.test_timesheets_services import add_team
from tests.ui.test_timesheets_page import type_into

MARCH = Month(2026, 3)


def test_an_edited_event_s_history_in_german(
    qtbot, qapp, ctx: AppContext, make_event: MakeEvent
) -> None:  # type: ignore[no-untyped-def]
    event_id = make_event(ctx)
    three_days = (
        DayDraft(date(2026, 5, 12), time(9), time(17)),
        DayDraft(date(2026, 5, 13), time(9), time(13)),
        DayDraft(date(2026, 5, 14), time(9), time(12)),
    )
    ev.save_event(
        ctx, event_draft(city="Huesca", end_date=date(2026, 5, 14), days=three_days), event_id
    )
    install_language("de", qapp)
    page = EventsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.detail is not None)  # read behind the window
    dialog = page.open_history()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded is not None)
    title = "Veranstaltung Plasma surface treatment workshop (12. Mai 2026)"
    assert dialog.heading.text() == f"<b>{title}</b> — 5 Änderungen"
    what = [str(dialog.model.data(dialog.model.index(r, WHAT))) for r in range(5)]
    by_first_line = {text.splitlines()[0]: text.splitlines()[1:] for text in what}
    assert by_first_line["Geändert: " + title] == [
        "Letzter Tag: 13. Mai 2026 → 14. Mai 2026",
        "Stadt: Zaragoza → Huesca",
    ]
    assert by_first_line["Erstellt: Veranstaltungstag 14. Mai 2026"][:2] == [
        "Veranstaltung: " + title.removeprefix("Veranstaltung "),
        "Tag: 14. Mai 2026",
    ]
    created = by_first_line["Erstellt: " + title]
    assert {"Art: Workshop", "Öffentlich: ja", "Erster Tag: 12. Mai 2026"} <= set(created)


def test_timesheet_findings_and_refusals_in_german(qtbot, qapp, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    boss, officer = add_team(ctx)
    install_language("de", qapp)
    page = TimesheetsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    qtbot.waitUntil(lambda: officer in [r.id for r in page.staff_rows], timeout=5000)
    page.staff_view.selectRow([r.id for r in page.staff_rows].index(officer))
    page._go(MARCH)
    qtbot.waitUntil(lambda: page.sheet is not None and page.sheet.month == MARCH, timeout=5000)
    type_into(qtbot, page, "WP3", 2, "7,5")
    type_into(qtbot, page, "WP1", 2, "4")  # 11.5 h on Monday 2 March: over the maximum
    assert page.month_panel.checks.item(0).text() == (
        "Montag, 2. März 2026: 11,5 h gearbeitet, mehr als das Maximum von 10 h am Tag"
    )
    type_into(qtbot, page, "WP2", 4, "7,3")  # refused in the cell, in German
    assert page.month_panel.problem.text().endswith(
        "7,3 h ist nicht in Viertelstunden (0,25, 0,5, 0,75)"
    )
    # The sign-off refuses an approval of a month not submitted: the error box says it
    with pytest.raises(BluesError) as refused:
        ts.approve_month(ctx, officer, MARCH, lambda _sheet, _at: b"")
    assert say(refused.value) == (
        "März 2026 von Begoña Ibáñez wurde nicht eingereicht; die Person reicht ihn ein, "
        "bevor die vorgesetzte Person genehmigt"
    )
    # A batch approval lists the months it skipped with the reason, said in German too
    batch = ts.approve_many(ctx, [boss], MARCH, lambda _sheet, _at: b"", submit_first=True)
    assert [(name, say(reason)) for name, reason in batch.skipped] == [
        ("Ramón Gil", "Monat: März 2026 von Ramón Gil hat keine Stunden zum Einreichen")
    ]


def test_a_refusal_raised_with_its_report_is_said_finding_by_finding(qapp, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    draft = ts.StaffDraft("Eva", "", date(2024, 2, 1), D(70))
    with pytest.raises(ValidationError) as refused:
        ts.save_staff(ctx, draft)
    assert str(refused.value) == (  # the CLI's English, as before
        "Last name: the last name is required; Weekly hours: 70 h a week is not a contract (1–60 h)"
    )
    install_language("de", qapp)
    assert say(refused.value) == (
        "Nachname: der Nachname ist erforderlich; "
        "Wochenstunden: 70 h pro Woche sind kein Vertrag (1–60 h)"
    )


def test_a_submitted_month_s_history_in_german(qtbot, qapp, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from blues_desktop.ui.history_dialog import REASON, HistoryDialog
    from tests.services.test_timesheets_services import a_clean_march

    _boss, officer = add_team(ctx)
    hours = a_clean_march()
    ts.save_month(ctx, officer, hours)
    ts.submit_month(ctx, officer, MARCH)
    install_language("de", qapp)
    dialog = HistoryDialog(ctx, "timesheet_months", "", month=(officer, MARCH))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded is not None)
    month = "Stundenzettelmonat Begoña Ibáñez, März 2026"
    assert dialog.heading.text() == f"<b>{month}</b> — 3 Änderungen"
    what = {}
    for row in range(dialog.row_count()):
        lines = str(dialog.model.data(dialog.model.index(row, WHAT))).splitlines()
        what[lines[0]] = (lines[1:], dialog.model.data(dialog.model.index(row, REASON)))
    changed, reason = what["Geändert: " + month]
    assert changed[0] == "Status: Entwurf → Eingereicht" and reason == "Eingereicht"
    # the hours of one save are one entry: a line per cell, the hours as German writes them
    cells, _ = what["Stunden eingetragen für Begoña Ibáñez (44 Zellen)"]
    assert len(cells) == 44
    assert cells[:2] == [
        "2. März 2026, WP3 ClusterXchange-Pilotprogramm: 4,5",
        "2. März 2026, Sonstige Tätigkeiten außerhalb von BLUES: 3",
    ]
