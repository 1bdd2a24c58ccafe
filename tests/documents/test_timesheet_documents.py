"""The timesheet PDF and the year's workbook, read back as a user (and an auditor) would:
the totals printed equal the stored hours, the person-months equal hours / 143.33."""

from __future__ import annotations

import io
import re
import subprocess
from datetime import UTC, date, datetime
from decimal import Decimal as D
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from blues_desktop.documents.timesheet_pdf import render_timesheet, write_timesheet_pdf
from blues_desktop.documents.timesheets_workbook import export_year
from blues_desktop.domain.errors import NotFoundError, StorageError
from blues_desktop.domain.timesheets import Month, MonthHours
from blues_desktop.services import timesheets as ts
from blues_desktop.services.context import AppContext
from tests.conftest import require_tool
from tests.services.test_timesheets_services import MARCH, a_clean_march, add_team

PRINTED = datetime(2026, 4, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def filled(ctx: AppContext) -> str:
    _boss, officer = add_team(ctx)
    hours = a_clean_march()
    hours.set(date(2026, 3, 10), "WP1", D("1.25"))
    hours.set(date(2026, 3, 10), "OTHER", D("1.75"))
    hours.set(date(2026, 3, 16), "WP3", D(0))
    hours.set(date(2026, 3, 16), "OTHER", D(0))
    hours.set(date(2026, 3, 16), "SICK", D("7.5"))
    ts.save_month(ctx, officer, hours)
    april = MonthHours(Month(2026, 4), {(date(2026, 4, 6), "WP5"): D("6.75")})
    ts.save_month(ctx, officer, april)
    ts.submit_month(ctx, officer, MARCH)
    ts.approve_month(ctx, officer, MARCH, render_timesheet)
    return officer


def pdf_text(data: bytes) -> tuple[str, PdfReader]:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages), reader


def test_the_pdf_prints_the_stored_hours_with_totals_and_signature_boxes(
    ctx: AppContext, filled: str
) -> None:
    sheet = ts.load_month(ctx, filled, MARCH)
    text, reader = pdf_text(render_timesheet(sheet, PRINTED))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # A4 landscape
    assert "Timesheet March 2026 — Begoña Ibáñez" in text
    assert "grant agreement No 874426" in text and "COSME" in text
    assert "Staff member" in text and "Supervisor (approval)" in text and "Ramón Gil" in text
    assert text.count("Signature") == 2 and text.count("Date") >= 2
    assert "Approved (locked)" in text and sheet.approved_content_sha256 in text
    # every row total printed equals the stored hours of that row
    stored = {row: sheet.hours.row_total(row) for row in ("WP1", "WP3", "OTHER", "SICK")}
    assert stored == {"WP1": D("1.25"), "WP3": D("94.50"), "OTHER": D("61.75"), "SICK": D("7.50")}
    totals = re.findall(r"(\d+\.\d\d)", text)
    for value in stored.values():
        assert f"{value:.2f}" in totals
    assert f"{sheet.hours.worked_hours:.2f}" == "157.50" and "157.50" in totals
    # the work package table: hours and person-months (hours / 143.33)
    assert re.search(r"WP3 ClusterXchange pilot scheme\s+94\.50\s+0\.66", text)
    assert re.search(r"Total BLUES\s+95\.75\s+0\.67", text)


def test_the_pdf_is_written_atomically_and_a_printer_can_render_it(
    ctx: AppContext, filled: str, tmp_path: Path
) -> None:
    out = tmp_path / "ts.pdf"
    written = write_timesheet_pdf(ctx, filled[:8], MARCH, out)
    assert written.hours == D("157.50") and out.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["ts.pdf"]  # no temp files
    pdftoppm = require_tool("pdftoppm")
    subprocess.run([pdftoppm, "-r", "30", "-png", str(out), str(tmp_path / "page")], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 1000
    with pytest.raises(NotFoundError, match="no staff member matches"):
        write_timesheet_pdf(ctx, "nobody", MARCH, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_the_workbook_has_a_row_per_person_day_and_row_and_person_months(
    ctx: AppContext, filled: str, tmp_path: Path
) -> None:
    path = tmp_path / "timesheets-2026.xlsx"
    written = export_year(ctx, path, 2026)
    book = load_workbook(path)
    assert book.sheetnames == ["Summary 2026", "Work packages", "Hours"]
    hours = book["Hours"]
    header = [c.value for c in hours[1]]
    assert header[:7] == ["Office", "Staff member", "Date", "Month", "Row", "Row name", "Hours"]
    rows = list(hours.iter_rows(min_row=2, values_only=True))
    stored = ts.load_month(ctx, filled, MARCH).hours
    assert len(rows) == written.rows == len(stored.cells) + 1  # + the April cell
    march_wp3 = sum(r[6] for r in rows if r[3] == "2026-03" and r[4] == "WP3")
    assert march_wp3 == 94.5 and all(isinstance(r[6], float | int) for r in rows)
    assert isinstance(rows[0][2], datetime) and rows[0][2].date() == date(2026, 3, 2)
    assert {r[8] for r in rows if r[3] == "2026-03"} == {"yes"}
    assert {r[8] for r in rows if r[3] == "2026-04"} == {"no"}
    summary = book["Summary 2026"]
    titles = [c.value for c in summary[1]]
    officer = next(
        r for r in summary.iter_rows(min_row=2, values_only=True) if r[0] == "Begoña Ibáñez"
    )
    for wp in ("WP1", "WP3", "WP5"):
        h = officer[titles.index(f"{wp} hours")]
        pm = officer[titles.index(f"{wp} person-months")]
        assert pm == round(h / 143.33, 2), wp
    assert officer[titles.index("WP5 hours")] == 6.75
    assert officer[titles.index("Approved months")] == 1
    packages = {r[0]: r for r in book["Work packages"].iter_rows(min_row=2, values_only=True)}
    assert packages["WP3"][2] == 94.5 and packages["WP3"][4] == 0.66


def test_the_workbook_of_one_person_and_refused_paths(
    ctx: AppContext, filled: str, tmp_path: Path
) -> None:
    boss = next(s for s in ts.list_staff(ctx) if s.name == "Ramón Gil")
    written = export_year(ctx, tmp_path / "boss.xlsx", 2026, staff_key=boss.id)
    assert written.rows == 0 and written.staff == 1
    book = load_workbook(tmp_path / "boss.xlsx")
    assert book.sheetnames == ["Summary 2026", "Hours"]
    with pytest.raises(StorageError, match="cannot write|No such"):
        export_year(ctx, tmp_path / "missing" / "folder" / "x.xlsx", 2026)


def test_libreoffice_opens_the_workbook(ctx: AppContext, filled: str, tmp_path: Path) -> None:
    soffice = require_tool("soffice")
    path = export_year(ctx, tmp_path / "year.xlsx", 2026).path
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",  # 76: UTF-8
            "--outdir",
            str(tmp_path / "csv"),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    text = (tmp_path / "csv" / "year.csv").read_text(encoding="utf-8")
    # the first sheet, the summary, as LibreOffice computed and shows it
    assert "Begoña Ibáñez,ZIN,1720.00,143.33,1.25,0.01,0.00,0.00,94.50,0.66" in text
