"""The rules a bundle is checked by before anything changes (docs/bundle-format.md,
"Import"), one by one, each with the words the user reads.

Written from the format's rules: the signature, the signer, the recipient, the payload,
the table and stored files, the chain of sequence numbers, the rows and the merge plan.
The offices, keys and bundles are built once (tests/bundles/verify_world.py); each test
opens its own copy of the office that reads the bundle.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import struct
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from blues_desktop.bundles.format import (
    MANIFEST,
    PAYLOAD,
    SIGNATURE,
    BundleError,
    canonical_json,
    sha256_hex,
)
from blues_desktop.bundles.manifest import Manifest
from blues_desktop.bundles.verify import VerifiedBundle, check_sequence, verify_bundle
from blues_desktop.domain.errors import ConfigurationError
from blues_desktop.domain.translatable import LABELS, MESSAGES, Message
from blues_desktop.services.attachments import MAX_ATTACHMENT_BYTES
from blues_desktop.services.context import AppContext, open_installation
from blues_desktop.services.keys import load_keys
from blues_desktop.services.setup import own_card
from tests.bundles.bundle_fixtures import (
    forge,
    open_payload,
    read_bundle,
    records_digest,
    write_zip,
)
from tests.bundles.verify_world import PASSPHRASE, World, a_pdf, open_copy, protected, world

Rows = dict[str, list[dict[str, Any]]]


@pytest.fixture
def the_world() -> World:
    return world()


@pytest.fixture
def reader(tmp_path: Path) -> Iterator[Callable[[str], AppContext]]:
    """Opens a fresh copy of one of the world's offices (see World.states)."""
    opened: list[AppContext] = []

    def open_state(state: str) -> AppContext:
        ctx = open_copy(state, tmp_path / f"office-{len(opened)}")
        opened.append(ctx)
        return ctx

    yield open_state
    for ctx in opened:
        ctx.installation.close()


def verify(ctx: AppContext, path: Path, **options: Any) -> VerifiedBundle:
    with ctx.read() as session:
        return verify_bundle(session, ctx, path, **options)


def refusal(ctx: AppContext, path: Path, **options: Any) -> str:
    """The reason a bundle is refused, after checking the message names the file."""
    with pytest.raises(BundleError) as caught:
        verify(ctx, path, **options)
    assert str(caught.value) == f"{path.name}: {caught.value.reason}"
    assert caught.value.file_name == path.name
    translatable(caught.value.reason)
    return caught.value.reason


def translatable(said: str) -> None:
    """A sentence the window can say in its language: a Message of the translators'
    context, and so is every sentence inside it (a name or a code stays a plain str)."""
    assert isinstance(said, Message), said
    assert said.context in (MESSAGES, LABELS), said.context
    for value in said.values.values():
        if isinstance(value, Message):
            translatable(value)


def forged(
    w: World,
    tmp_path: Path,
    source: Path | None = None,
    *,
    signer: str = "ZIN",
    name: str = "forged.blues",
    **changes: Any,
) -> Path:
    """ZIN's bundle 1 (or `source`) changed and signed again (by ZIN unless `signer`)."""
    return forge(source or w.zin_1, tmp_path / name, w.keys_of(signer), w.keys_of("ZIN"), **changes)


def signed(w: World, target: Path, manifest: dict[str, Any], payload: bytes) -> Path:
    """A bundle of this manifest and payload, signed with ZIN's key."""
    ctx = w.keys_of("ZIN")
    keys = load_keys(ctx.paths.keys, ctx.office_code, ctx.office.name)
    data = canonical_json(manifest)
    signature = bytes(keys.signing_key.sign(data, trusted_comment="for a test"))
    return write_zip(target, {MANIFEST: data, SIGNATURE: signature, PAYLOAD: payload})


def manifest_of(path: Path) -> Manifest:
    return Manifest.parse(read_bundle(path)[MANIFEST], path.name)


def fingerprint(w: World, office: str) -> str:
    return own_card(w.keys_of(office)).fingerprint


def patched(archive: bytes, member: str, **fields: int) -> bytes:
    """A zip archive whose central directory says other things about `member`: its
    CRC-32 (`crc`), its compressed size or its size, as a damaged or forged file would."""
    offsets = {"crc": 16, "compress_size": 20, "file_size": 24}
    data = bytearray(archive)
    at = 0
    while (at := data.find(b"PK\x01\x02", at)) != -1:
        (length,) = struct.unpack_from("<H", data, at + 28)
        if data[at + 46 : at + 46 + length].decode() == member:
            for name, value in fields.items():
                struct.pack_into("<I", data, at + offsets[name], value)
            return bytes(data)
        at += 4
    raise KeyError(member)


def with_member(name: str, content: bytes) -> Callable[[bytes], bytes]:
    def add(archive: bytes) -> bytes:
        buffer = io.BytesIO(archive)
        with zipfile.ZipFile(buffer, "a") as changed:
            changed.writestr(name, content)
        return buffer.getvalue()

    return add


# -- a good bundle -----------------------------------------------------------------------


