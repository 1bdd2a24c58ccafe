"""Run every benchmark and print one table; keep it as JSON; optionally update docs/performance.md.

    python benchmarks/run.py --quick          # about a minute: small scales
    python benchmarks/run.py                  # the full set (what docs/performance.md shows)
    python benchmarks/run.py --write-docs     # also replace the table in docs/performance.md
    python benchmarks/run.py --compare benchmarks/results/<older>.json
    python benchmarks/run.py --from-docs      # rewrite what the docs say of their own figures

Each `benchmarks/bench_*.py` runs in its own process (a crash or a stuck module
becomes a FAIL row, the others still run). Results go to
benchmarks/results/<timestamp>.json (not committed) and to `--json FILE`.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import subprocess
import sys
import time
from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.common import Figure, machine  # noqa: E402

BENCH_DIR = ROOT / "benchmarks"
RESULTS_DIR = BENCH_DIR / "results"
DOCS_FILE = ROOT / "docs" / "performance.md"
# The areas whose issues set speed targets: a missing module is a row saying so.
EXPECTED = (
    "startup",
    "members",
    "bundles",
    "exchanges",
    "events",
    "timesheets",
    "gui",
    "reports",
    "packaging",
)
MARKER = "BENCH-JSON:"
START = "<!-- benchmark table: start -->"
END = "<!-- benchmark table: end -->"
# What the figures say, in words: written from the figures, never by hand, so the text
# below a table cannot contradict it.
READING = "What the figures say (written by benchmarks/run.py from the figures above):"
TIMEOUT_S = {True: 600, False: 3600}

CHILD = f"""
import json, sys
sys.path.insert(0, {str(ROOT)!r})
from importlib.util import module_from_spec, spec_from_file_location
spec = spec_from_file_location("benchmarks." + sys.argv[1].rsplit("/", 1)[-1][:-3], sys.argv[1])
module = module_from_spec(spec)
spec.loader.exec_module(module)
figures = module.collect(quick=sys.argv[2] == "quick")
print({MARKER!r} + json.dumps([f.as_dict() for f in figures]), flush=True)
"""


def discover(only: list[str] | None = None) -> list[str]:
    names = sorted(p.stem for p in BENCH_DIR.glob("bench_*.py"))
    if only:
        names = [n for n in names if n.removeprefix("bench_") in only or n in only]
    return names


def figure_from(data: dict[str, Any]) -> Figure:
    known = {f.name for f in fields(Figure)}
    return Figure(**{k: v for k, v in data.items() if k in known})


def failure(module: str, what: str, detail: str) -> Figure:
    return Figure(f"{module}: {what}", math.nan, "", ok=False, note=detail[-300:])


def run_module(module: str, quick: bool) -> tuple[list[Figure], float]:
    """The module's figures, or one FAIL row saying what went wrong."""
    started = time.perf_counter()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    try:
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                CHILD,
                str(BENCH_DIR / f"{module}.py"),
                "quick" if quick else "full",
            ],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S[quick],
            cwd=ROOT,
            env=env,
        )
    except subprocess.TimeoutExpired:
        return [failure(module, "did not finish", f"stopped after {TIMEOUT_S[quick]} s")], (
            time.perf_counter() - started
        )
    elapsed = time.perf_counter() - started
    lines = [line for line in done.stdout.splitlines() if line.startswith(MARKER)]
    if done.returncode != 0 or not lines:
        reason = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1]
        return [failure(module, "failed", reason)], elapsed
    try:
        return [figure_from(item) for item in json.loads(lines[-1][len(MARKER) :])], elapsed
    except (ValueError, TypeError) as exc:
        return [failure(module, "gave unreadable figures", str(exc))], elapsed


def result_text(figure: Figure) -> str:
    return {True: "pass", False: "FAIL", None: "—"}[figure.ok]


def number(value: float | None, unit: str = "") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    text = f"{value:,.3f}" if abs(value) < 1000 else f"{value:,.0f}"
    return f"{text} {unit}".strip()


def table_rows(results: list[tuple[str, Figure]]) -> list[list[str]]:
    rows = []
    for module, figure in results:
        ratio = f"{figure.ratio:.2f}x" if figure.ratio is not None else "—"
        rows.append(
            [
                module.removeprefix("bench_"),
                figure.what,
                number(figure.value, figure.unit),
                number(figure.baseline, figure.unit),
                ratio,
                figure.target or "—",
                result_text(figure),
            ]
        )
    return rows


HEADERS = ["area", "what", "figure", "baseline", "ratio", "target", "result"]


