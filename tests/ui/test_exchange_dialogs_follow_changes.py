"""Open exchange dialogs follow the change hub like the other forms: the Commitment to
Quality, the closing report and the programme rules show a change made elsewhere (another
window, an imported bundle) when untouched, warn before writing over it when edited, and
stop saving when the exchange has moved on or is gone."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.domain.exchanges.rules import rules_to_dict
from blues_desktop.services import exchanges as cx
from blues_desktop.services.context import AppContext
from blues_desktop.store.models import Exchange
from blues_desktop.ui.change_hub import hub_for
from blues_desktop.ui.exchanges.dialogs import CtqDialog, ReportDialog
from blues_desktop.ui.exchanges.rules_dialog import RulesDialog
from blues_desktop.ui.pages.exchanges import ExchangesPage
from tests.services.test_exchanges_workflow import drive_to, parties, registration

CHANGED = "changed elsewhere"


def _elsewhere(ctx: AppContext, result: object) -> None:
    """A change made outside the dialog, announced as every use case's result is."""
    hub_for(ctx).announce(result.changes)  # type: ignore[attr-defined]


def _matched(ctx: AppContext, tmp_path: Path) -> str:
    reference = cx.register(ctx, registration(parties(ctx))).reference
    drive_to(ctx, reference, "matched", tmp_path)
    return reference


