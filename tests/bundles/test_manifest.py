"""The typed manifest: parsed once, refusing a missing or wrong field by its name, and
reading format 1 (before stored files) as well as format 2."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

import pytest

from blues_desktop.bundles.format import BundleError, canonical_json
from blues_desktop.bundles.manifest import Manifest


def _raw(**changes: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "format": "blues-bundle",
        "format_version": 2,
        "app_version": "0.1.0",
        "office": "ZIN",
        "key_id": "0011223344556677",
        "fingerprint": "ABCD-EFGH-IJKL-MNOP",
        "sequence": 2,
        "previous_sequence": 1,
        "previous_manifest_sha256": "b" * 64,
        "created_at": "2026-11-25T10:00:00+00:00",
        "full": False,
        "since_revision": 4,
        "max_revision": 9,
        "recipients": [{"office": "BPT", "age_recipient": "age1xyz"}],
        "tables": {"organisations": {"file": "organisations.jsonl", "rows": 3, "bytes": 90, "sha256": "c" * 64}},
        "files": {"d" * 64: {"bytes": 1200}},
        "payload": {"file": "payload.age", "bytes": 400, "sha256": "e" * 64},
        "acknowledged": [],
    }  # fmt: skip
    raw.update(changes)
    return raw


def test_a_manifest_is_read_into_typed_fields_and_written_back_the_same() -> None:
    raw = _raw()
    manifest = Manifest.parse(canonical_json(raw), "ZIN-0002.blues")
    assert manifest.sequence == 2 and manifest.previous_sequence == 1
    assert manifest.created_at == datetime(2026, 11, 25, 10, tzinfo=UTC)
    assert manifest.tables["organisations"].rows == 3
    assert manifest.files == {"d" * 64: 1200}
    assert manifest.payload.bytes == 400
    assert manifest.to_json() == raw
    with pytest.raises(dataclasses.FrozenInstanceError):
        manifest.sequence = 3  # type: ignore[misc]


def test_format_1_without_stored_files_is_still_read() -> None:
    raw = _raw(format_version=1)
    del raw["files"]
    manifest = Manifest.parse(canonical_json(raw), "ZIN-0002.blues")
    assert manifest.format_version == 1 and manifest.files == {}
    assert manifest.to_json() == raw


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"previous_sequence": "1"}, "the manifest lacks a valid 'previous_sequence'"),
        ({"previous_sequence": True}, "the manifest lacks a valid 'previous_sequence'"),
        ({"created_at": "yesterday"}, "the manifest lacks a valid 'created_at'"),
        ({"created_at": "2026-11-25T10:00:00"}, "the manifest lacks a valid 'created_at'"),
        ({"full": "yes"}, "the manifest lacks a valid 'full'"),
        ({"max_revision": 9.5}, "the manifest lacks a valid 'max_revision'"),
        ({"recipients": [{"office": "BPT"}]}, "the manifest lacks a valid 'recipients'"),
        ({"acknowledged": [{"office": 1}]}, "the manifest lacks a valid 'acknowledged'"),
        ({"payload": {"bytes": "400", "sha256": "e"}}, "the manifest lacks a valid 'payload'"),
        (
            {"tables": {"organisations": {"file": "organisations.jsonl", "rows": "3"}}},
            "the manifest describes table 'organisations' wrongly",
        ),
        ({"format_version": 3}, "written in bundle format 3 by a newer BLUES Desktop"),
    ],
)
def test_a_wrong_field_is_refused_by_its_name(changes: dict[str, Any], reason: str) -> None:
    with pytest.raises(BundleError) as caught:
        Manifest.parse(canonical_json(_raw(**changes)), "ZIN-0002.blues")
    assert str(caught.value).startswith(f"ZIN-0002.blues: {reason}")


def test_a_manifest_that_is_not_json_is_refused_in_words() -> None:
    with pytest.raises(BundleError, match="the manifest is not valid JSON"):
        Manifest.parse(b"\xff{", "x.blues")
