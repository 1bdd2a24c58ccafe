"""The data folder's settings: checked in words, kept in settings.json, honoured by the
backups."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from blues_desktop.domain.errors import ValidationError
from blues_desktop.store.backup import create_backup, list_backups
from blues_desktop.store.folder_settings import (
    FILE_NAME,
    FolderSettings,
    read_folder_settings,
    write_folder_settings,
)


def test_defaults_then_saved_values_come_back(tmp_path: Path) -> None:
    assert read_folder_settings(tmp_path) == FolderSettings(10, "A4")
    write_folder_settings(tmp_path, FolderSettings(3, "Letter"))
    assert read_folder_settings(tmp_path) == FolderSettings(3, "Letter")
    assert json.loads((tmp_path / FILE_NAME).read_text()) == {
        "backups_kept": 3,
        "paper_size": "Letter",
    }


@pytest.mark.parametrize(
    ("settings", "words"),
    [
        (FolderSettings(0, "A4"), "the number of backups kept must be 1 to 100, not 0"),
        (FolderSettings(101, "A4"), "the number of backups kept must be 1 to 100, not 101"),
        (FolderSettings(5, "A3"), "the paper size must be A4 or Letter, not A3"),
    ],
)
def test_values_out_of_range_are_refused_in_words_and_nothing_is_written(
    tmp_path: Path, settings: FolderSettings, words: str
) -> None:
    write_folder_settings(tmp_path, FolderSettings(4, "A4"))
    before = (tmp_path / FILE_NAME).read_bytes()
    with pytest.raises(ValidationError, match=words):
        write_folder_settings(tmp_path, settings)
    assert (tmp_path / FILE_NAME).read_bytes() == before


@pytest.mark.parametrize(
    "text",
    ["not json", "[1, 2]", '{"backups_kept": "many", "paper_size": 4}', '{"backups_kept": -2}'],
)
def test_a_damaged_or_hand_edited_file_falls_back_to_the_defaults(
    tmp_path: Path, text: str
) -> None:
    (tmp_path / FILE_NAME).write_text(text, encoding="utf-8")
    assert read_folder_settings(tmp_path) == FolderSettings()


def test_backups_keep_the_number_the_folder_sets(tmp_path: Path) -> None:
    database = tmp_path / "blues.sqlite"
    connection = sqlite3.connect(database)
    connection.execute("CREATE TABLE t (n INTEGER)")
    connection.commit()
    connection.close()
    write_folder_settings(tmp_path, FolderSettings(2, "A4"))
    for _ in range(4):
        create_backup(database, tmp_path / "backups", "manual")
    assert len(list_backups(tmp_path / "backups")) == 2
    write_folder_settings(tmp_path, FolderSettings(12, "A4"))
    for _ in range(11):
        create_backup(database, tmp_path / "backups", "manual")
    assert len(list_backups(tmp_path / "backups")) == 12  # more than the old default of 10
