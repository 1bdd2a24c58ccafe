"""A bundle that was not merged is listed in the history with its reason twice: the
English text (the CLI, older versions) and the Message whole, so that the window says it
in its language (bundles/history.py, bundle_log.message_said)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from blues_desktop.bundles import merge
from blues_desktop.bundles.export import export_bundle
from blues_desktop.bundles.format import PAYLOAD, BundleError
from blues_desktop.bundles.history import REFUSED, log_outcome
from blues_desktop.bundles.merge import history, import_bundle
from blues_desktop.domain.errors import StorageError
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.services.context import AppContext
from blues_desktop.store.models import BundleLog
from tests.bundles.bundle_fixtures import Offices, make_offices, read_bundle, write_zip


@pytest.fixture
def offices(tmp_path: Path) -> Offices:
    return make_offices(tmp_path)


def newest(ctx: AppContext) -> BundleLog:
    return history(ctx)[0]


def test_a_refused_bundle_keeps_its_reason_as_a_message(offices: Offices, tmp_path: Path) -> None:
    path = export_bundle(offices.partner, offices.out, full=True).path
    members = read_bundle(path)
    flipped = bytearray(members[PAYLOAD])
    flipped[len(flipped) // 2] ^= 0x01
    bad = write_zip(tmp_path / path.name, {**members, PAYLOAD: bytes(flipped)})
    with pytest.raises(BundleError) as caught:
        import_bundle(offices.coordinator, bad)
    log = newest(offices.coordinator)
    assert (log.result, log.message) == ("refused", str(caught.value.reason))
    assert log.message_said is not None
    said = Message.from_json(log.message_said)
    reason = caught.value.reason
    assert isinstance(reason, Message)
    assert (said, said.template, said.values) == (reason, reason.template, reason.values)


def test_a_failed_import_keeps_the_error_s_message(
    offices: Offices, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = export_bundle(offices.partner, offices.out, full=True).path
    disk_full = Message(
        QT_TRANSLATE_NOOP("messages", "The disk is full: {folder} could not be written."),
        folder="backups",
    )

    def full(*_: Any) -> None:
        raise StorageError(disk_full)

    monkeypatch.setattr(merge, "_merge", full)  # the disk filling up during the merge
    with pytest.raises(StorageError):
        import_bundle(offices.coordinator, path)
    log = newest(offices.coordinator)
    assert (log.result, log.message) == (
        "failed",
        "The disk is full: backups could not be written.",
    )
    assert log.message_said is not None
    said = Message.from_json(log.message_said)
    assert said.template == disk_full.template and said.values == {"folder": "backups"}


def test_a_plain_reason_is_kept_as_text_alone(offices: Offices, tmp_path: Path) -> None:
    log_outcome(offices.coordinator, tmp_path / "lost.blues", REFUSED, "an older reason")
    assert [(log.message, log.message_said) for log in history(offices.coordinator)] == [
        ("an older reason", None)
    ]
