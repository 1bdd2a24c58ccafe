"""A German window says what the exchange rules and the workflow answer in German, with
dates and amounts as German writes them: a registration refused by the programme rules,
the reason a step is not possible yet, an action the service refuses, a late payment."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from blues_desktop.domain.exchanges.eligibility import ExchangeFacts, Party, check_eligibility
from blues_desktop.domain.exchanges.rules import default_rules
from blues_desktop.services import exchanges as cx
from blues_desktop.services.context import AppContext
from blues_desktop.store.models import Exchange
from blues_desktop.ui.exchanges.columns import list_width
from blues_desktop.ui.exchanges.dialogs import OrganisationPicker, RegistrationDialog
from blues_desktop.ui.i18n import install_language
from blues_desktop.ui.messages import say
from blues_desktop.ui.pages.exchanges import ExchangesPage
from tests.services.test_exchanges_workflow import (
    drive_to,
    evidence_file,
    parties,
    pin_clock,
    registration,
)


def _choose(picker: OrganisationPicker, text: str, org_id: str) -> None:
    picker.search.setText(text)
    picker.find_matches()
    picker.results.setCurrentIndex(picker.results.findData(org_id))
    assert picker.chosen_id() == org_id


def _german_page(qtbot, qapp, ctx: AppContext) -> ExchangesPage:  # type: ignore[no-untyped-def]
    install_language("de", qapp)
    page = ExchangesPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail is not None)
    return page


def test_a_registration_refused_by_the_rules_is_said_in_german(
    qtbot, qapp, ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    p = parties(ctx)
    install_language("de", qapp)
    dialog = RegistrationDialog(ctx)
    qtbot.addWidget(dialog)
    _choose(dialog.visitor, "Grupo", p["large"])  # a large company may only host
    _choose(dialog.host, "Wodoci", p["host"])
    dialog.start.setDate(QDate(2026, 4, 16))  # Thursday to Sunday: two working days
    dialog.end.setDate(QDate(2026, 4, 19))
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.errors.text() != "")
    # one finding a line, each after its field, every word German, dates as German writes them
    assert dialog.errors.text().split("\n") == [
        "Besuchende Organisation: Regel „Art der besuchenden Organisation“: Grupo Grande S.A. "
        "ist vom Typ „Großunternehmen“ und darf nur Gastgeber sein; besuchen dürfen: "
        "Clusterorganisation, Organisation zur Unterstützung von Scale-ups, KMU",
        "Letzter Tag: Regel „Mindestdauer“: 16. April 2026 bis 19. April 2026 sind "
        "2 Arbeitstage; der Aufenthalt braucht mindestens 3",
    ]
    assert dialog.result_ is None
    with ctx.read() as session:  # refused whole: nothing stored
        assert session.scalar(select(func.count()).select_from(Exchange)) == 0


def test_why_a_step_waits_and_a_refused_action_are_said_in_german(
    qtbot, qapp, ctx: AppContext, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    p = parties(ctx)
    reference = cx.register(ctx, registration(p)).reference
    cx.move(ctx, reference, "validated")
    page = _german_page(qtbot, qapp, ctx)
    assert not page.next_button.isEnabled()
    waiting = "es fehlt noch die Zusage zur Vermittlung: der Gastgeber und der Besucher"
    assert page.why_not.text() == waiting
    assert page.next_button.toolTip() == waiting
    assert page.action_buttons["host"].isEnabled()
    # meanwhile a colleague records both acceptances and the match: this view is behind
    cx.accept_match(ctx, reference, "host")
    cx.accept_match(ctx, reference, "visitor")
    cx.move(ctx, reference, "matched")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: said.append(text))
    page.action_buttons["host"].trigger()
    qtbot.waitUntil(lambda: bool(said))
    assert said == [
        "Schritt: eine Vermittlung wird angenommen, solange der Austausch bestätigt und noch "
        f"nicht vermittelt ist ({reference} hat den Status „vermittelt (Gastgeber und Besucher "
        "haben angenommen)“)"
    ]


def test_the_stay_not_over_and_a_late_payment_are_said_in_german(
    qtbot, qapp, ctx: AppContext, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    p = parties(ctx)
    reference = cx.register(ctx, registration(p)).reference
    drive_to(ctx, reference, "agreement_signed", tmp_path)
    pin_clock(ctx, datetime(2026, 4, 15, 9, tzinfo=UTC))  # the stay ends on Friday 17 April
    page = _german_page(qtbot, qapp, ctx)
    not_over = (
        "der Aufenthalt endet am 17. April 2026; als durchgeführt markieren, sobald er vorbei ist"
    )
    assert not page.next_button.isEnabled()
    assert page.why_not.text() == not_over
    # the lump sum as German writes euros (the pane's plain text has a plain space)
    assert "Pauschale\n780,00 € (Regeln v1)" in page.info.toPlainText().replace("\u00a0", " ")

    pin_clock(ctx, datetime(2026, 4, 20, 9, tzinfo=UTC))
    cx.move(ctx, reference, "held")
    report = cx.ClosingReport(activities="Visited the plant", results="A joint pilot")
    cx.save_report(ctx, reference, report)
    cx.move(ctx, reference, "report_submitted")
    cx.move(ctx, reference, "report_validated")
    cx.attach_evidence(ctx, reference, evidence_file(tmp_path, "bahn.pdf"), "travel_invoice")
    cx.attach_evidence(
        ctx, reference, evidence_file(tmp_path, "hotel.pdf"), "accommodation_invoice"
    )
    pin_clock(ctx, datetime(2026, 5, 15, 9, tzinfo=UTC))  # the deadline was 27 April
    page.refresh()
    qtbot.waitUntil(
        lambda: page.detail is not None and page.detail.state.value == "report_validated"
    )
    assert page.next_button.isEnabled()
    shown = page.info.toPlainText()
    assert (
        "Nachweis\nReiserechnung oder Fahrkarte: bahn.pdf, Unterkunftsrechnung: hotel.pdf" in shown
    )
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))
    page.next_button.click()
    qtbot.waitUntil(lambda: bool(told))
    assert told == [
        "gezahlt am 15. Mai 2026, nach der Frist vom 27. April 2026 (10 Tage nach dem Austausch)"
    ]


def test_a_country_and_a_type_inside_a_rule_are_written_as_the_language_does(qapp) -> None:  # type: ignore[no-untyped-def]
    large = Party("Grupo Grande S.A.", "large", "ES", True, "Madrid")
    swiss = Party("Zürich Wasser AG", "sme", "CH", True, "Zürich")
    stay = {"start": date(2026, 4, 13), "end": date(2026, 4, 17), "distance_km": 950}
    report = check_eligibility(ExchangeFacts(large, swiss, **stay), default_rules())  # type: ignore[arg-type]
    visitor_type, host_country = (r.message for r in report.errors)
    install_language("de", qapp)
    assert say(host_country) == (
        "Regel „COSME-Länder“: Das Land des Gastgebers (Schweiz) nimmt nicht an COSME teil"
    )
    install_language("cs", qapp)
    # Czech writes the type inside the sentence in small letters, the SME as it is
    assert say(visitor_type) == (
        "pravidlo „Typ vysílající organizace“: Grupo Grande S.A. je typu „velký podnik“ a smí "
        "jen hostit; vysílat smí: klastrová organizace, organizace na podporu růstu "
        "(scale-up), MSP"
    )


def test_the_closing_report_asks_the_programme_questions_in_german(  # type: ignore[no-untyped-def]
    qtbot, qapp, ctx, tmp_path
) -> None:
    from PySide6.QtWidgets import QFormLayout, QLabel

    from blues_desktop.services import exchanges as cx
    from blues_desktop.ui.exchanges.dialogs import ReportDialog
    from tests.services.test_exchanges_workflow import drive_to, parties, registration

    reference = cx.register(ctx, registration(parties(ctx))).reference
    drive_to(ctx, reference, "held", tmp_path)
    detail = cx.exchange_detail(ctx, reference)
    install_language("de", qapp)
    dialog = ReportDialog(detail, detail.rules.evaluation_questions)
    qtbot.addWidget(dialog)
    form = dialog.layout()
    assert isinstance(form, QFormLayout)
    labels = [
        item.widget().text()
        for row in range(form.rowCount())
        if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
        and isinstance(item.widget(), QLabel)
    ]
    assert "Die Gastorganisation war gut vorbereitet und hilfsbereit" in labels
    assert "The host organisation was well prepared and helpful" not in labels


def test_a_long_next_step_is_shortened_not_the_list(qtbot, qapp, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    """ "Markieren als: vermittelt (Gastgeber und Besucher haben angenommen)" would hold
    the detail wider than a laptop leaves beside the list: the button shortens its
    words (whole in its tooltip) and the list keeps its width."""
    p = parties(ctx)
    reference = cx.register(ctx, registration(p)).reference
    cx.move(ctx, reference, "validated")
    cx.accept_match(ctx, reference, "host")
    cx.accept_match(ctx, reference, "visitor")
    install_language("de", qapp)
    page = ExchangesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1180, 640)  # a 1366-pixel window less the navigation
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    list_before = page.table.width()
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail is not None)
    words = "Markieren als: vermittelt (Gastgeber und Besucher haben angenommen)"
    assert page.next_button.isEnabled() and page.next_button.text() == words
    # shortened by the button itself ("…"), not squeezed and cut by the layout
    assert page.next_button.is_shortened()
    assert page.next_button.width() >= page.next_button.minimumSizeHint().width()
    assert page.next_button.toolTip() == words
    assert page.table.width() == list_before >= list_width(page.table)
    assert page.table.horizontalHeader().length() <= page.table.viewport().width()
