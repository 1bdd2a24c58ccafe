"""The office keys work with the standard tools: minisign verifies, age decrypts."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pyrage

from blues_desktop.services.context import Installation
from blues_desktop.services.keys import load_keys
from blues_desktop.services.setup import initialise
from tests.conftest import require_tool


def test_minisign_verifies_a_signature_made_with_the_office_key(
    installation: Installation, tmp_path: Path
) -> None:
    minisign = require_tool("minisign")
    card = initialise(installation, "NPG", "Jiří Dvořák").card
    keys = load_keys(installation.paths.keys, "NPG", "Nanoprogress")
    message = tmp_path / "manifest.json"
    message.write_bytes('{"office": "NPG", "name": "Příliš žluťoučký kůň"}'.encode())
    signature = keys.signing_key.sign(message.read_bytes(), trusted_comment="BLUES NPG test")
    (tmp_path / "manifest.json.minisig").write_bytes(bytes(signature))
    done = subprocess.run(
        [minisign, "-V", "-P", card.signing_public_key, "-m", str(message)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Signature and comment signature verified" in done.stdout
    # minisign prints the same key id we show
    keyfile = subprocess.run(
        [minisign, "-V", "-p", str(installation.paths.keys / "office.pub"), "-m", str(message)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert keyfile.returncode == 0, keyfile.stderr


def test_age_decrypts_with_the_office_identity(installation: Installation, tmp_path: Path) -> None:
    age = require_tool("age")
    card = initialise(installation, "ZIN", "Íñigo Peña").card
    secret = "Ibáñez, Núñez — datos personales".encode()
    (tmp_path / "payload.age").write_bytes(
        pyrage.encrypt(secret, [pyrage.x25519.Recipient.from_str(card.age_recipient)])
    )
    done = subprocess.run(
        [
            age,
            "-d",
            "-i",
            str(installation.paths.keys / "office.age"),
            str(tmp_path / "payload.age"),
        ],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == secret