def _ctq(qtbot, ctx: AppContext, reference: str) -> CtqDialog:  # type: ignore[no-untyped-def]
    dialog = CtqDialog(cx.exchange_detail(ctx, reference), ctx=ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_an_untouched_ctq_shows_what_was_saved_elsewhere(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    reference = _matched(ctx, tmp_path)
    dialog = _ctq(qtbot, ctx, reference)
    assert dialog.goals.toPlainText() == ""
    _elsewhere(ctx, cx.update_exchange(ctx, reference, {"goals": "Smart meters in Płock"}))
    qtbot.waitUntil(lambda: dialog.goals.toPlainText() == "Smart meters in Płock", timeout=5000)
    assert "now shows it as stored" in dialog.notice.text() and dialog.notice.isVisible()
    assert dialog.save_button.isEnabled()


def test_an_untouched_ctq_shows_the_days_of_a_stay_changed_elsewhere(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    reference = _matched(ctx, tmp_path)
    dialog = _ctq(qtbot, ctx, reference)
    assert [day for day, _edit in dialog.days] == [f"2026-04-{d}" for d in range(13, 18)]
    _elsewhere(ctx, cx.update_exchange(ctx, reference, {"end_date": date(2026, 4, 15)}))
    qtbot.waitUntil(lambda: len(dialog.days) == 3, timeout=5000)
    assert [day for day, _edit in dialog.days] == ["2026-04-13", "2026-04-14", "2026-04-15"]
    # one row per day, between the objectives and the notice
    assert dialog.form.rowCount() == 2 + 3 + 2
    assert dialog.form.itemAt(2, dialog.form.ItemRole.FieldRole).widget() is dialog.days[0][1]


def test_a_ctq_being_edited_warns_and_keeps_what_was_typed(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    reference = _matched(ctx, tmp_path)
    dialog = _ctq(qtbot, ctx, reference)
    dialog.objectives.setPlainText("Meet the engineers")  # the user's edit
    _elsewhere(ctx, cx.update_exchange(ctx, reference, {"goals": "Smart meters in Płock"}))
    qtbot.waitUntil(lambda: "writes your version over" in dialog.notice.text(), timeout=5000)
    assert dialog.objectives.toPlainText() == "Meet the engineers"
    assert dialog.goals.toPlainText() == ""  # the form is not changed under the user
    assert dialog.save_button.isEnabled()


def test_a_change_to_another_part_of_the_exchange_says_nothing(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    reference = _matched(ctx, tmp_path)
    dialog = _ctq(qtbot, ctx, reference)
    dialog.goals.setPlainText("typed")
    evidence = tmp_path / "ticket.pdf"
    evidence.write_bytes(b"%PDF-1.4\n%%EOF\n")
    _elsewhere(ctx, cx.attach_evidence(ctx, reference, evidence, "travel_invoice"))
    qtbot.wait(500)
    assert dialog.notice.text() == "" and not dialog.notice.isVisible()


def test_a_ctq_signed_elsewhere_can_no_longer_be_saved(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    reference = _matched(ctx, tmp_path)
    dialog = _ctq(qtbot, ctx, reference)
    agenda = [(date(2026, 4, 13 + d), "Site visits") for d in range(5)]
    cx.update_exchange(ctx, reference, {"goals": "Meters", "objectives": "A pilot", "agenda": agenda})
    _elsewhere(ctx, cx.move(ctx, reference, "ctq_signed"))
    qtbot.waitUntil(lambda: "can no longer be changed" in dialog.notice.text(), timeout=5000)
    assert "is now Commitment to Quality signed" in dialog.notice.text()
    assert not dialog.save_button.isEnabled()


def test_a_ctq_whose_exchange_was_deleted_cannot_be_saved(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    reference = _matched(ctx, tmp_path)
    dialog = _ctq(qtbot, ctx, reference)
    with ctx.transaction() as session:  # as an imported bundle's deletion leaves it
        exchange = session.query(Exchange).filter_by(reference=reference).one()
        exchange.deleted_at = datetime(2026, 3, 3, tzinfo=UTC)
    hub_for(ctx).announce(Changes.of(Kind.EXCHANGES))
    qtbot.waitUntil(lambda: "deleted elsewhere" in dialog.notice.text(), timeout=5000)
    assert not dialog.save_button.isEnabled()


def test_a_closing_report_follows_its_exchange(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    reference = cx.register(ctx, registration(parties(ctx))).reference
    drive_to(ctx, reference, "held", tmp_path)
    detail = cx.exchange_detail(ctx, reference)
    dialog = ReportDialog(detail, detail.rules.evaluation_questions, ctx=ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    report = cx.ClosingReport(activities="Visited the treatment plant", scores={"host": 5})
    _elsewhere(ctx, cx.save_report(ctx, reference, report))
    qtbot.waitUntil(
        lambda: dialog.fields["activities"].toPlainText() == "Visited the treatment plant",
        timeout=5000,
    )
    assert dialog.scores["host"].value() == 5 and "now shows it" in dialog.notice.text()
    dialog.fields["results"].setPlainText("A joint pilot")  # now the user edits
    changed = cx.ClosingReport(activities="Visited two plants", scores={"host": 4})
    _elsewhere(ctx, cx.save_report(ctx, reference, changed))
    qtbot.waitUntil(lambda: "writes your version over" in dialog.notice.text(), timeout=5000)
    assert dialog.fields["activities"].toPlainText() == "Visited the treatment plant"
    assert dialog.fields["results"].toPlainText() == "A joint pilot"


def _rules_dialog(qtbot, ctx: AppContext) -> RulesDialog:  # type: ignore[no-untyped-def]
    page = ExchangesPage(ctx)
    qtbot.addWidget(page)
    page.open_rules()
    qtbot.waitUntil(lambda: page.property("rules_dialog") is not None, timeout=5000)
    dialog = page.property("rules_dialog")
    assert isinstance(dialog, RulesDialog)
    return dialog


def _new_version(ctx: AppContext, cap: str) -> object:
    values = rules_to_dict(cx.current_rules(ctx))
    values["cap"] = cap
    return cx.publish_rules(ctx, values, date(2027, 1, 1), "2027 call")


def test_untouched_rules_show_the_version_published_elsewhere(qtbot, coordinator_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = _rules_dialog(qtbot, coordinator_ctx)
    assert dialog.cap.value() == 1100.0
    _elsewhere(coordinator_ctx, _new_version(coordinator_ctx, "1000.00"))
    qtbot.waitUntil(lambda: dialog.cap.value() == 1000.0, timeout=5000)
    assert "version 2 in force" in dialog.windowTitle()
    assert "v2 from" in dialog.info.text()
    assert "Version 2 of the programme rules came in" in dialog.notice.text()


def test_rules_being_edited_are_kept_and_the_new_version_is_named(qtbot, coordinator_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = _rules_dialog(qtbot, coordinator_ctx)
    dialog.max_days.setValue(20)  # the coordinator's edit
    _elsewhere(coordinator_ctx, _new_version(coordinator_ctx, "1000.00"))
    qtbot.waitUntil(lambda: "while you edited them" in dialog.notice.text(), timeout=5000)
    assert dialog.max_days.value() == 20 and dialog.cap.value() == 1100.0
    assert "Version 2" in dialog.notice.text()
