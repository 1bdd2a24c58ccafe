"""`blues bundle export|verify|import|inspect` and `blues partners list|add|rotate-key|revoke`."""

from __future__ import annotations

import argparse
import json
import os
import zipfile
from pathlib import Path

from blues_desktop.bundles.describe import plural
from blues_desktop.bundles.export import export_bundle, preview_export
from blues_desktop.bundles.format import MANIFEST, BundleError
from blues_desktop.bundles.merge import import_bundle, verify_file
from blues_desktop.bundles.verify import VerifiedBundle
from blues_desktop.cli.runtime import Runtime
from blues_desktop.services.partners import list_partners, read_card, register_card, revoke

ENV_PASSPHRASE = "BLUES_KEY_PASSPHRASE"


def _passphrase() -> str | None:
    return os.environ.get(ENV_PASSPHRASE) or None


def register(subparsers: argparse._SubParsersAction) -> None:
    bundle = subparsers.add_parser(
        "bundle",
        help="send and receive signed, encrypted bundles",
        description=f"Bundles carry an office's records to the coordinator and back. If the office "
        f"keys have a passphrase, set it in ${ENV_PASSPHRASE}.",
    )
    actions = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write the next bundle into a folder")
    export.add_argument(
        "--out", required=True, metavar="DIR", help="the folder (a USB stick, a mail folder)"
    )
    export.add_argument(
        "--full",
        action="store_true",
        help="every record, not only the changes since the last acknowledged bundle",
    )
    export.set_defaults(handler=run_export)
    for name, handler, text in (
        ("verify", run_verify, "check a bundle and print the report; changes nothing"),
        ("inspect", run_inspect, "print a bundle's manifest (no key needed)"),
    ):
        sub = actions.add_parser(name, help=text)
        sub.add_argument("file", metavar="FILE")
        sub.set_defaults(handler=handler)
    imp = actions.add_parser(
        "import", help="verify and merge one or more bundles, each all or nothing"
    )
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.set_defaults(handler=run_import)

    partners = subparsers.add_parser(
        "partners", help="the partner registry: offices and their public keys"
    )
    acts = partners.add_subparsers(dest="partners_command", metavar="ACTION", required=True)
    acts.add_parser("list", help="offices, fingerprints and status").set_defaults(
        handler=run_partners_list
    )
    add = acts.add_parser("add", help="register an office card (from `blues keys export`)")
    add.add_argument("card", metavar="FILE")
    add.set_defaults(handler=run_partners_add)
    rotate = acts.add_parser(
        "rotate-key", help="replace an office's registered key with a new card"
    )
    rotate.add_argument("card", metavar="FILE")
    rotate.add_argument("--reason", required=True)
    rotate.set_defaults(handler=run_partners_rotate)
    rev = acts.add_parser("revoke", help="stop trusting an office's key")
    rev.add_argument("office", metavar="CODE")
    rev.add_argument("--reason", required=True)
    rev.set_defaults(handler=run_partners_revoke)


def run_export(args: argparse.Namespace, runtime: Runtime) -> int:
    ctx = runtime.context()
    preview = preview_export(ctx, full=args.full)
    result = export_bundle(ctx, Path(args.out), full=args.full, passphrase=_passphrase())
    runtime.print(f"Wrote {result.path} (bundle {result.sequence} of {ctx.office_code}).")
    for table in preview.tables:
        runtime.print(
            f"  {plural(table.table):<30} {table.rows:>8,}  new {table.new:,} · changed {table.changed:,} · deleted {table.deleted:,}"
        )
    if not preview.tables:
        runtime.print("  no changes since the last acknowledged bundle")
    return 0