def test_a_good_bundle_is_verified_with_what_an_import_would_do(
    the_world: World, reader: Callable[[str], AppContext], tmp_path: Path
) -> None:
    coordinator = reader("coordinator")
    before = records_digest(coordinator)
    kept = tmp_path / "kept"
    kept.mkdir()
    bundle = verify(coordinator, the_world.zin_1, keep_files_in=kept)
    assert records_digest(coordinator) == before  # verifying changes nothing
    manifest_bytes = read_bundle(the_world.zin_1)[MANIFEST]
    assert bundle.file_name == the_world.zin_1.name
    assert bundle.office == "ZIN" and bundle.sequence == 1
    assert bundle.manifest == manifest_of(the_world.zin_1)
    assert bundle.manifest_sha256 == sha256_hex(manifest_bytes)
    assert bundle.fingerprint == fingerprint(the_world, "ZIN")
    assert bundle.warnings == () and bundle.already_imported_on is None
    assert bundle.registry == []
    assert bundle.plan is not None
    # every record, as the table's columns
    assert {name: len(rows) for name, rows in bundle.rows.items()} == {
        "attachments": 1,
        "organisations": 2,
        "persons": 2,
        "staff_members": 1,
    }
    organisations = bundle.rows["organisations"]
    assert sorted(organisations.column("legal_name")) == [
        "Aguas del Ebro S.L.",
        "Universidad de Zaragoza",
    ]
    assert list(organisations.column("office_id")) == ["ZIN", "ZIN"]
    sent, _ = open_payload(the_world.zin_1, the_world.keys_of("ZIN"))
    assert [d["id"] for d in organisations.dicts(0, 2)] == [r["id"] for r in sent["organisations"]]
    second = organisations.dicts(1, 2)
    assert len(second) == 1 and set(second[0]) == set(organisations.columns)
    assert second[0]["legal_name"] == sent["organisations"][1]["legal_name"]
    assert second[0]["revision"] == sent["organisations"][1]["revision"]
    # everything is new here
    counts = {name: (c.new, c.updated, c.unchanged, c.refused) for name, c in bundle.counts.items()}
    assert counts == {
        "attachments": (1, 0, 0, 0),
        "organisations": (2, 0, 0, 0),
        "persons": (2, 0, 0, 0),
        "staff_members": (1, 0, 0, 0),
    }
    # the CV, checked and kept for the import
    sha = sha256_hex(the_world.cv)
    assert bundle.files == {sha: len(the_world.cv)}
    assert bundle.files_dir == kept
    assert [p.name for p in kept.iterdir()] == [sha]
    assert (kept / sha).read_bytes() == the_world.cv


def test_without_a_plan_or_a_folder_for_the_files(
    the_world: World, reader: Callable[[str], AppContext]
) -> None:
    bundle = verify(reader("coordinator"), the_world.zin_1, plan=False)
    assert bundle.plan is None and bundle.counts == {}
    assert len(bundle.rows["organisations"]) == 2
    assert bundle.files == {sha256_hex(the_world.cv): len(the_world.cv)}
    assert bundle.files_dir is None


def test_the_coordinator_sends_the_registry_and_relays_other_offices_records(
    the_world: World, reader: Callable[[str], AppContext]
) -> None:
    bundle = verify(reader("partner"), the_world.bpt_1)
    assert bundle.office == "BPT"
    assert sorted(entry["code"] for entry in bundle.registry) == ["AQV", "BPT", "MCI", "NPG", "ZIN"]
    assert "offices" not in bundle.rows
    # ZIN's own records, relayed by the coordinator, are known to ZIN: nothing changes
    assert list(bundle.rows["organisations"].column("office_id")) == ["ZIN", "ZIN"]
    assert bundle.counts["organisations"].unchanged == 2
    assert bundle.counts["organisations"].new == 0


def test_format_version_1_is_still_read(
    the_world: World, reader: Callable[[str], AppContext], tmp_path: Path
) -> None:
    def without_files(rows: Rows) -> None:
        del rows["attachments"]  # version 1 carried no stored files

    def version_1(manifest: dict[str, Any]) -> None:
        manifest["format_version"] = 1
        del manifest["files"]

    path = forged(
        the_world, tmp_path, tables=without_files,
        stored_files=lambda files: files.clear(), manifest=version_1,
    )  # fmt: skip
    bundle = verify(reader("coordinator"), path)
    assert bundle.manifest.format_version == 1
    assert set(bundle.rows) == {"organisations", "persons", "staff_members"}
    assert bundle.files == {}


# -- the archive and the manifest ------------------------------------------------------------


def test_what_is_not_a_bundle(
    the_world: World, reader: Callable[[str], AppContext], tmp_path: Path
) -> None:
    coordinator = reader("coordinator")
    assert refusal(coordinator, tmp_path / "missing.blues") == "no such file"
    for member in (MANIFEST, SIGNATURE, PAYLOAD):
        members = read_bundle(the_world.zin_1)
        del members[member]
        path = write_zip(tmp_path / f"without {member}.blues", members)
        assert refusal(coordinator, path) == f"lacks {member}"


def test_a_file_that_is_not_a_zip_archive(
    reader: Callable[[str], AppContext], tmp_path: Path
) -> None:
    path = tmp_path / "notes.blues"
    path.write_bytes(b"these are my notes, not a bundle")
    assert refusal(reader("coordinator"), path) == (
        "not a readable bundle (damaged or truncated: File is not a zip file)"
    )


