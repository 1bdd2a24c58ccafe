"""`blues events`: list events, print an attendance sheet, export the workbook."""

from __future__ import annotations

import argparse
from pathlib import Path

from blues_desktop.cli.runtime import Runtime
from blues_desktop.documents.attendance_sheet import (
    DEFAULT_BLANK_ROWS,
    SheetOptions,
    write_attendance_sheet,
)
from blues_desktop.documents.events_workbook import export_events
from blues_desktop.services.events import events_report, list_events


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "events",
        help="events: list, attendance sheets, workbook",
        description="Events and attendance: the list of events, the attendance sheet to "
        "sign (or the online attendance record) and the Excel workbook with the reports.",
    )
    commands = parser.add_subparsers(dest="events_command", metavar="COMMAND", required=True)

    listing = commands.add_parser("list", help="list events with their registrations")
    listing.add_argument("--year", type=int)
    listing.add_argument("--search", metavar="TEXT", help="part of the title")
    listing.set_defaults(handler=run_list)

    sheet = commands.add_parser(
        "attendance-sheet",
        help="print the attendance sheet (online events: the attendance record) as PDF",
    )
    sheet.add_argument("event", metavar="ID", help="the event id (or its first 8 characters)")
    sheet.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    sheet.add_argument(
        "--blank-rows",
        type=int,
        default=DEFAULT_BLANK_ROWS,
        metavar="N",
        help=f"empty rows for walk-ins (default {DEFAULT_BLANK_ROWS})",
    )
    sheet.add_argument("--landscape", action="store_true", help="A4 landscape (default portrait)")
    sheet.set_defaults(handler=run_sheet)

    export = commands.add_parser("export", help="write events, participants and reports to Excel")
    export.add_argument("path", type=Path, metavar="FILE.xlsx")
    export.add_argument("--year", type=int)
    export.add_argument("--office", metavar="CODE", help="only events organised by this office")
    export.add_argument(
        "--full-list",
        action="store_true",
        help="also each participant's e-mail address and gender (left out by default; "
        "include them only when the reader needs to write to the participants)",
    )
    export.set_defaults(handler=run_export)


def run_list(args: argparse.Namespace, runtime: Runtime) -> int:
    ctx = runtime.context()
    rows = list_events(ctx, args.search, args.year)
    for r in rows:
        runtime.print(
            f"{r.short_id}  {r.office_id}  {r.start_date}  {r.work_package}  "
            f"{r.event_type:<15} {r.registered:>5} reg.  {r.title}  ({r.place})"
        )
    report = events_report(ctx, year=args.year)
    runtime.print(
        f"{len(rows)} events; {report.registered} registrations, {report.participants} "
        f"participants, {report.unique_organisations} organisations reached"
    )
    return 0


def run_sheet(args: argparse.Namespace, runtime: Runtime) -> int:
    written = write_attendance_sheet(
        runtime.context(),
        args.event,
        args.out,
        SheetOptions(blank_rows=args.blank_rows, landscape=args.landscape),
    )
    what = "online attendance record" if written.online else "attendance sheet"
    runtime.print(
        f"Wrote the {what} to {written.path} ({written.participants} participants, "
        f"{written.pages} pages)"
    )
    return 0


def run_export(args: argparse.Namespace, runtime: Runtime) -> int:
    written = export_events(
        runtime.context(), args.path, year=args.year, office=args.office, full_list=args.full_list
    )
    runtime.print(
        f"Wrote {written.events} events and {written.participants} participants to {written.path}"
    )
    runtime.print(
        "The list includes e-mail addresses and gender."
        if written.full_list
        else "E-mail addresses and gender are left out (--full-list includes them)."
    )
    return 0
