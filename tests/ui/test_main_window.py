"""The window a user sees: setup on first run, the office in the status bar, the pages."""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtWidgets import QDialog, QLabel, QTextBrowser, QWidget
from pytestqt.exceptions import TimeoutError as StillEmpty

from blues_desktop.domain.offices import office_info
from blues_desktop.services.context import AppContext, Installation
from blues_desktop.services.demo import generate
from blues_desktop.services.reports.pack import report_pack
from blues_desktop.ui.about import about_text
from blues_desktop.ui.main_window import MainWindow
from blues_desktop.ui.pages.reports import ReportsPage
from blues_desktop.ui.setup_dialog import SetupDialog


def test_main_window_shows_office_fingerprint_and_pages(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert "ZINNAE" in window.windowTitle()
    assert "Office: ZIN ZINNAE (partner)" in window.office_label.text()
    fingerprint = window.key_label.text().removeprefix("Key: ")
    assert len(fingerprint) == 19 and fingerprint.count("-") == 3
    assert str(ctx.paths.root) in window.data_label.text()
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == ["Members", "Exchanges", "Events", "Timesheets", "Bundles", "Reports"]


def test_reports_page_counts_the_demo_per_office(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    generate(ctx, scale=0.2)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.show_page("Reports")
    assert isinstance(page, ReportsPage)
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    with qtbot.waitSignal(page.drawn, timeout=10_000):
        page.tabs.setCurrentIndex(1)  # Members: its charts are drawn once it is opened
    model = page.card("members_office").view.model()
    shown = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    expected = report_pack(ctx, None, ctx.now().date()).members.by_office
    assert len(shown) == 5 and all(n > 0 for _office, n in expected)
    assert shown == {f"{code} {office_info(code).short_name}": str(n) for code, n in expected}


def test_setup_dialog_creates_the_office(qtbot, installation: Installation) -> None:  # type: ignore[no-untyped-def]
    dialog = SetupDialog(installation)
    qtbot.addWidget(dialog)
    assert dialog.office.currentIndex() == -1  # no office is chosen for the user
    dialog.create_office()
    # each message under its field, the first of them focused
    shown = dialog.errors.shown()
    assert "Choose the office" in shown["office"] and "name is needed" in shown["name"]
    assert "" not in shown and dialog.focusWidget() is dialog.office
    assert not installation.is_initialised
    dialog.office.setCurrentIndex(dialog.office.findData("MCI"))
    dialog.passphrase.setText("secret")
    dialog.create_office()  # no name yet, and the passphrase not repeated
    assert set(dialog.errors.shown()) == {"name", "repeat"}
    assert "differ" in dialog.errors.shown()["repeat"]
    assert not installation.is_initialised
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.name, "Lukasz")  # QtTest types ASCII only
    dialog.name.insert(" Wiśniewski")
    dialog.create_office()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert installation.context().office.code == "MCI"
    assert installation.context().user_name == "Lukasz Wiśniewski"


def test_about_names_the_grant_and_the_disclaimer() -> None:
    text = about_text()
    assert "874426" in text and "COSME" in text
    assert "cannot be considered to reflect the views of the European Commission" in text


def test_empty_pages_say_what_will_live_there(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.build_all_pages()

    def texts(page: QWidget) -> str:
        shown = " ".join(label.text() for label in page.findChildren(QLabel))
        return shown + " ".join(b.toPlainText() for b in page.findChildren(QTextBrowser))

    # The lists' first pages are read behind the window: their counts show on arrival.
    with suppress(StillEmpty):  # the assertion below names the page that stayed empty
        qtbot.waitUntil(lambda: all(len(texts(page)) > 40 for page in window.pages))
    for page in window.pages:
        assert len(texts(page)) > 40, f"the {page.title} page shows nothing"


def test_a_second_instance_on_the_same_data_folder_is_refused(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from blues_desktop.ui.startup import acquire_instance_lock

    first = acquire_instance_lock(tmp_path)
    assert first is not None
    assert acquire_instance_lock(tmp_path) is None
    first.unlock()
    again = acquire_instance_lock(tmp_path)
    assert again is not None
    again.unlock()
