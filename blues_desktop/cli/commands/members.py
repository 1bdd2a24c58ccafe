"""`blues members list|export`: the member register from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from blues_desktop.cli.runtime import Runtime
from blues_desktop.documents.members_workbook import export_members
from blues_desktop.services.members.listing import (
    OrganisationFilter,
    count_organisations,
    list_organisations,
)


def _filter(args: argparse.Namespace) -> OrganisationFilter:
    return OrganisationFilter(
        search=getattr(args, "search", "") or "",
        country=args.country,
        office=args.office,
        org_type=getattr(args, "type", None),
    )


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "members", help="the member register: organisations and contacts"
    )
    actions = parser.add_subparsers(dest="members_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list organisations")
    listing.add_argument("--search", default="", help="part of a name, city, VAT number or e-mail")
    listing.add_argument("--limit", type=int, default=50)
    export = actions.add_parser(
        "export", help="write organisations and contacts to an .xlsx workbook"
    )
    export.add_argument("file", metavar="FILE.xlsx")
    export.add_argument(
        "--include-unconsented", action="store_true",
        help="also export contacts who have not given consent (only when there is a lawful reason)",
    )  # fmt: skip
    for sub in (listing, export):
        sub.add_argument("--office", metavar="CODE", help="only this office's organisations")
        sub.add_argument("--country", metavar="XX", help="only this country (ISO code)")
        sub.add_argument(
            "--type", choices=["sme", "large", "rto", "scaling_up", "cluster", "public", "other"]
        )
    listing.set_defaults(handler=run_list)
    export.set_defaults(handler=run_export)


def run_list(args: argparse.Namespace, runtime: Runtime) -> int:
    ctx = runtime.context()
    flt = _filter(args)
    total = count_organisations(ctx, flt)
    for row in list_organisations(ctx, flt, limit=max(args.limit, 0)):
        runtime.print(
            f"{row.office_id}  {row.country}  {row.legal_name:<50.50}  {row.city:<20.20}  {row.vat_number}"
        )
    runtime.print(f"{total:,} organisation(s)")
    return 0


def run_export(args: argparse.Namespace, runtime: Runtime) -> int:
    result = export_members(
        runtime.context(),
        Path(args.file),
        _filter(args),
        include_unconsented=args.include_unconsented,
    )
    runtime.print(
        f"Wrote {result.organisations:,} organisations and {result.contacts:,} contacts to {result.path}."
    )
    if result.contacts_left_out:
        runtime.print(
            f"{result.contacts_left_out:,} contacts without consent (or erased) were left out."
        )
    return 0
