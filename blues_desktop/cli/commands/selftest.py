"""`blues self-test`: check this installation by doing an office's work once, in a
temporary folder (the user's data folder is never opened)."""

from __future__ import annotations

import argparse

from blues_desktop.cli.runtime import Runtime
from blues_desktop.selftest import ENV_FAIL, run_self_test


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "self-test",
        help="check this installation in a temporary folder (your data is not touched)",
        description="Check this installation: create two offices' databases in a temporary "
        "folder and run the migrations, fill a small demo, print a contract and an attendance "
        "sheet, write an Excel export, export a bundle from one office and verify and import it "
        "in the other. One line per step; exits with 1 at the first step that fails. The "
        "window's own check is `blues-desktop --self-test`. "
        f"{ENV_FAIL}=STEP makes that step fail on purpose.",
    )
    parser.set_defaults(handler=run, uses_data_folder=False)


def run(args: argparse.Namespace, runtime: Runtime) -> int:
    return run_self_test(runtime.out)
