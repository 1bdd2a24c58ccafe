"""The layers hold (DESIGN: ui | cli -> bundles | documents -> services -> store -> domain,
only ui imports Qt), checked by import-linter with the contracts in pyproject.toml; and
the check fails when an import points up, so a green run means something."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """`lint-imports` on the package under `root`, with the contracts of pyproject.toml."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--config", str(ROOT / "pyproject.toml")],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_package_keeps_every_contract() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        (
            "services/logs.py",
            "import blues_desktop.documents.spreadsheets",
            "blues_desktop.services is not allowed to import blues_desktop.documents",
        ),
        (
            "cli/runtime.py",
            "import blues_desktop.ui.operations",
            "blues_desktop.cli is not allowed to import blues_desktop.ui",
        ),
        ("store/atomic.py", "import PySide6.QtCore", "blues_desktop.store is not allowed to import PySide6"),
    ],
)  # fmt: skip
def test_an_import_that_points_up_breaks_the_check(
    tmp_path: Path, module: str, line: str, contract: str
) -> None:
    copy = tmp_path / "blues_desktop"
    shutil.copytree(
        ROOT / "blues_desktop", copy, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    target = copy / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert contract in " ".join(result.stdout.split())
