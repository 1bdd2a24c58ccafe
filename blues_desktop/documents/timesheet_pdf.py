"""The monthly timesheet to sign (A4 landscape, one page): the grid of hours per day and
row, totals per work package and per day, the person-months, the EU funding statement
and grant number, and signature and date boxes for the person and the supervisor.

Weekends and public holidays are shaded, as on the screen, so a reader sees at a
glance that no hours sit on them. Hours print as they are stored (two decimals in
the totals), so the paper and the database say the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, TableStyle

from blues_desktop import GRANT_NUMBER
from blues_desktop.documents.fonts import FONT, FONT_BOLD
from blues_desktop.documents.pdf import MARGIN, PageSetup, Table, render_pdf, styles, write_pdf
from blues_desktop.domain.countries import country_name
from blues_desktop.domain.errors import StorageError
from blues_desktop.domain.funding import PROJECT_NAME
from blues_desktop.domain.timesheets import (
    ABSENCE_ROWS,
    APPROVED,
    BLUES_ROWS,
    SHORT_LABELS,
    WORK_ROWS,
    Month,
    person_month_hours,
    person_months,
)
from blues_desktop.services.context import AppContext
from blues_desktop.services.timesheets import MonthSheet, find_staff, load_month
from blues_desktop.store.atomic import describe_os_error

PAGE_WIDTH = 297 * mm - 2 * MARGIN
LABEL_WIDTH = 38 * mm
TOTAL_WIDTH = 14 * mm
GRID_FONT = 6.5
SHADE = colors.Color(0.86, 0.86, 0.86)
HOLIDAY_SHADE = colors.Color(0.78, 0.78, 0.78)
TOTAL_SHADE = colors.Color(0.93, 0.93, 0.93)
WEEKDAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")


def cell_text(hours: Decimal) -> str:
    """A cell's hours, short: 8, 7.5, 7.25; empty for none."""
    if not hours:
        return ""
    return f"{hours.normalize():f}"


def total_text(hours: Decimal) -> str:
    return f"{hours:.2f}"


def _grid(sheet: MonthSheet) -> Table:
    days = sheet.days
    day_width = (PAGE_WIDTH - LABEL_WIDTH - TOTAL_WIDTH) / len(days)
    header = ["Day", *[str(d.day.day) for d in days], "Total"]
    weekday = ["", *[WEEKDAYS[d.day.weekday()] for d in days], "h"]
    rows: list[list[str]] = [header, weekday]
    hours = sheet.hours

    def line(label: str, values: list[Decimal], total: Decimal) -> list[str]:
        return [label, *[cell_text(v) for v in values], total_text(total)]

    for row in WORK_ROWS:
        rows.append(
            line(SHORT_LABELS[row], [hours.get(d.day, row) for d in days], hours.row_total(row))
        )
    rows.append(
        line(
            "Total hours worked",
            [hours.day_total(d.day) for d in days],
            hours.worked_hours,
        )
    )
    for row in ABSENCE_ROWS:
        rows.append(
            line(SHORT_LABELS[row], [hours.get(d.day, row) for d in days], hours.row_total(row))
        )
    worked_row = 2 + len(WORK_ROWS)
    table = Table(
        rows,
        colWidths=[LABEL_WIDTH, *[day_width] * len(days), TOTAL_WIDTH],
        rowHeights=[4.6 * mm] * len(rows),
    )
    style: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, GRID_FONT),
        ("FONT", (0, 0), (-1, 1), FONT_BOLD, GRID_FONT),
        ("FONT", (0, worked_row), (-1, worked_row), FONT_BOLD, GRID_FONT),
        ("FONT", (-1, 0), (-1, -1), FONT_BOLD, GRID_FONT),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("ALIGN", (-1, 2), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("LINEBELOW", (0, 1), (-1, 1), 1.0, colors.black),
        ("LINEABOVE", (0, worked_row), (-1, worked_row), 1.0, colors.black),
        ("LINEBELOW", (0, worked_row), (-1, worked_row), 1.0, colors.black),
        ("BACKGROUND", (-1, 0), (-1, -1), TOTAL_SHADE),
        ("BACKGROUND", (0, worked_row), (-1, worked_row), TOTAL_SHADE),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.5),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    for column, day in enumerate(days, start=1):
        if day.holiday:
            style.append(("BACKGROUND", (column, 0), (column, -1), HOLIDAY_SHADE))
        elif day.weekend or not day.employed:
            style.append(("BACKGROUND", (column, 0), (column, -1), SHADE))
    table.setStyle(TableStyle(style))
    return table


