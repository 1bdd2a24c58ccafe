"""`blues audit`: who changed what, when, at which office, and why."""

from __future__ import annotations

import argparse
from datetime import date

from blues_desktop.cli.runtime import Runtime
from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services.history import DEFAULT_LIMIT, HistoryEntry, audit_listing


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "audit",
        help="the audit trail: who changed what, when, at which office, and why",
        description="The audit trail of this computer, newest first: each change with the "
        "user who made it, their office, the fields changed (old → new) and the reason; "
        "records other offices changed show the bundle that brought them.",
    )
    parser.add_argument(
        "--table",
        metavar="KIND",
        help="one kind of record: organisations, contacts, exchanges, events, timesheets, "
        "staff, bundles, users",
    )
    parser.add_argument(
        "--record",
        metavar="REF",
        help="one record and what belongs to it: an exchange reference (ZIN-X-2026-007), "
        "an organisation's name, or an id (or its first 8 characters)",
    )
    parser.add_argument(
        "--since", metavar="DATE", help="only changes from this day on (YYYY-MM-DD)"
    )
    parser.add_argument(
        "--limit",
        type=int,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"at most N entries (default {DEFAULT_LIMIT})",
    )
    parser.set_defaults(handler=run)


def _since(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        report = ValidationReport()
        message = f"--since {text!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-03-01"
        report.error("since", message)
        raise ValidationError(report, message) from None


def run(args: argparse.Namespace, runtime: Runtime) -> int:
    since = _since(args.since)
    heading, listing = audit_listing(
        runtime.context(), table=args.table, record=args.record, since=since, limit=args.limit
    )
    runtime.print(heading)
    if not listing.entries:
        runtime.print("No changes recorded.")
        return 0
    for entry in listing.entries:
        print_entry(runtime, entry)
    if listing.more:
        runtime.print("(older entries left out: use --limit or --since to see them)")
    return 0


def print_entry(runtime: Runtime, entry: HistoryEntry) -> None:
    runtime.print("")
    runtime.print(f"{entry.at:%Y-%m-%d %H:%M} UTC  {entry.who} ({entry.office})  {entry.what}")
    for line in entry.change_lines():
        runtime.print(f"    {line}")
    if entry.reason:
        runtime.print(f"    Reason: {entry.reason}")
