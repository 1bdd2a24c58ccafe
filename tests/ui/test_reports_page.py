"""The dashboard as a coordinator uses it: the figures of the chosen period and date,
each chart's table one click away and copied as text, the freshness warning, and the
report pack written from the page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCharts import QValueAxis
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication

from blues_desktop.services.context import AppContext
from blues_desktop.services.reports.pack import report_pack
from blues_desktop.services.reports.tables import ReportTable
from blues_desktop.ui.feedback import last_told, last_written
from blues_desktop.ui.pages.reports import ReportsPage
from blues_desktop.ui.reports.periods_dialog import PeriodsDialog
from blues_desktop.ui.reports.report_chart import build_chart, whole_step
from tests.services.test_reports import coordinator

__all__ = ["coordinator"]


def _loaded(qtbot, page: ReportsPage, label: str) -> None:  # type: ignore[no-untyped-def]
    """The figures shown and the first tab's charts drawn (they come one at a time)."""
    qtbot.waitUntil(lambda: page.data is not None and label in page.headline.text(), timeout=10_000)
    qtbot.waitUntil(lambda: "exchanges_budget" in page.cards, timeout=10_000)


def test_the_dashboard_shows_the_chosen_period_and_its_tables(
    qtbot, coordinator: AppContext, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    page = ReportsPage(coordinator)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    _loaded(qtbot, page, "Whole project")
    page.period.setCurrentIndex(page.period.findData("P1"))
    page.as_of.setDate(QDate(2026, 6, 30))
    page.refresh()
    _loaded(qtbot, page, "Period 1 (01/01/2026 to 30/06/2026), as of 30 June 2026")
    assert "exchanges held <b>1 of 50</b>" in page.headline.text()
    assert "members <b>8</b>" in page.headline.text()
    card = page.card("exchanges_office")
    assert card.chart_view is not None and not card.showing_table
    qtbot.mouseClick(card.toggle, Qt.MouseButton.LeftButton)
    assert card.showing_table and card.toggle.text() == "Show chart"
    model = card.view.model()
    rows = {model.index(r, 0).data(): (model.index(r, 1).data(), model.index(r, 2).data())
            for r in range(model.rowCount())}  # fmt: skip
    assert rows["ZIN ZINNAE"] == ("2", "1") and rows["MCI MCICT"] == ("0", "0")
    card.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.splitlines()[0] == "Partner\tUnder way or done\tHeld"
    assert "ZIN ZINNAE\t2\t1" in copied.splitlines()
    # the Effort tab is drawn when it is opened
    assert "effort_wp" not in page.cards
    with qtbot.waitSignal(page.drawn, timeout=10_000):
        page.tabs.setCurrentIndex(3)
    assert page.card("effort_wp").table.rows[2][2] == report_pack(
        coordinator, "P1", date(2026, 6, 30)
    ).effort.total("person_months_declared", wp="WP3")
    # nothing merged from the partners in this data set: every partner is flagged
    warnings = page.freshness.warnings()
    assert len(warnings) == 4 and all("nothing merged yet" in w for w in warnings)


def test_the_report_pack_is_written_from_the_page(
    qtbot, coordinator: AppContext, tmp_path: Path, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    page = ReportsPage(coordinator)
    qtbot.addWidget(page)
    _loaded(qtbot, page, "Whole project")
    page.period.setCurrentIndex(page.period.findData("P1"))
    page.as_of.setDate(QDate(2026, 6, 30))
    target = tmp_path / "pack.pdf"
    page.export_to("pdf", target)
    # said in the status bar (no message box), with the file to open
    qtbot.waitUntil(lambda: last_written(page) == target, timeout=20_000)
    assert last_told(page) == f"Saved pack.pdf in {tmp_path}."
    assert target.read_bytes().startswith(b"%PDF")


def test_a_page_closed_while_its_charts_come_raises_nothing(
    qtbot, coordinator: AppContext  # type: ignore[no-untyped-def]
) -> None:
    page = ReportsPage(coordinator)
    _loaded(qtbot, page, "Whole project")
    data = page.data
    assert data is not None
    page.show_dashboard(data)  # the next charts are asked for, a turn at a time …
    page.deleteLater()  # … and the page goes first (pytest-qt fails on any error raised)
    qtbot.wait(200)


def test_a_refresh_with_nothing_changed_keeps_the_charts_and_a_change_redraws_them(
    qtbot, ctx: AppContext  # type: ignore[no-untyped-def]
) -> None:
    from blues_desktop.domain.changes import Changes, Kind
    from blues_desktop.ui.change_hub import hub_for
    from tests.services.test_reports import member

    member(ctx, "Aceros Ebro SL", date(2021, 2, 1))
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    _loaded(qtbot, page, "Whole project")
    assert "members <b>1</b>" in page.headline.text()
    shown, before = page.card("exchanges_state"), page.data
    page.refresh()
    qtbot.waitUntil(lambda: page.data is not before, timeout=10_000)
    assert page.data is not None and before is not None and page.data.pack is before.pack
    assert page.cards.get("exchanges_state") is shown  # the same figures: the chart stays
    # a member saved without telling the page: the data's stamp tells
    member(ctx, "Textil Aragón SA", date(2021, 3, 1))
    page.refresh()
    _loaded(qtbot, page, "members <b>2</b>")
    assert page.card("exchanges_state") is not shown
    # a change announced on the hub drops the kept figures and reads them again
    kept = page.data
    hub_for(ctx).announce(Changes.of(Kind.MEMBERS))
    qtbot.waitUntil(lambda: page.data is not kept, timeout=10_000)
    assert page.data is not None and page.data.pack is not kept.pack


@pytest.mark.parametrize(
    ("top", "step"), [(0, 1), (2, 1), (5, 1), (6, 2), (10, 2), (11, 5), (25, 5), (26, 10), (471, 100)]
)
def test_a_count_axis_ticks_whole_numbers(top: int, step: int) -> None:
    assert whole_step(top) == step
    assert top <= 5 * step  # at most five steps to the top


def test_a_chart_of_small_counts_labels_only_whole_numbers(qapp) -> None:  # type: ignore[no-untyped-def]
    table = ReportTable(
        "states", "Exchanges", "Exchanges by state", ("State", "Exchanges"),
        (("Registered", 1), ("Paid", 1), ("Cancelled", 2)),
    )  # fmt: skip
    chart = build_chart(table)
    (axis,) = [a for a in chart.axes() if isinstance(a, QValueAxis)]
    assert axis.tickType() is QValueAxis.TickType.TicksDynamic
    assert (axis.min(), axis.max(), axis.tickInterval()) == (0, 2, 1)  # 0, 1, 2


def test_the_coordinator_sets_the_periods_in_the_window(
    qtbot, coordinator_ctx: AppContext, ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    page = ReportsPage(coordinator_ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    assert not page.periods_button.isHidden()
    assert page.period.count() == 3  # the whole project and the grant's two periods
    dialog = PeriodsDialog(coordinator_ctx, page.data.periods, page)
    qtbot.addWidget(dialog)
    assert dialog.months.text() == "12, 12"  # what is set now, as the user would write it
    dialog.months.setText("12, x")
    assert "separated by commas" in dialog.preview.text()
    dialog.save()
    assert "whole months" in dialog.errors.shown()["months"] and dialog.saved is None
    dialog.months.setText("40")
    dialog.save()  # the service's rule, shown under the field it is about
    qtbot.waitUntil(lambda: "1 to 36" in dialog.errors.shown().get("months", ""), timeout=10_000)
    assert "" not in dialog.errors.shown()
    assert dialog.saved is None
    dialog.start.setDate(QDate(2020, 2, 3))
    dialog.months.setText("6, 6, 12")
    assert "Period 3 (03/02/2021 to 02/02/2022)" in dialog.preview.text()
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10_000)
    page.apply_result(dialog.saved)
    qtbot.waitUntil(lambda: page.period.count() == 4, timeout=10_000)
    assert page.period.itemText(3) == "Period 3 (03/02/2021 to 02/02/2022)"
    partner = ReportsPage(ctx)
    qtbot.addWidget(partner)
    assert partner.periods_button.isHidden()  # a partner's pack follows the coordinator's
