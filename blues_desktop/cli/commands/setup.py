"""`blues init`: the non-interactive first run."""

from __future__ import annotations

import argparse
import getpass
import os

from blues_desktop.cli.runtime import Runtime
from blues_desktop.domain.offices import OFFICE_CODES
from blues_desktop.services.setup import initialise

ENV_PASSPHRASE = "BLUES_KEY_PASSPHRASE"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "init",
        help="set up this data folder for one office (creates the database and keys)",
        description="Set up this data folder for one BLUES office: creates the database, the "
        "office's Ed25519 signing key (minisign format) and age identity.",
    )
    parser.add_argument(
        "--office", required=True, metavar="CODE", help=f"one of {', '.join(OFFICE_CODES)}"
    )
    parser.add_argument(
        "--name", required=True, help="your name, as it will appear in the audit log"
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--passphrase-prompt",
        action="store_true",
        help="protect the private keys with a passphrase typed at a prompt",
    )
    group.add_argument(
        "--passphrase-env",
        action="store_true",
        help=f"protect the private keys with the passphrase in ${ENV_PASSPHRASE}",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, runtime: Runtime) -> int:
    passphrase = None
    if args.passphrase_prompt:
        passphrase = getpass.getpass("Passphrase for the office keys: ")
    elif args.passphrase_env:
        passphrase = os.environ.get(ENV_PASSPHRASE) or None
    result = initialise(runtime.installation(), args.office, args.name, passphrase)
    installation = runtime.installation()
    runtime.print(f"Set up office {result.office} for {result.user_name}.")
    runtime.print(f"Data folder:  {installation.paths.root}")
    runtime.print(f"Key id:       {result.card.key_id}")
    runtime.print(f"Fingerprint:  {result.card.fingerprint}")
    return 0
