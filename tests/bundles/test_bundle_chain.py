"""Forgeries built with an office's real keys (validly signed, encrypted to the
coordinator, continuing the hash chain) that the chain must still refuse, each leaving
every record as it was and listed in the history with its reason."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from blues_desktop.bundles.export import ExportResult, export_bundle
from blues_desktop.bundles.format import BundleError
from blues_desktop.bundles.merge import import_bundle, verify_file
from blues_desktop.domain.errors import BluesError
from blues_desktop.services.demo import generate
from tests.bundles.bundle_fixtures import (
    Offices,
    assert_refused,
    forge,
    make_offices,
    newest_import_log,
    records_digest,
)

Manifest = dict[str, Any]
Rows = dict[str, list[dict[str, Any]]]


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> tuple[Offices, ExportResult]:
    """ZIN's bundle 1, merged at the coordinator."""
    offices = make_offices(tmp_path_factory.mktemp("chain"))
    generate(offices.partner, scale=0.1, offices=["ZIN"])
    first = export_bundle(offices.partner, offices.out)
    import_bundle(offices.coordinator, first.path)
    return offices, first


def _next(first: ExportResult, **changes: Any) -> Callable[[Manifest], None]:
    """The manifest of a bundle 2 that continues bundle 1, with `changes`."""

    def change(manifest: Manifest) -> None:
        manifest.update(
            sequence=2,
            previous_sequence=1,
            previous_manifest_sha256=first.manifest_sha256,
            created_at="2026-11-30T09:00:00+00:00",
        )
        manifest.update(changes)

    return change


def _forged(
    offices: Offices,
    first: ExportResult,
    target: Path,
    manifest: Callable[[Manifest], None],
    tables: Callable[[Rows], None] | None = None,
) -> Path:
    return forge(
        first.path, target, offices.partner, offices.coordinator, manifest=manifest, tables=tables
    )


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        # going back, with the previous hash pointing at bundle 1
        ({"sequence": 0}, "calls itself bundle 0 of ZIN; bundles are numbered from 1"),
        ({"sequence": -3, "previous_sequence": -4}, "bundles are numbered from 1"),
        (
            {"sequence": 1, "previous_sequence": None, "previous_manifest_sha256": None},
            "bundle 1 of ZIN was already imported with other content",
        ),
        ({"previous_sequence": 0}, "is bundle 2 of ZIN but says it follows bundle 0"),
        ({"previous_sequence": None}, "is bundle 2 of ZIN but says it follows no bundle"),
        ({"sequence": 5}, "is bundle 5 of ZIN but says it follows bundle 1"),
        ({"previous_manifest_sha256": "0" * 64}, "does not continue bundle 1 of ZIN"),
    ],
)
def test_a_sequence_that_is_not_the_next_one(
    merged: tuple[Offices, ExportResult], tmp_path: Path, changes: Manifest, reason: str
) -> None:
    offices, first = merged
    forged = _forged(offices, first, tmp_path / "next.blues", _next(first, **changes))
    message = assert_refused(offices.coordinator, forged, reason)
    with pytest.raises(BundleError) as verified:
        verify_file(offices.coordinator, forged)
    assert str(verified.value) == message


def test_a_known_revision_with_other_content(
    merged: tuple[Offices, ExportResult], tmp_path: Path
) -> None:
    offices, first = merged
    names: list[str] = []

    def rename(rows: Rows) -> None:
        org = rows["organisations"][3]
        names.append(org["legal_name"])
        org["legal_name"] = "Quietly Renamed SL"  # same revision, other content

    forged = _forged(offices, first, tmp_path / "same.blues", _next(first), rename)
    message = assert_refused(
        offices.coordinator, forged, f"the organisation {names[0]} arrives with revision"
    )
    assert "which is already here with other content (legal name" in message
    assert "ask office ZIN to save the record again" in message


def test_a_gap_is_named_and_the_later_bundle_merged(tmp_path: Path) -> None:
    offices = make_offices(tmp_path)
    generate(offices.partner, scale=0.05, offices=["ZIN"])
    first = export_bundle(offices.partner, offices.out)
    import_bundle(offices.coordinator, first.path)
    second = export_bundle(offices.partner, offices.out)  # lost on the way
    third = export_bundle(offices.partner, offices.out)
    gap = "bundle 2 of ZIN has not been imported (a gap); later ones hold their changes"
    assert verify_file(offices.coordinator, third.path).warnings == (gap,)
    assert import_bundle(offices.coordinator, third.path).warnings == (gap,)
    assert_refused(offices.coordinator, second.path, "bundle 2 of ZIN is older than bundle 3")


def test_a_relayed_record_that_moves_to_another_office(tmp_path: Path) -> None:
    offices = make_offices(tmp_path)
    generate(offices.partner, scale=0.05, offices=["ZIN"])
    import_bundle(offices.coordinator, export_bundle(offices.partner, offices.out).path)
    relayed = export_bundle(offices.coordinator, offices.out)
    names: list[str] = []

    def move(rows: Rows) -> None:
        org = next(r for r in rows["organisations"] if r["office_id"] == "ZIN")
        org["office_id"] = "NPG"
        names.append(org["legal_name"])

    forged = forge(
        relayed.path, tmp_path / "moved.blues", offices.coordinator, offices.partner, tables=move
    )
    message = assert_refused(
        offices.partner,
        forged,
        f"the organisation {names[0]} is kept here by office ZIN, and the bundle gives it to office NPG",
    )
    assert "a record never changes office" in message


def test_a_failed_import_is_listed_with_its_reason(tmp_path: Path) -> None:
    offices = make_offices(tmp_path)
    generate(offices.partner, scale=0.05, offices=["ZIN"])
    sent = export_bundle(offices.partner, offices.out)
    backups = offices.coordinator.paths.backups
    shutil.rmtree(backups, ignore_errors=True)
    backups.write_text("a file where the backups folder should be")  # the backup cannot be taken
    before = records_digest(offices.coordinator)
    with pytest.raises(BluesError) as caught:
        import_bundle(offices.coordinator, sent.path)
    assert records_digest(offices.coordinator) == before
    assert newest_import_log(offices.coordinator) == (sent.path.name, "failed", str(caught.value))
    # listed, not merged: once the backup can be taken, the same bundle imports
    backups.unlink()
    result = import_bundle(offices.coordinator, sent.path)
    assert result.already_imported_on is None and result.changed_rows > 0