def test_a_bundle_holds_exactly_its_three_members(
    the_world: World, reader: Callable[[str], AppContext], tmp_path: Path
) -> None:
    coordinator = reader("coordinator")
    members = read_bundle(the_world.zin_1)
    members["readme.txt"] = members.pop(SIGNATURE)
    path = write_zip(tmp_path / "renamed.blues", members)
    assert refusal(coordinator, path) == "holds an unexpected member 'readme.txt'"
    members = read_bundle(the_world.zin_1)
    members["readme.txt"] = b"hello"
    path = write_zip(tmp_path / "four.blues", members)
    assert refusal(coordinator, path) == "holds 4 members; at most 3 are allowed"


@pytest.mark.parametrize("member", [MANIFEST, SIGNATURE, PAYLOAD])
def test_a_damaged_member_is_named(
    the_world: World, reader: Callable[[str], AppContext], tmp_path: Path, member: str
) -> None:
    path = tmp_path / "damaged.blues"
    path.write_bytes(patched(the_world.zin_1.read_bytes(), member, crc=0))
    assert refusal(reader("coordinator"), path) == (
        f"member '{member}' is damaged (Bad CRC-32 for file '{member}')"
    )


def test_the_size_limits_of_the_whole_bundle(
    the_world: World, reader: Callable[[str], AppContext], tmp_path: Path
) -> None:
    coordinator = reader("coordinator")
    good = the_world.zin_1.read_bytes()
    # a payload of 2 GiB - 1 byte with its manifest and signature is within the limits
    # (2 GiB for the payload, 1 MiB more for the rest): it is read, and its lie found
    near = 2**31 - 1
    path = tmp_path / "near.blues"
    path.write_bytes(patched(good, PAYLOAD, file_size=near, compress_size=near))
    assert refusal(coordinator, path) == "member 'payload.age' is damaged ()"
    # each member at its own limit, together over 2 GiB + 1 MiB
    over = patched(good, MANIFEST, file_size=2**20, compress_size=2**20)
    over = patched(over, SIGNATURE, file_size=4096, compress_size=4096)
    path.write_bytes(patched(over, PAYLOAD, file_size=2**31, compress_size=2**31))
    assert refusal(coordinator, path) == "unpacks to more than 2,148,532,224 bytes"


@pytest.mark.parametrize(
    ("manifest", "reason"),
    [
        (
            b"{not json",
            "the manifest is not valid JSON (Expecting property name enclosed in double quotes: line 1 column 2 (char 1))",
        ),
        (
            b"\xff",
            "the manifest is not valid JSON ('utf-8' codec can't decode byte 0xff in position 0: invalid start byte)",
        ),
        (b"[]", "the manifest is not a BLUES bundle manifest"),
        (b'{"format": "zip"}', "the manifest is not a BLUES bundle manifest"),
        (b'{"format_version": 2}', "the manifest is not a BLUES bundle manifest"),
        (b'{"format": "blues-bundle"}', "the manifest has no format version"),
        (
            b'{"format": "blues-bundle", "format_version": true}',
            "the manifest has no format version",
        ),
        (
            b'{"format": "blues-bundle", "format_version": "2"}',
            "the manifest has no format version",
        ),
        (
            b'{"format": "blues-bundle", "format_version": 3}',
            "written in bundle format 3 by a newer BLUES Desktop; this version reads "
            "format 2 — update BLUES Desktop",
        ),
    ],
)
def test_a_manifest_that_is_not_one_is_refused_before_its_signature(
    the_world: World,
    reader: Callable[[str], AppContext],
    tmp_path: Path,
    manifest: bytes,
    reason: str,
) -> None:
    members = read_bundle(the_world.zin_1)
    members[MANIFEST] = manifest
    assert refusal(reader("coordinator"), write_zip(tmp_path / "odd.blues", members)) == reason


def _drop(key: str) -> Callable[[dict[str, Any]], None]:
    return lambda m: m.pop(key)


def _set(key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    return lambda m: m.update({key: value})


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (
            _set("format_version", 3),
            "written in bundle format 3 by a newer BLUES Desktop; this version reads "
            "format 2 — update BLUES Desktop",
        ),
        (_drop("office"), "the manifest lacks a valid 'office'"),
        (_set("office", 7), "the manifest lacks a valid 'office'"),
        (_set("sequence", "2"), "the manifest lacks a valid 'sequence'"),
        (_drop("sequence"), "the manifest lacks a valid 'sequence'"),
        (_set("tables", []), "the manifest lacks a valid 'tables'"),
        (_set("payload", "payload.age"), "the manifest lacks a valid 'payload'"),
        (_set("created_at", 20261130), "the manifest lacks a valid 'created_at'"),
    ],
)
def test_a_signed_manifest_without_what_a_bundle_needs(
    the_world: World,
    reader: Callable[[str], AppContext],
    tmp_path: Path,
    change: Callable[[dict[str, Any]], None],
    reason: str,
) -> None:
    path = forged(the_world, tmp_path, manifest=change)
    assert refusal(reader("coordinator"), path) == reason


# -- the signature and the signer --------------------------------------------------------------


def test_a_bundle_signed_by_another_key_is_refused(
    the_world: World, reader: Callable[[str], AppContext], tmp_path: Path
) -> None:
    path = forged(the_world, tmp_path, signer="MCI")  # says ZIN, signed with MCI's key
    zin = fingerprint(the_world, "ZIN")
    assert refusal(reader("coordinator"), path) == (
        f"the signature does not match office ZIN's registered key {zin} (seen: {zin}); "
        "the bundle was changed or signed by another key (if the office changed its keys, "
        "register its new card: Partners and keys)"
    )


