"""A damaged database at start: the recovery dialog; unexpected errors: the error dialog."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from blues_desktop.services.context import AppContext, open_installation
from blues_desktop.services.demo import generate
from blues_desktop.services.logs import configure_logging
from blues_desktop.services.maintenance import backups_checked
from blues_desktop.store.backup import create_backup
from blues_desktop.store.integrity import DamagedDatabaseError
from blues_desktop.ui import error_dialog
from blues_desktop.ui.main_window import MainWindow
from blues_desktop.ui.recovery_dialog import RecoveryDialog
from blues_desktop.ui.startup import _open_or_recover
from tests.resilience.helpers import content_digest, damage


@pytest.fixture
def damaged(ctx: AppContext) -> tuple[AppContext, str]:
    """A folder whose database was damaged after two backups; the older backup is damaged too."""
    generate(ctx, scale=0.2, offices=["ZIN"])
    paths = ctx.paths
    older = create_backup(paths.database, paths.backups, "before-import")
    newer = create_backup(paths.database, paths.backups, "manual")
    ctx.installation.close()
    digest = content_digest(newer.path)
    damage(older.path)
    damage(paths.database)
    return ctx, digest


def test_the_dialog_lists_checked_backups_and_restores_the_newest_good(qtbot, damaged) -> None:  # type: ignore[no-untyped-def]
    ctx, digest = damaged
    paths = ctx.paths
    with pytest.raises(DamagedDatabaseError) as caught:
        open_installation(paths.root)
    dialog = RecoveryDialog(paths, caught.value, backups_checked(paths))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 2).text() == "manual"
    assert dialog.table.item(0, 3).text() == "passes the check"
    size = dialog.backups[0].info.path.stat().st_size
    assert size > 1_048_576 and dialog.table.item(0, 1).text() == f"{size / 1_048_576:.1f} MB"
    assert dialog.table.item(1, 3).text().startswith("damaged:")
    assert not dialog.table.item(1, 0).flags() & Qt.ItemFlag.ItemIsSelectable
    assert "is kept aside" in dialog.intro.text()
    assert dialog.selected() is dialog.backups[0]
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == RecoveryDialog.DialogCode.Accepted
    assert dialog.result_of_restore is not None
    kept = dialog.result_of_restore.damaged_copy
    assert kept is not None and kept.exists() and kept.name.startswith("blues.sqlite.damaged-")
    assert content_digest(paths.database) == digest
    open_installation(paths.root).close()


def test_no_good_backup_means_no_restore_button(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    ctx.installation.close()
    damage(ctx.paths.database, 0.05, 0.95)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_installation(ctx.paths.root)
    dialog = RecoveryDialog(ctx.paths, caught.value, backups_checked(ctx.paths))
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()
    assert "There are no backups in" in dialog.message.text()


def test_start_up_offers_the_backup_then_opens_the_restored_data(qtbot, damaged) -> None:  # type: ignore[no-untyped-def]
    ctx, digest = damaged

    def click_restore() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RecoveryDialog)
        dialog.restore_button.click()

    QTimer.singleShot(200, click_restore)
    installation = _open_or_recover(ctx.paths.root, None)
    assert installation is not None
    try:
        assert installation.context().office_code == "ZIN"
    finally:
        installation.close()


def test_quitting_the_dialog_changes_nothing(qtbot, damaged) -> None:  # type: ignore[no-untyped-def]
    ctx, _digest = damaged
    before = ctx.paths.database.read_bytes()

    def click_quit() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RecoveryDialog)
        dialog.quit_button.click()

    QTimer.singleShot(200, click_quit)
    assert _open_or_recover(ctx.paths.root, None) is None
    assert ctx.paths.database.read_bytes() == before
    assert not [p for p in ctx.paths.root.iterdir() if ".damaged-" in p.name]


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_the_dialog_and_the_window_stays(
    qtbot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log_file = configure_logging(ctx.paths.logs)
    assert log_file is not None
    error_dialog.install_excepthook()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    button = QPushButton("Break", window)

    def broken_slot() -> None:
        raise RuntimeError("lookup failed for ana.garcia@zinnae.example")

    button.clicked.connect(broken_slot)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(error_dialog._open_dialogs))
    dialog = next(iter(error_dialog._open_dialogs))
    assert dialog.isVisible() and window.isVisible()
    assert "RuntimeError" in dialog.summary.text()
    assert "<e-mail>" in dialog.summary.text() and "zinnae.example" not in dialog.summary.text()
    assert dialog.open_logs_button.isEnabled()
    assert str(ctx.paths.logs) in dialog.log_hint.text()
    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert "RuntimeError: lookup failed for <e-mail>" in copied and "broken_slot" in copied
    logged = log_file.read_text(encoding="utf-8")
    assert "RuntimeError: lookup failed for <e-mail>" in logged
    assert "ana.garcia" not in logged
    dialog.close()
    # The app goes on: the window still works.
    window.show_page("Reports")
    assert window.stack.currentWidget().title == "Reports"
