"""benchmarks/run.py: one table from every module; a broken or missing module is a row."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import run

GOOD = """
from benchmarks.common import Figure

def collect(quick):
    return [Figure("members import, 1,000 rows", 0.8 if quick else 2.0, "s", baseline=0.5,
                   target="≤ 3x", ok=True)]
"""
BROKEN = """
def collect(quick):
    raise RuntimeError("the demo folder is missing")
"""


@pytest.fixture
def bench_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "benchmarks"
    folder.mkdir()
    (folder / "bench_members.py").write_text(GOOD, encoding="utf-8")
    (folder / "bench_bundles.py").write_text(BROKEN, encoding="utf-8")
    monkeypatch.setattr(run, "BENCH_DIR", folder)
    monkeypatch.setattr(run, "RESULTS_DIR", tmp_path / "results")
    monkeypatch.setattr(run, "DOCS_FILE", tmp_path / "docs" / "performance.md")
    return folder


def test_one_table_with_failures_and_missing_modules_as_rows(
    bench_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_json = tmp_path / "latest.json"
    assert run.main(["--quick", "--json", str(out_json), "--write-docs"]) == 0
    printed = capsys.readouterr().out
    assert "members import, 1,000 rows" in printed and "1.60x" in printed
    assert "bench_bundles: failed" in printed and "the demo folder is missing" in printed
    assert "bench_events: missing" in printed  # an expected area without a module
    payload = json.loads(out_json.read_text(encoding="utf-8"))
    assert payload["mode"] == "quick" and "cores" in payload["machine"]
    rows = {(f["module"], f["what"]): f for f in payload["figures"]}
    assert rows[("bench_members", "members import, 1,000 rows")]["value"] == 0.8
    assert rows[("bench_bundles", "bench_bundles: failed")]["value"] is None
    assert len(list((tmp_path / "results").glob("*.json"))) == 1
    docs = (tmp_path / "docs" / "performance.md").read_text(encoding="utf-8")
    assert run.START in docs and "| members | members import, 1,000 rows | 0.800 s |" in docs
    # A second run replaces the table instead of adding another.
    run.main(["--quick", "--only", "members", "--write-docs", "--compare", str(out_json)])
    docs = (tmp_path / "docs" / "performance.md").read_text(encoding="utf-8")
    assert docs.count(run.START) == 1 and "bench_bundles" not in docs
    assert "Compared with latest.json" in capsys.readouterr().out
    # Saved results are shown again without running anything.
    assert run.main(["--from-json", str(out_json)]) == 0
    again = capsys.readouterr().out
    assert "bench_bundles: failed" in again and "(quick run" in again


MIXED = """
from benchmarks.common import Figure

def collect(quick):
    return [
        Figure("import peak memory", 612.0, "MB", target="< 500 MB", ok=False),
        Figure("agreements, 1000", 9.0, "s", baseline=3.0, target="≤ 3x baseline", ok=True),
        Figure("export, 1000 rows", 1.5, "s"),
    ]
"""


def test_the_text_below_the_table_says_what_the_figures_say(
    bench_dir: Path, tmp_path: Path
) -> None:
    (bench_dir / "bench_bundles.py").write_text(MIXED, encoding="utf-8")
    assert run.main(["--quick", "--only", "bundles", "--write-docs"]) == 0
    docs = (tmp_path / "docs" / "performance.md").read_text(encoding="utf-8")
    said = docs[docs.index(run.READING) : docs.index(run.END)]
    assert "- 1 of 2 targets are met." in said
    assert "- Not met: bundles: import peak memory: 612.000 MB; the target is < 500 MB." in said
    assert "agreements" not in said  # met: the table says so, the text adds nothing
    assert "- 1 figures have no target" in said
    # All met: the text says so, and a rewrite from the docs' own figures is the same text.
    (bench_dir / "bench_bundles.py").write_text(MIXED.replace("ok=False", "ok=True"), "utf-8")
    run.main(["--quick", "--only", "bundles", "--write-docs"])
    docs = (tmp_path / "docs" / "performance.md").read_text(encoding="utf-8")
    assert "- Every target is met: 2 of 2." in docs and "Not met" not in docs
    assert run.main(["--from-docs"]) == 0
    assert (tmp_path / "docs" / "performance.md").read_text(encoding="utf-8") == docs


def test_the_published_text_is_the_one_its_figures_give() -> None:
    """docs/performance.md says of its figures exactly what run.py writes from them (a
    sentence added by hand, or left from older figures, fails here)."""
    docs = run.DOCS_FILE.read_text(encoding="utf-8")
    figures = run.figures_in_docs(docs)
    table_rows = [
        line
        for line in docs[docs.index(run.START) : docs.index(run.END)].splitlines()
        if line.startswith("| ") and not line.startswith("| area |")
    ]
    assert len(figures) == len(table_rows) > 0
    block = docs[docs.index(run.START) : docs.index(run.END)]
    assert block.rstrip().endswith(run.reading(figures))
    # Below the table only how the rows are measured: no figure, no verdict.
    after = docs[docs.index(run.END) :]
    for claim in ("over the", "target of", " MB", "pages/s", "x the", "rows/s"):
        assert claim not in after, claim