def test_a_manifest_changed_after_signing_or_a_broken_signature_is_refused(
    the_world: World, reader: Callable[[str], AppContext], tmp_path: Path
) -> None:
    coordinator = reader("coordinator")
    zin = fingerprint(the_world, "ZIN")
    expected = (
        f"the signature does not match office ZIN's registered key {zin} (seen: {zin}); "
        "the bundle was changed or signed by another key (if the office changed its keys, "
        "register its new card: Partners and keys)"
    )
    members = read_bundle(the_world.zin_1)
    members[MANIFEST] = members[MANIFEST].replace(b'"full":false', b'"full":true')
    assert refusal(coordinator, write_zip(tmp_path / "changed.blues", members)) == expected
    members = read_bundle(the_world.zin_1)
    members[SIGNATURE] = b"untrusted comment: nothing\nRWQ=\n"
    assert refusal(coordinator, write_zip(tmp_path / "broken.blues", members)) == expected


def test_a_bundle_from_an_office_whose_key_is_not_registered_here(
    the_world: World, reader: Callable[[str], AppContext], tmp_path: Path
) -> None:
    coordinator = reader("coordinator")
    mci = fingerprint(the_world, "MCI")

    def from_mci(manifest: dict[str, Any]) -> None:
        manifest.update(office="MCI", fingerprint=mci)

    path = forged(the_world, tmp_path, signer="MCI", manifest=from_mci)
    assert refusal(coordinator, path) == (
        f"signed by office 'MCI', whose key is not registered here (fingerprint {mci})"
    )

    def from_nowhere(manifest: dict[str, Any]) -> None:
        manifest["office"] = "XYZ"
        del manifest["fingerprint"]

    path = forged(the_world, tmp_path, signer="MCI", manifest=from_nowhere, name="xyz.blues")
    assert refusal(coordinator, path) == (
        "signed by office 'XYZ', whose key is not registered here (fingerprint unknown)"
    )


def test_a_bundle_signed_with_a_revoked_key_is_refused(
    the_world: World, reader: Callable[[str], AppContext], tmp_path: Path
) -> None:
    revoked = reader("revoked")
    assert refusal(revoked, the_world.zin_1) == (
        "signed with office ZIN's key, revoked on 2026-11-20"
    )
    # a signature that does not match is said first: the key is not even ZIN's
    other = forged(the_world, tmp_path, signer="MCI")
    assert refusal(revoked, other).startswith("the signature does not match office ZIN's")


# -- the payload ---------------------------------------------------------------------------------


def test_a_bundle_not_addressed_to_this_office_is_refused(
    the_world: World, reader: Callable[[str], AppContext]
) -> None:
    # MCI knows ZIN's key, so the signature checks out, but ZIN encrypted for BPT and itself
    assert refusal(reader("mci"), the_world.zin_1) == (
        "cannot decrypt the payload: it is not addressed to this office"
    )


def test_a_payload_changed_after_signing_is_refused(
    the_world: World, reader: Callable[[str], AppContext], tmp_path: Path
) -> None:
    coordinator = reader("coordinator")
    reason = "the payload does not match the signed manifest (its hash differs)"
    members = read_bundle(the_world.zin_1)
    payload = bytearray(members[PAYLOAD])
    payload[-1] ^= 0x01  # same size, other bytes
    members[PAYLOAD] = bytes(payload)
    assert refusal(coordinator, write_zip(tmp_path / "flipped.blues", members)) == reason
    # the same bytes, but the manifest says another size
    path = forged(
        the_world, tmp_path, name="size.blues",
        manifest=lambda m: m["payload"].update(bytes=m["payload"]["bytes"] + 1),
    )  # fmt: skip
    assert refusal(coordinator, path) == reason


def test_a_signed_payload_that_is_not_encrypted_is_refused(
    the_world: World, reader: Callable[[str], AppContext], tmp_path: Path
) -> None:
    manifest = json.loads(read_bundle(the_world.zin_1)[MANIFEST])
    payload = b"PK\x03\x04 not encrypted"
    manifest["payload"].update(bytes=len(payload), sha256=sha256_hex(payload))
    path = signed(the_world, tmp_path / "plain.blues", manifest, payload)
    assert refusal(reader("coordinator"), path) == (
        "cannot decrypt the payload: it is not addressed to this office"
    )


def test_a_payload_that_is_not_a_zip_archive(
    the_world: World, reader: Callable[[str], AppContext], tmp_path: Path
) -> None:
    path = forged(the_world, tmp_path, inner=lambda _archive: b"not a zip archive")
    assert refusal(reader("coordinator"), path) == (
        "not a readable bundle (damaged or truncated: File is not a zip file)"
    )


def test_a_payload_holds_only_what_the_manifest_describes(
    the_world: World, reader: Callable[[str], AppContext], tmp_path: Path
) -> None:
    path = forged(the_world, tmp_path, inner=with_member("notes.txt", b"hello"))
    assert refusal(reader("coordinator"), path) == "holds an unexpected member 'notes.txt'"


