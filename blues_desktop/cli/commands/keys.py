"""`blues keys show|export`: the office card (public keys and fingerprint)."""

from __future__ import annotations

import argparse
from pathlib import Path

from blues_desktop.cli.runtime import Runtime
from blues_desktop.domain.errors import StorageError
from blues_desktop.services.setup import own_card
from blues_desktop.store.atomic import describe_os_error, write_bytes_atomic


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("keys", help="show or export this office's public keys")
    actions = parser.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    show = actions.add_parser(
        "show", help="print the office code, minisign public key and age recipient"
    )
    show.set_defaults(handler=run_show)
    export = actions.add_parser("export", help="write the office card (public keys) to a file")
    export.add_argument(
        "--out", required=True, metavar="FILE", help="where to write the card (JSON)"
    )
    export.set_defaults(handler=run_export)


def run_show(args: argparse.Namespace, runtime: Runtime) -> int:
    card = own_card(runtime.context())
    runtime.print(f"Office:        {card.office} ({card.name})")
    runtime.print(f"Key id:        {card.key_id}")
    runtime.print("minisign public key:")
    runtime.print(card.signing_public_key)
    runtime.print("age recipient:")
    runtime.print(card.age_recipient)
    runtime.print(f"Fingerprint:   {card.fingerprint}")
    return 0


def run_export(args: argparse.Namespace, runtime: Runtime) -> int:
    card = own_card(runtime.context())
    target = Path(args.out)
    try:
        write_bytes_atomic(target, card.to_json().encode("utf-8"))
    except OSError as exc:
        raise StorageError(describe_os_error(exc, target)) from exc
    runtime.print(
        f"Wrote the office card of {card.office} to {target} (fingerprint {card.fingerprint})."
    )
    return 0
