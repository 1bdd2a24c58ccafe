"""`blues report`: the partnership's KPIs as the periodic report pack (workbook and PDF),
the grant's reporting periods, and how fresh each office's data is here."""

from __future__ import annotations

import argparse
from pathlib import Path

from blues_desktop.cli.commands.timesheets import date_arg
from blues_desktop.cli.runtime import Runtime
from blues_desktop.documents.report_pdf import write_report_pdf
from blues_desktop.documents.report_workbook import write_report_workbook
from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.offices import office_info
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services.reports.freshness import DEFAULT_MAX_DAYS, Freshness, freshness
from blues_desktop.services.reports.pack import ReportPack, report_pack
from blues_desktop.services.reports.periods import reporting_periods, set_reporting_periods


def months_arg(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r}: give the length of each period in months, separated by commas (12,12)"
        ) from None


def days_arg(text: str) -> int:
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of days")
    return int(text)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report",
        help="the partnership's KPIs: the periodic report pack and data freshness",
        description="The partnership's figures for a reporting period as of a date: the "
        "periodic report pack (a workbook and a PDF), the grant's periods, and how fresh "
        "each office's merged data is.",
    )
    commands = parser.add_subparsers(dest="report_command", metavar="COMMAND", required=True)
    for name, suffix, handler, what in (
        ("kpi", "xlsx", run_kpi, "the report pack workbook (summary, a sheet per area, charts)"),
        ("pdf", "pdf", run_pdf, "the report pack PDF (cover, KPI tables, charts)"),
    ):
        command = commands.add_parser(name, help=what)
        command.add_argument(
            "--period", metavar="P", help="P1, P2 … or 'all' (default: the whole project)"
        )
        command.add_argument(
            "--as-of", type=date_arg, metavar="YYYY-MM-DD", help="figures as of (default: today)"
        )
        command.add_argument("--out", required=True, type=Path, metavar=f"FILE.{suffix}")
        command.set_defaults(handler=handler)

    fresh = commands.add_parser("freshness", help="the newest data merged from each office")
    fresh.add_argument(
        "--days", type=days_arg, default=DEFAULT_MAX_DAYS, metavar="N",
        help=f"warn about data older than N days (default {DEFAULT_MAX_DAYS})",
    )  # fmt: skip
    fresh.set_defaults(handler=run_freshness)

    periods = commands.add_parser("periods", help="list the reporting periods, or set them")
    periods.add_argument("--start", type=date_arg, metavar="YYYY-MM-DD", help="project start")
    periods.add_argument("--months", type=months_arg, metavar="12,12", help="period lengths")
    periods.set_defaults(handler=run_periods)


def _summary(runtime: Runtime, pack: ReportPack, path: Path) -> None:
    x = pack.exchanges
    runtime.print(f"Wrote {path} ({pack.window.label})")
    runtime.print(
        f"  exchanges held {x.held} of {x.target}; members {pack.members.once:,}; "
        f"events {pack.events.events}, participants {pack.events.participants:,}"
    )


def run_kpi(args: argparse.Namespace, runtime: Runtime) -> int:
    pack = report_pack(runtime.context(), args.period, args.as_of)
    _summary(runtime, pack, write_report_workbook(pack, args.out))
    return 0


def run_pdf(args: argparse.Namespace, runtime: Runtime) -> int:
    pack = report_pack(runtime.context(), args.period, args.as_of)
    _summary(runtime, pack, write_report_pdf(pack, args.out))
    return 0


def freshness_lines(data: Freshness) -> list[str]:
    lines = []
    for office in data.offices:
        name = f"{office.office} {office_info(office.office).short_name}"
        if office.sequence is None or office.written_at is None or office.imported_at is None:
            lines.append(f"{name:<26} nothing merged yet  WARNING: no data from this office")
            continue
        warn = (
            f"  WARNING: older than {data.max_days} days" if office.stale(data.max_days) else ""
        )
        lines.append(
            f"{name:<26} bundle {office.sequence:>4}, written {office.written_at:%Y-%m-%d %H:%M}, "
            f"imported {office.imported_at:%Y-%m-%d %H:%M} ({office.age_days} days old){warn}"
        )
    own = data.own
    if own is not None:
        if own.sequence is None or own.written_at is None:
            lines.append(f"{data.office} (this office): no bundle acknowledged by the coordinator yet")
        else:
            lines.append(
                f"{data.office} (this office): bundle {own.sequence} acknowledged by the "
                f"coordinator, written {own.written_at:%Y-%m-%d} ({own.age_days} days old)"
            )
        if own.last_sent is not None and own.last_sent != own.sequence:
            lines.append(f"  bundle {own.last_sent} sent since, not acknowledged yet")
    return lines


def run_freshness(args: argparse.Namespace, runtime: Runtime) -> int:
    data = freshness(runtime.context(), args.days)
    for line in freshness_lines(data):
        runtime.print(line)
    return 0


def run_periods(args: argparse.Namespace, runtime: Runtime) -> int:
    ctx = runtime.context()
    if (args.start is None) != (args.months is None):
        report = ValidationReport()
        report.error("--months" if args.months is None else "--start",
                     "give both --start and --months to set the periods")  # fmt: skip
        raise ValidationError(report)
    periods = (
        set_reporting_periods(ctx, args.start, args.months).periods
        if args.start is not None
        else reporting_periods(ctx)
    )
    for period in periods:
        runtime.print(f"{period.key:<4} {period.label}")
    return 0
