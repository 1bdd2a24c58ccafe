"""The Exchanges page: the list, the detail, workflow buttons that say why not, the preview."""

from __future__ import annotations

from pathlib import Path

from blues_desktop.documents.exchanges import DocumentKind, render_document
from blues_desktop.services import exchanges as cx
from blues_desktop.services.context import AppContext
from blues_desktop.ui.pages.exchanges import ExchangesPage
from blues_desktop.ui.pdf_preview import PdfPreviewDialog
from tests.services.test_exchanges_workflow import drive_to, parties, registration


def test_page_moves_an_exchange_and_explains_blocked_moves(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    p = parties(ctx)
    reference = cx.register(ctx, registration(p)).reference
    page = ExchangesPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.count_label.text() == "1 exchange")  # read behind the window
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.reference == reference)
    assert page.next_button.isEnabled() and "validated" in page.next_button.text()
    page.next_button.click()
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.state.value == "validated")
    # matching waits for both sides: the button is off and says why
    assert not page.next_button.isEnabled()
    assert "accept" in page.why_not.text()
    assert page.action_buttons["host"].isEnabled()
    assert not page.doc_buttons[DocumentKind.AGREEMENT].isEnabled()
    # nothing has taken place yet: no certificate of attendance, whatever the host
    assert page.detail.host is not None
    assert not page.doc_buttons[DocumentKind.CERTIFICATE].isEnabled()
    assert "held" in page.doc_buttons[DocumentKind.CERTIFICATE].toolTip()
    # the pilot's progress in words
    qtbot.waitUntil(lambda: "0 of the 50 planned exchanges held (0%)" in page.kpi_label.text())
    assert "1 more under way" in page.kpi_label.text()


def test_filters_and_pdf_preview(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    p = parties(ctx)
    reference = cx.register(ctx, registration(p)).reference
    drive_to(ctx, reference, "agreement_signed", tmp_path)
    page = ExchangesPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.state_filter.setCurrentIndex(page.state_filter.findData("paid"))
    qtbot.waitUntil(lambda: page.count_label.text() == "0 exchanges")
    assert page.model.rowCount() == 0
    page.state_filter.setCurrentIndex(page.state_filter.findData("agreement_signed"))
    qtbot.waitUntil(lambda: page.count_label.text() == "1 exchange")
    assert page.model.rowCount() == 1
    dialog = PdfPreviewDialog(
        "Agreement", render_document(ctx, reference, DocumentKind.AGREEMENT), "a.pdf"
    )
    qtbot.addWidget(dialog)
    assert dialog.page_count == 1  # the agreement and its signatures on one page


def test_another_office_s_exchange_says_it_is_read_only_once(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from blues_desktop.store.models import Exchange

    reference = cx.register(ctx, registration(parties(ctx))).reference
    with ctx.transaction() as session:  # as an imported bundle brings AQV's exchanges
        session.query(Exchange).filter_by(reference=reference).one().office_id = "AQV"
    page = ExchangesPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail is not None)
    notice = "Read-only: this exchange belongs to office AQV."
    assert page.why_not.text() == notice  # above the detail, beside the disabled buttons
    assert "Read-only" not in page.info.toPlainText()
    assert reference in page.info.toPlainText()


def test_the_list_shortens_long_values_and_gives_them_whole_in_the_tooltip(
    qtbot, ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from blues_desktop.ui.exchanges.columns import list_width
    from blues_desktop.ui.exchanges.table_model import Column

    p = parties(ctx)
    cx.register(ctx, registration(p))
    page = ExchangesPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    row = page.model.row_at(0)
    assert row is not None

    def cell(column: Column, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> str:
        return str(page.model.data(page.model.index(0, column), role))

    tooltip = Qt.ItemDataRole.ToolTipRole
    # the countries by their codes, by name in the tooltip
    assert cell(Column.COUNTRIES) == f"{row.visitor_country} → {row.host_country}"
    assert "→" in cell(Column.COUNTRIES, tooltip)
    assert cell(Column.COUNTRIES, tooltip) != cell(Column.COUNTRIES)
    for column in (Column.STATE, Column.VISITOR, Column.HOST):
        assert cell(column, tooltip) == cell(column)
    # the page on a laptop (the window less its navigation): the list opens as wide as
    # its columns need, none past the list's right edge
    page.resize(1180, 600)
    page.show()
    qtbot.waitExposed(page)
    assert page.table.width() >= list_width(page.table)
    assert page.table.horizontalHeader().length() <= page.table.viewport().width()
    assert not page.table.horizontalScrollBar().isVisible()
