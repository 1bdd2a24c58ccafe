"""The programme rules form: the coordinator edits and publishes, a bad field is named and
nothing is stored, partners only read."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QItemSelectionModel, Qt

from blues_desktop.services import exchanges as cx
from blues_desktop.services.context import AppContext
from blues_desktop.ui.exchanges.rules_dialog import RulesDialog
from blues_desktop.ui.forms import qdate


def _row_of(dialog: RulesDialog, code: str) -> int:
    return dialog.countries.codes.index(code)


def _publisher(ctx: AppContext):  # type: ignore[no-untyped-def]
    def publish(values, valid_from, note):  # type: ignore[no-untyped-def]
        cx.publish_rules(ctx, values, valid_from, note)

    return publish


def test_coordinator_edits_the_form_and_publishes_a_version(
    qtbot, coordinator_ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    rules = cx.current_rules(coordinator_ctx)
    dialog = RulesDialog(rules, "Versions: v1", _publisher(coordinator_ctx))
    qtbot.addWidget(dialog)
    assert dialog.cap.value() == 1100.0 and dialog.halve_days.value() == 5
    # the Polish threshold typed with a decimal comma, Spain and Portugal set together
    dialog.countries.item(_row_of(dialog, "PL"), 2).setText("812,50")
    selection = dialog.countries.selectionModel()
    for code in ("ES", "PT"):
        selection.select(
            dialog.countries.model().index(_row_of(dialog, code), 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    dialog.bulk_amount.setValue(700)
    dialog.set_bulk.click()
    dialog.cap.setValue(1000)
    dialog.max_days.setValue(20)
    dialog.visitor_checks["rto"][0].setChecked(True)
    dialog.evidence["boarding_pass"].setCurrentIndex(
        dialog.evidence["boarding_pass"].findData("required")
    )
    dialog.questions.add_question()
    dialog.questions.item(dialog.questions.rowCount() - 1, 1).setText("Would you host in return?")
    dialog.valid_from.setDate(qdate(date(2027, 1, 1)))
    dialog.note.setText("2027 call")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        dialog.publish.click()

    published = cx.current_rules(coordinator_ctx)
    assert published.version == 2 and published.note == "2027 call"
    assert published.valid_from == date(2027, 1, 1)
    assert published.thresholds["PL"] == Decimal("812.50")
    assert published.thresholds["ES"] == published.thresholds["PT"] == Decimal("700.00")
    assert published.thresholds["DE"] == rules.thresholds["DE"]
    assert published.cap == Decimal("1000.00") and published.max_working_days == 20
    assert published.visitor_type("rto") is not None
    assert "boarding_pass" in published.evidence_required
    assert published.evaluation_questions[-1].text == "Would you host in return?"
    assert published.cosme_countries == rules.cosme_countries


def test_a_bad_field_is_named_and_nothing_is_published(qtbot, coordinator_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = RulesDialog(
        cx.current_rules(coordinator_ctx), "Versions: v1", _publisher(coordinator_ctx)
    )
    qtbot.addWidget(dialog)
    dialog.countries.item(_row_of(dialog, "CZ"), 2).setText("sieben hundert")
    dialog.min_days.setValue(10)
    dialog.max_days.setValue(5)
    for checks in dialog.visitor_checks.values():
        checks[0].setChecked(False)
    dialog.publish.click()  # refused in the background: the reasons appear, the form stays
    qtbot.waitUntil(lambda: dialog.errors.text() != "")
    errors = dialog.errors.text()
    assert "Countries and thresholds, Czechia (CZ): 'sieben hundert' is not an amount" in errors
    assert "longest stay: the maximum (5) is below the minimum (10)" in errors
    assert "Visitors and evidence: at least one organisation type" in errors
    assert [v.version for v in cx.list_versions(coordinator_ctx)] == [1]
    # the edits are still in the form to be corrected
    assert dialog.countries.item(_row_of(dialog, "CZ"), 2).text() == "sieben hundert"
    # unticking a country that takes part removes it from COSME in the next version
    dialog.countries.item(_row_of(dialog, "CZ"), 2).setText("700")
    dialog.max_days.setValue(22)
    dialog.visitor_checks["cluster"][0].setChecked(True)
    dialog.countries.item(_row_of(dialog, "TR"), 1).setCheckState(Qt.CheckState.Unchecked)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        dialog.publish.click()
    published = cx.current_rules(coordinator_ctx)
    assert published.version == 2 and "TR" not in published.cosme_countries
    assert [t.org_type for t in published.visitor_types] == ["cluster"]


def test_partners_see_the_rules_read_only(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = RulesDialog(cx.current_rules(ctx), "Versions: v1", None)
    qtbot.addWidget(dialog)
    assert not dialog.publish.isEnabled()
    assert all(not dialog.tabs.widget(i).isEnabled() for i in range(dialog.tabs.count()))