def _details(sheet: MonthSheet) -> Table:
    s = styles()
    staff = sheet.staff
    employment = f"from {staff.employment_start:%d %b %Y}" + (
        f" to {staff.employment_end:%d %b %Y}" if staff.employment_end else ""
    )
    region = f", region {staff.region}" if staff.region else ""
    status = sheet.status.label
    if sheet.status == APPROVED and sheet.approved_at:
        status += f" on {sheet.approved_at:%d %b %Y} by {sheet.approved_by or 'the supervisor'}"
    left = [
        ("Staff member", staff.name),
        ("Role", staff.role or "—"),
        ("Beneficiary", f"{sheet.office_name} ({country_name(sheet.country)}{region})"),
        ("Employment", employment),
    ]
    right = [
        ("Project", f"{PROJECT_NAME}, COSME grant agreement No {GRANT_NUMBER}"),
        (
            "Contract",
            f"{total_text(staff.weekly_hours)} h a week; "
            f"{total_text(sheet.contracted_hours)} h in {sheet.month.label}",
        ),
        (
            "Productive hours",
            f"{total_text(staff.annual_productive_hours)} h a year; one person-month = "
            f"{total_text(person_month_hours(staff.annual_productive_hours).quantize(Decimal('0.01')))} h",
        ),
        ("Status", status),
    ]

    def para(text: str, bold: bool = False) -> Paragraph:
        return Paragraph(escape(text), s["CellBold" if bold else "Cell"])

    rows = [
        [para(a, True), para(b), para(c, True), para(d)]
        for (a, b), (c, d) in zip(left, right, strict=True)
    ]
    table = Table(rows, colWidths=[28 * mm, 95 * mm, 34 * mm, PAGE_WIDTH - 157 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _effort(sheet: MonthSheet) -> Table:
    annual = sheet.staff.annual_productive_hours
    rows: list[list[object]] = [["Work package", "Hours", "Person-months"]]
    for wp, label in BLUES_ROWS.items():
        hours = sheet.hours.row_total(wp)
        rows.append([label, total_text(hours), total_text(person_months(hours, annual))])
    blues = sheet.hours.blues_hours
    rows.append(["Total BLUES", total_text(blues), total_text(person_months(blues, annual))])
    other = sheet.hours.row_total("OTHER")
    rows.append(["Other activities not in BLUES", total_text(other), ""])
    absent = sheet.hours.total(ABSENCE_ROWS)
    rows.append(["Absences", total_text(absent), ""])
    table = Table(rows, colWidths=[68 * mm, 17 * mm, 25 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 7.5),
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, 7.5),
                ("FONT", (0, len(BLUES_ROWS) + 1), (-1, len(BLUES_ROWS) + 1), FONT_BOLD, 7.5),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), TOTAL_SHADE),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def _signatures(sheet: MonthSheet) -> Table:
    s = styles()
    supervisor = sheet.staff.supervisor_name or "Supervisor"

    def box(role: str, name: str) -> list[object]:
        return [
            Paragraph(f"<b>{escape(role)}</b><br/>{escape(name)}", s["Cell"]),
            Paragraph("Date", s["Small"]),
            Paragraph("Signature", s["Small"]),
        ]

    rows = [
        box("Staff member", sheet.staff.name),
        box("Supervisor (approval)", supervisor),
    ]
    width = PAGE_WIDTH - 118 * mm
    table = Table(
        rows, colWidths=[width * 0.38, width * 0.22, width * 0.40], rowHeights=[17 * mm] * 2
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _notes(sheet: MonthSheet) -> list[Paragraph]:
    s = styles()
    out: list[Paragraph] = []
    holidays = sheet.holidays
    if holidays:
        listed = "; ".join(f"{day:%a %d %b} {name}" for day, name in sorted(holidays.items()))
        out.append(Paragraph(f"<b>Public holidays:</b> {escape(listed)}", s["Small"]))
    out.append(
        Paragraph(
            "Shaded columns: weekends, public holidays (darker) and days outside employment.",
            s["Small"],
        )
    )
    if sheet.hours.note.strip():
        out.append(Paragraph(f"<b>Note:</b> {escape(sheet.hours.note.strip())}", s["Small"]))
    if sheet.status == APPROVED and sheet.approved_content_sha256:
        out.append(
            Paragraph(
                f"Content fingerprint (SHA-256) at approval: {sheet.approved_content_sha256}",
                s["Small"],
            )
        )
    return out


def render_timesheet(sheet: MonthSheet, printed_at: datetime) -> bytes:
    """The timesheet PDF of one person's month (A4 landscape)."""
    s = styles()
    title = f"Timesheet {sheet.month.label} — {sheet.staff.name}"
    lower = Table(
        [[_effort(sheet), "", _signatures(sheet)]],
        colWidths=[112 * mm, 6 * mm, PAGE_WIDTH - 118 * mm],
    )
    lower.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    flowables = [
        Paragraph(escape(title), s["Title"]),
        _details(sheet),
        Spacer(1, 3 * mm),
        _grid(sheet),
        Spacer(1, 2 * mm),
        *_notes(sheet),
        Spacer(1, 3 * mm),
        lower,
    ]
    setup = PageSetup(
        landscape=True,
        title=title,
        reference=f"{sheet.staff.office_id}-TS-{sheet.month}-{sheet.staff.short_id}",
    )
    return render_pdf(flowables, setup, printed_at)


@dataclass(frozen=True, slots=True)
class WrittenTimesheet:
    path: Path
    name: str
    month: str
    hours: Decimal


def write_timesheet_pdf(
    ctx: AppContext, staff_key: str, month: Month, path: Path
) -> WrittenTimesheet:
    """Render one person's month and write it atomically to `path`."""
    staff = find_staff(ctx, staff_key)
    sheet = load_month(ctx, staff.id, month)
    data = render_timesheet(sheet, ctx.now())
    try:
        write_pdf(Path(path), data)
    except OSError as exc:
        raise StorageError(describe_os_error(exc, Path(path))) from exc
    return WrittenTimesheet(Path(path), staff.name, str(month), sheet.hours.worked_hours)
