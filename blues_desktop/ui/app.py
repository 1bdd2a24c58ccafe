"""Start the desktop window: check the platform, open the data, first run, main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="blues-desktop", description=QCoreApplication.translate("app", "Start the BLUES Desktop window.")
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="the data folder (default: $BLUES_DATA_DIR or the user's data directory)",
    )
    parser.add_argument("--db", metavar="URL", help="an SQLAlchemy database URL")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation offscreen in a temporary folder (your data is not touched)",
    )
    # For benchmarks/bench_packaging.py: print "shown" at the first turn of the event loop
    # after the window shows, then quit (the time a frozen build takes to start).
    parser.add_argument("--quit-when-shown", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("files", nargs="*", help="bundles (.blues) to open")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        from blues_desktop.ui.selftest import run_gui_self_test

        return run_gui_self_test()
    # Checked before Qt is imported: Qt aborts the process when it cannot start.
    from blues_desktop.ui.platform_check import check_platform

    problem = check_platform()
    if problem is not None:
        print(f"blues-desktop: {problem.message}", file=sys.stderr)
        return 1
    from blues_desktop.ui.startup import run_app

    return run_app(args.data_dir, args.db, args.files, quit_when_shown=args.quit_when_shown)


if __name__ == "__main__":
    raise SystemExit(main())
