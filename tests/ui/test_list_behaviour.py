"""The same act behaves the same on every list (docs/ui-conventions.md): search as you
type, double-click or Enter opens the record, a new record is selected, a delete is said
in the status bar and leaves a sensible selection, an empty list says what goes there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from blues_desktop.documents.exchanges import DocumentKind
from blues_desktop.domain.organisations import OrganisationInput
from blues_desktop.services import exchanges as cx
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.editing import save_organisation
from blues_desktop.ui.feedback import last_told
from blues_desktop.ui.members.edit_dialog import OrganisationDialog
from blues_desktop.ui.pages.exchanges import ExchangesPage
from blues_desktop.ui.pages.members import MembersPage
from tests.services.test_exchanges_workflow import drive_to, parties, registration
from tests.ui.answering import answer_next


def _open_dialogs() -> list[OrganisationDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, OrganisationDialog) and w.isVisible()
    ]


def test_exchanges_search_as_you_type_and_name_their_end_buttons(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    p = parties(ctx)
    first = cx.register(ctx, registration(p)).reference
    page = ExchangesPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.count_label.text() == "1 exchange")
    qtbot.keyClicks(page.search, "no such exchange")  # no Enter pressed
    qtbot.waitUntil(lambda: page.count_label.text() == "0 exchanges", timeout=3000)
    assert page.empty.isVisible() is False or page.empty.label.text().startswith(
        "No exchange matches"
    )
    page.search.clear()
    qtbot.keyClicks(page.search, first)
    qtbot.waitUntil(lambda: page.count_label.text() == "1 exchange", timeout=3000)
    # ending an exchange is named for what it does, never a bare "Cancel…"
    labels = {b.text() for b in page.action_buttons.values()}
    assert {"Cancel exchange…", "Withdraw…"} <= labels and "Cancel…" not in labels


def test_a_new_exchange_is_selected_and_said(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    p = parties(ctx)
    for n in range(3):
        cx.register(ctx, registration(p, override_reason=f"visit {n}, agreed"))
    page = ExchangesPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.count_label.text() == "3 exchanges")
    result = cx.register(ctx, registration(p, override_reason="a second visit, agreed"))
    if result.warnings:  # the override is said in a box first
        answer_next("OK")
    page.registered(result)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.id == result.exchange_id)
    current = page.table.currentIndex()
    assert current.isValid() and page.model.row_at(current.row()).id == result.exchange_id
    assert result.reference in last_told(page)


def test_the_certificate_prints_once_the_exchange_is_held(
    qtbot, ctx: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    p = parties(ctx)
    reference = cx.register(ctx, registration(p)).reference
    drive_to(ctx, reference, "held", tmp_path)
    page = ExchangesPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail is not None)
    assert page.doc_buttons[DocumentKind.CERTIFICATE].isEnabled()


def test_an_empty_register_says_what_goes_there_and_offers_the_action(
    qtbot, ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.model.loading)
    qtbot.waitUntil(lambda: page.empty.isVisible())
    assert "No organisations in the register yet" in page.empty.label.text()
    assert page.empty.button is not None and page.empty.button.text() == "New organisation…"
    page.empty.button.click()
    qtbot.waitUntil(lambda: len(_open_dialogs()) == 1)
    dialog = _open_dialogs()[0]
    assert dialog.organisation_id is None
    dialog.inputs["legal_name"].setText("Aguas del Ebro S.L.")
    dialog.country.setCurrentIndex(dialog.country.findData("ES"))
    dialog.buttons.accepted.emit()
    # the new record is selected in the list and its detail shown; the overlay is gone
    qtbot.waitUntil(lambda: page.current is not None, timeout=5000)
    assert page.current.row.legal_name == "Aguas del Ebro S.L."
    assert page.table.currentIndex().row() == 0
    assert not page.empty.isVisible()
    assert "new organisation is saved" in last_told(page)


def test_double_click_and_enter_open_the_organisation(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    save_organisation(ctx, OrganisationInput("Aguas del Ebro S.L.", "sme", "ES"))
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.current is not None)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_open_dialogs()) == 1)
    dialog = _open_dialogs()[0]
    assert dialog.organisation_id == page.current.row.id
    dialog.reject()
    rect = page.table.visualRect(page.model.index(0, 0))
    # a double-click is a press and release, then the second press (as a mouse sends it)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: len(_open_dialogs()) == 1)
    _open_dialogs()[0].reject()


def test_a_delete_is_said_and_the_next_row_is_selected(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    for name in ("Aguas del Ebro S.L.", "Bodegas Moncayo S.A.", "Cerámicas Teruel S.L."):
        save_organisation(ctx, OrganisationInput(name, "sme", "ES"))
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.table.selectRow(1)
    qtbot.waitUntil(lambda: page.current is not None)
    assert page.current.row.legal_name == "Bodegas Moncayo S.A."
    page.delete_current()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and page.current is not None, timeout=5000)
    assert last_told(page) == "Deleted “Bodegas Moncayo S.A.”. Undo delete brings it back."
    # the row that took its place is selected
    assert page.current.row.legal_name == "Cerámicas Teruel S.L."
    assert page.table.currentIndex().row() == 1


def test_cancelling_an_exchange_asks_with_the_acts_name(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    """The reason box says "Cancel exchange" and "Keep the exchange", never OK and a
    Cancel that would mean the opposite."""
    from tests.ui.answering import answer_reason, asked

    p = parties(ctx)
    reference = cx.register(ctx, registration(p)).reference
    page = ExchangesPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail is not None)
    answer_reason("the host closed for the summer", "Keep the exchange")
    page.action_buttons["cancel"].trigger()
    assert reference in asked[-1]
    assert page.detail.state.value == "registered"
    answer_reason("the host closed for the summer", "Cancel exchange")
    page.action_buttons["cancel"].trigger()
    qtbot.waitUntil(
        lambda: page.detail is not None and page.detail.state.value == "cancelled", timeout=5000
    )


def test_every_empty_list_says_what_goes_there(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    """A new office's pages: no list is blank, each says what goes there and offers the
    act that adds the first one."""
    from blues_desktop.ui.pages.bundles import BundlesPage
    from blues_desktop.ui.pages.events import EventsPage
    from blues_desktop.ui.pages.timesheets import TimesheetsPage

    events, staff, bundles = EventsPage(ctx), TimesheetsPage(ctx), BundlesPage(ctx)
    exchanges = ExchangesPage(ctx)
    for page in (events, staff, bundles, exchanges):
        qtbot.addWidget(page)
        page.show()
    expected = {
        "New event…": events.empty,
        "New staff member…": staff.staff_empty,
        "Write bundle…": bundles.history_empty,
        "Register…": exchanges.empty,
    }
    for action, overlay in expected.items():
        qtbot.waitUntil(overlay.isVisible, timeout=5000)
        assert overlay.label.text().startswith("No ")
        assert overlay.button is not None and overlay.button.text() == action
