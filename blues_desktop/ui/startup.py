"""The GUI's start sequence, once Qt can load."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from blues_desktop import APP_NAME, __version__
from blues_desktop.domain.errors import BluesError
from blues_desktop.services.context import Installation, open_installation
from blues_desktop.services.logs import configure_logging, get_logger
from blues_desktop.store.integrity import DamagedDatabaseError
from blues_desktop.store.paths import DataPaths, resolve_data_dir
from blues_desktop.ui.error_dialog import install_excepthook
from blues_desktop.ui.main_window import MainWindow
from blues_desktop.ui.recovery_dialog import offer_recovery
from blues_desktop.ui.setup_dialog import SetupDialog

LOCK_NAME = "blues-desktop.lock"
log = get_logger("ui.startup")


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication([APP_NAME])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("BLUES")
    return app


def acquire_instance_lock(data_dir: Path) -> QLockFile | None:
    """One window per data folder: a second start is told so instead of sharing the file."""
    data_dir.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)  # a lock is stale only when its process is gone
    if lock.tryLock(100):
        return lock
    return None


def open_window(installation: Installation) -> MainWindow | None:
    """The main window, after the setup dialog on first run (None if set-up was cancelled)."""
    if not installation.is_initialised:
        dialog = SetupDialog(installation)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
    return MainWindow(installation.context())


def _open_or_recover(root: Path, db_url: str | None) -> Installation | None:
    """Open the data; a damaged database leads to the recovery dialog, then a second try."""
    try:
        return open_installation(root, db_url)
    except DamagedDatabaseError as exc:
        log.error("start-up check failed: %s", exc)
        if offer_recovery(DataPaths(root), exc) is None:
            return None
    except BluesError as exc:
        log.error("cannot open the data: %s", exc)
        QMessageBox.critical(None, APP_NAME, str(exc))
        return None
    try:
        return open_installation(root, db_url)
    except BluesError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return None


def run_app(data_dir: str | None, db_url: str | None, files: Sequence[str] = ()) -> int:
    app = application()
    install_excepthook()
    root = resolve_data_dir(data_dir)
    configure_logging(DataPaths(root).logs)
    log.info("BLUES Desktop %s starting", __version__)
    try:
        lock = acquire_instance_lock(root)
    except OSError as exc:
        QMessageBox.critical(None, APP_NAME, f"Cannot use the data folder {root}: {exc.strerror}")
        return 1
    if lock is None:
        QMessageBox.warning(
            None,
            APP_NAME,
            f"BLUES Desktop is already open on the data folder\n{root}\n\n"
            "Switch to that window, or close it first.",
        )
        return 1
    installation = _open_or_recover(root, db_url)
    if installation is None:
        return 1
    window = open_window(installation)
    if window is None:
        installation.close()
        return 0
    window.show()
    code = app.exec()
    installation.close()
    lock.unlock()
    return code
