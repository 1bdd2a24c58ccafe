"""`blues demo`: fill a data folder with realistic demo data."""

from __future__ import annotations

import argparse
import sys
import time

from blues_desktop.cli.runtime import Runtime
from blues_desktop.domain.offices import COORDINATOR_CODE, OFFICE_CODES
from blues_desktop.services.demo import generate
from blues_desktop.services.setup import initialise


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="fill the data folder with demo data for one or all five offices",
        description="Fill the data folder with realistic demo data. An empty data folder is set "
        "up first: as the coordinator (BPT) for all offices, or as the one office given.",
    )
    parser.add_argument(
        "--office",
        action="append",
        metavar="CODE",
        choices=OFFICE_CODES,
        help="an office to fill (repeatable; default: all five)",
    )
    parser.add_argument(
        "--scale", type=float, default=1.0, help="1 ≈ 500 organisations in all (default 1)"
    )
    parser.add_argument(
        "--seed", type=int, default=874426, help="random seed (same seed, same data)"
    )
    parser.add_argument("--name", default="Demo User", help="user name if the folder is set up now")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, runtime: Runtime) -> int:
    installation = runtime.installation()
    if not installation.is_initialised:
        own = args.office[0] if args.office and len(args.office) == 1 else COORDINATOR_CODE
        initialise(installation, own, args.name)
        runtime.print(f"Set up this data folder for office {own}.")
    started = time.perf_counter()

    def progress(done: int, total: int, what: str) -> None:
        print(f"  {done}/{total} {what}", file=sys.stderr)

    result = generate(
        installation.context(),
        scale=args.scale,
        offices=args.office,
        seed=args.seed,
        progress=progress,
    )
    elapsed = time.perf_counter() - started
    runtime.print(
        f"Demo data for {', '.join(result.offices)} at scale {args.scale:g} in {elapsed:.1f} s:"
    )
    for table, count in result.rows.items():
        runtime.print(f"  {table:<28} {count:>9,}")
    return 0
