"""Two offices that know each other's cards, and tools to forge and compare bundles."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
import pytest

from blues_desktop.bundles.format import (
    FILES_FOLDER,
    MANIFEST,
    PAYLOAD,
    SIGNATURE,
    BundleError,
    canonical_json,
    sha256_hex,
)
from blues_desktop.bundles.merge import import_bundle
from blues_desktop.services.context import AppContext, open_installation
from blues_desktop.services.keys import load_keys
from blues_desktop.services.partners import register_card
from blues_desktop.services.setup import initialise, own_card


@dataclass
class Offices:
    coordinator: AppContext
    partner: AppContext
    out: Path


def make_offices(root: Path, partner_code: str = "ZIN") -> Offices:
    coordinator = open_installation(root / "bpt")
    initialise(coordinator, "BPT", "Jörg Köhler")
    partner = open_installation(root / partner_code.lower())
    initialise(partner, partner_code, "Begoña Ibáñez")
    c, p = coordinator.context(), partner.context()
    register_card(c, own_card(p))
    register_card(p, own_card(c))
    out = root / "stick"
    out.mkdir()
    return Offices(c, p, out)


def database_digest(ctx: AppContext) -> str:
    """The database file's bytes, after folding the write-ahead log in."""
    ctx.installation.engine.dispose()
    connection = sqlite3.connect(ctx.paths.database)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return hashlib.sha256(ctx.paths.database.read_bytes()).hexdigest()


def records_digest(ctx: AppContext) -> str:
    """Every row of every table but the bundle history, where a refused bundle is listed."""
    connection = sqlite3.connect(ctx.paths.database)
    try:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'bundle_log' "
                "ORDER BY name"
            )
        ]
        digest = hashlib.sha256()
        for name in names:
            rows = sorted(connection.execute(f"SELECT * FROM {name}").fetchall(), key=repr)
            digest.update(repr((name, rows)).encode())
        return digest.hexdigest()
    finally:
        connection.close()


def newest_import_log(ctx: AppContext) -> tuple[str, str, str | None]:
    """(file name, result, message) of the newest import in the bundle history."""
    connection = sqlite3.connect(ctx.paths.database)
    try:
        row = connection.execute(
            "SELECT file_name, result, message FROM bundle_log WHERE direction = 'import' "
            "ORDER BY id DESC LIMIT 1"
        ).fetchone()
    finally:
        connection.close()
    assert row is not None, "no import in the bundle history"
    return row


def assert_refused(ctx: AppContext, path: Path, *reasons: str) -> str:
    """Importing `path` is refused with one of `reasons`, in words; no record changes, no
    backup is taken, and the refusal is listed in the history with the same reason."""
    before = records_digest(ctx)
    with pytest.raises(BundleError) as caught:
        import_bundle(ctx, path)
    message = str(caught.value)
    assert message.startswith(f"{path.name}: ")
    assert any(reason in message for reason in reasons), message
    assert records_digest(ctx) == before
    assert newest_import_log(ctx) == (path.name, "refused", caught.value.reason)
    return message


def table_dump(ctx: AppContext, tables: tuple[str, ...]) -> dict[str, list[tuple[Any, ...]]]:
    connection = sqlite3.connect(ctx.paths.database)
    try:
        return {
            t: sorted(connection.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables
        }
    finally:
        connection.close()


def read_bundle(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def open_payload(
    path: Path, reader: AppContext
) -> tuple[dict[str, list[dict[str, Any]]], dict[str, bytes]]:
    """A bundle's rows ({table: [row]}) and stored files ({sha256: bytes}), as `reader`."""
    members = read_bundle(path)
    identity = load_keys(reader.paths.keys, reader.office_code, reader.office.name).age_identity
    inner = pyrage.decrypt(members[PAYLOAD], [identity])
    with zipfile.ZipFile(io.BytesIO(inner)) as archive:
        rows = {
            name.removesuffix(".jsonl"): [
                json.loads(line) for line in archive.read(name).splitlines()
            ]
            for name in archive.namelist()
            if not name.startswith(FILES_FOLDER)
        }
        stored = {
            name.removeprefix(FILES_FOLDER): archive.read(name)
            for name in archive.namelist()
            if name.startswith(FILES_FOLDER)
        }
    return rows, stored


def forge(
    path: Path,
    target: Path,
    signer: AppContext,
    reader: AppContext,
    *,
    tables: Callable[[dict[str, list[dict[str, Any]]]], None] | None = None,
    manifest: Callable[[dict[str, Any]], None] | None = None,
    stored_files: Callable[[dict[str, bytes]], None] | None = None,
    inner: Callable[[bytes], bytes] | None = None,
    fix_hashes: bool = True,
) -> Path:
    """Open a real bundle, change its rows, stored files ({name: bytes}, named by SHA-256),
    the payload's zip archive (`inner`, its bytes before encryption) or manifest, and sign
    it again with `signer`'s key."""
    members = read_bundle(path)
    data = json.loads(members[MANIFEST])
    rows, stored = open_payload(path, reader)
    if tables is not None:
        tables(rows)
    if stored_files is not None:
        stored_files(stored)
    files = {
        f"{t}.jsonl": b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in rs)
        for t, rs in rows.items()
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
        for sha, content in stored.items():
            archive.writestr(FILES_FOLDER + sha, content)
    recipients = [pyrage.x25519.Recipient.from_str(r["age_recipient"]) for r in data["recipients"]]
    archive_bytes = buffer.getvalue() if inner is None else inner(buffer.getvalue())
    payload = pyrage.encrypt(archive_bytes, recipients)
    if fix_hashes:
        data["tables"] = {
            name.removesuffix(".jsonl"): {
                "file": name,
                "rows": content.count(b"\n"),
                "bytes": len(content),
                "sha256": sha256_hex(content),
            }
            for name, content in files.items()
        }
        data["payload"] = {"file": PAYLOAD, "bytes": len(payload), "sha256": sha256_hex(payload)}
        data["files"] = {sha: {"bytes": len(content)} for sha, content in stored.items()}
    if manifest is not None:
        manifest(data)
    manifest_bytes = canonical_json(data)
    keys = load_keys(signer.paths.keys, signer.office_code, signer.office.name)
    signature = bytes(keys.signing_key.sign(manifest_bytes, trusted_comment="forged for a test"))
    return write_zip(target, {MANIFEST: manifest_bytes, SIGNATURE: signature, PAYLOAD: payload})