def print_report(runtime: Runtime, bundle: VerifiedBundle) -> None:
    runtime.print(
        f"{bundle.file_name}: signature valid, signed by office {bundle.office} (key {bundle.fingerprint})"
    )
    previous = bundle.manifest.previous_sequence
    follows = f", follows {previous}" if previous else ", the first"
    created = bundle.manifest.created_at.isoformat()
    runtime.print(f"  sequence {bundle.sequence}{follows}; created {created}")
    if bundle.already_imported_on:
        runtime.print(
            f"  already imported on {bundle.already_imported_on}; importing it again changes nothing"
        )
    for warning in bundle.warnings:
        runtime.print(f"  warning: {warning}")
    for table, counts in bundle.counts.items():
        runtime.print(
            f"  {plural(table):<30} new {counts.new:,} · updated {counts.updated:,} · unchanged {counts.unchanged:,}"
        )
    if bundle.files:
        size = sum(bundle.files.values()) / 1_048_576
        runtime.print(
            f"  {'stored files':<26} {len(bundle.files):,} (CVs, evidence, timesheet PDFs; {size:.1f} MB), "
            "each checked against its SHA-256"
        )


def run_verify(args: argparse.Namespace, runtime: Runtime) -> int:
    print_report(runtime, verify_file(runtime.context(), Path(args.file), passphrase=_passphrase()))
    return 0


def run_inspect(args: argparse.Namespace, runtime: Runtime) -> int:
    path = Path(args.file)
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(MANIFEST)
            if info.file_size > 1024 * 1024:
                raise BundleError(path.name, "the manifest is too large to show")
            manifest = json.loads(archive.read(info))
    except (
        OSError,
        KeyError,
        zipfile.BadZipFile,
        json.JSONDecodeError,
        UnicodeDecodeError,
        NotImplementedError,
        RuntimeError,
    ) as exc:
        raise BundleError(path.name, f"not a readable bundle ({exc})") from exc
    runtime.print(f"{path.name} (not verified: `blues bundle verify` checks the signature)")
    runtime.print(json.dumps(manifest, indent=2, ensure_ascii=False, sort_keys=True))
    return 0


def run_import(args: argparse.Namespace, runtime: Runtime) -> int:
    ctx = runtime.context()
    failed = 0
    for name in args.files:
        try:
            result = import_bundle(ctx, Path(name), passphrase=_passphrase())
        except BundleError as exc:
            runtime.print(f"refused {exc}")
            failed += 1
            continue
        if result.already_imported_on:
            runtime.print(
                f"{result.file_name}: already imported on {result.already_imported_on}; nothing changed"
            )
            continue
        runtime.print(
            f"{result.file_name}: merged bundle {result.sequence} of {result.office}, {result.changed_rows:,} rows new or updated"
            + (f", {result.files:,} stored file(s)" if result.files else "")
        )
        for warning in result.warnings:
            runtime.print(f"  warning: {warning}")
    if failed:
        raise BundleError(
            f"{failed} of {len(args.files)} file(s)", "refused; the database is unchanged by them"
        )
    return 0


def run_partners_list(args: argparse.Namespace, runtime: Runtime) -> int:
    for p in list_partners(runtime.context()):
        role = "coordinator" if p.is_coordinator else "partner"
        runtime.print(
            f"{p.code}  {p.name:<24} {p.country}  {role:<11} {p.fingerprint or '—':<20} {p.status}"
        )
    return 0


def run_partners_add(args: argparse.Namespace, runtime: Runtime) -> int:
    change = register_card(runtime.context(), read_card(Path(args.card)))
    if not change.changes:
        runtime.print(
            f"Office {change.code} is registered with this key already "
            f"(fingerprint {change.fingerprint}); nothing changed."
        )
        return 0
    runtime.print(
        f"Registered office {change.code}; fingerprint {change.fingerprint} — compare it with them by phone."
    )
    return 0


def run_partners_rotate(args: argparse.Namespace, runtime: Runtime) -> int:
    change = register_card(
        runtime.context(), read_card(Path(args.card)), replace=True, reason=args.reason
    )
    runtime.print(
        f"Replaced the key of office {change.code}; new fingerprint {change.fingerprint}."
    )
    return 0


def run_partners_revoke(args: argparse.Namespace, runtime: Runtime) -> int:
    change = revoke(runtime.context(), args.office, args.reason)
    runtime.print(
        f"Revoked the key of office {change.code} ({change.fingerprint}); its bundles are refused from now on."
    )
    return 0
