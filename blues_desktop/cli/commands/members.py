"""`blues members list|export|import|template|across-offices|link|erase`: the member
register from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from blues_desktop.cli.runtime import Runtime
from blues_desktop.documents.members_import_files import write_fixup, write_problem_report
from blues_desktop.documents.members_workbook import export_members, write_import_template
from blues_desktop.services.members.cross_office import (
    count_organisations_once,
    cross_office_duplicates,
    decide_pair,
)
from blues_desktop.services.members.importing.commit import commit_import, problems_error
from blues_desktop.services.members.importing.preview import preview_import
from blues_desktop.services.members.listing import (
    OrganisationFilter,
    count_organisations,
    list_organisations,
)
from blues_desktop.services.members.persons import erase_person, find_person

# The exit status of `members import` when rows were set aside (1 is "nothing written").
EXIT_SET_ASIDE = 3


def _filter(args: argparse.Namespace) -> OrganisationFilter:
    return OrganisationFilter(
        search=getattr(args, "search", "") or "",
        country=args.country,
        office=args.office,
        org_type=getattr(args, "type", None),
        check_digit_fails=getattr(args, "check_digit_fails", False),
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
        sub.add_argument(
            "--check-digit-fails",
            action="store_true",
            help="only organisations whose VAT or registration number was kept although its "
            "check digit fails",
        )
    listing.set_defaults(handler=run_list)
    export.set_defaults(handler=run_export)
    importing = actions.add_parser(
        "import",
        help="bring in organisations and contacts from a workbook (.xlsx, .xlsm, .xls, .ods) "
        "or a .csv file",
        description="Imports every row that passes the checks and writes the rows that do not "
        "to a fix-up file in the same layout (FILE-fix-up.xlsx), with a 'Problem' column. "
        f"Exit status: 0 every row imported; {EXIT_SET_ASIDE} rows were set aside (the others "
        "were imported); 1 nothing was written (an unreadable file, or --all-or-nothing "
        "with a problem).",
    )
    importing.add_argument("file", metavar="FILE")
    importing.add_argument(
        "--all-or-nothing",
        action="store_true",
        help="import nothing if any row has a problem (the problem report lists them)",
    )
    importing.add_argument(
        "--fix-up", metavar="FILE",
        help="where to write the rows set aside (default: next to FILE, ending in -fix-up)",
    )  # fmt: skip
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help="show what would change and every problem; write nothing",
    )
    importing.add_argument(
        "--problems", metavar="FILE.xlsx",
        help="where to write the problem report (default: next to FILE, ending in -problems.xlsx)",
    )  # fmt: skip
    importing.set_defaults(handler=run_import)
    template = actions.add_parser("template", help="write a blank import template (.xlsx)")
    template.add_argument("file", metavar="FILE.xlsx")
    template.set_defaults(handler=run_template)
    erase = actions.add_parser(
        "erase",
        help="GDPR: erase a person's personal data (contact, participant or visitor) from "
        "the record, its history and the files kept with it",
    )
    erase.add_argument("person", metavar="ID|E-MAIL", help="the person's id or e-mail address")
    erase.add_argument("--reason", required=True, help="on whose request, and why")
    erase.set_defaults(handler=run_erase)
    across = actions.add_parser(
        "across-offices",
        help="coordinator: organisations registered by two offices that look alike",
    )
    across.set_defaults(handler=run_across)
    link = actions.add_parser(
        "link",
        help="coordinator: record that two offices' organisations are one (counted once) "
        "or different; neither record changes",
    )
    link.add_argument("first", metavar="ID")
    link.add_argument("second", metavar="OTHER_ID")
    link.add_argument("--different", action="store_true", help="they are different organisations")
    link.set_defaults(handler=run_link)


def run_list(args: argparse.Namespace, runtime: Runtime) -> int:
    ctx = runtime.context()
    flt = _filter(args)
    total = count_organisations(ctx, flt)
    for row in list_organisations(ctx, flt, limit=max(args.limit, 0)):
        flag = f"  ({row.check_digit_fails})" if row.check_digit_fails else ""
        runtime.print(
            f"{row.office_id}  {row.country}  {row.legal_name:<50.50}  {row.city:<20.20}  {row.vat_number}{flag}"
        )
    runtime.print(f"{total:,} organisation(s)")
    return 0


def run_erase(args: argparse.Namespace, runtime: Runtime) -> int:
    ctx = runtime.context()
    person = find_person(ctx, args.person)
    erase_person(ctx, person.id, args.reason)
    runtime.print(
        f"Erased the personal data of person {person.short_id} from the record, its history "
        "and its files; the next bundle carries the erasure"
    )
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


def run_import(args: argparse.Namespace, runtime: Runtime) -> int:
    """0: every row in; EXIT_SET_ASIDE: rows set aside (in the fix-up file), the rest in."""
    path = Path(args.file)
    preview = preview_import(runtime.context(), path)
    for note in preview.notes:
        runtime.print(f"Note: {note}")
    for mapping in preview.mappings:
        runtime.print(f"Sheet {mapping.sheet!r}: header in row {mapping.header_row}; "
                      f"columns not used: {', '.join(mapping.unmapped) or 'none'}")  # fmt: skip
    for problem in [p for p in preview.problems if not p.is_error][:20]:
        runtime.print(f"Warning: {problem}")
    runtime.print(preview.summary())
    runtime.print(preview.counts())
    if preview.problems:
        report = Path(args.problems or path.with_name(f"{path.stem}-problems.xlsx"))
        write_problem_report(preview, report)
        runtime.print(f"Problem report (one row per problem): {report}")
    if args.all_or_nothing and not preview.ok:
        raise problems_error(preview)
    for problem in preview.errors[:10]:
        runtime.print(f"Set aside: {problem}")
    if len(preview.errors) > 10:
        runtime.print(f"… and {len(preview.errors) - 10:,} more problems (see the problem report)")
    if args.dry_run:
        runtime.print("Dry run: nothing was written.")
        return EXIT_SET_ASIDE if preview.set_aside else 0
    result = commit_import(runtime.context(), preview, all_or_nothing=args.all_or_nothing)
    runtime.print(
        f"Imported: {result.organisations_created:,} new and {result.organisations_changed:,} changed "
        f"organisations, {result.contacts_created:,} new and {result.contacts_changed:,} changed contacts."
    )
    fixup = write_fixup(preview, Path(args.fix_up) if args.fix_up else None)
    if fixup is None:
        return 0
    runtime.print(
        f"{result.rows_set_aside:,} row(s) set aside, written to {fixup}: correct the cells named "
        "in its 'Problem' column and import that file to add them."
    )
    return EXIT_SET_ASIDE


def run_across(args: argparse.Namespace, runtime: Runtime) -> int:
    pairs = cross_office_duplicates(runtime.context())
    for pair in pairs:
        runtime.print(f"{pair.reason}")
        for side in (pair.first, pair.second):
            runtime.print(f"  {side.office_id}  {side.id}  {side.legal_name}, {side.city or '—'}")
    runtime.print(
        f"{len(pairs)} possible duplicate(s) across offices"
        + ("; decide each with `blues members link ID OTHER_ID [--different]`" if pairs else "")
    )
    return 0


def run_link(args: argparse.Namespace, runtime: Runtime) -> int:
    ctx = runtime.context()
    decide_pair(ctx, args.first, args.second, same=not args.different)
    with ctx.read() as session:
        once = count_organisations_once(session)
    verdict = "different organisations" if args.different else "the same organisation"
    runtime.print(f"Recorded: {verdict}. Organisations in the partnership, counted once: {once:,}.")
    return 0


def run_template(args: argparse.Namespace, runtime: Runtime) -> int:
    path = write_import_template(Path(args.file))
    runtime.print(f"Wrote the blank import template to {path}.")
    return 0
