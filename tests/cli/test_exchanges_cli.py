"""`blues exchanges` on demo data: list, documents, export, and refusals."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook


def test_exchanges_commands_on_demo_data(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = str(tmp_path / "data")
    assert run_cli("--data-dir", data, "demo", "--office", "ZIN", "--office", "MCI").code == 0
    listed = run_cli("--data-dir", data, "exchanges", "list", "--office", "ZIN")
    assert listed.code == 0
    lines = listed.out.splitlines()
    states = {line.split()[1] for line in lines[:-1]}
    assert {"registered", "paid", "cancelled"} <= states
    assert lines[-1].startswith(f"{len(lines) - 1} exchanges")
    paid = next(line.split()[0] for line in lines if " paid " in line)
    registered = next(line.split()[0] for line in lines if " registered " in line)
    for command in ("ctq", "contract", "certificate"):
        out = tmp_path / f"{command}.pdf"
        result = run_cli("--data-dir", data, "exchanges", command, paid, "--out", str(out))
        assert result.code == 0, result.err
        assert out.read_bytes().startswith(b"%PDF")
    refused = run_cli(
        "--data-dir", data, "exchanges", "contract", registered, "--out", str(tmp_path / "x.pdf")
    )
    assert refused.code == 1 and "CtQ before agreement" in refused.err
    missing = run_cli(
        "--data-dir", data, "exchanges", "ctq", "ZIN-X-1999-999", "--out", str(tmp_path / "y.pdf")
    )
    assert missing.code == 1 and "no exchange" in missing.err
    workbook = tmp_path / "register.xlsx"
    exported = run_cli("--data-dir", data, "exchanges", "export", str(workbook))
    assert exported.code == 0
    sheet = load_workbook(workbook)["Exchanges"]
    assert sheet.max_row - 1 == int(exported.out.split()[1])
