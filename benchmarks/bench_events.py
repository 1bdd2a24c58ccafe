"""Events: the attendance sheet of an event with 2,000 registrations over 3 days, against a
bare reportlab platypus Table of the same rows rendered in the same run.

Run: python -m benchmarks.bench_events [--quick]
"""

from __future__ import annotations

import io
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle
from sqlalchemy import insert

from benchmarks.common import Figure, best_of, print_table, ratio_target, scratch_dir
from blues_desktop.documents.attendance_sheet import (
    SheetOptions,
    render_attendance,
    write_attendance_sheet,
)
from blues_desktop.documents.fonts import FONT, register_fonts
from blues_desktop.documents.pdf import MARGIN
from blues_desktop.domain.events import EventDraft
from blues_desktop.services import events as ev
from blues_desktop.services import records
from blues_desktop.services.context import AppContext, open_installation
from blues_desktop.services.events.queries import EventDetail
from blues_desktop.services.setup import initialise
from blues_desktop.store.models import Organisation, Person, Registration, new_id

PRINTED = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
FIRST = ("Zofia", "Jörg", "Núria", "Ondřej", "Élodie", "Łukasz", "María José", "Алексей")
LAST = ("Kowalczyk", "Köhler", "Puig i Ferrer", "Dvořák", "Lefèvre-Martin", "Wiśniewski")


def _event_with_registrations(ctx: AppContext, count: int) -> str:
    """An event over 3 days with `count` registered persons (inserted in bulk)."""
    event_id = ev.save_event(
        ctx,
        EventDraft(
            "BLUES matchmaking days",
            "matchmaking",
            "WP2",
            date(2026, 6, 2),
            date(2026, 6, 4),
            venue="Etopia",
            city="Zaragoza",
            country="ES",
        ),
    ).event_id
    now = ctx.now()
    with ctx.transaction() as session:
        org = records.create(
            session,
            ctx,
            Organisation(
                legal_name="Riegos Tecnológicos del Ebro S.L.",
                org_type="sme",
                country="ES",
                name_key="riegos tecnologicos del ebro",
            ),
        )
        first = records.take_revisions(session, ctx.office_code, 2 * count)
        sync = {"office_id": ctx.office_code, "created_at": now, "updated_at": now}
        persons, registrations = [], []
        for n in range(count):
            person_id = new_id()
            persons.append(
                {
                    **sync,
                    "revision": first + n,
                    "id": person_id,
                    "first_name": FIRST[n % len(FIRST)],
                    "last_name": f"{LAST[n % len(LAST)]} {n}",
                    "email": f"person{n}@example.eu",
                    "organisation_id": org.id,
                    "country": "ES",
                    "do_not_contact": False,
                }
            )
            registrations.append(
                {
                    **sync,
                    "revision": first + count + n,
                    "id": new_id(),
                    "event_id": event_id,
                    "person_id": person_id,
                    "registered_on": date(2026, 5, 1) - timedelta(days=n % 30),
                    "walk_in": False,
                    "position": n + 1,
                }
            )
        session.execute(insert(Person), persons)
        session.execute(insert(Registration), registrations)
    return event_id


def _bare_table(detail: EventDetail, landscape_widths: list[float]) -> int:
    """The same rows as plain strings in a plain platypus Table: the baseline."""
    register_fonts()
    rows = [["No.", "Name", "Organisation", "Country", "E-mail", "Day 1", "Day 2", "Day 3"]]
    rows += [
        [str(i), p.name, p.organisation, p.country, p.email, "", "", ""]
        for i, p in enumerate(detail.participants, start=1)
    ]
    table = Table(rows, colWidths=landscape_widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8.5),
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 18),  # rows about as tall as signature rows
            ]
        )
    )
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN)
    document.build([table])
    return len(buffer.getvalue())


def collect(quick: bool) -> list[Figure]:
    count = 500 if quick else 2_000
    folder = scratch_dir("events")
    installation = open_installation(folder / "data")
    try:
        initialise(installation, "ZIN", "Benchmark")
        ctx = installation.context()
        event_id = _event_with_registrations(ctx, count)
        detail = ev.event_detail(ctx, event_id)
        runs = 1 if quick else 3
        rendered = render_attendance(detail, PRINTED, SheetOptions(blank_rows=10))
        render_s = best_of(
            runs, lambda: render_attendance(detail, PRINTED, SheetOptions(blank_rows=10))
        )
        out = Path(folder / "sheet.pdf")
        full_s = best_of(runs, lambda: write_attendance_sheet(ctx, event_id, out))
        widths = [9 * mm, 40 * mm, 35 * mm, 16 * mm, 35 * mm, 15 * mm, 15 * mm, 15 * mm]
        bare_s = best_of(runs, lambda: _bare_table(detail, widths))
    finally:
        installation.close()
    return [
        Figure(
            f"attendance sheet, {count:,} registrations × 3 days (render)",
            render_s,
            "s",
            baseline=bare_s,
            target="≤ 2x baseline",
            ok=ratio_target(render_s, bare_s, 2.0),
            note=f"{rendered.pages} pages, {len(rendered.data) / 1e6:.1f} MB; baseline: bare "
            "platypus Table of the same rows (plain strings, grid, repeated header)",
        ),
        Figure(
            f"attendance sheet, {count:,} registrations (database read + render + write)",
            full_s,
            "s",
            baseline=bare_s,
            target="",
            note="what `blues events attendance-sheet` does after start-up",
        ),
    ]


if __name__ == "__main__":
    print_table(collect("--quick" in sys.argv))
