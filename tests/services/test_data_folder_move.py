"""Moving the data folder: the database is closed, copied under a temporary name,
checked, then switched; the next start (window or `blues`) opens the new place; the old
folder is kept with a note. A place that cannot take it is refused and nothing moves."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from blues_desktop.domain.errors import StorageError
from blues_desktop.services.context import open_installation
from blues_desktop.services.data_folder import can_move, move_folder
from blues_desktop.services.setup import initialise
from blues_desktop.services.users import list_users
from blues_desktop.store.paths import default_data_dir, moved_location_file, resolve_data_dir
from blues_desktop.store.relocate import MOVED_NOTE


@pytest.fixture
def usual_place(monkeypatch: pytest.MonkeyPatch) -> Path:
    """The data folder where the app looks without --data-dir or BLUES_DATA_DIR."""
    monkeypatch.delenv("BLUES_DATA_DIR")
    return default_data_dir()


def _office(root: Path) -> None:
    installation = open_installation(root)
    initialise(installation, "NPG", "Jiří Dvořák")
    installation.close()


def test_the_folder_moves_whole_and_the_next_start_opens_it(usual_place: Path, tmp_path: Path):
    _office(usual_place)
    installation = open_installation(None)
    assert installation.paths.root == usual_place and can_move(installation) is None
    target = tmp_path / "stick" / "BLUES"
    target.parent.mkdir()

    moved = move_folder(installation, target)

    assert moved.new == target.resolve() and moved.files >= 2  # the two key files at least
    assert resolve_data_dir() == target.resolve()
    assert moved_location_file().read_text().strip() == str(target.resolve())
    reopened = open_installation(None)
    try:
        assert reopened.paths.root == target.resolve()
        assert reopened.context().office_code == "NPG"
        assert [u.name for u in list_users(reopened)] == ["Jiří Dvořák"]
        assert sorted(p.name for p in (target / "keys").iterdir()) == sorted(
            p.name for p in (usual_place / "keys").iterdir()
        )
    finally:
        reopened.close()
    # The old folder is kept, and says where the data went.
    assert (usual_place / "blues.sqlite").exists()
    assert str(target.resolve()) in (usual_place / MOVED_NOTE).read_text()
    assert not [p for p in target.parent.iterdir() if ".moving-" in p.name]


def test_a_place_that_cannot_take_the_folder_is_refused_and_nothing_moves(
    usual_place: Path, tmp_path: Path
):
    _office(usual_place)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "letter.odt").write_text("mine")
    cases = {
        busy: "is not an empty folder",
        usual_place / "inside": "cannot be inside the current data folder",
        tmp_path / "no" / "such" / "parent": "does not exist",
        usual_place: "that is where the data folder is already",
    }
    for target, words in cases.items():
        installation = open_installation(None)
        with pytest.raises(StorageError, match=words):
            move_folder(installation, target)
        installation.close()
    assert resolve_data_dir() == usual_place
    assert not moved_location_file().exists()
    assert sorted(os.listdir(busy)) == ["letter.odt"]


def test_a_folder_given_at_start_is_not_moved_from_settings(tmp_path: Path):
    root = tmp_path / "given"
    _office(root)
    installation = open_installation(root)
    try:
        assert "given when the app started" in (can_move(installation) or "")
        with pytest.raises(StorageError, match="given when the app started"):
            move_folder(installation, tmp_path / "elsewhere")
    finally:
        installation.close()
    assert not (tmp_path / "elsewhere").exists()


def test_a_damaged_database_is_not_switched_to(usual_place: Path, tmp_path: Path):
    """Damage the app would find at its next start is found before the switch instead
    (the copy is checked by the store's move, which the service calls after closing)."""
    from blues_desktop.store.relocate import move_data_folder

    _office(usual_place)
    data = bytearray((usual_place / "blues.sqlite").read_bytes())
    # Overwrite the middle of the file (table pages, not the header): SQLite still opens
    # it, and the integrity check of the copy finds the damage.
    middle = len(data) // 2
    data[middle : middle + 4096] = b"\xff" * 4096
    (usual_place / "blues.sqlite").write_bytes(bytes(data))
    target = tmp_path / "new"
    with pytest.raises(StorageError, match="was not moved"):
        move_data_folder(usual_place, target)
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if ".moving-" in p.name]
    assert resolve_data_dir() == usual_place