def test_a_damaged_table_file_or_stored_file_is_named(
    the_world: World, reader: Callable[[str], AppContext], tmp_path: Path
) -> None:
    coordinator = reader("coordinator")
    for member in ("persons.jsonl", f"files/{sha256_hex(the_world.cv)}"):

        def damage(archive: bytes, member: str = member) -> bytes:
            return patched(archive, member, crc=0)

        path = forged(the_world, tmp_path, inner=damage, name=f"{member[:5]}.blues")
        assert refusal(coordinator, path) == (
            f"member '{member}' is damaged (Bad CRC-32 for file '{member}')"
        )


# -- the table files -------------------------------------------------------------------------------


def _table(name: str, **values: Any) -> Callable[[dict[str, Any]], None]:
    return lambda m: m["tables"][name].update(values)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (_table("persons", file="people.jsonl"), "the manifest describes table 'persons' wrongly"),
        (
            lambda m: m["tables"].update(persons="persons.jsonl"),
            "the manifest describes table 'persons' wrongly",
        ),
        (
            lambda m: m["tables"].update(
                events={"file": "events.jsonl", "rows": 0, "bytes": 0, "sha256": ""}
            ),
            "the payload lacks the table file 'events.jsonl'",
        ),
        (
            _table("persons", bytes=1),
            "the table file persons.jsonl does not match the manifest (size or hash)",
        ),
        (
            _table("persons", sha256="0" * 64),
            "the table file persons.jsonl does not match the manifest (size or hash)",
        ),
        (
            _table("persons", rows=3),
            "the table file persons.jsonl does not hold the rows the manifest says",
        ),
        (
            _table("persons", rows=0),
            "the table file persons.jsonl does not hold the rows the manifest says",
        ),
    ],
)
def test_a_table_file_that_differs_from_the_manifest(
    the_world: World,
    reader: Callable[[str], AppContext],
    tmp_path: Path,
    change: Callable[[dict[str, Any]], None],
    reason: str,
) -> None:
    assert refusal(reader("coordinator"), forged(the_world, tmp_path, manifest=change)) == reason


# -- the chain of sequence numbers ------------------------------------------------------------------


def test_the_next_bundle_continues_the_chain(
    the_world: World, reader: Callable[[str], AppContext]
) -> None:
    bundle = verify(reader("after 1"), the_world.zin_2)
    assert bundle.sequence == 2 and bundle.warnings == ()
    assert bundle.manifest.previous_manifest_sha256 == sha256_hex(
        read_bundle(the_world.zin_1)[MANIFEST]
    )
    # bundle 2 holds every record, which the coordinator has already
    counts = bundle.counts["organisations"]
    assert (counts.new, counts.updated, counts.unchanged) == (0, 0, 2)


def test_the_same_bundle_again_changes_nothing(
    the_world: World, reader: Callable[[str], AppContext], tmp_path: Path
) -> None:
    kept = tmp_path / "kept"
    kept.mkdir()
    bundle = verify(reader("after 1"), the_world.zin_1, keep_files_in=kept)
    assert bundle.already_imported_on is not None
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", bundle.already_imported_on)
    assert bundle.already_imported_on[:10] == f"{bundle.manifest.created_at:%Y-%m-%d}"
    assert bundle.rows == {} and bundle.counts == {} and bundle.plan is None
    assert bundle.files == {} and bundle.files_dir is None
    assert list(kept.iterdir()) == []
    assert bundle.warnings == ()


def test_a_bundle_after_a_gap_is_taken_with_the_gap_named(
    the_world: World, reader: Callable[[str], AppContext]
) -> None:
    after_1 = reader("after 1")
    bundle = verify(after_1, the_world.zin_3)
    gap = "bundle 2 of ZIN has not been imported (a gap); later ones hold their changes"
    assert bundle.warnings == (gap,)
    translatable(bundle.warnings[0])
    # the import checks the chain again under its write lock: the gap is named once
    with after_1.read() as session:
        check = check_sequence(session, bundle.manifest, bundle.manifest_sha256, bundle.file_name)
    assert check.gap == gap and bundle.with_sequence(check).warnings == (gap,)
    # nothing imported yet: bundle 2 says bundle 1 is missing
    bundle = verify(reader("coordinator"), the_world.zin_2)
    assert bundle.warnings == (
        "bundle 1 of ZIN has not been imported (a gap); later ones hold their changes",
    )


@pytest.mark.parametrize(
    ("sequence", "missing"),
    [
        (4, "bundles 2, 3 of ZIN have"),
        (12, "bundles 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 of ZIN have"),
        (13, "bundles 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 … of ZIN have"),
    ],
)
def test_a_gap_of_several_bundles_names_them(
    the_world: World,
    reader: Callable[[str], AppContext],
    tmp_path: Path,
    sequence: int,
    missing: str,
) -> None:
    path = forged(
        the_world, tmp_path, the_world.zin_2,
        manifest=lambda m: m.update(sequence=sequence, previous_sequence=sequence - 1),
    )  # fmt: skip
    bundle = verify(reader("after 1"), path)
    assert bundle.warnings == (
        f"{missing} not been imported (a gap); later ones hold their changes",
    )
    translatable(bundle.warnings[0])


