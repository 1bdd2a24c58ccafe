"""`blues timesheets`: staff, a month's hours and checks, sign-off, the PDF and the
year's workbook."""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from blues_desktop.cli.runtime import Runtime
from blues_desktop.documents.timesheet_pdf import render_timesheet, write_timesheet_pdf
from blues_desktop.documents.timesheets_workbook import export_year
from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.timesheets import (
    ROWS,
    Month,
    parse_hours,
)
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services import timesheets as ts


def month_arg(text: str) -> Month:
    try:
        return Month.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write YYYY-MM-DD") from None


def hours_arg(text: str) -> Decimal:
    try:
        return parse_hours(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def decimal_arg(text: str) -> Decimal:
    try:
        return Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None


def row_arg(text: str) -> str:
    code = text.strip().upper()
    if code not in ROWS:
        raise argparse.ArgumentTypeError(f"{text!r} is not a row; rows are {', '.join(ROWS)}")
    return code


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "timesheets",
        help="staff timesheets: staff, hours, sign-off, PDF, workbook",
        description="Monthly staff timesheets per work package: the staff list, a month's "
        "hours and checks, submission and approval, the PDF to sign and the year's workbook.",
    )
    commands = parser.add_subparsers(dest="timesheets_command", metavar="COMMAND", required=True)

    staff = commands.add_parser("staff", help="list the staff who fill timesheets")
    staff.add_argument("--all-offices", action="store_true", help="every office's staff")
    staff.set_defaults(handler=run_staff)

    add = commands.add_parser("add-staff", help="add a staff member")
    add.add_argument("--first-name", required=True)
    add.add_argument("--last-name", required=True)
    add.add_argument("--start", required=True, type=date_arg, metavar="YYYY-MM-DD")
    add.add_argument("--end", type=date_arg, metavar="YYYY-MM-DD")
    add.add_argument("--weekly-hours", required=True, type=decimal_arg, metavar="H")
    add.add_argument("--annual-hours", type=decimal_arg, default=Decimal(1720), metavar="H")
    add.add_argument("--role", default="")
    add.add_argument("--email", default="")
    add.add_argument("--region", default="", help="region code for public holidays (e.g. MV)")
    add.add_argument("--supervisor", metavar="ID", help="the supervisor's staff id or name")
    add.set_defaults(handler=run_add_staff)

    show = commands.add_parser("show", help="a month's hours per row and the checks")
    _person_month(show)
    show.set_defaults(handler=run_show)

    put = commands.add_parser("set", help="set the hours of one cell (day and row)")
    put.add_argument("--person", required=True, metavar="ID")
    put.add_argument("--day", required=True, type=date_arg, metavar="YYYY-MM-DD")
    put.add_argument("--row", required=True, type=row_arg, help=", ".join(ROWS))
    put.add_argument("--hours", required=True, type=hours_arg, metavar="H")
    put.set_defaults(handler=run_set)

    submit = commands.add_parser("submit", help="the person submits the month")
    _person_month(submit)
    submit.set_defaults(handler=run_submit)

    approve = commands.add_parser("approve", help="the supervisor approves (locks) months")
    approve.add_argument("--month", required=True, type=month_arg, metavar="YYYY-MM")
    who = approve.add_mutually_exclusive_group(required=True)
    who.add_argument("--person", action="append", metavar="ID", help="repeat for several")
    who.add_argument("--all", action="store_true", help="every staff member of the office")
    approve.set_defaults(handler=run_approve)

    reopen = commands.add_parser("reopen", help="unlock an approved month, with a reason")
    _person_month(reopen)
    reopen.add_argument("--reason", required=True)
    reopen.set_defaults(handler=run_reopen)

    pdf = commands.add_parser("pdf", help="the month's timesheet to sign, as PDF")
    _person_month(pdf)
    pdf.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    pdf.set_defaults(handler=run_pdf)

    export = commands.add_parser("export", help="the year's hours and person-months to Excel")
    export.add_argument("path", type=Path, metavar="FILE.xlsx")
    export.add_argument("--year", required=True, type=int)
    export.add_argument("--person", metavar="ID", help="only this staff member")
    export.add_argument("--office", metavar="CODE", help="another office's staff, or 'all'")
    export.set_defaults(handler=run_export)

    erase = commands.add_parser(
        "erase-staff", help="GDPR: erase a staff member's personal data (the hours stay)"
    )
    erase.add_argument("--person", required=True, metavar="ID")
    erase.add_argument("--reason", required=True, help="on whose request, and why")
    erase.set_defaults(handler=run_erase)

    plan = commands.add_parser("plan", help="coordinator: set planned person-months")
    plan.add_argument("--office", required=True, metavar="CODE")
    plan.add_argument("--wp", required=True, type=row_arg, metavar="WP1..WP5")
    plan.add_argument("--person-months", required=True, type=decimal_arg, metavar="PM")
    plan.set_defaults(handler=run_plan)


def _person_month(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--person", required=True, metavar="ID", help="staff id, its start, or name"
    )
    parser.add_argument("--month", required=True, type=month_arg, metavar="YYYY-MM")


