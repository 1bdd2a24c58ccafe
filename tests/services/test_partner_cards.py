"""Registering partners' cards, changing this office's own keys and revoking a partner's,
with real keys: what is refused, what needs confirming, and that bundles still verify."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from blues_desktop.bundles.export import export_bundle
from blues_desktop.bundles.format import BundleError
from blues_desktop.bundles.merge import import_bundle, verify_file
from blues_desktop.domain.errors import ConfigurationError, PermissionDeniedError
from blues_desktop.services.demo import generate
from blues_desktop.services.key_rotation import own_keys, rotate_own_keys
from blues_desktop.services.keys import OfficeCard, load_keys
from blues_desktop.services.partners import (
    CardVerdict,
    examine_card,
    list_partners,
    read_card,
    register_card,
    revoke,
)
from blues_desktop.services.setup import own_card
from tests.bundles.bundle_fixtures import make_offices
from tests.conftest import require_tool


def _partner(offices, code: str = "ZIN"):  # type: ignore[no-untyped-def]
    return next(p for p in list_partners(offices.coordinator) if p.code == code)


def test_a_card_round_trips_with_its_date_and_older_cards_still_read(tmp_path: Path) -> None:
    offices = make_offices(tmp_path)
    card = own_card(offices.partner)
    assert card.made_on is not None and len(card.made_on) == 10
    assert OfficeCard.from_json(card.to_json()) == card
    assert OfficeCard.from_json(card.to_compact_json()) == card
    older = card.to_json().replace(f'  "made_on": "{card.made_on}",\n', "")
    older = older.replace(f',\n  "made_on": "{card.made_on}"', "")
    assert "made_on" not in older
    assert OfficeCard.from_json(older).made_on is None


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "is not a BLUES office card (it is not text)"),
        (b"Dear partner, here is our card.", "is not a BLUES office card"),
        (b'{"format": "something-else"}', "is not a BLUES office card"),
        (b'{"format": "blues-office-card/1", "office": "ZIN"}', "a part of it is missing"),
    ],
)
def test_a_file_that_is_not_a_card_is_refused_in_words(
    tmp_path: Path, content: bytes, said: str
) -> None:
    path = tmp_path / "zin.json"
    path.write_bytes(content)
    with pytest.raises(ConfigurationError) as refused:
        read_card(path)
    assert said in str(refused.value)
    assert str(tmp_path) not in str(refused.value)  # the file's name, not where it lies


def test_a_card_changed_after_it_was_saved_is_refused(tmp_path: Path) -> None:
    offices = make_offices(tmp_path)
    card = own_card(offices.partner)
    other = own_card(offices.coordinator)
    # another office's age key slipped under this fingerprint
    forged = card.to_json().replace(card.age_recipient, other.age_recipient)
    path = tmp_path / "forged.json"
    path.write_text(forged, encoding="utf-8")
    with pytest.raises(ConfigurationError, match="fingerprint does not match its keys"):
        read_card(path)


def test_my_own_card_and_an_unknown_office_are_refused(tmp_path: Path) -> None:
    offices = make_offices(tmp_path)
    mine = own_card(offices.coordinator)
    with pytest.raises(PermissionDeniedError, match="card of your own office"):
        examine_card(offices.coordinator, mine)
    with pytest.raises(PermissionDeniedError, match="card of your own office"):
        register_card(offices.coordinator, mine)
    stranger = OfficeCard("XYZ", "Nobody", mine.signing_public_key, mine.key_id,
                          mine.age_recipient, mine.fingerprint)  # fmt: skip
    with pytest.raises(ConfigurationError, match="not one of the BLUES offices"):
        examine_card(offices.coordinator, stranger)


def test_a_new_partner_then_the_same_card_again(tmp_path: Path) -> None:
    offices = make_offices(tmp_path)
    npg = open_npg(tmp_path)
    card = own_card(npg)
    check = examine_card(offices.coordinator, card)
    assert check.verdict is CardVerdict.NEW and check.office_name.startswith("Nanoprogress")
    assert register_card(offices.coordinator, card).changes
    again = examine_card(offices.coordinator, card)
    assert again.verdict is CardVerdict.SAME
    assert not register_card(offices.coordinator, card).changes  # nothing to do


def open_npg(tmp_path: Path):  # type: ignore[no-untyped-def]
    from blues_desktop.services.context import open_installation
    from blues_desktop.services.setup import initialise

    installation = open_installation(tmp_path / "npg")
    initialise(installation, "NPG", "Jiří Dvořák")
    return installation.context()


def test_rotating_my_keys_then_the_partner_confirms_the_new_card(tmp_path: Path) -> None:
    offices = make_offices(tmp_path)
    generate(offices.partner, scale=0.05, offices=["ZIN"])
    before = own_card(offices.partner)
    with pytest.raises(ConfigurationError, match="Say why"):
        rotate_own_keys(offices.partner, "  ")
    assert own_card(offices.partner) == before  # nothing changed

    rotation = rotate_own_keys(offices.partner, "the laptop was lost")
    assert rotation.old_fingerprint == before.fingerprint
    assert rotation.card.fingerprint != before.fingerprint
    keys = load_keys(offices.partner.paths.keys, "ZIN", "ZINNAE")
    assert keys.card.fingerprint == rotation.card.fingerprint  # files and registry agree
    retired = list((offices.partner.paths.keys / "retired").iterdir())
    assert len(retired) == 1 and (retired[0] / "office.key").exists()

    # The coordinator still trusts the old key: the new bundle is refused, in words.
    sent = export_bundle(offices.partner, offices.out)
    with pytest.raises(BundleError) as refused:
        verify_file(offices.coordinator, sent.path)
    assert "register its new card" in str(refused.value)

    # The coordinator registers the new card: a rotation, which needs confirming.
    check = examine_card(offices.coordinator, rotation.card)
    assert check.verdict is CardVerdict.ROTATION
    assert check.registered_fingerprint == before.fingerprint
    with pytest.raises(ConfigurationError, match="key rotation"):
        register_card(offices.coordinator, rotation.card)
    with pytest.raises(ConfigurationError, match="Say why"):
        register_card(offices.coordinator, rotation.card, replace=True, reason="")
    register_card(offices.coordinator, rotation.card, replace=True, reason="ZIN lost a laptop")
    assert _partner(offices).fingerprint == rotation.card.fingerprint
    assert import_bundle(offices.coordinator, sent.path).changed_rows > 0


def test_a_bundle_sealed_to_my_old_key_still_opens_after_a_rotation(tmp_path: Path) -> None:
    offices = make_offices(tmp_path)
    generate(offices.coordinator, scale=0.05, offices=["BPT"])
    # The coordinator writes its bundle to ZIN's key before ZIN changes it.
    sent = export_bundle(offices.coordinator, offices.out)
    rotate_own_keys(offices.partner, "yearly change")
    assert import_bundle(offices.partner, sent.path).changed_rows > 0


def test_rotation_with_a_passphrase_asks_for_it_and_keeps_it(tmp_path: Path) -> None:
    from blues_desktop.services.context import open_installation
    from blues_desktop.services.setup import initialise

    installation = open_installation(tmp_path / "mci")
    initialise(installation, "MCI", "Zofia Łukaszewicz", passphrase="Żółw w trawie")
    ctx = installation.context()
    assert own_keys(ctx).encrypted
    before = own_card(ctx)
    with pytest.raises(ConfigurationError, match="passphrase"):
        rotate_own_keys(ctx, "yearly change", "wrong")
    with pytest.raises(ConfigurationError, match="passphrase"):
        rotate_own_keys(ctx, "yearly change")
    assert own_card(ctx) == before and not (ctx.paths.keys / "retired").exists()
    rotation = rotate_own_keys(ctx, "yearly change", "Żółw w trawie")
    assert own_keys(ctx).encrypted
    assert load_keys(ctx.paths.keys, "MCI", "x", "Żółw w trawie").card.fingerprint == (
        rotation.card.fingerprint
    )


def test_the_rotated_key_works_with_the_standard_tools(tmp_path: Path) -> None:
    minisign = require_tool("minisign")
    offices = make_offices(tmp_path)
    rotation = rotate_own_keys(offices.partner, "yearly change")
    register_card(offices.coordinator, rotation.card, replace=True, reason="yearly change")
    generate(offices.partner, scale=0.05, offices=["ZIN"])
    sent = export_bundle(offices.partner, offices.out)
    import zipfile

    with zipfile.ZipFile(sent.path) as bundle:
        bundle.extractall(tmp_path / "opened")
    done = subprocess.run(
        [minisign, "-V", "-P", rotation.card.signing_public_key,
         "-m", str(tmp_path / "opened" / "manifest.json")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_revoking_a_partner_refuses_its_bundles_and_its_old_card(tmp_path: Path) -> None:
    offices = make_offices(tmp_path)
    generate(offices.partner, scale=0.05, offices=["ZIN"])
    sent = export_bundle(offices.partner, offices.out)
    with pytest.raises(ConfigurationError, match="Say why"):
        revoke(offices.coordinator, "ZIN", "")
    with pytest.raises(PermissionDeniedError, match="own key cannot be revoked"):
        revoke(offices.coordinator, "BPT", "test")
    revoke(offices.coordinator, "ZIN", "the laptop was stolen")
    assert _partner(offices).revoked_at is not None
    with pytest.raises(ConfigurationError, match="revoked already"):
        revoke(offices.coordinator, "ZIN", "again")
    with pytest.raises(BundleError, match="revoked on"):
        verify_file(offices.coordinator, sent.path)
    # The same (revoked) card is never trusted again; a new one after a rotation is.
    with pytest.raises(PermissionDeniedError, match="never trusted again"):
        register_card(offices.coordinator, own_card(offices.partner))
    rotation = rotate_own_keys(offices.partner, "after the theft")
    assert examine_card(offices.coordinator, rotation.card).verdict is CardVerdict.ROTATION
    register_card(offices.coordinator, rotation.card, replace=True, reason="new laptop")
    assert _partner(offices).revoked_at is None
