"""Resources are found from one root, in a source checkout and in a frozen build alike."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from blues_desktop import assets
from blues_desktop.store.migrate import alembic_config, head_revision


def test_from_the_source_tree_every_resource_is_found() -> None:
    assert assets.resource_path("fonts", "DejaVuSans.ttf").stat().st_size > 100_000
    assert (assets.migrations_dir() / "env.py").is_file()
    assert alembic_config().get_main_option("script_location") == str(assets.migrations_dir())
    sizes = [int(p.stem.rsplit("-", 1)[1]) for p in assets.icon_files()]
    assert sizes == [16, 24, 32, 48, 64, 128, 256, 512]
    assert assets.resource_path("icons", "blues-desktop.svg").read_text().startswith("<?xml")
    assert not assets.is_frozen()


def test_in_a_frozen_build_the_unpacked_folder_is_the_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PyInstaller sets sys.frozen and sys._MEIPASS (the `_internal` folder); the spec lays
    resources/ and the migrations out there as in the source tree."""
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    (tmp_path / "resources" / "fonts" / "DejaVuSans.ttf").write_bytes(b"font")
    (tmp_path / "resources" / "icons" / "png").mkdir(parents=True)
    for size in (256, 16, 48):
        (tmp_path / "resources" / "icons" / "png" / f"blues-desktop-{size}.png").write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert assets.is_frozen()
    assert assets.app_root() == tmp_path
    assert assets.resource_path("fonts", "DejaVuSans.ttf") == tmp_path / "resources/fonts/DejaVuSans.ttf"
    assert assets.migrations_dir() == tmp_path / "blues_desktop" / "store" / "migrations"
    assert [p.name for p in assets.icon_files()] == [
        "blues-desktop-16.png", "blues-desktop-48.png", "blues-desktop-256.png",
    ]  # fmt: skip
    with pytest.raises(FileNotFoundError, match="missing its resource file"):
        assets.resource_path("fonts", "DejaVuSans-Bold.ttf")


def test_the_frozen_spec_ships_the_resources_where_assets_looks() -> None:
    """The data the spec lists lands under the names assets.py asks for (the frozen
    build itself is checked in CI by the installed app's self-test)."""
    spec = (Path(__file__).parent.parent / "packaging/pyinstaller/blues-desktop.spec").read_text()
    for source, dest in [
        ('"resources" / "fonts"', '"resources/fonts"'),
        ('ICONS / "png"', '"resources/icons/png"'),
        ('"store" / "migrations"', '"blues_desktop/store/migrations"'),
    ]:
        assert f"{source}), {dest})" in spec
    assert head_revision()  # the migrations the spec ships are the ones in the tree
