"""`blues exchanges contracts`: every financial agreement that may be printed now, one PDF
per exchange named by its agreement number, on a real data folder."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from pypdf import PdfReader


def _registered(run_cli, data: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Reference to state, from `blues exchanges list`."""
    listed = run_cli("--data-dir", data, "exchanges", "list", "--office", "ZIN")
    assert listed.code == 0
    return {line.split()[0]: line.split()[1] for line in listed.out.splitlines()[:-1]}


@pytest.fixture
def demo_data(run_cli, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    data = str(tmp_path / "data")
    assert run_cli("--data-dir", data, "demo", "--office", "ZIN").code == 0
    return data


def test_every_printable_agreement_of_the_filter_is_written(  # type: ignore[no-untyped-def]
    run_cli, demo_data: str, tmp_path: Path
) -> None:
    states = _registered(run_cli, demo_data)
    out = tmp_path / "signing day"  # made by the command
    result = run_cli("--data-dir", demo_data, "exchanges", "contracts", "--out", str(out))
    assert result.code == 0, result.err
    files = sorted(out.iterdir())
    lines = result.out.splitlines()
    assert lines[-1] == f"Wrote {len(files)} financial agreements to {out}"
    # one line per file, naming the file and its exchange
    matches = [re.fullmatch(r"Wrote (.+) \((\S+), \d+ pages?\)", line) for line in lines[:-1]]
    written = {m.group(1): m.group(2) for m in matches if m}
    assert len(written) == len(lines) - 1
    assert sorted(Path(p) for p in written) == files
    # CtQ signed or later, plus an ended exchange whose agreement was numbered already
    before_ctq = {"registered", "validated", "matched"}
    assert not {states[r] for r in written.values()} & before_ctq
    assert {"ctq_signed", "held", "paid"} <= {states[r] for r in written.values()}
    assert len(written) == sum(1 for s in states.values() if s not in before_ctq | {"cancelled"})
    for path_text, reference in written.items():
        path = Path(path_text)
        text = "".join(page.extract_text() for page in PdfReader(path).pages)
        assert "Financial agreement" in text and reference in text
        assert path.stem in text  # named by the agreement number it prints
    assert not [p for p in out.iterdir() if not p.name.endswith(".pdf")]  # no temporary left


def test_named_exchanges_print_those_allowed_and_name_the_others(  # type: ignore[no-untyped-def]
    run_cli, demo_data: str, tmp_path: Path
) -> None:
    states = _registered(run_cli, demo_data)
    held = next(r for r, s in states.items() if s == "held")
    registered = next(r for r, s in states.items() if s == "registered")
    out = tmp_path / "out"
    result = run_cli(
        "--data-dir", demo_data, "exchanges", "contracts", "--out", str(out), held, registered
    )
    assert result.code == 1
    assert f"{registered}: left out: its financial agreement is printed once the Commitment " in (
        result.err
    )
    assert held not in result.err
    [only] = list(out.iterdir())
    assert held in "".join(page.extract_text() for page in PdfReader(only).pages)
    assert (
        result.out.splitlines()[-1]
        == f"Wrote 1 financial agreement to {out}; 1 left out (see above)"
    )

    unknown = run_cli(
        "--data-dir",
        demo_data,
        "exchanges",
        "contracts",
        "--out",
        str(tmp_path / "x"),
        held,
        "ZIN-X-1999-001",
    )
    assert unknown.code == 1 and "no exchange 'ZIN-X-1999-001'" in unknown.err
    assert not (tmp_path / "x").exists()  # nothing written, not even the folder
    both = run_cli(
        "--data-dir", demo_data, "exchanges", "contracts", "--out", str(out), "--year", "2026", held
    )
    assert both.code == 2 and "not both" in both.err


def test_a_folder_that_cannot_be_written_gets_a_message(  # type: ignore[no-untyped-def]
    run_cli, demo_data: str, tmp_path: Path
) -> None:
    in_the_way = tmp_path / "a file"
    in_the_way.write_text("not a folder")
    result = run_cli(
        "--data-dir", demo_data, "exchanges", "contracts", "--out", str(in_the_way / "agreements")
    )
    assert result.code == 1 and result.out == ""
    assert f"cannot write to {in_the_way / 'agreements'}: it is a file, not a folder" in result.err
    assert "Traceback" not in result.err
    if os.geteuid() != 0:  # the superuser writes in a read-only folder all the same
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o555)
        refused = run_cli("--data-dir", demo_data, "exchanges", "contracts", "--out", str(locked))
        assert refused.code == 1 and "read-only or not permitted" in refused.err
        assert list(locked.iterdir()) == []


def test_nothing_to_print_is_said(run_cli, demo_data: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    result = run_cli(
        "--data-dir", demo_data, "exchanges", "contracts", "--out", str(out), "--state", "matched"
    )
    assert result.code == 0
    assert "none of the exchanges matched may have its agreement printed yet" in result.out
    assert not out.exists() or list(out.iterdir()) == []
