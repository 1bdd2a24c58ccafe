"""`blues keys rotate` and `blues partners add|rotate-key` with real keys: the same use
cases as the window's Partners and keys."""

from __future__ import annotations

import json
from pathlib import Path


def test_rotate_then_the_partner_registers_the_new_card(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    zin, bpt = str(tmp_path / "zin"), str(tmp_path / "bpt")
    assert run_cli("--data-dir", zin, "init", "--office", "ZIN", "--name", "Begoña").code == 0
    assert run_cli("--data-dir", bpt, "init", "--office", "BPT", "--name", "Jörg").code == 0
    old, new = tmp_path / "zin.card", tmp_path / "zin-new.card"
    assert run_cli("--data-dir", zin, "keys", "export", "--out", str(old)).code == 0
    added = run_cli("--data-dir", bpt, "partners", "add", str(old))
    assert added.code == 0 and "Registered office ZIN" in added.out
    again = run_cli("--data-dir", bpt, "partners", "add", str(old))
    assert again.code == 0 and "registered with this key already" in again.out

    no_reason = run_cli("--data-dir", zin, "keys", "rotate", "--reason", " ")
    assert no_reason.code != 0 and "Say why" in no_reason.err
    rotated = run_cli("--data-dir", zin, "keys", "rotate", "--reason", "yearly", "--out", str(new))
    assert rotated.code == 0, rotated.err
    assert "Send the new card to every partner" in rotated.out
    card = json.loads(new.read_text())
    assert card["fingerprint"] != json.loads(old.read_text())["fingerprint"]

    plain = run_cli("--data-dir", bpt, "partners", "add", str(new))
    assert plain.code != 0 and "key rotation" in plain.err and "blues " not in plain.err
    done = run_cli("--data-dir", bpt, "partners", "rotate-key", str(new), "--reason", "yearly")
    assert done.code == 0 and card["fingerprint"] in done.out
    listed = run_cli("--data-dir", bpt, "partners", "list")
    assert card["fingerprint"] in listed.out