@pytest.mark.parametrize(
    ("sequence", "previous", "reason"),
    [
        (0, None, "calls itself bundle 0 of ZIN; bundles are numbered from 1"),
        (-2, None, "calls itself bundle -2 of ZIN; bundles are numbered from 1"),
        (
            1,
            1,
            "is bundle 1 of ZIN but says it follows bundle 1; bundle 1 follows none "
            "— ask office ZIN to write a new bundle",
        ),
        (
            2,
            None,
            "is bundle 2 of ZIN but says it follows no bundle; bundle 2 must follow bundle 1 "
            "— ask office ZIN to write a new bundle",
        ),
        (
            3,
            1,
            "is bundle 3 of ZIN but says it follows bundle 1; bundle 3 must follow bundle 2 "
            "— ask office ZIN to write a new bundle",
        ),
        # not a number at all: refused when the manifest is read, before the chain
        (2, True, "the manifest lacks a valid 'previous_sequence'"),
        (2, "1", "the manifest lacks a valid 'previous_sequence'"),
    ],
)
def test_a_chain_that_does_not_add_up_is_refused(
    the_world: World,
    reader: Callable[[str], AppContext],
    tmp_path: Path,
    sequence: int,
    previous: Any,
    reason: str,
) -> None:
    path = forged(
        the_world, tmp_path, the_world.zin_2,
        manifest=lambda m: m.update(sequence=sequence, previous_sequence=previous),
    )  # fmt: skip
    assert refusal(reader("coordinator"), path) == reason


def test_a_number_that_goes_back_is_refused(
    the_world: World, reader: Callable[[str], AppContext]
) -> None:
    assert refusal(reader("after 1 and 3"), the_world.zin_2) == (
        "bundle 2 of ZIN is older than bundle 3, already imported here; its changes came "
        "with the later bundle, so there is nothing to import"
    )


def test_a_number_imported_before_with_other_content_is_refused(
    the_world: World, reader: Callable[[str], AppContext], tmp_path: Path
) -> None:
    replay = forged(the_world, tmp_path, manifest=_set("created_at", "2030-01-01T00:00:00Z"))
    assert refusal(reader("after 1"), replay) == (
        "bundle 1 of ZIN was already imported with other content; ask office ZIN which "
        "file is right"
    )


def test_a_bundle_with_the_wrong_previous_hash_is_refused(
    the_world: World, reader: Callable[[str], AppContext], tmp_path: Path
) -> None:
    other = forged(
        the_world, tmp_path, the_world.zin_2, manifest=_set("previous_manifest_sha256", "0" * 64)
    )
    assert refusal(reader("after 1"), other) == (
        "does not continue bundle 1 of ZIN as it was imported here; ask office ZIN which "
        "bundle is right"
    )


# -- the rows ---------------------------------------------------------------------------------


def test_a_row_of_another_office_is_refused_with_its_line(
    the_world: World, reader: Callable[[str], AppContext], tmp_path: Path
) -> None:
    def second_is_mci(rows: Rows) -> None:
        rows["organisations"][1]["office_id"] = "MCI"

    path = forged(the_world, tmp_path, tables=second_is_mci)
    assert refusal(reader("coordinator"), path) == (
        "1 row(s) refused: an organisation (line 2): belongs to office MCI; "
        "ZIN may only send its own records"
    )


def test_rows_that_do_not_fit_their_columns_are_all_named(
    the_world: World, reader: Callable[[str], AppContext], tmp_path: Path
) -> None:
    def broken(rows: Rows) -> None:
        rows["attachments"][0]["colour"] = "blue"
        rows["organisations"][0]["is_member"] = "yes"
        rows["organisations"][1]["revision"] = "2"
        del rows["persons"][0]["last_name"]

    path = forged(the_world, tmp_path, tables=broken)
    assert refusal(reader("coordinator"), path) == (
        "4 row(s) refused: a stored file (line 1): unknown column 'colour'; "
        "an organisation (line 1): member: expected true or false, got 'yes'; "
        "an organisation (line 2): revision: expected a whole number, got '2'; "
        "a contact (line 1): missing column 'last_name'"
    )


def _owned_by_mci(count: int, persons: bool = False) -> Callable[[Rows], None]:
    """`count` more organisations, owned by MCI (and MCI's person too, if `persons`)."""

    def change(rows: Rows) -> None:
        template = rows["organisations"][0]
        for n in range(count):
            rows["organisations"].append(
                dict(template, id=f"00000000-0000-4000-8000-{n:012d}", office_id="MCI")
            )
        if persons:
            rows["persons"][0]["office_id"] = "MCI"

    return change


def _line(n: int) -> str:
    return f"an organisation (line {n}): belongs to office MCI; ZIN may only send its own records"


@pytest.mark.parametrize(
    ("count", "persons", "reason"),
    [
        (19, False, "19 row(s) refused: " + "; ".join(_line(n) for n in range(3, 22))),
        (20, False, "20 row(s) refused: " + "; ".join(_line(n) for n in range(3, 23)) + " …"),
        (21, False, "21 row(s) refused: " + "; ".join(_line(n) for n in range(3, 23)) + " …"),
        # the persons come after twenty refusals: they are not looked at
        (20, True, "20 row(s) refused: " + "; ".join(_line(n) for n in range(3, 23)) + " …"),
        (
            18,
            True,
            "19 row(s) refused: "
            + "; ".join(_line(n) for n in range(3, 21))
            + "; a contact (line 1): belongs to office MCI; ZIN may only send its own records",
        ),
    ],
)
def test_at_most_twenty_refused_rows_are_listed(
    the_world: World,
    reader: Callable[[str], AppContext],
    tmp_path: Path,
    count: int,
    persons: bool,
    reason: str,
) -> None:
    path = forged(the_world, tmp_path, tables=_owned_by_mci(count, persons))
    assert refusal(reader("coordinator"), path) == reason


