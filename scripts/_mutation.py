"""Run mutmut per group of files and print the mutation score of each file.

Each group is mutated in its own scratch copy of the project and checked against the
tests that state its rules (the domain against tests/domain only, so the score says
what the rule tests pin, and CI stays fast). The copy is removed at the end.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from mutmut.stats import status_by_exit_code

ROOT = Path(__file__).resolve().parent.parent
TARGET = 85.0
# Which tests kill the mutants of which files (first match wins).
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("blues_desktop/domain/*", ("tests/domain",)),
    (
        "blues_desktop/services/exchanges/assess.py",
        ("tests/services/test_exchanges_assess.py", "tests/services/test_exchanges_workflow.py"),
    ),
    # the rules of verification against one world built once per process, not the
    # round trips of tests/bundles, which build offices and keys per test (docs/testing.md)
    ("blues_desktop/bundles/verify.py", ("tests/bundles/test_verify_rules.py",)),
)
KILLED = {"killed", "timeout", "caught by type check"}
COPY = ("blues_desktop", "tests", "resources")


@dataclass
class FileScore:
    path: str
    counts: Counter[str]
    survivors: list[str]

    @property
    def total(self) -> int:
        return sum(self.counts.values()) - self.counts["skipped"]

    @property
    def killed(self) -> int:
        return sum(self.counts[s] for s in KILLED)

    @property
    def score(self) -> float | None:
        return 100.0 * self.killed / self.total if self.total else None


def configured_files(config: dict) -> list[str]:
    patterns = config["only_mutate"]
    files = []
    for source in config["source_paths"]:
        for path in sorted((ROOT / source).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if any(fnmatch.fnmatch(rel, p) for p in patterns):
                files.append(rel)
    return files


def selected(files: list[str], wanted: list[str]) -> list[str]:
    if not wanted:
        return files
    chosen = []
    for raw in wanted:
        try:
            rel = Path(raw).resolve().relative_to(ROOT).as_posix() if Path(raw).exists() else raw
        except ValueError:
            sys.exit(f"{raw}: not inside {ROOT}")
        rel = rel.rstrip("/")
        hits = [f for f in files if f == rel or f.startswith(rel + "/")]
        if not hits:
            sys.exit(f"{raw}: not a file or folder that mutation testing covers; see [tool.mutmut]")
        chosen += [h for h in hits if h not in chosen]
    return chosen


def toml_value(value: object) -> str:
    # The values here are strings, lists of strings, booleans and numbers: JSON writes
    # them as TOML does.
    return json.dumps(value)


def scratch_project(scratch: Path, pyproject: dict, files: list[str], tests: tuple[str, ...]):
    for name in COPY:
        shutil.copytree(
            ROOT / name, scratch / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
        )
    mutmut = dict(pyproject["tool"]["mutmut"])
    mutmut["only_mutate"] = files
    mutmut["pytest_add_cli_args_test_selection"] = [t for t in tests if (ROOT / t).exists()]
    pytest_options = pyproject["tool"]["pytest"]["ini_options"]
    lines = ["[tool.pytest.ini_options]"]
    lines += [f"{k} = {toml_value(v)}" for k, v in pytest_options.items()]
    lines += ["", "[tool.mutmut]"]
    lines += [f"{k} = {toml_value(v)}" for k, v in mutmut.items()]
    (scratch / "pyproject.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def run_group(
    pyproject: dict, files: list[str], tests: tuple[str, ...], children: int, survivors: bool
) -> list[FileScore]:
    with tempfile.TemporaryDirectory(prefix="blues-mutation-") as tmp:
        scratch = Path(tmp) / "project"
        scratch.mkdir()
        scratch_project(scratch, pyproject, files, tests)
        home = Path(tmp) / "home"
        home.mkdir()
        env = dict(
            os.environ,
            HOME=str(home),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_CACHE_HOME=str(home / ".cache"),
            BLUES_DATA_DIR=str(home / "blues-data"),
            QT_QPA_PLATFORM="offscreen",
        )
        mutmut = str(Path(sys.executable).with_name("mutmut"))
        log = Path(tmp) / "mutmut.log"
        started = time.monotonic()
        with open(log, "wb") as out:
            # its own process group, so an interrupted run ends its workers too
            process = subprocess.Popen(
                [mutmut, "run", "--max-children", str(children)],
                cwd=scratch, env=env, stdout=out, stderr=subprocess.STDOUT,
                start_new_session=True,
            )  # fmt: skip
            try:
                returncode = process.wait()
            finally:
                if process.poll() is None:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait()
        elapsed = time.monotonic() - started
        if returncode != 0:
            sys.stdout.write(log.read_text(errors="replace")[-4000:])
            sys.exit(f"mutmut failed (exit code {returncode}) for {', '.join(files)}")
        scores = [read_score(scratch, f) for f in files]
        print(f"  {sum(s.total for s in scores)} mutants in {elapsed:.0f} s ({', '.join(tests)})")
        print_table(scores)
        sys.stdout.flush()
        if survivors:
            for s in scores:
                for name in s.survivors:
                    shown = subprocess.run(
                        [mutmut, "show", name], cwd=scratch, env=env,
                        capture_output=True, text=True, check=False,
                    )  # fmt: skip
                    print(shown.stdout.rstrip())
        return scores


def read_score(scratch: Path, path: str) -> FileScore:
    meta = scratch / "mutants" / (path + ".meta")
    codes = json.loads(meta.read_text())["exit_code_by_key"] if meta.exists() else {}
    counts: Counter[str] = Counter(status_by_exit_code[c] for c in codes.values())
    alive = [k for k, c in codes.items() if status_by_exit_code[c] not in KILLED | {"skipped"}]
    return FileScore(path, counts, sorted(alive))


def print_table(scores: list[FileScore]) -> None:
    width = max(len(s.path) for s in scores)
    print(f"{'file':<{width}}  mutants  killed  survived  no tests  score")
    for s in scores:
        shown = "no mutants" if s.score is None else f"{s.score:5.1f}%"
        flag = "  < target" if s.score is not None and s.score < TARGET else ""
        print(
            f"{s.path:<{width}}  {s.total:7}  {s.killed:6}  {s.counts['survived']:8}  "
            f"{s.counts['no tests']:8}  {shown}{flag}"
        )
    total = sum(s.total for s in scores)
    killed = sum(s.killed for s in scores)
    if total:
        print(
            f"{'all':<{width}}  {total:7}  {killed:6}  {'':8}  {'':8}  {100 * killed / total:5.1f}%"
        )


def _terminate(signum: int, _frame: object) -> None:
    raise KeyboardInterrupt  # unwinds: the workers are killed, the scratch copy removed


def main() -> int:
    signal.signal(signal.SIGTERM, _terminate)
    parser = argparse.ArgumentParser(
        prog="scripts/mutation", description=f"Mutation score per file (target {TARGET:.0f}%)."
    )
    parser.add_argument("paths", nargs="*", help="files or folders (default: all configured)")
    parser.add_argument("--survivors", action="store_true", help="print each survivor's diff")
    parser.add_argument("--max-children", type=int, default=2, help="parallel mutants (2)")
    args = parser.parse_args()
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    files = selected(configured_files(pyproject["tool"]["mutmut"]), args.paths)
    started = time.monotonic()
    scores: list[FileScore] = []
    for pattern, tests in GROUPS:
        group = [f for f in files if fnmatch.fnmatch(f, pattern)]
        files = [f for f in files if f not in group]
        if group:
            print(f"Mutating {len(group)} file(s) matching {pattern}")
            scores += run_group(pyproject, group, tests, args.max_children, args.survivors)
    if files:
        sys.exit(f"no tests are assigned to {', '.join(files)} in scripts/_mutation.py")
    print("\nAll files:")
    print_table(scores)
    print(
        f"\nMutation testing took {time.monotonic() - started:.0f} s; target {TARGET:.0f}% per file"
    )
    below = [s.path for s in scores if s.score is not None and s.score < TARGET]
    if below:
        print(f"Under the target: {', '.join(below)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
