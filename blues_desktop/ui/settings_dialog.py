"""File ▸ Settings…: the user's name, the data folder, backups kept, paper size, theme
and language. The dialog checks what was typed; `apply_settings` carries the change
out (database and file work on the background runner)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from blues_desktop import APP_NAME
from blues_desktop.domain.users import user_name_problem
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services.context import AppContext
from blues_desktop.services.data_folder import (
    MAX_BACKUPS_KEPT,
    MIN_BACKUPS_KEPT,
    PAPER_SIZES,
    FolderSettings,
    MovedFolder,
    can_move,
    check_target,
    folder_settings,
    move_folder,
    save_folder_settings,
)
from blues_desktop.ui.form_errors import FormErrors
from blues_desktop.ui.forms import combo, ok_cancel
from blues_desktop.ui.i18n import (
    LANGUAGE_NAMES,
    SYSTEM,
    current_language,
    resolve_language,
    system_language,
)
from blues_desktop.ui.messages import say
from blues_desktop.ui.preferences import (
    THEMES,
    Preferences,
    apply_theme,
    load_preferences,
    save_preferences,
)


@dataclass(frozen=True, slots=True)
class SettingsChange:
    """What the dialog accepted: the new values, and the name and folder as they were."""

    user_name: str
    old_user_name: str
    folder: FolderSettings
    preferences: Preferences
    move_to: Path | None


class SettingsDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        current: FolderSettings,
        other_users: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(620)  # the data folder's path is read in full
        self.ctx = ctx
        self.other_users = other_users
        self.change: SettingsChange | None = None
        root = ctx.paths.root
        preferences = load_preferences()

        self.name = QLineEdit(ctx.user_name)
        self.name.setToolTip(self.tr("Recorded with every change you make from now on"))
        self.folder = QLineEdit(str(root))
        self.folder.setReadOnly(True)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_folder)
        self.move_note = QLabel()
        self.move_note.setWordWrap(True)
        blocked = can_move(ctx.installation)
        self.move_note.setVisible(blocked is not None)
        if blocked is not None:
            choose.setEnabled(False)
            self.move_note.setText(
                self.tr("Cannot be moved here: {blocked}.").format(blocked=say(blocked))
            )
        folder_row = QWidget()  # a widget, so a message can stand under it
        folder_layout = QHBoxLayout(folder_row)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        folder_layout.addWidget(self.folder, 1)
        folder_layout.addWidget(choose)

        self.backups = QSpinBox()
        self.backups.setRange(MIN_BACKUPS_KEPT, MAX_BACKUPS_KEPT)
        self.backups.setValue(current.backups_kept)
        self.backups.setToolTip(
            self.tr("Backups are taken before every upgrade, import and restore")
        )
        self.paper = combo({size: size for size in PAPER_SIZES}, current.paper_size)
        self.theme = combo(
            {
                key: QCoreApplication.translate("preferences", str(label))
                for key, label in THEMES.items()
            },
            preferences.theme,
        )
        self.language = self._language_box(preferences.language)

        form = QFormLayout()
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(self.tr("Data folder"), folder_row)
        form.addRow("", self.move_note)
        form.addRow(self.tr("Backups kept"), self.backups)
        form.addRow(self.tr("Paper size"), self.paper)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Language"), self.language)
        self.errors = FormErrors(
            form,
            {
                "name": self.name,
                "folder": folder_row,
                "backups_kept": self.backups,
                "paper_size": self.paper,
            },
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(ok_cancel(self, self._check_and_accept, self.tr("Save")))

    def _language_box(self, current: str) -> QComboBox:
        box = QComboBox()
        system = LANGUAGE_NAMES[system_language()]
        box.addItem(self.tr("As the system ({system})").format(system=system), SYSTEM)
        for code, name in LANGUAGE_NAMES.items():
            box.addItem(name, code)  # each language in its own words
        box.setCurrentIndex(max(box.findData(current), 0))
        box.setToolTip(
            self.tr(
                "The window changes language when you save; unsaved work is kept or asked about"
            )
        )
        return box

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Move the data folder to"), str(self.ctx.paths.root.parent)
        )
        if chosen:
            self.folder.setText(chosen)
            self.move_note.setVisible(True)
            self.move_note.setText(
                self.tr(
                    "The data will be copied there and checked; BLUES Desktop then closes, and opens the new place at the next start. The old folder {root} is kept until you delete it."
                ).format(root=self.ctx.paths.root)
            )

    def _check_and_accept(self) -> None:
        report = ValidationReport()
        name = self.name.text().strip()
        if name != self.ctx.user_name:
            problem = user_name_problem(name, self.other_users)
            if problem is not None:
                report.error("name", problem)
        folder = FolderSettings(self.backups.value(), str(self.paper.currentData()))
        report.extend(folder.check())
        move_to: Path | None = Path(self.folder.text())
        if move_to == self.ctx.paths.root:
            move_to = None
        elif move_to is not None:
            problem = check_target(self.ctx.paths.root, move_to)
            if problem is not None:
                report.error("folder", problem)  # under the folder: it needs no "cannot move"
        if not self.errors.show(report):
            return
        preferences = Preferences(str(self.theme.currentData()), str(self.language.currentData()))
        self.change = SettingsChange(name, self.ctx.user_name, folder, preferences, move_to)
        self.accept()


def open_settings(
    window: QWidget, ctx: AppContext, on_renamed: Callable[[str], None] | None = None
) -> None:
    """Read what the dialog shows on the background runner, then show it."""
    from blues_desktop.services.users import list_users
    from blues_desktop.ui.operations import run_read

    def read(_p: object, _c: object) -> tuple[FolderSettings, list[str]]:
        users = [u.name for u in list_users(ctx.installation) if u.name != ctx.user_name]
        return folder_settings(ctx.installation), users

    def show(found: tuple[FolderSettings, list[str]]) -> None:
        dialog = SettingsDialog(ctx, found[0], found[1], window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.change is not None:
            apply_settings(window, ctx, dialog.change, on_renamed)

    run_read(window, read, on_success=show)


def apply_settings(
    window: QWidget,
    ctx: AppContext,
    change: SettingsChange,
    on_renamed: Callable[[str], None] | None = None,
) -> None:
    from blues_desktop.documents.paper import use_paper
    from blues_desktop.services.users import rename_user
    from blues_desktop.ui.operations import run_in_background

    save_preferences(change.preferences)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, change.preferences.theme)
    language = resolve_language(change.preferences.language)
    change_language = getattr(window, "change_language", None)
    if language != current_language() and callable(change_language):
        # The main window asks pages with unsaved edits, then builds itself again.
        change_language(language)

    def save(_p: object, _c: object) -> str:
        save_folder_settings(ctx.installation, change.folder)
        if change.user_name != change.old_user_name:
            return rename_user(ctx.installation, change.old_user_name, change.user_name).user_name
        return ctx.user_name

    def saved(user_name: str) -> None:
        use_paper(change.folder.paper_size)
        if user_name != ctx.user_name:
            ctx.user_name = user_name  # every page holds this context: it acts as the new name
            if on_renamed is not None:
                on_renamed(user_name)
        if change.move_to is not None:
            _move(window, ctx, change.move_to)

    run_in_background(window, save, on_success=saved)


def _move(window: QWidget, ctx: AppContext, target: Path) -> None:
    from blues_desktop.ui.operations import run_in_background

    asked = QMessageBox.question(
        window,
        APP_NAME,
        QCoreApplication.translate(
            "settings_dialog",
            "Move the data folder to\n{target}?\n\nBLUES Desktop closes when the copy has been checked, and opens the new place at the next start.",
        ).format(target=target),
    )
    if asked != QMessageBox.StandardButton.Yes:
        return

    def moved(result: MovedFolder) -> None:
        QMessageBox.information(
            window,
            APP_NAME,
            QCoreApplication.translate(
                "settings_dialog",
                "The data folder is now\n{new}\n\nThe old folder\n{old}\nis kept; delete it once you have worked in the new place. BLUES Desktop closes now; start it again.",
            ).format(new=result.new, old=result.old),
        )
        window.close()

    run_in_background(
        window,
        lambda _p, _c: move_folder(ctx.installation, target),
        on_success=moved,
        progress_label=QCoreApplication.translate("settings_dialog", "Moving the data folder…"),
    )
