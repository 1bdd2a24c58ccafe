"""The periodic report pack as a workbook: a Summary sheet, a sheet per KPI area with
each table and its native Excel chart, and the Definitions sheet (how each figure is
counted and what it leaves out). Real numbers and dates; the same figures give the same
bytes (see repeatable.py)."""

from __future__ import annotations

import io
import math
from datetime import UTC, datetime, time
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from blues_desktop import GRANT_NUMBER
from blues_desktop.documents.repeatable import fixed_zip
from blues_desktop.documents.spreadsheets import (
    DATE_FORMAT,
    MONEY_FORMAT,
    cell_value,
    header_style,
)
from blues_desktop.domain.funding import DISCLAIMER, FUNDING_STATEMENT, PROJECT_NAME
from blues_desktop.services.reports.pack import ReportPack
from blues_desktop.services.reports.tables import (
    AREAS,
    Chart,
    ReportTable,
    definition_rows,
    report_tables,
    summary_rows,
)
from blues_desktop.store.atomic import write_bytes_atomic

PM_FORMAT = "0.00"
CHART_COLUMN = "H"


def _header(sheet: Worksheet, row: int, titles: tuple[str, ...]) -> None:
    for column, title in enumerate(titles, start=1):
        cell = sheet.cell(row=row, column=column, value=title)
        cell.font, cell.fill = header_style()


def _put(sheet: Worksheet, row: int, column: int, value: object, money: bool) -> None:
    cell = sheet.cell(row=row, column=column, value=cell_value(value))
    if isinstance(value, Decimal):
        cell.number_format = MONEY_FORMAT if money else PM_FORMAT


def _summary(book: Workbook, pack: ReportPack) -> None:
    sheet = book.active
    assert sheet is not None
    sheet.title = "Summary"
    sheet["A1"] = f"{PROJECT_NAME} periodic report: the partnership's figures"
    sheet["A1"].font = Font(bold=True, size=14)
    facts = (
        ("Grant agreement", f"COSME No {GRANT_NUMBER}"),
        ("Period", pack.window.period.label),
        ("From", pack.window.start),
        ("To", pack.window.end),
        ("Figures as of", pack.window.as_of),
    )
    for offset, (label, value) in enumerate(facts, start=3):
        sheet.cell(row=offset, column=1, value=label).font = header_style()[0]
        cell = sheet.cell(row=offset, column=2, value=value)
        if not isinstance(value, str):
            cell.number_format = DATE_FORMAT
    first = 3 + len(facts) + 1
    _header(sheet, first, ("Area", "Figure", "Value"))
    for row, (area, figure, value) in enumerate(summary_rows(pack), start=first + 1):
        sheet.cell(row=row, column=1, value=area)
        sheet.cell(row=row, column=2, value=figure)
        _put(sheet, row, 3, value, money="EUR" in figure)
    last = first + len(summary_rows(pack)) + 2
    for offset, text in enumerate((FUNDING_STATEMENT, DISCLAIMER)):
        row = last + offset
        cell = sheet.cell(row=row, column=1, value=text)
        # wrapped across the table's width, so the statement prints on the summary's page
        # (a long unwrapped cell runs on over empty pages); a merged cell's height is not
        # worked out by Excel or LibreOffice, so it is given: a line per 70 characters
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.row_dimensions[row].height = 15 * math.ceil(len(text) / 70)
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = 44
    sheet.column_dimensions["C"].width = 14
    sheet.freeze_panes = f"A{first + 1}"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0


def _chart(table: ReportTable, sheet: Worksheet, top: int, bottom: int) -> BarChart | LineChart:
    numbers = len(table.headers) - 1
    chart: BarChart | LineChart = LineChart() if table.chart is Chart.LINE else BarChart()
    if isinstance(chart, BarChart):
        chart.type = "col"
        chart.grouping = "clustered"
    chart.title = table.title
    chart.height, chart.width = 7.5, 16
    data = Reference(sheet, min_col=2, max_col=1 + numbers, min_row=top, max_row=bottom)
    labels = Reference(sheet, min_col=1, min_row=top + 1, max_row=bottom)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(labels)
    if numbers == 1:
        chart.legend = None
    if isinstance(chart, LineChart):
        for series in chart.series:
            series.smooth = False  # monthly counts: straight segments, no invented curves
    return chart


def _print_on_one_page_wide(sheet: Worksheet) -> None:
    """Printed landscape, as wide as one page: a table and its chart stay side by side."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0


def _area_sheet(book: Workbook, area: str, tables: list[ReportTable]) -> None:
    sheet = book.create_sheet(area)
    row = 1
    for table in tables:
        sheet.cell(row=row, column=1, value=table.title).font = Font(bold=True, size=12)
        top = row + 1
        _header(sheet, top, table.headers)
        for offset, values in enumerate(table.rows, start=1):
            for column, value in enumerate(values, start=1):
                _put(sheet, top + offset, column, value, table.money)
        bottom = top + len(table.rows)
        if table.chart is not Chart.NONE and table.rows:
            sheet.add_chart(_chart(table, sheet, top, bottom), f"{CHART_COLUMN}{row}")
        # a chart is 15 rows high: leave room before the next table
        row = max(bottom, row + (16 if table.chart is not Chart.NONE and table.rows else 0)) + 2
    _print_on_one_page_wide(sheet)
    sheet.column_dimensions["A"].width = 44
    for column in range(2, 8):
        sheet.column_dimensions[get_column_letter(column)].width = 16


def _definitions(book: Workbook) -> None:
    sheet = book.create_sheet("Definitions")
    _header(sheet, 1, ("Area", "Figure", "What it counts", "What it leaves out"))
    for row, values in enumerate(definition_rows(), start=2):
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=column, value=value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCD", (12, 34, 70, 50), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"


def render_report_workbook(pack: ReportPack) -> bytes:
    book = Workbook()
    _summary(book, pack)
    tables = report_tables(pack)
    for area in AREAS:
        _area_sheet(book, area, [t for t in tables if t.area == area])
    _definitions(book)
    moment = datetime.combine(pack.window.as_of, time(0), tzinfo=UTC)
    book.properties.creator = "BLUES Desktop"
    book.properties.title = f"{PROJECT_NAME} periodic report, {pack.window.label}"
    book.properties.created = moment.replace(tzinfo=None)
    buffer = io.BytesIO()
    book.save(buffer)
    return fixed_zip(buffer.getvalue(), moment)


def write_report_workbook(pack: ReportPack, path: Path) -> Path:
    write_bytes_atomic(Path(path), render_report_workbook(pack))
    return Path(path)