def test_an_unknown_table_or_a_registry_from_a_partner_is_refused(
    the_world: World, reader: Callable[[str], AppContext], tmp_path: Path
) -> None:
    coordinator = reader("coordinator")

    def add(name: str) -> Callable[[Rows], None]:
        return lambda rows: rows.update({name: [{"id": "x"}]})

    path = forged(the_world, tmp_path, tables=add("wishes"), name="wishes.blues")
    assert refusal(coordinator, path) == "holds an unknown table 'wishes'"
    path = forged(the_world, tmp_path, tables=add("offices"), name="registry.blues")
    assert refusal(coordinator, path) == "only the coordinator may send the partner registry"


# -- the merge plan ---------------------------------------------------------------------------


def test_a_changed_record_is_counted_as_an_update(
    the_world: World, reader: Callable[[str], AppContext], tmp_path: Path
) -> None:
    def renamed(rows: Rows) -> None:
        first = rows["organisations"][0]
        first.update(legal_name="Aguas del Ebro S.A.", revision=first["revision"] + 10)

    path = forged(the_world, tmp_path, the_world.zin_2, tables=renamed)
    counts = verify(reader("after 1"), path).counts["organisations"]
    assert (counts.new, counts.updated, counts.unchanged, counts.refused) == (0, 1, 1, 0)


def test_a_record_that_takes_the_place_of_an_earlier_copy_is_counted_as_an_update(
    the_world: World, reader: Callable[[str], AppContext], tmp_path: Path
) -> None:
    # ZIN recreated its staff record for the same person: the new one takes the place of
    # the copy the coordinator holds (the same office's, and nothing refers to it)
    def recreated(rows: Rows) -> None:
        rows["staff_members"][0]["id"] = "00000000-0000-4000-8000-000000000001"

    path = forged(the_world, tmp_path, the_world.zin_2, tables=recreated)
    counts = verify(reader("after 1"), path).counts["staff_members"]
    assert (counts.new, counts.updated, counts.unchanged, counts.refused) == (0, 1, 0, 0)


def test_an_offices_own_records_are_not_replaced_by_a_relayed_copy(
    the_world: World, reader: Callable[[str], AppContext], tmp_path: Path
) -> None:
    def relayed_newer(rows: Rows) -> None:
        first = rows["organisations"][0]
        first.update(legal_name="Aguas del Ebro S.A.", revision=first["revision"] + 10)

    path = forged(the_world, tmp_path, the_world.bpt_1, signer="BPT", tables=relayed_newer)
    counts = verify(reader("partner"), path).counts["organisations"]
    assert (counts.new, counts.updated, counts.unchanged) == (0, 0, 2)


def test_a_record_that_cannot_merge_refuses_the_bundle(
    the_world: World, reader: Callable[[str], AppContext], tmp_path: Path
) -> None:
    def same_revision_other_name(rows: Rows) -> None:
        rows["organisations"][0]["legal_name"] = "Aguas del Ebro S.A."

    path = forged(the_world, tmp_path, the_world.zin_2, tables=same_revision_other_name)
    assert refusal(reader("after 1"), path) == (
        "1 record(s) cannot be merged: the organisation Aguas del Ebro S.L. arrives with "
        "revision 1, which is already here with other content (legal name): the two copies "
        "differ; ask office ZIN to save the record again (a new revision) and send a new bundle"
    )


# -- the stored files -------------------------------------------------------------------------


def test_a_file_no_record_names_is_refused(
    the_world: World, reader: Callable[[str], AppContext], tmp_path: Path
) -> None:
    extra = a_pdf(tmp_path / "extra.pdf", "Nobody's invoice").read_bytes()
    sha = sha256_hex(extra)
    path = forged(the_world, tmp_path, stored_files=lambda files: files.update({sha: extra}))
    assert refusal(reader("coordinator"), path) == (
        f"holds the file {sha[:12]}…, which no record of the bundle names"
    )


def test_a_file_named_only_by_a_deleted_record_is_refused(
    the_world: World, reader: Callable[[str], AppContext], tmp_path: Path
) -> None:
    def deleted(rows: Rows) -> None:
        rows["attachments"][0]["deleted_at"] = rows["attachments"][0]["updated_at"]

    path = forged(the_world, tmp_path, tables=deleted)
    sha = sha256_hex(the_world.cv)
    assert refusal(reader("coordinator"), path, plan=False) == (
        f"holds the file {sha[:12]}…, which no record of the bundle names"
    )


def test_a_file_whose_bytes_do_not_match_its_name_is_refused(
    the_world: World, reader: Callable[[str], AppContext], tmp_path: Path
) -> None:
    coordinator = reader("coordinator")
    sha = sha256_hex(the_world.cv)
    reason = f"the file {sha[:12]}… does not match its name (size or hash)"
    other = bytearray(the_world.cv)
    other[-2] ^= 0x01  # same size, other bytes
    path = forged(
        the_world, tmp_path, name="bytes.blues",
        stored_files=lambda files: files.update({sha: bytes(other)}),
    )  # fmt: skip
    assert refusal(coordinator, path) == reason
    # the right bytes, but the manifest says the file is bigger
    path = forged(
        the_world, tmp_path, name="size.blues",
        manifest=lambda m: m["files"][sha].update(bytes=len(the_world.cv) + 1),
    )  # fmt: skip
    assert refusal(coordinator, path) == reason


