"""The data folder's own settings and its move to another place (the Settings dialog and
the tests reach them here)."""

from __future__ import annotations

from pathlib import Path

from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.services.context import Installation
from blues_desktop.store.folder_settings import (
    MAX_BACKUPS_KEPT,
    MIN_BACKUPS_KEPT,
    PAPER_SIZES,
    FolderSettings,
    read_folder_settings,
    write_folder_settings,
)
from blues_desktop.store.paths import default_data_dir, moved_data_dir
from blues_desktop.store.relocate import MovedFolder, check_target, move_data_folder

__all__ = [
    "MAX_BACKUPS_KEPT",
    "MIN_BACKUPS_KEPT",
    "PAPER_SIZES",
    "FolderSettings",
    "MovedFolder",
    "can_move",
    "check_target",
    "folder_settings",
    "move_folder",
    "save_folder_settings",
]


def folder_settings(installation: Installation) -> FolderSettings:
    return read_folder_settings(installation.paths.root)


def save_folder_settings(installation: Installation, settings: FolderSettings) -> FolderSettings:
    write_folder_settings(installation.paths.root, settings)
    return settings


def can_move(installation: Installation) -> str | None:
    """Why this data folder cannot be moved from Settings, in words; None when it can.
    A folder given at start (--data-dir, BLUES_DATA_DIR) would be given again next time."""
    usual = (moved_data_dir() or default_data_dir()).expanduser().resolve()
    if installation.paths.root.resolve() != usual:
        return Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "this data folder was given when the app started (--data-dir or "
                "BLUES_DATA_DIR); move it by hand and give the new place the same way",
            )
        )
    return None


def move_folder(installation: Installation, target: Path) -> MovedFolder:
    """Close the database, then copy, check and switch (store/relocate.py). The caller
    stops using this installation afterwards: the next start opens the new place."""
    problem = can_move(installation) or check_target(installation.paths.root, target)
    if problem is not None:
        from blues_desktop.domain.errors import StorageError

        raise StorageError(problem)
    installation.close()
    return move_data_folder(installation.paths.root, target)
