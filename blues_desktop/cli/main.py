"""Entry point of the `blues` console script.

Exit status: 0 on success; 1 with a one-line reason on stderr when the command
could not do its work; 2 for a malformed command line (argparse's usage error);
141 without a word when the reader of the output went away (`blues … | head`), as a
Unix tool stopped by a closed pipe does. Work is kept or undone per transaction, as
on an interruption.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Sequence

from blues_desktop import APP_NAME, __version__
from blues_desktop.cli.runtime import Runtime
from blues_desktop.domain.errors import BluesError
from blues_desktop.services.logs import configure_logging, get_logger
from blues_desktop.services.users import ENV_USER
from blues_desktop.store.paths import ENV_DATA_DIR, DataPaths, resolve_data_dir

log = get_logger("cli")

# Each module has `register(subparsers)`; a command's handler takes (args, runtime).
COMMAND_MODULES = (
    "setup",
    "keys",
    "demo",
    "members",
    "exchanges",
    "events",
    "timesheets",
    "bundles",
    "maintenance",
    "users",
    "audit",
    "report",
    "selftest",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="blues",
        description=f"{APP_NAME}: members, ClusterXchange exchanges, events, timesheets and "
        "signed bundles of the BLUES partnership (COSME grant 874426).",
    )
    parser.add_argument("--version", action="version", version=f"blues {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"the data folder (default: ${ENV_DATA_DIR}, else the user's data directory)",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help="an SQLAlchemy database URL (default: blues.sqlite in the data folder)",
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help=f"who is acting, one of this computer's users (default: ${ENV_USER}, else the "
        "last one used; see `blues users list`)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"blues_desktop.cli.commands.{name}")
        module.register(subparsers)
    return parser


# 128 + SIGPIPE: what a shell reports for a command whose reader closed the pipe.
PIPE_CLOSED = 141


def _drop_output() -> None:
    """Point stdout and stderr at the null device, so nothing more is written to the closed
    pipe, not even the interpreter's last flush (which would print a traceback)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        # a stream without a descriptor (captured in tests) has nothing to redirect
        with contextlib.suppress(OSError, ValueError):
            os.dup2(devnull, stream.fileno())
    os.close(devnull)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        try:
            code = _main(argv)
        finally:
            # Written output is buffered: a closed pipe shows here, not at interpreter exit.
            sys.stdout.flush()
    except BrokenPipeError:
        log.info("blues: the output's reader closed the pipe; stopped quietly")
        _drop_output()
        return PIPE_CLOSED
    return code


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    runtime = Runtime(args.data_dir, args.db, args.user or os.environ.get(ENV_USER) or None)
    if getattr(args, "uses_data_folder", True):  # the self-test keeps out of the user's folder
        configure_logging(DataPaths(resolve_data_dir(args.data_dir)).logs)
    log.info("blues %s: %s", __version__, args.command)
    try:
        return int(handler(args, runtime) or 0)
    except BluesError as exc:
        log.warning("blues %s failed: %s: %s", args.command, type(exc).__name__, exc)
        print(f"blues: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        raise  # the reader went away: not a fault of the command (main stops quietly)
    except Exception:
        log.exception("blues %s stopped on an unexpected error", args.command)
        raise
    except KeyboardInterrupt:
        print("blues: interrupted; nothing half-done was kept", file=sys.stderr)
        return 130
    finally:
        runtime.close()


if __name__ == "__main__":
    raise SystemExit(main())
