"""The whole key exchange in the window, with real keys: each office saves its card from
its own window, the other registers it after the fingerprint check, and a bundle between
them then verifies; the QR code reads back (zbarimg) as the card; rotation and revocation
say what they mean and change nothing until confirmed."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from blues_desktop.bundles.export import export_bundle
from blues_desktop.bundles.format import BundleError
from blues_desktop.bundles.merge import verify_file
from blues_desktop.services.context import AppContext, open_installation
from blues_desktop.services.demo import generate
from blues_desktop.services.keys import OfficeCard
from blues_desktop.services.partners import list_partners
from blues_desktop.services.setup import initialise, own_card
from blues_desktop.ui.keys.card_view import fingerprint_groups
from blues_desktop.ui.keys.dialog import PartnersKeysDialog
from blues_desktop.ui.pages.bundles import BundlesPage
from tests.conftest import require_tool

WAIT = 15_000


def _office(root: Path, code: str, user: str) -> AppContext:
    installation = open_installation(root / code.lower())
    initialise(installation, code, user)
    return installation.context()


def _dialog(qtbot, ctx: AppContext) -> PartnersKeysDialog:  # type: ignore[no-untyped-def]
    dialog = PartnersKeysDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.own is not None, timeout=WAIT)
    return dialog


def _row_of(dialog: PartnersKeysDialog, code: str) -> int:
    return next(r for r in range(dialog.model.rowCount()) if dialog.model.row_at(r).code == code)


def _cell(dialog: PartnersKeysDialog, code: str, column: int) -> str:
    return str(dialog.model.index(_row_of(dialog, code), column).data())


def _register(qtbot, dialog: PartnersKeysDialog, card_file: Path, reason: str = ""):  # type: ignore[no-untyped-def]
    """Open the card, check the question, confirm as the user would."""
    dialog.setProperty("register_dialog", None)
    dialog.open_card(card_file)
    qtbot.waitUntil(lambda: dialog.property("register_dialog") is not None, timeout=WAIT)
    question = dialog.property("register_dialog")
    assert not question.act.isEnabled()  # nothing is trusted before the user confirms
    assert question.cancel.isDefault() and not question.act.isDefault()
    question.compared.setChecked(True)
    if question.is_rotation:
        assert not question.act.isEnabled()  # a rotation needs its reason too
        qtbot.keyClicks(question.reason, reason)
    assert question.act.isEnabled()
    qtbot.mouseClick(question.act, Qt.MouseButton.LeftButton)
    return question


@pytest.fixture
def warnings(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a, **k: said.append(text)
    )
    return said


def test_cards_saved_by_each_window_are_registered_by_the_other_and_a_bundle_verifies(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    coordinator = _office(tmp_path, "BPT", "Jörg Köhler")
    partner = _office(tmp_path, "ZIN", "Begoña Ibáñez")
    generate(partner, scale=0.05, offices=["ZIN"])
    with pytest.raises(Exception, match="coordinator's office card is not registered"):
        export_bundle(partner, tmp_path)  # nothing exchanged yet

    zin, bpt = _dialog(qtbot, partner), _dialog(qtbot, coordinator)
    assert zin.fingerprint.text() == fingerprint_groups(own_card(partner).fingerprint)
    assert "Keys made on" in zin.made_on.text()
    assert _cell(bpt, "ZIN", 3) == "No card registered yet"
    zin.write_card(tmp_path / "zin.json")
    bpt.write_card(tmp_path / "bpt.json")
    qtbot.waitUntil(lambda: "Saved the card" in zin.status.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: "Saved the card" in bpt.status.text(), timeout=WAIT)
    assert OfficeCard.from_json((tmp_path / "zin.json").read_text()) == own_card(partner)
    assert not list(tmp_path.glob("*.part"))  # written under a temporary name, then renamed

    _register(qtbot, bpt, tmp_path / "zin.json")
    qtbot.waitUntil(lambda: _cell(bpt, "ZIN", 3).startswith("Registered on"), timeout=WAIT)
    assert _cell(bpt, "ZIN", 2) == zin.fingerprint.text()  # the same groups on both screens
    _register(qtbot, zin, tmp_path / "bpt.json")
    qtbot.waitUntil(lambda: _cell(zin, "BPT", 3).startswith("Registered on"), timeout=WAIT)

    sent = export_bundle(partner, tmp_path)
    verified = verify_file(coordinator, sent.path)
    assert verified.office == "ZIN" and verified.fingerprint == own_card(partner).fingerprint


def test_the_qr_code_reads_back_as_the_card(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    zbarimg = require_tool("zbarimg")
    partner = _office(tmp_path, "ZIN", "Begoña Ibáñez")
    dialog = _dialog(qtbot, partner)
    picture = tmp_path / "qr.png"
    assert dialog.qr.pixmap().width() >= 240  # large enough to scan off a shared screen
    assert dialog.qr.pixmap().save(str(picture), "PNG")
    done = subprocess.run(
        [zbarimg, "--raw", "-q", str(picture)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert OfficeCard.from_json(done.stdout.strip()) == own_card(partner)


def test_wrong_files_my_own_card_and_a_card_already_there_are_refused_in_words(
    qtbot, tmp_path: Path, warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    coordinator = _office(tmp_path, "BPT", "Jörg Köhler")
    partner = _office(tmp_path, "ZIN", "Begoña Ibáñez")
    bpt = _dialog(qtbot, coordinator)
    (tmp_path / "notes.json").write_text('{"meeting": "Tuesday"}', encoding="utf-8")
    bpt.write_card(tmp_path / "bpt.json")
    qtbot.waitUntil(lambda: (tmp_path / "bpt.json").exists(), timeout=WAIT)
    (tmp_path / "zin.json").write_text(own_card(partner).to_json(), encoding="utf-8")

    for count, name in enumerate(("notes.json", "bpt.json"), start=1):
        bpt.open_card(tmp_path / name)
        qtbot.waitUntil(lambda n=count: len(warnings) == n, timeout=WAIT)
    assert "notes.json is not a BLUES office card" in warnings[0]
    assert "This is the card of your own office (BPT)" in warnings[1]
    assert all("blues " not in w and "terminal" not in w for w in warnings)
    assert bpt.property("register_dialog") is None  # nothing was asked, nothing trusted

    _register(qtbot, bpt, tmp_path / "zin.json")
    qtbot.waitUntil(lambda: _cell(bpt, "ZIN", 3).startswith("Registered on"), timeout=WAIT)
    bpt.open_card(tmp_path / "zin.json")
    qtbot.waitUntil(lambda: bpt.property("same_card_box") is not None, timeout=WAIT)
    assert "registered here with this key already" in bpt.property("same_card_box").text()


def test_escape_on_the_fingerprint_question_trusts_nothing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    coordinator = _office(tmp_path, "BPT", "Jörg Köhler")
    partner = _office(tmp_path, "ZIN", "Begoña Ibáñez")
    (tmp_path / "zin.json").write_text(own_card(partner).to_json(), encoding="utf-8")
    bpt = _dialog(qtbot, coordinator)
    bpt.open_card(tmp_path / "zin.json")
    qtbot.waitUntil(lambda: bpt.property("register_dialog") is not None, timeout=WAIT)
    question = bpt.property("register_dialog")
    question.compared.setChecked(True)
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    assert not question.isVisible()
    from blues_desktop.ui.operations import wait_until_idle

    wait_until_idle()
    zin_row = next(p for p in list_partners(coordinator) if p.code == "ZIN")
    assert zin_row.fingerprint is None


def test_changing_my_keys_then_the_partner_confirms_the_rotation(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    coordinator = _office(tmp_path, "BPT", "Jörg Köhler")
    partner = _office(tmp_path, "ZIN", "Begoña Ibáñez")
    from blues_desktop.services.partners import register_card

    register_card(coordinator, own_card(partner))
    register_card(partner, own_card(coordinator))
    zin, bpt = _dialog(qtbot, partner), _dialog(qtbot, coordinator)
    old = zin.fingerprint.text()

    question = zin.ask_rotate()
    assert question is not None
    assert "Every partner that registered your current card refuses them" in " ".join(
        label.text() for label in question.findChildren(type(zin.status))
    )
    assert question.cancel.isDefault() and not question.act.isEnabled()
    qtbot.keyClicks(question.reason, "yearly change")
    qtbot.mouseClick(question.act, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: zin.fingerprint.text() != old, timeout=WAIT)
    assert "Save the new card and send it to every partner" in zin.status.text()
    zin.write_card(tmp_path / "zin-new.json")
    qtbot.waitUntil(lambda: (tmp_path / "zin-new.json").exists(), timeout=WAIT)

    generate(partner, scale=0.05, offices=["ZIN"])
    sent = export_bundle(partner, tmp_path)
    with pytest.raises(BundleError, match="register its new card"):
        verify_file(coordinator, sent.path)  # the coordinator still has the old key

    rotation = _register(qtbot, bpt, tmp_path / "zin-new.json", reason="ZIN's yearly change")
    assert rotation.is_rotation
    qtbot.waitUntil(lambda: _cell(bpt, "ZIN", 2) == zin.fingerprint.text(), timeout=WAIT)
    assert "was replaced" in bpt.status.text()
    assert verify_file(coordinator, sent.path).office == "ZIN"


def test_revoking_a_partner_from_the_window(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    coordinator = _office(tmp_path, "BPT", "Jörg Köhler")
    partner = _office(tmp_path, "ZIN", "Begoña Ibáñez")
    from blues_desktop.services.partners import register_card

    register_card(coordinator, own_card(partner))
    register_card(partner, own_card(coordinator))
    generate(partner, scale=0.05, offices=["ZIN"])
    sent = export_bundle(partner, tmp_path)
    bpt = _dialog(qtbot, coordinator)
    assert not bpt.revoke_button.isEnabled()  # nothing chosen yet
    bpt.view.selectRow(_row_of(bpt, "NPG"))
    assert not bpt.revoke_button.isEnabled()  # no key to revoke
    bpt.view.selectRow(_row_of(bpt, "ZIN"))
    question = bpt.ask_revoke()
    assert question is not None and question.cancel.isDefault()
    texts = " ".join(label.text() for label in question.findChildren(type(bpt.status)))
    assert "bundles signed with this key are refused here" in texts
    assert "Your next bundle tells every partner" in texts  # the coordinator's reach
    assert not question.act.isEnabled()
    qtbot.keyClicks(question.reason, "their laptop was stolen")
    qtbot.mouseClick(question.act, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _cell(bpt, "ZIN", 3).startswith("Revoked on"), timeout=WAIT)
    with pytest.raises(BundleError, match="revoked on"):
        verify_file(coordinator, sent.path)


def test_the_bundles_page_says_whose_cards_are_registered_and_opens_the_dialog(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    coordinator = _office(tmp_path, "BPT", "Jörg Köhler")
    partner = _office(tmp_path, "ZIN", "Begoña Ibáñez")
    from blues_desktop.services.partners import register_card

    register_card(coordinator, own_card(partner))
    page = BundlesPage(coordinator)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: bool(page.keys_summary.text()), timeout=WAIT)
    assert page.keys_summary.text() == (
        "Cards registered: ZIN. Not registered (or revoked): AQV, MCI, NPG."
    )
    dialog = page.open_keys()
    assert dialog.isVisible()
    partner_page = BundlesPage(partner)  # a partner needs the coordinator's card only
    qtbot.addWidget(partner_page)
    qtbot.waitUntil(lambda: bool(partner_page.keys_summary.text()), timeout=WAIT)
    assert partner_page.keys_summary.text().startswith(
        "The coordinator's card is not registered yet"
    )
    register_card(partner, own_card(coordinator))
    from blues_desktop.domain.changes import Changes, Kind
    from blues_desktop.ui.change_hub import hub_for

    hub_for(partner).announce(Changes.of(Kind.OFFICES))
    qtbot.waitUntil(
        lambda: partner_page.keys_summary.text().startswith("The coordinator's card (BPT)"),
        timeout=WAIT,
    ) and dialog.windowTitle() == "Partners and keys"
