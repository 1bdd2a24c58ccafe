"""`blues keys show|export|rotate`: the office card (public keys and fingerprint), and
changing this office's own keys."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from blues_desktop.cli.commands.bundles import ENV_PASSPHRASE
from blues_desktop.cli.runtime import Runtime
from blues_desktop.services.key_rotation import rotate_own_keys
from blues_desktop.services.keys import save_card
from blues_desktop.services.setup import own_card


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
    rotate = actions.add_parser(
        "rotate",
        help="make new keys for this office (the old ones are kept as retired); "
        "every partner must then register the new card",
        description=f"If the office keys have a passphrase, set it in ${ENV_PASSPHRASE}; "
        "the new keys keep the same passphrase.",
    )
    rotate.add_argument("--reason", required=True, help="why (kept in the history)")
    rotate.add_argument("--out", metavar="FILE", help="also write the new card (JSON) to this file")
    rotate.set_defaults(handler=run_rotate)


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


def run_rotate(args: argparse.Namespace, runtime: Runtime) -> int:
    ctx = runtime.context()
    rotation = rotate_own_keys(ctx, args.reason, os.environ.get(ENV_PASSPHRASE) or None)
    runtime.print(
        f"New keys for office {rotation.card.office}: fingerprint {rotation.card.fingerprint} "
        f"(was {rotation.old_fingerprint}). Send the new card to every partner; they refuse "
        "this office's bundles until they register it."
    )
    if args.out:
        save_card(rotation.card, Path(args.out))
        runtime.print(f"Wrote the new office card to {args.out}.")
    return 0


def run_export(args: argparse.Namespace, runtime: Runtime) -> int:
    card = own_card(runtime.context())
    target = Path(args.out)
    save_card(card, target)
    runtime.print(
        f"Wrote the office card of {card.office} to {target} (fingerprint {card.fingerprint})."
    )
    return 0
