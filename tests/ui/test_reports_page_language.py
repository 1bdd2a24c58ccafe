"""The Reports page in a German window: the tabs, the charts' titles, the tables' headers
and row labels in German, numbers, euros and months as German writes them, and Copy in
German too; the report pack written from that window stays English (the EU's report)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication

from blues_desktop.services.context import AppContext
from blues_desktop.ui.i18n import install_language
from blues_desktop.ui.pages.reports import ReportsPage
from blues_desktop.ui.reports.chart_card import ChartCard
from tests.services.test_reports import coordinator

__all__ = ["coordinator"]


def _cells(card: ChartCard) -> list[list[str]]:
    model = card.view.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _headers(card: ChartCard) -> list[str]:
    model = card.view.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_a_german_window_shows_the_reports_in_german(
    qtbot, qapp, coordinator: AppContext, tmp_path: Path, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    install_language("de", qapp)
    page = ReportsPage(coordinator)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.as_of.setDate(QDate(2026, 6, 30))
    page.refresh()
    qtbot.waitUntil(lambda: "30. Juni 2026" in page.headline.text(), timeout=10_000)
    qtbot.waitUntil(lambda: "exchanges_budget" in page.cards, timeout=10_000)
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == ["Austausche", "Mitglieder", "Veranstaltungen", "Aufwand"]

    target = page.card("exchanges_target")
    assert target.title.text() == "Durchgeführte Austausche gemessen am Ziel von 50"
    assert _headers(target) == ["Kennzahl", "Austausche"]
    assert [row[0] for row in _cells(target)] == [
        "Durchgeführt", "Laufend", "Noch bis zum Ziel",
    ]  # fmt: skip
    states = [row[0] for row in _cells(page.card("exchanges_state"))]
    assert "Austausch durchgeführt" in states and "Registered" not in states
    months = _cells(page.card("exchanges_month"))
    assert months == [["April 2026", "2"]]
    budget = _cells(page.card("exchanges_budget"))
    assert budget[0] == ["Ausgezahlt", "780,00\xa0€"]  # the sign after, as German writes it
    # the chart's categories are the same German words
    chart = page.card("exchanges_target").chart_view
    assert chart is not None
    (axis,) = [a for a in chart.chart().axes() if isinstance(a, QBarCategoryAxis)]
    assert "Durchgeführt" in axis.categories()

    page.card("exchanges_target").copy_button.click()
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0] == "Kennzahl\tAustausche"
    assert copied[1].startswith("Durchgeführt\t")

    with qtbot.waitSignal(page.drawn, timeout=10_000):
        page.tabs.setCurrentIndex(1)
    countries = [row[0] for row in _cells(page.card("members_country"))]
    assert "Spanien" in countries and "Spain" not in countries
    assert page.card("members_type").title.text() == "Mitgliedseinträge nach Art"

    # the report pack written from the German window is the English one for the EU
    pdf = tmp_path / "pack.pdf"
    page.export_to("pdf", pdf)
    qtbot.waitUntil(pdf.exists, timeout=20_000)  # written under a temporary name, then renamed
    text = " ".join((p.extract_text() or "") for p in PdfReader(pdf).pages)
    assert "Exchanges held against the target of 50" in " ".join(text.split())
    assert "Durchgeführt" not in text and "Spanien" not in text
