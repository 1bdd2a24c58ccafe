"""File ▸ Settings…: what is typed is checked in words; what is saved is used at once."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from blues_desktop.documents.paper import paper_in_use, use_paper
from blues_desktop.services.context import AppContext
from blues_desktop.services.users import list_users
from blues_desktop.store.folder_settings import FolderSettings, read_folder_settings
from blues_desktop.ui.preferences import apply_theme, load_preferences
from blues_desktop.ui.settings_dialog import SettingsDialog, apply_settings


@pytest.fixture(autouse=True)
def _restore(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    use_paper("A4")
    apply_theme(qapp, "system")


def _save(dialog: SettingsDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_a_bad_name_is_said_and_nothing_is_saved(qtbot, ctx: AppContext) -> None:
    dialog = SettingsDialog(ctx, FolderSettings(), ["Luis Pérez"])
    qtbot.addWidget(dialog)
    dialog.name.setText("  ")
    _save(dialog, qtbot)
    # under the name field, which takes the focus; nothing under the whole form
    assert "give the user's name" in dialog.errors.shown()["name"]
    assert set(dialog.errors.shown()) == {"name"}
    assert dialog.errors.labels["name"].isVisibleTo(dialog)
    assert dialog.focusWidget() is dialog.name
    assert dialog.change is None and dialog.result() == 0
    dialog.name.setText("luis pérez")
    _save(dialog, qtbot)
    assert "Luis Pérez is already a user on this computer" in dialog.errors.shown()["name"]
    assert dialog.change is None
    assert not (ctx.paths.root / "settings.json").exists()


def test_the_six_languages_can_be_chosen_each_in_its_own_words(qtbot, ctx) -> None:
    dialog = SettingsDialog(ctx, FolderSettings(), [])
    qtbot.addWidget(dialog)
    box = dialog.language
    labels = [box.itemText(i) for i in range(box.count())]
    assert labels[0].startswith("As the system (")  # names the language it means here
    assert labels[1:] == ["English", "Deutsch", "Čeština", "Polski", "Español", "Français"]
    codes = [box.itemData(i) for i in range(box.count())]
    assert codes == ["system", "en", "de", "cs", "pl", "es", "fr"]
    model = box.model()
    assert all(model.item(i).isEnabled() for i in range(box.count()))


def test_a_folder_given_at_start_cannot_be_moved_from_the_dialog(qtbot, ctx) -> None:
    dialog = SettingsDialog(ctx, FolderSettings(), [])
    qtbot.addWidget(dialog)
    assert "given when the app started" in dialog.move_note.text()
    assert dialog.folder.isReadOnly()


def test_saved_settings_are_kept_and_used_at_once(qtbot, qapp, ctx: AppContext) -> None:
    dialog = SettingsDialog(ctx, FolderSettings(), [])
    qtbot.addWidget(dialog)
    dialog.name.setText("Ana María García")
    dialog.backups.setValue(3)
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    _save(dialog, qtbot)
    assert dialog.change is not None and dialog.errors.shown() == {}
    window = QWidget()
    qtbot.addWidget(window)
    renamed: list[str] = []
    apply_settings(window, ctx, dialog.change, renamed.append)
    qtbot.waitUntil(lambda: renamed == ["Ana María García"], timeout=10_000)
    assert ctx.user_name == "Ana María García"
    assert [u.name for u in list_users(ctx.installation)] == ["Ana María García"]
    assert read_folder_settings(ctx.paths.root) == FolderSettings(3, "Letter")
    assert json.loads((ctx.paths.root / "settings.json").read_text())["backups_kept"] == 3
    assert paper_in_use() == "Letter"
    assert load_preferences().theme == "dark"
    # Dark, whether the platform took the request or the app's own palette stepped in.
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert qapp.palette().color(QPalette.ColorRole.WindowText).lightness() > 180
    apply_theme(qapp, "light")
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 180


def test_the_main_window_opens_settings_from_the_file_menu(qtbot, ctx: AppContext) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from blues_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    settings = [a for a in file_menu.actions() if a.text() == "&Settings…"]
    assert settings
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SettingsDialog):
            seen.append(dialog.name.text())
            dialog.reject()
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)
    settings[0].trigger()
    qtbot.waitUntil(lambda: seen == [ctx.user_name], timeout=10_000)


def test_a_place_the_data_folder_cannot_move_to_is_said_under_the_folder(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(ctx, FolderSettings(), [])
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(ctx.paths.root / "inside"))  # as "Choose…" would set it
    _save(dialog, qtbot)
    assert dialog.errors.shown() == {
        "folder": "the new place cannot be inside the current data folder"
    }
    assert dialog.change is None
