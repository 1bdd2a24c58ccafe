"""`verify_bundle`: every check a bundle passes before anything changes, each refusal
naming the file and saying what is wrong, and the report of what an import would do."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from blues_desktop.bundles.export import export_bundle
from blues_desktop.bundles.format import MANIFEST, SIGNATURE, BundleError
from blues_desktop.bundles.merge import import_bundle
from blues_desktop.bundles.verify import VerifiedBundle, verify_bundle
from blues_desktop.services.demo import generate
from blues_desktop.services.setup import own_card
from tests.bundles.bundle_fixtures import (
    Offices,
    database_digest,
    forge,
    make_offices,
    read_bundle,
    write_zip,
)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> tuple[Offices, Path]:
    offices = make_offices(tmp_path_factory.mktemp("verify"))
    generate(offices.partner, scale=0.05, offices=["ZIN"])
    return offices, export_bundle(offices.partner, offices.out).path


def verified(offices: Offices, path: Path) -> VerifiedBundle:
    before = database_digest(offices.coordinator)
    with offices.coordinator.read() as session:
        bundle = verify_bundle(session, offices.coordinator, path)
    assert database_digest(offices.coordinator) == before  # verifying changes nothing
    return bundle


def refusal(offices: Offices, path: Path) -> str:
    with pytest.raises(BundleError) as caught:
        verified(offices, path)
    message = str(caught.value)
    assert message.startswith(f"{path.name}: ")
    return message.removeprefix(f"{path.name}: ")


def test_a_good_bundle_is_reported_as_an_import_would_take_it(
    world: tuple[Offices, Path],
) -> None:
    offices, good = world
    bundle = verified(offices, good)
    manifest_bytes = read_bundle(good)[MANIFEST]
    assert bundle.file_name == good.name and bundle.office == "ZIN" and bundle.sequence == 1
    # the typed manifest holds every field of the signed one: written back, it is the same
    assert bundle.manifest.to_json() == json.loads(manifest_bytes)
    assert (bundle.manifest.office, bundle.manifest.previous_sequence) == ("ZIN", None)
    assert bundle.manifest_sha256 == hashlib.sha256(manifest_bytes).hexdigest()
    assert bundle.fingerprint == own_card(offices.partner).fingerprint != ""
    assert bundle.already_imported_on is None and bundle.warnings == () and bundle.registry == []
    assert set(bundle.rows) == set(bundle.manifest.tables)
    for name, rows in bundle.rows.items():
        expected = bundle.manifest.tables[name].rows
        assert len(rows) == expected
        counts = bundle.counts[name]
        assert (counts.new, counts.updated, counts.unchanged, counts.refused) == (expected, 0, 0, 0)
    organisations = bundle.rows["organisations"]
    assert len(organisations) > 0
    assert set(organisations.column("office_id")) == {"ZIN"}
    first = organisations.dicts(0, 1)[0]
    assert first["office_id"] == "ZIN" and set(first) == set(organisations.columns)
    assert organisations.dicts(0, 2) == [
        dict(zip(organisations.columns, r, strict=True)) for r in organisations.values[:2]
    ]


def test_after_the_import_the_same_bundle_is_known_and_a_newer_one_updates(
    tmp_path: Path,
) -> None:
    offices = make_offices(tmp_path)
    generate(offices.partner, scale=0.05, offices=["ZIN"])
    first = export_bundle(offices.partner, offices.out).path
    import_bundle(offices.coordinator, first)
    again = verified(offices, first)
    assert again.already_imported_on is not None and again.already_imported_on.endswith(" UTC")
    assert again.rows == {} and again.counts == {}
    # a full bundle next: what the coordinator has is unchanged
    second = export_bundle(offices.partner, offices.out, full=True).path
    report = verified(offices, second)
    assert report.sequence == 2 and report.warnings == ()
    counts = report.counts["organisations"]
    assert counts.new == 0 and counts.updated == 0
    assert counts.unchanged == len(report.rows["organisations"]) > 0


def test_a_gap_in_the_sequence_is_a_warning(tmp_path: Path) -> None:
    offices = make_offices(tmp_path)
    generate(offices.partner, scale=0.05, offices=["ZIN"])
    first = export_bundle(offices.partner, offices.out).path
    import_bundle(offices.coordinator, first)
    export_bundle(offices.partner, offices.out, full=True)  # number 2 never arrives
    third = export_bundle(offices.partner, offices.out, full=True).path
    report = verified(offices, third)
    assert report.warnings == (
        "bundle 2 of ZIN has not been imported (a gap); later ones hold their changes",
    )


def test_a_bundle_that_does_not_continue_what_was_imported(tmp_path: Path) -> None:
    offices = make_offices(tmp_path)
    generate(offices.partner, scale=0.05, offices=["ZIN"])
    first = export_bundle(offices.partner, offices.out).path
    import_bundle(offices.coordinator, first)
    second = export_bundle(offices.partner, offices.out, full=True).path
    other = forge(
        second,
        tmp_path / "other.blues",
        offices.partner,
        offices.coordinator,
        manifest=lambda m: m.update(previous_manifest_sha256="0" * 64),
    )
    assert refusal(offices, other) == (
        "does not continue bundle 1 of ZIN as it was imported here; ask office ZIN which bundle is right"
    )
    replay = forge(
        first,
        tmp_path / "replay.blues",
        offices.partner,
        offices.coordinator,
        manifest=lambda m: m.update(created_at="2030-01-01T00:00:00Z"),
    )
    assert refusal(offices, replay) == (
        "bundle 1 of ZIN was already imported with other content; ask office ZIN which file is right"
    )


def _drop(key: str):  # type: ignore[no-untyped-def]
    return lambda m: m.pop(key)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda m: m.update(format="zip"), "the manifest is not a BLUES bundle manifest"),
        (_drop("format_version"), "the manifest has no format version"),
        (lambda m: m.update(format_version=True), "the manifest has no format version"),
        (lambda m: m.update(format_version="1"), "the manifest has no format version"),
        (_drop("office"), "the manifest lacks a valid 'office'"),
        (lambda m: m.update(sequence="1"), "the manifest lacks a valid 'sequence'"),
        (_drop("tables"), "the manifest lacks a valid 'tables'"),
        (lambda m: m.update(payload=[]), "the manifest lacks a valid 'payload'"),
        (_drop("created_at"), "the manifest lacks a valid 'created_at'"),
        (lambda m: m.update(files=["x"]), "the manifest lists its files wrongly"),
        (
            lambda m: m["tables"]["organisations"].update(file="orgs.jsonl"),
            "the manifest describes table 'organisations' wrongly",
        ),
        (
            lambda m: m["tables"]["organisations"].update(
                rows=m["tables"]["organisations"]["rows"] + 1
            ),
            "the table file organisations.jsonl does not hold the rows the manifest says",
        ),
        (
            lambda m: m["tables"]["organisations"].update(sha256="0" * 64),
            "the table file organisations.jsonl does not match the manifest (size or hash)",
        ),
        (
            lambda m: m["tables"]["organisations"].update(bytes=1),
            "the table file organisations.jsonl does not match the manifest (size or hash)",
        ),
        (
            lambda m: m["tables"].update(
                lost={"file": "lost.jsonl", "rows": 0, "bytes": 0, "sha256": ""}
            ),
            "the payload lacks the table file 'lost.jsonl'",
        ),
        (
            lambda m: m["files"].update({"a" * 64: {"bytes": 10}}),
            "the payload lacks the file 'files/" + "a" * 64 + "'",
        ),
        (
            lambda m: m["files"].update({"A" * 64: {"bytes": 10}}),
            "the manifest describes the file 'AAAAAAAAAAAAAAAA' wrongly",
        ),
        (
            lambda m: m["files"].update({"a" * 63: {"bytes": 10}}),
            "the manifest describes the file 'aaaaaaaaaaaaaaaa' wrongly",
        ),
        (
            lambda m: m["files"].update({"a" * 64: {"bytes": 0}}),
            "the manifest describes the file 'aaaaaaaaaaaaaaaa' wrongly",
        ),
        (
            lambda m: m["files"].update({"a" * 64: {"bytes": True}}),
            "the manifest describes the file 'aaaaaaaaaaaaaaaa' wrongly",
        ),
        (
            lambda m: m["files"].update({"a" * 64: 10}),
            "the manifest describes the file 'aaaaaaaaaaaaaaaa' wrongly",
        ),
        (
            lambda m: m["payload"].update(bytes=m["payload"]["bytes"] + 1),
            "the payload does not match the signed manifest (its hash differs)",
        ),
    ],
)
def test_a_signed_manifest_that_lies_is_refused_with_the_reason(
    world: tuple[Offices, Path],
    tmp_path: Path,
    change: Any,
    reason: str,
) -> None:
    offices, good = world
    path = forge(
        good, tmp_path / "forged.blues", offices.partner, offices.coordinator, manifest=change
    )
    assert refusal(offices, path) == reason


def test_what_is_not_a_manifest_or_not_a_bundle(
    world: tuple[Offices, Path], tmp_path: Path
) -> None:
    offices, good = world
    assert refusal(offices, tmp_path / "missing.blues") == "no such file"
    members = read_bundle(good)
    del members[SIGNATURE]
    assert refusal(offices, write_zip(tmp_path / "unsigned.blues", members)) == (
        f"lacks {SIGNATURE}"
    )
    members = read_bundle(good)
    members[MANIFEST] = b"{not json"
    assert refusal(offices, write_zip(tmp_path / "broken.blues", members)).startswith(
        "the manifest is not valid JSON ("
    )
    members[MANIFEST] = b"[]"
    assert refusal(offices, write_zip(tmp_path / "list.blues", members)) == (
        "the manifest is not a BLUES bundle manifest"
    )


def test_rows_from_an_unknown_table_or_a_registry_from_a_partner(
    world: tuple[Offices, Path], tmp_path: Path
) -> None:
    offices, good = world

    def add(name: str):  # type: ignore[no-untyped-def]
        def change(rows: dict[str, list[dict[str, Any]]]) -> None:
            rows[name] = [{"id": "x"}]

        return change

    path = forge(
        good, tmp_path / "unknown.blues", offices.partner, offices.coordinator, tables=add("wishes")
    )
    assert refusal(offices, path) == "holds an unknown table 'wishes'"
    path = forge(
        good,
        tmp_path / "registry.blues",
        offices.partner,
        offices.coordinator,
        tables=add("offices"),
    )
    assert refusal(offices, path) == "only the coordinator may send the partner registry"


def test_many_bad_rows_are_listed_up_to_twenty(world: tuple[Offices, Path], tmp_path: Path) -> None:
    offices, good = world

    def owners(rows: dict[str, list[dict[str, Any]]]) -> None:
        for row in rows["persons"] + rows["organisations"]:
            row["office_id"] = "MCI"

    path = forge(
        good, tmp_path / "owners.blues", offices.partner, offices.coordinator, tables=owners
    )
    message = refusal(offices, path)
    count = int(message.split(" ", 1)[0])
    assert count >= 20 and message.endswith(" …")
    assert message.count("may only send its own records") == 20
    assert (
        "an organisation (line 1): belongs to office MCI; ZIN may only send its own records"
        in message
    )