def text_table(results: list[tuple[str, Figure]]) -> str:
    rows = [HEADERS, *table_rows(results)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(HEADERS))]
    right = {2, 3, 4}
    out = []
    for index, row in enumerate(rows):
        cells = [
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        out.append("  ".join(cells).rstrip())
        if index == 0:
            out.append("  ".join("-" * w for w in widths))
    notes = [f"  {m.removeprefix('bench_')}: {f.what}: {f.note}" for m, f in results if f.note]
    if notes:
        out += ["", "Notes:", *notes]
    return "\n".join(out)


def markdown_table(results: list[tuple[str, Figure]]) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    lines = ["| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in table_rows(results)]
    notes = [f"- {m.removeprefix('bench_')}: {f.what}: {f.note}" for m, f in results if f.note]
    return "\n".join(lines + ([""] + notes if notes else []))


def _plain(data: dict[str, Any]) -> dict[str, Any]:
    """NaN (a figure that could not be measured) as null: JSON has no NaN."""
    return {k: None if isinstance(v, float) and math.isnan(v) else v for k, v in data.items()}


def git_commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
        ).stdout.strip()
    except OSError:
        return ""


def write_json(path: Path, payload: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _measured(figure: Figure) -> bool:
    return not (isinstance(figure.value, float) and math.isnan(figure.value))


def _stated(module: str, figure: Figure) -> str:
    ratio = f", {figure.ratio:.2f}x its baseline" if figure.ratio is not None else ""
    return f"{module.removeprefix('bench_')}: {figure.what}: {number(figure.value, figure.unit)}{ratio}"


def reading(results: list[tuple[str, Figure]]) -> str:
    """The verdict of the figures in words: how many targets are met, and each one that
    is not met or could not be measured, with its figure and target."""
    targets = [(m, f) for m, f in results if f.target and _measured(f)]
    met = [(m, f) for m, f in targets if f.ok is True]
    missed = [(m, f) for m, f in targets if f.ok is False]
    unmeasured = [(m, f) for m, f in results if not _measured(f)]
    lines = [READING, ""]
    if targets and len(met) == len(targets):
        lines.append(f"- Every target is met: {len(met)} of {len(targets)}.")
    else:
        lines.append(f"- {len(met)} of {len(targets)} targets are met.")
    lines += [f"- Not met: {_stated(m, f)}; the target is {f.target}." for m, f in missed]
    lines += [f"- Not measured: {f.what}{f': {f.note}' if f.note else ''}." for _m, f in unmeasured]
    without = sum(1 for _m, f in results if not f.target and _measured(f))
    if without:
        lines.append(f"- {without} figures have no target: they are shown for comparison.")
    return "\n".join(lines)


def docs_block(results: list[tuple[str, Figure]], payload: dict[str, Any]) -> str:
    return (
        f"{START}\n"
        f"Measured {payload['when']} on {payload['machine']} "
        f"(commit {payload['commit'] or 'unknown'}, {payload['mode']} run, "
        f"`python benchmarks/run.py{' --quick' if payload['mode'] == 'quick' else ''}`).\n\n"
        f"{markdown_table(results)}\n\n{reading(results)}\n{END}"
    )


def write_docs(results: list[tuple[str, Figure]], payload: dict[str, Any]) -> None:
    _replace_block(docs_block(results, payload))


def _replace_block(block: str) -> None:
    text = DOCS_FILE.read_text(encoding="utf-8") if DOCS_FILE.exists() else "# Performance\n\n"
    if START in text and END in text:
        text = text[: text.index(START)] + block + text[text.index(END) + len(END) :]
    else:
        text = text.rstrip() + "\n\n## Latest figures\n\n" + block + "\n"
    DOCS_FILE.parent.mkdir(parents=True, exist_ok=True)
    DOCS_FILE.write_text(text, encoding="utf-8")


def _cells(line: str) -> list[str]:
    """The cells of a markdown table row, with the escaped bars put back."""
    inner = line.strip()[1:-1].replace("\\|", "\x00")
    return [cell.strip().replace("\x00", "|") for cell in inner.split("|")]


def _amount(text: str) -> tuple[float | None, str]:
    if text == "—":
        return None, ""
    value, _, unit = text.partition(" ")
    return float(value.replace(",", "")), unit


def figures_in_docs(text: str) -> list[tuple[str, Figure]]:
    """The figures of the table the docs show (as this script wrote it)."""
    block = text[text.index(START) : text.index(END)]
    results: list[tuple[str, Figure]] = []
    for line in block.splitlines():
        if not line.startswith("| ") or line.startswith("| area |"):
            continue
        area, what, figure, baseline, _ratio, target, result = _cells(line)
        value, unit = _amount(figure)
        base, _unit = _amount(baseline)
        ok = {"pass": True, "FAIL": False}.get(result)
        shown = Figure(
            what,
            math.nan if value is None else value,
            unit,
            base,
            "" if target == "—" else target,
            ok,
        )
        results.append((f"bench_{area}", shown))
    return results


def rewrite_reading_from_docs() -> int:
    """Write what the docs say of their figures again, from the figures they show; the
    table itself is kept as measured (its ratios come from the unrounded figures)."""
    text = DOCS_FILE.read_text(encoding="utf-8")
    results = figures_in_docs(text)
    if not results:
        print(f"{DOCS_FILE} shows no benchmark table", file=sys.stderr)
        return 1
    block = text[text.index(START) : text.index(END)]
    if READING in block:
        block = block[: block.index(READING)].rstrip("\n")
    _replace_block(f"{block.rstrip()}\n\n{reading(results)}\n{END}")
    print(f"Updated what {DOCS_FILE} says of its {len(results)} figures")
    return 0


def compare(results: list[tuple[str, Figure]], older: Path) -> str:
    before = {
        (item["module"], item["what"]): item["value"] or 0
        for item in json.loads(older.read_text(encoding="utf-8"))["figures"]
    }
    lines = [f"Compared with {older.name}:"]
    for module, figure in results:
        old = before.get((module, figure.what))
        if old in (None, 0) or math.isnan(figure.value):
            continue
        lines.append(
            f"  {figure.what:<60} {old:>10.3f} -> {figure.value:>10.3f} {figure.unit} ({figure.value / old:.2f}x)"
        )
    return "\n".join(lines)


def show_saved(path: Path, docs: bool) -> int:
    payload = json.loads(path.read_text(encoding="utf-8"))
    results = [
        (
            item["module"],
            figure_from({**item, "value": math.nan if item["value"] is None else item["value"]}),
        )
        for item in payload["figures"]
    ]
    print(
        f"Machine: {payload['machine']}  ({payload['mode']} run, commit {payload['commit']}, {payload['when']})"
    )
    print(text_table(results))
    if docs:
        write_docs(results, payload)
        print(f"Updated {DOCS_FILE}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small scales, about a minute")
    parser.add_argument("--only", action="append", metavar="AREA", help="run only these modules")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the results here")
    parser.add_argument("--write-docs", action="store_true", help="update docs/performance.md")
    parser.add_argument("--compare", type=Path, metavar="FILE", help="an earlier results JSON")
    parser.add_argument(
        "--from-json",
        type=Path,
        metavar="FILE",
        help="show (and with --write-docs, write) saved results instead of running",
    )
    parser.add_argument(
        "--from-docs",
        action="store_true",
        help="rewrite what docs/performance.md says of the figures it shows, without running",
    )
    args = parser.parse_args(argv)
    if args.from_docs:
        return rewrite_reading_from_docs()
    if args.from_json:
        return show_saved(args.from_json, args.write_docs)

    modules = discover(args.only)
    results: list[tuple[str, Figure]] = []
    for module in modules:
        print(f"running {module} …", file=sys.stderr, flush=True)
        figures, elapsed = run_module(module, args.quick)
        print(f"  {module}: {len(figures)} figure(s) in {elapsed:.0f} s", file=sys.stderr)
        results.extend((module, f) for f in figures)
    if not args.only:
        present = {m.removeprefix("bench_") for m in modules}
        for area in EXPECTED:
            if area not in present:
                results.append(
                    (
                        f"bench_{area}",
                        failure(
                            f"bench_{area}", "missing", f"benchmarks/bench_{area}.py does not exist"
                        ),
                    )
                )

    payload = {
        "when": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "platform": platform.platform(),
        "commit": git_commit(),
        "mode": "quick" if args.quick else "full",
        "figures": [{"module": m, **_plain(f.as_dict())} for m, f in results],
    }
    print(f"Machine: {payload['machine']}  ({payload['mode']} run, commit {payload['commit']})")
    print(text_table(results))
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    write_json(RESULTS_DIR / f"{stamp}.json", payload)
    if args.json:
        write_json(args.json, payload)
    if args.compare:
        print(compare(results, args.compare))
    if args.write_docs:
        write_docs(results, payload)
        print(f"Updated {DOCS_FILE}")
    failed = sum(1 for _m, f in results if f.ok is False)
    print(f"{len(results)} figures, {failed} not met or not measured")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