def test_a_file_that_is_not_a_pdf_or_an_image_is_refused(
    the_world: World, reader: Callable[[str], AppContext], tmp_path: Path
) -> None:
    text = b"#!/bin/sh\necho hello\n"
    sha = sha256_hex(text)

    def names_the_script(rows: Rows) -> None:
        rows["attachments"][0].update(sha256=sha, size=len(text))

    def script_instead(files: dict[str, bytes]) -> None:
        files.clear()
        files[sha] = text

    path = forged(the_world, tmp_path, tables=names_the_script, stored_files=script_instead)
    assert refusal(reader("coordinator"), path) == (
        f"the file {sha[:12]}… is not a PDF or an image"
    )


def _files(files: Any) -> Callable[[dict[str, Any]], None]:
    return lambda m: m.update(files=files)


def _more_files(files: dict[str, Any]) -> Callable[[dict[str, Any]], None]:
    """The CV and these files listed."""
    return lambda m: m["files"].update(files)


A, B = "a" * 64, "b" * 64


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (_files(["x"]), "the manifest lists its files wrongly"),
        (
            _files({A.upper(): {"bytes": 10}}),
            "the manifest describes the file 'AAAAAAAAAAAAAAAA' wrongly",
        ),
        (
            _files({"X" * 64: {"bytes": 10}}),
            "the manifest describes the file 'XXXXXXXXXXXXXXXX' wrongly",
        ),
        (
            _files({"g" * 64: {"bytes": 10}}),
            "the manifest describes the file 'gggggggggggggggg' wrongly",
        ),
        (
            _files({A[:63]: {"bytes": 10}}),
            "the manifest describes the file 'aaaaaaaaaaaaaaaa' wrongly",
        ),
        (
            _files({A + "a": {"bytes": 10}}),
            "the manifest describes the file 'aaaaaaaaaaaaaaaa' wrongly",
        ),
        (_files({A: {"bytes": 0}}), "the manifest describes the file 'aaaaaaaaaaaaaaaa' wrongly"),
        (
            _files({A: {"bytes": True}}),
            "the manifest describes the file 'aaaaaaaaaaaaaaaa' wrongly",
        ),
        (
            _files({A: {"bytes": "10"}}),
            "the manifest describes the file 'aaaaaaaaaaaaaaaa' wrongly",
        ),
        (_files({A: {}}), "the manifest describes the file 'aaaaaaaaaaaaaaaa' wrongly"),
        (_files({A: 10}), "the manifest describes the file 'aaaaaaaaaaaaaaaa' wrongly"),
        (
            _files({A: {"bytes": MAX_ATTACHMENT_BYTES + 1}}),
            "the manifest describes the file 'aaaaaaaaaaaaaaaa' wrongly",
        ),
        # within the limits, but not in the payload
        (_more_files({A: {"bytes": 1}}), f"the payload lacks the file 'files/{A}'"),
        (
            _more_files({A: {"bytes": MAX_ATTACHMENT_BYTES}}),
            f"the payload lacks the file 'files/{A}'",
        ),
        (
            _files({f"{n:064x}": {"bytes": 10} for n in range(5_001)}),
            "lists 5,001 files; at most 5,000 are allowed",
        ),
        (
            _more_files({f"{n:064x}": {"bytes": 10} for n in range(4_999)}),
            f"the payload lacks the file 'files/{0:064x}'",
        ),
    ],
)
def test_a_manifest_that_lists_files_wrongly(
    the_world: World,
    reader: Callable[[str], AppContext],
    tmp_path: Path,
    change: Callable[[dict[str, Any]], None],
    reason: str,
) -> None:
    assert refusal(reader("coordinator"), forged(the_world, tmp_path, manifest=change)) == reason


def test_format_version_1_lists_no_files(
    the_world: World, reader: Callable[[str], AppContext], tmp_path: Path
) -> None:
    # a manifest whose files are empty or absent is a bundle without stored files
    listed: tuple[dict[str, Any] | None, ...] = ({}, None)
    for n, files in enumerate(listed):

        def version_1(manifest: dict[str, Any], files: Any = files) -> None:
            manifest.update(format_version=1, files=files)

        path = forged(
            the_world, tmp_path, name=f"v1-{n}.blues",
            tables=lambda rows: rows.pop("attachments"),
            stored_files=lambda stored: stored.clear(), manifest=version_1,
        )  # fmt: skip
        assert verify(reader("coordinator"), path).files == {}


# -- keys protected by a passphrase (last: opening them takes seconds) ----------------------------


def test_an_office_whose_keys_have_a_passphrase_verifies_with_it(tmp_path: Path) -> None:
    state, bundle = protected()
    ctx = open_installation(shutil.copytree(state, tmp_path / "bpt")).context()
    try:
        with pytest.raises(ConfigurationError, match="protected by a passphrase; give it"):
            verify(ctx, bundle)
        report = verify(ctx, bundle, passphrase=PASSPHRASE)
        assert report.office == "ZIN" and len(report.rows["organisations"]) == 1
    finally:
        ctx.installation.close()
