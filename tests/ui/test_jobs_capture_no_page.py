"""A background job never reads its page or dialog: what it needs (the context, the filter,
the ids) is taken on the GUI thread when the job is asked for, so the worker thread never
touches a widget that may be closing (ui/operations.py's promise)."""

from __future__ import annotations

import ast
from pathlib import Path

import blues_desktop.ui

RUNNERS = {"run_in_background": 1, "run_read": 1, "run_in_process": 2, "run_change": 0}


def _uses_self(node: ast.AST) -> bool:
    return any(isinstance(n, ast.Name) and n.id == "self" for n in ast.walk(node))


def _jobs_reading_self(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for scope in ast.walk(tree):
        if not isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        local_defs = {
            n.name: n for n in ast.walk(scope) if isinstance(n, ast.FunctionDef) and n is not scope
        }
        for call in ast.walk(scope):
            if not isinstance(call, ast.Call):
                continue
            name = getattr(call.func, "id", None) or getattr(call.func, "attr", None)
            position = RUNNERS.get(name or "")
            if position is None or len(call.args) <= position:
                continue
            op = call.args[position]
            if isinstance(op, ast.Name) and op.id in local_defs:
                op = local_defs[op.id]
            if isinstance(op, ast.Lambda | ast.FunctionDef) and _uses_self(op):
                found.append(f"{path.name}:{call.lineno}")
    return found


def test_no_background_job_reads_a_widget() -> None:
    ui = Path(blues_desktop.ui.__file__).parent
    offenders = sorted({hit for path in ui.rglob("*.py") for hit in _jobs_reading_self(path)})
    assert offenders == []


def test_the_check_finds_a_job_that_reads_its_page(tmp_path: Path) -> None:
    sample = tmp_path / "page.py"
    sample.write_text(
        "class Page:\n"
        "    def refresh(self):\n"
        "        run_read(self, lambda _p, _c: list_events(self.ctx), on_success=self.show)\n"
        "    def load(self):\n"
        "        def read(_p, _c):\n"
        "            return detail(self.ctx)\n"
        "        run_in_background(self, read)\n"
        "    def fine(self):\n"
        "        ctx = self.ctx\n"
        "        run_read(self, lambda _p, _c: list_events(ctx), on_success=self.show)\n"
    )
    assert _jobs_reading_self(sample) == ["page.py:3", "page.py:7"]
