from __future__ import annotations

from blues_desktop.services.context import Installation
from blues_desktop.services.setup import initialise
from blues_desktop.store.migrate import head_revision
from blues_desktop.store.probe import head_from_files, probe_ready


def test_head_read_from_the_files_is_alembics_head() -> None:
    assert head_from_files() == head_revision()


def test_a_set_up_folder_is_ready_without_the_data_layer(installation: Installation) -> None:
    assert probe_ready(installation.paths) is None  # not set up yet
    card = initialise(installation, "NPG", "Jiří Dvořák").card
    ready = probe_ready(installation.paths)
    assert ready is not None
    assert (ready.office_code, ready.user_name, ready.fingerprint) == (
        "NPG",
        "Jiří Dvořák",
        card.fingerprint,
    )


def test_a_damaged_or_missing_database_takes_the_full_path(installation: Installation) -> None:
    initialise(installation, "ZIN", "Ana")
    installation.close()
    database = installation.paths.database
    data = bytearray(database.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    database.write_bytes(bytes(data))
    assert probe_ready(installation.paths) is None
    database.unlink()
    assert probe_ready(installation.paths) is None


def test_the_probe_knows_the_users_so_the_chooser_shows_before_the_window(
    installation: Installation,
) -> None:
    from blues_desktop.services.users import add_user

    initialise(installation, "NPG", "Jiří Dvořák")
    ready = probe_ready(installation.paths)
    assert ready is not None and ready.users == ("Jiří Dvořák",)  # one user: no chooser
    add_user(installation, "Eva Nováková", added_by="Jiří Dvořák")
    ready = probe_ready(installation.paths)
    assert ready is not None and ready.users == ("Eva Nováková", "Jiří Dvořák")
