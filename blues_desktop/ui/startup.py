"""The GUI's start sequence, once Qt can load.

The usual start (a set-up folder at the newest schema, sound) shows the main window
straight after a cheap look with the standard library's sqlite3, and opens the data
layer (SQLAlchemy, the upgrade check, the start-up integrity check) on the next turn
of the event loop. First run, upgrades and damaged files take the full path first.
The heavy modules are imported inside the functions that need them, so the window
does not wait for them.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from blues_desktop import APP_NAME, __version__
from blues_desktop.documents.paper import use_paper
from blues_desktop.domain.errors import BluesError
from blues_desktop.domain.offices import office_info
from blues_desktop.services.logs import configure_logging, get_logger
from blues_desktop.services.start_folder import (
    DamagedDatabaseError,
    DataPaths,
    ReadyFolder,
    probe_ready,
    read_folder_settings,
    resolve_data_dir,
)
from blues_desktop.ui.app_icon import app_icon
from blues_desktop.ui.error_dialog import install_excepthook
from blues_desktop.ui.feature_check import layers_below_the_window
from blues_desktop.ui.i18n import install_language, resolve_language
from blues_desktop.ui.main_window import MainWindow, StatusInfo
from blues_desktop.ui.operations import finish_on_quit
from blues_desktop.ui.preferences import apply_theme, load_preferences

if TYPE_CHECKING:
    from blues_desktop.services.context import AppContext, Installation
    from blues_desktop.ui.user_chooser import UserChoice

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
    app.setWindowIcon(app_icon())
    preferences = load_preferences()
    apply_theme(app, preferences.theme)
    # Before any window or dialog is built: each takes its words when it is built.
    install_language(resolve_language(preferences.language), app)
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
    from blues_desktop.ui.setup_dialog import SetupDialog

    if not installation.is_initialised:
        dialog = SetupDialog(installation)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return MainWindow(installation.context())
    from blues_desktop.services.users import list_users

    last = installation.context()
    users = [u.name for u in list_users(installation)]
    cancelled, choice = ask_user(users, last.user_name, last.office.label)
    if cancelled:
        return None
    return MainWindow(_context_for(installation, choice))


def ask_user(users: list[str], current: str, office_label: str) -> tuple[bool, UserChoice | None]:
    """The start-up chooser, only when the computer has more than one user: (cancelled,
    the choice); no choice when there is nobody to choose between."""
    if len(users) < 2:
        return False, None
    from blues_desktop.ui.user_chooser import UserChooser

    chooser = UserChooser(users, current, office_label)
    if chooser.exec() != QDialog.DialogCode.Accepted or chooser.choice is None:
        return True, None
    return False, chooser.choice


def _context_for(installation: Installation, choice: UserChoice | None) -> AppContext:
    """The context of the chosen user (the last one when there was no choice); a choice
    that cannot be recorded is said, and the last user goes on."""
    if choice is None:
        return installation.context()
    from blues_desktop.ui.user_chooser import apply_choice

    try:
        return apply_choice(installation, choice, installation.context().user_name)
    except BluesError as exc:
        QMessageBox.warning(None, APP_NAME, _said(exc))
        return installation.context()


def _said(exc: BaseException) -> str:
    from blues_desktop.ui.messages import say  # only when something went wrong

    return say(exc)


def _open_or_recover(
    root: Path, db_url: str | None, *, checked: bool = False
) -> Installation | None:
    """Open the data; a damaged database leads to the recovery dialog, then a second try.
    `checked`: the file passed the quick check a moment ago (the fast start's probe)."""
    with layers_below_the_window():  # SQLAlchemy and the models: nothing there imports Qt
        from blues_desktop.services.context import open_installation

    try:
        return open_installation(root, db_url, checked=checked)
    except DamagedDatabaseError as exc:
        log.error("start-up check failed: %s", exc)
        from blues_desktop.ui.recovery_dialog import offer_recovery  # only for a damaged file

        if offer_recovery(DataPaths(root), exc) is None:
            return None
    except BluesError as exc:
        log.error("cannot open the data: %s", exc)
        QMessageBox.critical(None, APP_NAME, _said(exc))
        return None
    try:
        return open_installation(root, db_url)
    except BluesError as exc:
        QMessageBox.critical(None, APP_NAME, _said(exc))
        return None


def run_app(
    data_dir: str | None,
    db_url: str | None,
    files: Sequence[str] = (),
    *,
    quit_when_shown: bool = False,
) -> int:
    app = application()
    if quit_when_shown:
        QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
    install_excepthook()
    root = resolve_data_dir(data_dir)
    use_paper(read_folder_settings(root).paper_size)
    configure_logging(DataPaths(root).logs)
    log.info("BLUES Desktop %s starting", __version__)
    try:
        lock = acquire_instance_lock(root)
    except OSError as exc:
        QMessageBox.critical(None, APP_NAME, QCoreApplication.translate("startup", "Cannot use the data folder {root}: {strerror}").format(root=root, strerror=exc.strerror))
        return 1
    if lock is None:
        QMessageBox.warning(
            None,
            APP_NAME,
            QCoreApplication.translate("startup", "BLUES Desktop is already open on the data folder\n{root}\n\nSwitch to that window, or close it first.").format(root=root),
        )
        return 1
    ready = probe_ready(DataPaths(root)) if db_url is None else None
    bundles = [Path(f) for f in files]
    if ready is not None:
        code = _run_fast(app, root, ready, bundles)
    else:
        code = _run_full(app, root, db_url, bundles)
    gc.enable()  # a start that ended before its first page
    lock.unlock()
    return code


def _pause_collector() -> None:
    """Python's cycle collector waits while the start loads the data layer and builds the
    first page: it would otherwise walk, again and again, the objects those imports
    create and keep (SQLAlchemy, the models, the page), about a tenth of the start."""
    gc.disable()


def _resume_collector() -> None:
    """Once the first page stands: what the start made is set aside for good (gc.freeze:
    later collections, on the GUI thread too, no longer walk it) and collection resumes."""
    gc.freeze()
    gc.enable()


def _run_full(app: QApplication, root: Path, db_url: str | None, bundles: list[Path]) -> int:
    installation = _open_or_recover(root, db_url)
    if installation is None:
        return 1
    window = open_window(installation)
    if window is None:
        installation.close()
        return 0
    window.show()
    QTimer.singleShot(0, lambda: window.open_bundles(bundles))
    code = app.exec()
    finish_on_quit()  # no job may outlive the database it reads
    installation.close()
    return code


def _run_fast(app: QApplication, root: Path, ready: ReadyFolder, bundles: list[Path]) -> int:
    """Show the window now; open the data layer on the first turn of the event loop."""
    office = office_info(ready.office_code)
    cancelled, choice = ask_user(list(ready.users), ready.user_name, office.label)
    if cancelled:
        return 0
    user_name = choice.name if choice is not None else ready.user_name
    _pause_collector()
    status = StatusInfo(office, user_name, ready.fingerprint, str(root))
    window = MainWindow(None, status)
    opened: list[Installation] = []

    def open_data() -> None:
        installation = _open_or_recover(root, None, checked=True)
        if installation is None:
            window.close()
            app.exit(1)
            return
        opened.append(installation)
        ctx = _context_for(installation, choice)
        window.attach_context(ctx)
        window.open_bundles(bundles)
        QTimer.singleShot(0, _resume_collector)  # after the first page, built on that turn

    window.show()
    QTimer.singleShot(0, open_data)
    code = app.exec()
    finish_on_quit()  # no job may outlive the database it reads
    for installation in opened:
        installation.close()
    return code