def run_staff(args: argparse.Namespace, runtime: Runtime) -> int:
    rows = ts.list_staff(runtime.context(), "*" if args.all_offices else None)
    for r in rows:
        until = f" to {r.employment_end}" if r.employment_end else ""
        supervisor = f"; supervisor {r.supervisor_name}" if r.supervisor_name else ""
        runtime.print(
            f"{r.short_id}  {r.office_id}  {r.name:<28} {r.role:<22} {r.weekly_hours} h/week, "
            f"from {r.employment_start}{until}{supervisor}"
        )
    runtime.print(f"{len(rows)} staff members")
    return 0


def run_add_staff(args: argparse.Namespace, runtime: Runtime) -> int:
    ctx = runtime.context()
    supervisor = ts.find_staff(ctx, args.supervisor).id if args.supervisor else None
    saved = ts.save_staff(
        ctx,
        ts.StaffDraft(
            first_name=args.first_name,
            last_name=args.last_name,
            employment_start=args.start,
            employment_end=args.end,
            weekly_hours=args.weekly_hours,
            annual_productive_hours=args.annual_hours,
            role=args.role,
            email=args.email,
            region=args.region,
            supervisor_id=supervisor,
        ),
    )
    runtime.print(f"Added staff member {saved.staff_id}")
    return 0


def run_show(args: argparse.Namespace, runtime: Runtime) -> int:
    ctx = runtime.context()
    sheet = ts.load_month(ctx, ts.find_staff(ctx, args.person).id, args.month)
    runtime.print(f"{sheet.staff.name}, {sheet.month.label}: {sheet.status.label}")
    for row, label in ROWS.items():
        total = sheet.hours.row_total(row)
        if total:
            runtime.print(f"  {row:<15} {total:>8.2f} h  {label}")
    runtime.print(
        f"  worked {sheet.hours.worked_hours:.2f} h of {sheet.contracted_hours:.2f} h contracted; "
        f"BLUES {sheet.hours.blues_hours:.2f} h"
    )
    for result in sheet.report.results:
        runtime.print(f"  {result.severity.value}: {result.message}")
    if sheet.changed_since_approval:
        runtime.print("  warning: the hours changed after the approval")
    return 0


def run_set(args: argparse.Namespace, runtime: Runtime) -> int:
    ctx = runtime.context()
    staff = ts.find_staff(ctx, args.person)
    month = Month.of(args.day)
    hours = ts.load_month(ctx, staff.id, month).hours
    hours.set(args.day, args.row, args.hours)
    saved = ts.save_month(ctx, staff.id, hours)
    runtime.print(f"Saved {args.hours} h on {args.day} in {args.row} for {staff.name}")
    for result in saved.report.results:
        runtime.print(f"  {result.severity.value}: {result.message}")
    return 0


def run_submit(args: argparse.Namespace, runtime: Runtime) -> int:
    ctx = runtime.context()
    staff = ts.find_staff(ctx, args.person)
    ts.submit_month(ctx, staff.id, args.month)
    runtime.print(f"Submitted {staff.name}'s timesheet for {args.month.label}")
    return 0


def run_approve(args: argparse.Namespace, runtime: Runtime) -> int:
    ctx = runtime.context()
    if args.all:
        ids = [s.id for s in ts.list_staff(ctx)]
    else:
        ids = [ts.find_staff(ctx, key).id for key in args.person]
    result = ts.approve_many(ctx, ids, args.month, render_timesheet)
    for name in result.approved:
        runtime.print(f"Approved {name} ({args.month.label})")
    for name, reason in result.skipped:
        runtime.print(f"Not approved {name}: {reason}")
    if result.skipped and not result.approved:
        report = ValidationReport()
        report.error("month", f"no timesheet for {args.month.label} was approved")
        raise ValidationError(report)
    return 0


def run_reopen(args: argparse.Namespace, runtime: Runtime) -> int:
    ctx = runtime.context()
    staff = ts.find_staff(ctx, args.person)
    ts.reopen_month(ctx, staff.id, args.month, args.reason)
    runtime.print(f"Reopened {staff.name}'s timesheet for {args.month.label}")
    return 0


def run_pdf(args: argparse.Namespace, runtime: Runtime) -> int:
    written = write_timesheet_pdf(runtime.context(), args.person, args.month, args.out)
    runtime.print(
        f"Wrote {written.name}'s timesheet for {args.month.label} to {written.path} "
        f"({written.hours:.2f} h worked)"
    )
    return 0


def run_export(args: argparse.Namespace, runtime: Runtime) -> int:
    office = "*" if (args.office or "").lower() == "all" else args.office
    written = export_year(
        runtime.context(), args.path, args.year, office=office, staff_key=args.person
    )
    runtime.print(
        f"Wrote {written.rows} rows for {written.staff} staff members ({written.year}) "
        f"to {written.path}"
    )
    return 0


def run_erase(args: argparse.Namespace, runtime: Runtime) -> int:
    ctx = runtime.context()
    staff = ts.find_staff(ctx, args.person)
    ts.erase_staff(ctx, staff.id, args.reason)
    runtime.print(f"Erased the personal data of staff member {staff.short_id}; the hours stay")
    return 0


def run_plan(args: argparse.Namespace, runtime: Runtime) -> int:
    ctx = runtime.context()
    ts.set_planned_effort(ctx, {(args.office.upper(), args.wp): args.person_months})
    runtime.print(f"Planned {args.person_months} person-months for {args.office.upper()} {args.wp}")
    return 0
