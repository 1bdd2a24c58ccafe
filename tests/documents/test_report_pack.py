"""The periodic report pack as a reader checks it: the workbook's cells, charts and
Definitions; the PDF's text, fonts and pages; the same bytes for the same figures; and
the `blues report` commands with their messages."""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

from openpyxl import load_workbook

from blues_desktop.documents.report_pdf import render_report_pdf
from blues_desktop.documents.report_workbook import render_report_workbook
from blues_desktop.domain.funding import DISCLAIMER, EMBLEM_TEXT, FUNDING_STATEMENT
from blues_desktop.services.context import AppContext
from blues_desktop.services.reports.definitions import DEFINITIONS
from blues_desktop.services.reports.pack import report_pack
from tests.conftest import CliResult, require_tool
from tests.services.test_exchanges_workflow import pin_clock
from tests.services.test_reports import P1_JUNE, coordinator

__all__ = ["coordinator"]  # the data set of the figures' tests, built once
JUNE = date(2026, 6, 30)


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_the_workbook_holds_the_figures_charts_and_definitions(
    coordinator: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "pack.xlsx"
    path.write_bytes(render_report_workbook(report_pack(coordinator, "P1", JUNE)))
    book = load_workbook(path)
    assert book.sheetnames == ["Summary", "Exchanges", "Members", "Events", "Effort",
                               "Definitions"]  # fmt: skip
    summary = book["Summary"]
    assert summary["B4"].value == "Period 1 (2026-01-01 to 2026-06-30)"
    assert summary["B7"].value == datetime(2026, 6, 30)  # a real date, not text
    figures = {row[1]: row[2] for row in summary.iter_rows(min_row=10, max_col=3, values_only=True)
               if row[1]}  # fmt: skip
    for definition in DEFINITIONS:  # the same values the figures' test worked out by hand
        assert figures[definition.figure] == float(P1_JUNE[definition.key]), definition.key
    assert isinstance(figures["Lump sums paid (EUR)"], int | float)
    definitions = list(book["Definitions"].iter_rows(min_row=2, values_only=True))
    assert definitions == [(d.area, d.figure, d.counts, d.excludes) for d in DEFINITIONS]
    for area in ("Exchanges", "Members", "Events", "Effort"):
        assert book[area]._charts, f"no chart on {area}"  # native Excel charts
    exchanges = [row for row in book["Exchanges"].iter_rows(values_only=True) if any(row)]
    assert ("Spain → Poland", 1) in [row[:2] for row in exchanges]


def test_the_pdf_says_who_funds_it_and_embeds_its_fonts(
    coordinator: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "pack.pdf"
    path.write_bytes(render_report_pdf(report_pack(coordinator, "P1", JUNE)))
    text = subprocess.run([require_tool("pdftotext"), "-layout", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout  # fmt: skip
    pages = text.split("\f")[:-1]
    words = _words(text)
    assert EMBLEM_TEXT in _words(pages[0]) and "grant agreement No 874426" in words
    assert _words(FUNDING_STATEMENT) in _words(pages[0]) and DISCLAIMER[:60] in words
    assert f"Page 1 of {len(pages)}" in pages[0] and len(pages) >= 5
    assert all(FUNDING_STATEMENT[:40] in page for page in pages)  # every page's footer
    assert "Exchanges held (toward the target of 50)" in words
    for definition in DEFINITIONS:
        assert definition.figure in words
    fonts = subprocess.run([require_tool("pdffonts"), str(path)], capture_output=True,
                           text=True, check=True).stdout.splitlines()[2:]  # fmt: skip
    assert fonts and all(" yes yes yes " in line for line in fonts), fonts
    # the charts and the emblem are vector drawings: no pictures in the file
    images = subprocess.run([require_tool("pdfimages"), "-list", str(path)],
                            capture_output=True, text=True, check=True).stdout  # fmt: skip
    assert len(images.splitlines()) == 2  # the header lines only


def test_the_same_figures_give_the_same_bytes(coordinator: AppContext) -> None:
    pin_clock(coordinator, datetime(2026, 7, 1, 8, tzinfo=UTC))
    first = (render_report_workbook(report_pack(coordinator, "P1", JUNE)),
             render_report_pdf(report_pack(coordinator, "P1", JUNE)))  # fmt: skip
    pin_clock(coordinator, datetime(2026, 11, 30, 17, 45, tzinfo=UTC))
    again = (render_report_workbook(report_pack(coordinator, "P1", JUNE)),
             render_report_pdf(report_pack(coordinator, "P1", JUNE)))  # fmt: skip
    assert again == first
    other_day = render_report_workbook(report_pack(coordinator, "P1", date(2026, 4, 19)))
    assert other_day != first[0]


def test_report_commands_write_the_pack_and_explain_refusals(
    coordinator: AppContext, tmp_path: Path, run_cli  # type: ignore[no-untyped-def]
) -> None:
    root = str(coordinator.paths.root)
    out = tmp_path / "pack.xlsx"
    done: CliResult = run_cli("--data-dir", root, "report", "kpi", "--period", "P1",
                              "--as-of", "2026-06-30", "--out", str(out))  # fmt: skip
    assert done.code == 0, done
    assert "exchanges held 1 of 50; members 8" in done.out
    assert out.read_bytes() == render_report_workbook(report_pack(coordinator, "P1", JUNE))
    pdf = run_cli("--data-dir", root, "report", "pdf", "--as-of", "2026-06-30",
                  "--out", str(tmp_path / "pack.pdf"))  # fmt: skip
    assert pdf.code == 0 and (tmp_path / "pack.pdf").read_bytes().startswith(b"%PDF")
    unknown = run_cli("--data-dir", root, "report", "kpi", "--period", "P3", "--out", str(out))
    assert unknown.code == 1
    assert "there is no reporting period 'P3'; the periods are all" in unknown.err
    bad_date = run_cli("--data-dir", root, "report", "pdf", "--as-of", "30/06/2026",
                       "--out", str(out))  # fmt: skip
    assert bad_date.code == 2 and "'30/06/2026' is not a date; write YYYY-MM-DD" in bad_date.err
    nowhere = run_cli("--data-dir", root, "report", "kpi", "--out", str(tmp_path / "no" / "x.xlsx"))
    assert nowhere.code == 1 and "the folder does not exist" in nowhere.err
    fresh = run_cli("--data-dir", root, "report", "freshness", "--days", "10")
    assert fresh.code == 0
    assert "NPG Nanoprogress" in fresh.out and "WARNING: no data from this office" in fresh.out
