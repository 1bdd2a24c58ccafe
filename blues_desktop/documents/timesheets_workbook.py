"""The timesheets workbook of a year, for one person or the whole office: a row per
person, day and row of the grid (real dates and numbers, ready for a pivot table),
a summary of hours and person-months per person and work package, and the office's
effort per work package against the plan."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

from blues_desktop.documents.spreadsheets import (
    add_table_sheet,
    new_write_only_book,
    save_workbook,
)
from blues_desktop.domain.errors import StorageError
from blues_desktop.domain.timesheets import (
    APPROVED,
    BLUES_ROWS,
    ROWS,
    person_month_hours,
)
from blues_desktop.services.context import AppContext
from blues_desktop.services.timesheets import YearEffort, find_staff, year_effort, year_lines
from blues_desktop.store.atomic import describe_os_error

HOURS_FORMAT = "0.00"
ENTRY_HEADERS = (
    "Office",
    "Staff member",
    "Date",
    "Month",
    "Row",
    "Row name",
    "Hours",
    "Month status",
    "Declared",
    "Staff id",
)


@dataclass(frozen=True, slots=True)
class WrittenTimesheets:
    path: Path
    year: int
    staff: int
    rows: int


def export_year(
    ctx: AppContext,
    path: Path,
    year: int,
    *,
    office: str | None = None,
    staff_key: str | None = None,
) -> WrittenTimesheets:
    """Write the year's workbook atomically (the whole office, or one person)."""
    staff_id = find_staff(ctx, staff_key).id if staff_key else None
    effort = year_effort(ctx, year, office=office)
    if staff_id is not None:
        effort = YearEffort(
            effort.year,
            effort.office,
            tuple(p for p in effort.staff if p.staff_id == staff_id),
            effort.work_packages,
        )
    book = new_write_only_book()
    _summary(book, effort)
    if staff_id is None:
        _work_packages(book, effort)
    lines = year_lines(ctx, year, office=office, staff_id=staff_id)
    count = add_table_sheet(
        book,
        "Hours",
        ENTRY_HEADERS,
        (
            (
                line.office_id,
                line.name,
                line.day,
                line.month,
                line.row,
                ROWS.get(line.row, line.row),
                line.hours,
                line.status.label,
                "yes" if line.status == APPROVED else "no",
                line.staff_id,
            )
            for line in lines
        ),
        widths=[8, 28, 12, 9, 16, 40, 8, 18, 9, 38],
        number_formats={6: HOURS_FORMAT},
    )
    try:
        save_workbook(book, Path(path))
    except OSError as exc:
        raise StorageError(describe_os_error(exc, Path(path))) from exc
    return WrittenTimesheets(Path(path), year, len(effort.staff), count)


def _summary(book: Workbook, effort: YearEffort) -> None:
    """Per person: hours and person-months per work package (all stored hours, and the
    declared ones from approved months)."""
    headers = ["Staff member", "Office", "Annual productive hours", "Hours per person-month"]
    for wp in BLUES_ROWS:
        headers += [f"{wp} hours", f"{wp} person-months"]
    headers += [
        "BLUES hours",
        "BLUES person-months",
        "Declared BLUES person-months (approved months)",
        "Other activities hours",
        "Approved months",
    ]
    rows = []
    for person in effort.staff:
        row: list[object] = [
            person.name,
            person.office_id,
            person.annual_productive_hours,
            person_month_hours(person.annual_productive_hours).quantize(Decimal("0.01")),
        ]
        for wp in BLUES_ROWS:
            row += [person.hours.get(wp, Decimal(0)), person.person_months(wp)]
        row += [
            person.blues_hours,
            sum((person.person_months(wp) for wp in BLUES_ROWS), Decimal(0)),
            sum((person.person_months(wp, declared=True) for wp in BLUES_ROWS), Decimal(0)),
            person.hours.get("OTHER", Decimal(0)),
            sum(1 for status in person.months.values() if status == APPROVED),
        ]
        rows.append(row)
    formats = {index: HOURS_FORMAT for index in range(2, len(headers) - 1)}
    add_table_sheet(
        book,
        f"Summary {effort.year}",
        headers,
        rows,
        widths=[28, 8, 12, 12, *[11] * (2 * len(BLUES_ROWS)), 11, 12, 16, 12, 10],
        number_formats=formats,
    )


def _work_packages(book: Workbook, effort: YearEffort) -> None:
    rows = [
        [
            wp.work_package,
            BLUES_ROWS[wp.work_package],
            wp.hours,
            wp.person_months,
            wp.declared_person_months,
            wp.planned_person_months,
            wp.share_of_plan,
        ]
        for wp in effort.work_packages
    ]
    add_table_sheet(
        book,
        "Work packages",
        [
            "Work package",
            "Title",
            "Hours",
            "Person-months",
            "Declared person-months",
            "Planned person-months",
            "Declared % of plan",
        ],
        rows,
        widths=[13, 42, 10, 14, 14, 14, 12],
        number_formats={2: HOURS_FORMAT, 3: HOURS_FORMAT, 4: HOURS_FORMAT, 5: HOURS_FORMAT},
    )
