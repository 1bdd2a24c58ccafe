"""Timesheets: the year's workbook of an office of 40 staff (about 40 × 230 days × 3 rows),
against openpyxl's write-only mode writing the same rows in the same run; and opening a
month's grid (read, checks, model, painted view).

Run: python -m benchmarks.bench_timesheets [--quick]
"""

from __future__ import annotations

import os
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import insert

from benchmarks.common import Figure, best_of, print_table, ratio_target, scratch_dir, stopwatch
from blues_desktop.documents.timesheets_workbook import ENTRY_HEADERS, export_year
from blues_desktop.domain.timesheets import APPROVED, DRAFT, ROWS, Month, is_weekend
from blues_desktop.services import records
from blues_desktop.services import timesheets as ts
from blues_desktop.services.context import AppContext, open_installation
from blues_desktop.services.setup import initialise
from blues_desktop.services.warmup import warm_up_pages
from blues_desktop.store.models import Person, StaffMember, TimesheetEntry, TimesheetMonth, new_id

YEAR = 2026
ROWS_OF_A_DAY = (("WP3", Decimal("3.5")), ("WP5", Decimal("1.5")), ("OTHER", Decimal("2.5")))


def _office_with_staff(ctx: AppContext, staff_count: int) -> list[str]:
    """`staff_count` staff with a working year each: 3 rows on every working day."""
    now = ctx.now()
    sync = {"office_id": ctx.office_code, "created_at": now, "updated_at": now, "deleted_at": None}
    days = [
        date(YEAR, 1, 1) + timedelta(days=n)
        for n in range(365)
        if not is_weekend(date(YEAR, 1, 1) + timedelta(days=n))
    ][:230]
    staff_ids: list[str] = []
    with ctx.transaction() as session:
        rev = records.take_revisions(session, ctx.office_code, 2 * staff_count)
        persons, staff = [], []
        for n in range(staff_count):
            person_id, staff_id = new_id(), new_id()
            staff_ids.append(staff_id)
            persons.append(
                {**sync, "revision": rev + n, "id": person_id, "first_name": "Zofia",
                 "last_name": f"Wiśniewska-Núñez {n}", "do_not_contact": False}
            )  # fmt: skip
            staff.append(
                {**sync, "revision": rev + staff_count + n, "id": staff_id,
                 "person_id": person_id, "role": "Project officer",
                 "employment_start": date(2020, 1, 1), "weekly_hours": Decimal(40),
                 "annual_productive_hours": Decimal(1720)}
            )  # fmt: skip
        session.execute(insert(Person), persons)
        session.execute(insert(StaffMember), staff)
        entries = [
            (staff_id, day, row, hours)
            for staff_id in staff_ids
            for day in days
            for row, hours in ROWS_OF_A_DAY
        ]
        first = records.take_revisions(session, ctx.office_code, len(entries))
        for start in range(0, len(entries), 20_000):
            session.execute(
                insert(TimesheetEntry),
                [
                    {**sync, "revision": first + start + i, "id": new_id(), "staff_id": s,
                     "day": d, "category": r, "hours": h}
                    for i, (s, d, r, h) in enumerate(entries[start : start + 20_000])
                ],
            )  # fmt: skip
        months = [(s, Month(YEAR, m)) for s in staff_ids for m in range(1, 13)]
        first = records.take_revisions(session, ctx.office_code, len(months))
        session.execute(
            insert(TimesheetMonth),
            [
                {**sync, "revision": first + i, "id": new_id(), "staff_id": s, "month": str(m),
                 "status": APPROVED if m.month < 11 else DRAFT}
                for i, (s, m) in enumerate(months)
            ],
        )  # fmt: skip
    return staff_ids


def _bare_rows(ctx: AppContext) -> list[tuple[object, ...]]:
    """The same rows as plain Python values, read before the clock starts."""
    return [
        (
            line.office_id,
            line.name,
            line.day,
            line.month,
            line.row,
            ROWS[line.row],
            float(line.hours),
            line.status,
            "yes" if line.status == APPROVED else "no",
            line.staff_id,
        )  # fmt: skip
        for line in ts.year_lines(ctx, YEAR)
    ]


def _bare_write(rows: list[tuple[object, ...]], path: Path) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Hours")
    sheet.append(list(ENTRY_HEADERS))
    for row in rows:
        sheet.append(list(row))
    book.save(path)


def export_figures(ctx: AppContext, folder: Path, staff: int, quick: bool) -> list[Figure]:
    runs = 1 if quick else 3
    rows = _bare_rows(ctx)
    out = folder / "year.xlsx"
    written = export_year(ctx, out, YEAR)
    seconds = best_of(runs, lambda: export_year(ctx, out, YEAR))
    bare = best_of(runs, lambda: _bare_write(rows, folder / "bare.xlsx"))
    return [
        Figure(
            f"timesheets workbook of a year, {staff} staff ({written.rows:,} rows)",
            seconds,
            "s",
            baseline=bare,
            target="≤ 2x baseline",
            ok=ratio_target(seconds, bare, 2.0),
            note="database read, summary and work package sheets, formats included; "
            "baseline: openpyxl write-only mode writing the same rows, already in memory, "
            f"as plain values ({out.stat().st_size / 1e6:.1f} MB)",
        )
    ]


def grid_figures(ctx: AppContext, staff_id: str, staff: int) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from blues_desktop.ui.timesheets.grid_model import MonthGridModel
    from blues_desktop.ui.timesheets.grid_view import MonthGridView

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    model = MonthGridModel()
    view = MonthGridView()
    view.setModel(model)
    view.resize(1200, 400)
    view.show()
    view.grab()  # in the app the window is painted before a page opens: fonts are warm
    with stopwatch() as elapsed:
        warm_up_pages(ctx)  # what the app does in the background after start-up
    warm_up_ms = elapsed() * 1000
    timings = []
    parts = []
    for month in (3, 4, 5, 6, 7):
        with stopwatch() as elapsed:
            sheet = ts.load_month(ctx, staff_id, Month(YEAR, month))
            read = elapsed()
            model.load(sheet)
            view.fit_height()
            view.grab()  # lay out and paint every visible cell
        timings.append(elapsed())
        parts.append((read * 1000, (elapsed() - read) * 1000))
    best, worst = min(timings) * 1000, max(timings) * 1000
    return [
        Figure(
            f"open a month's grid ({len(sheet.hours.cells)} cells, {staff} staff in the office)",
            worst,
            "ms",
            target="< 150 ms",
            ok=worst < 150,
            note=f"slowest of 5 months (best {best:.0f} ms); the first: read, calendar, checks "
            f"{parts[0][0]:.0f} ms, model reset and painted view {parts[0][1]:.0f} ms; after the "
            f"start-up warm-up the app runs in the background ({warm_up_ms:.0f} ms: the "
            "country's holiday calendar and the month queries)",
        )
    ]


def collect(quick: bool) -> list[Figure]:
    staff = 10 if quick else 40
    folder = scratch_dir("timesheets")
    installation = open_installation(folder / "data")
    try:
        initialise(installation, "AQV", "Benchmark")
        ctx = installation.context()
        staff_ids = _office_with_staff(ctx, staff)
        figures = export_figures(ctx, folder, staff, quick)
        figures += grid_figures(ctx, staff_ids[0], staff)
    finally:
        installation.close()
    return figures


if __name__ == "__main__":
    print_table(collect("--quick" in sys.argv))
