"""Every bad bundle is refused with one reason naming the file, and the database file is
byte-for-byte what it was."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blues_desktop.bundles.export import export_bundle
from blues_desktop.bundles.format import FORMAT_VERSION, MANIFEST, PAYLOAD, SIGNATURE
from blues_desktop.bundles.merge import import_bundle
from blues_desktop.domain.errors import BluesError
from blues_desktop.services.demo import generate
from blues_desktop.services.partners import revoke
from tests.bundles.bundle_fixtures import (
    Offices,
    assert_refused,
    database_digest,
    forge,
    make_offices,
    read_bundle,
    records_digest,
    write_zip,
)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> tuple[Offices, Path]:
    offices = make_offices(tmp_path_factory.mktemp("bundles"))
    generate(offices.partner, scale=0.1, offices=["ZIN"])
    return offices, export_bundle(offices.partner, offices.out).path


def refused(offices: Offices, path: Path, *reasons: str) -> None:
    assert_refused(offices.coordinator, path, *reasons)
    assert not list(offices.coordinator.paths.backups.glob("*before-import*"))


def _flip(members: dict[str, bytes], name: str) -> dict[str, bytes]:
    data = bytearray(members[name])
    data[len(data) // 2] ^= 0x01
    return {**members, name: bytes(data)}


@pytest.mark.parametrize(
    ("part", "reason"),
    [
        (MANIFEST, ("signature does not match", "manifest")),
        (SIGNATURE, ("signature does not match",)),
        (PAYLOAD, ("payload does not match the signed manifest",)),
    ],
)
def test_a_flipped_byte_in_any_part(
    world: tuple[Offices, Path], tmp_path: Path, part: str, reason: tuple[str, ...]
) -> None:
    offices, good = world
    refused(offices, write_zip(tmp_path / "flipped.blues", _flip(read_bundle(good), part)), *reason)


def test_a_truncated_file(world: tuple[Offices, Path], tmp_path: Path) -> None:
    offices, good = world
    data = good.read_bytes()
    (tmp_path / "cut.blues").write_bytes(data[: len(data) // 2])
    refused(offices, tmp_path / "cut.blues", "not a readable bundle")


def test_a_manifest_edited_without_signing_again(
    world: tuple[Offices, Path], tmp_path: Path
) -> None:
    offices, good = world
    members = read_bundle(good)
    members[MANIFEST] = members[MANIFEST].replace(b'"sequence":1', b'"sequence":7')
    refused(
        offices,
        write_zip(tmp_path / "edited.blues", members),
        "signature does not match office ZIN",
    )


def test_a_bundle_from_an_unregistered_office(world: tuple[Offices, Path], tmp_path: Path) -> None:
    offices, good = world
    stranger = make_offices(tmp_path / "stranger", partner_code="NPG")
    forged = forge(
        good,
        tmp_path / "npg.blues",
        stranger.partner,
        offices.partner,
        manifest=lambda m: m.update(office="NPG"),
    )
    refused(offices, forged, "whose key is not registered here")


def test_a_bundle_signed_with_a_revoked_key(tmp_path: Path) -> None:
    offices = make_offices(tmp_path)
    generate(offices.partner, scale=0.05, offices=["ZIN"])
    bundle = export_bundle(offices.partner, offices.out).path
    revoke(offices.coordinator, "ZIN", "laptop stolen")
    refused(offices, bundle, "revoked")


def _set_owner(rows: dict[str, list[dict[str, Any]]]) -> None:
    rows["organisations"][0]["office_id"] = "MCI"


def _wrong_type(rows: dict[str, list[dict[str, Any]]]) -> None:
    rows["organisations"][0]["revision"] = "seven"


def _unknown_parent(rows: dict[str, list[dict[str, Any]]]) -> None:
    rows["persons"][0]["organisation_id"] = "00000000-0000-0000-0000-000000000000"


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (_set_owner, "belongs to office MCI; ZIN may only send its own records"),
        (_wrong_type, "revision: expected a whole number"),
        (_unknown_parent, "neither in the bundle nor here"),
    ],
)
def test_rows_that_do_not_validate(
    world: tuple[Offices, Path], tmp_path: Path, change: Callable[..., None], reason: str
) -> None:
    offices, good = world
    refused(
        offices,
        forge(good, tmp_path / "rows.blues", offices.partner, offices.coordinator, tables=change),
        reason,
    )


def test_a_valid_signature_over_hashes_that_do_not_match(
    world: tuple[Offices, Path], tmp_path: Path
) -> None:
    offices, good = world
    forged = forge(
        good,
        tmp_path / "hashes.blues",
        offices.partner,
        offices.coordinator,
        tables=_set_owner,
        fix_hashes=False,
    )
    refused(offices, forged, "does not match")


def test_a_future_format_version(world: tuple[Offices, Path], tmp_path: Path) -> None:
    offices, good = world
    forged = forge(
        good,
        tmp_path / "future.blues",
        offices.partner,
        offices.coordinator,
        manifest=lambda m: m.update(format_version=FORMAT_VERSION + 1),
    )
    refused(offices, forged, "newer BLUES Desktop")


def test_a_replayed_bundle_changes_nothing(tmp_path: Path) -> None:
    offices = make_offices(tmp_path)
    generate(offices.partner, scale=0.05, offices=["ZIN"])
    first = export_bundle(offices.partner, offices.out).path
    import_bundle(offices.coordinator, first)
    before = database_digest(offices.coordinator)
    result = import_bundle(offices.coordinator, first)
    assert result.already_imported_on is not None
    assert database_digest(offices.coordinator) == before


@pytest.mark.parametrize(
    ("members", "reason"),
    [
        ({"../manifest.json": b"{}"}, "unsafe name"),
        ({"/etc/manifest.json": b"{}"}, "unsafe name"),
        ({MANIFEST: b"{}", SIGNATURE: b"", PAYLOAD: b"", "extra.txt": b"x"}, "holds 4 members"),
    ],
)
def test_archives_with_unsafe_members(
    world: tuple[Offices, Path], tmp_path: Path, members: dict[str, bytes], reason: str
) -> None:
    offices, _good = world
    refused(offices, write_zip(tmp_path / "bad.blues", members), reason)


def test_a_symlink_member(world: tuple[Offices, Path], tmp_path: Path) -> None:
    offices, good = world
    path = tmp_path / "link.blues"
    with zipfile.ZipFile(path, "w") as archive:
        link = zipfile.ZipInfo(MANIFEST)
        link.external_attr = 0o120777 << 16
        archive.writestr(link, "/etc/passwd")
    refused(offices, path, "link")


def test_ten_thousand_members(world: tuple[Offices, Path], tmp_path: Path) -> None:
    offices, _good = world
    path = tmp_path / "many.blues"
    with zipfile.ZipFile(path, "w") as archive:
        for n in range(10_000):
            archive.writestr(f"m{n}", b"")
    refused(offices, path, "10,000 members")


def test_a_zip_bomb(world: tuple[Offices, Path], tmp_path: Path) -> None:
    offices, _good = world
    path = tmp_path / "bomb.blues"
    zeros = b"\0" * (1024 * 1024)
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open(PAYLOAD, "w", force_zip64=True) as handle,
    ):
        for _ in range(1024):  # 1 GB of zeros, about 1 MB compressed
            handle.write(zeros)
    refused(offices, path, "expands more than")


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(position=st.floats(0, 1, exclude_max=True), value=st.integers(0, 255))
def test_mutated_bundles_fail_cleanly(
    world: tuple[Offices, Path], tmp_path: Path, position: float, value: int
) -> None:
    offices, good = world
    data = bytearray(good.read_bytes())
    index = int(position * len(data))
    if data[index] == value:
        return
    data[index] = value
    path = tmp_path / "mutant.blues"
    path.write_bytes(bytes(data))
    before = records_digest(offices.coordinator)
    try:
        result = import_bundle(offices.coordinator, path)
    except BluesError:
        assert records_digest(offices.coordinator) == before
    else:
        # a byte the format does not depend on (zip metadata): the same import as the original
        assert result.sequence == 1
