"""The attendance sheet to sign (events on site) and the online attendance record.

Every page carries the event line and the column headings (the table's repeated
rows), a QR code with the event id and page number in the top-right corner (so a
scanned page finds its event), and the shared footer (funding statement, grant
number, page x of y). The first page adds the logo area, the event's details and
the GDPR notice. Cells are plain strings, wrapped into lines here when too wide
for their column (Paragraphs would do it too, at several times the cost).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, TableStyle

from blues_desktop.documents.catalogue import Catalogue, catalogue
from blues_desktop.documents.events_qr import QrPainter, qr_matrix, qr_payload
from blues_desktop.documents.fonts import FONT, register_fonts
from blues_desktop.documents.pdf import MARGIN, PageSetup, Table, render_pdf, styles, write_pdf
from blues_desktop.domain.countries import is_known
from blues_desktop.domain.errors import StorageError, ValidationError
from blues_desktop.domain.events import EVENT_TYPES
from blues_desktop.domain.funding import FUNDING_STATEMENT, PROJECT_NAME, PROJECT_TITLE
from blues_desktop.domain.labels import language_label
from blues_desktop.domain.offices import office_info
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services.context import AppContext
from blues_desktop.services.events.queries import DayInfo, EventDetail, event_detail
from blues_desktop.store.atomic import describe_os_error

BOTTOM_MARGIN = 18 * mm  # as render_pdf lays out the page, above the footer
QR_SIZE = 15 * mm
HEADER_ROW_HEIGHT = QR_SIZE + 2 * mm
SIGNATURE_ROW_HEIGHT = 12 * mm  # tall enough to sign in a box on paper
MIN_SIGNATURE_WIDTH = 22 * mm
CELL_FONT_SIZE = 8.5
CELL_LEADING = 10.5
CELL_PADDING = 3
DEFAULT_BLANK_ROWS = 10
_AFTER_HYPHEN = re.compile(r"(?<=-)")


@dataclass(frozen=True, slots=True)
class SheetOptions:
    blank_rows: int = DEFAULT_BLANK_ROWS
    landscape: bool = False


@dataclass
class RenderedSheet:
    data: bytes
    pages: int
    # The QR payloads drawn, page by page (for checks without a QR decoder).
    qr_payloads: list[str] = field(default_factory=list)
    online: bool = False


def _day_label(day: DayInfo, index: int, t: Catalogue) -> str:
    label = t("day_label", index=index, date=t.day_short(day.day))
    if day.start_time and day.end_time:
        label += f"\n{day.start_time:%H:%M}–{day.end_time:%H:%M}"
    return label


def _dates(detail: EventDetail, t: Catalogue) -> str:
    if detail.start_date == detail.end_date:
        return t.long_date(detail.start_date)
    return t("date_range", start=t.long_date(detail.start_date), end=t.long_date(detail.end_date))


def _country(code: str | None, t: Catalogue) -> str:
    return t.country(code) if code and is_known(code) else (code or "")


def _event_line(detail: EventDetail, what: str, t: Catalogue) -> str:
    place = (
        t("online")
        if detail.is_online
        else ", ".join(p for p in (detail.venue, detail.city, _country(detail.country, t)) if p)
    )
    return (
        f"<b>{escape(detail.title)}</b><br/>{escape(_dates(detail, t))} · {escape(place)} · "
        f"{escape(what)} · {escape(detail.work_package)}"
    )


@cache
def _char_width(char: str) -> float:
    register_fonts()  # once per character: the cache answers after that
    return stringWidth(char, FONT, CELL_FONT_SIZE)


def _width(text: str) -> float:
    # Summed per character from a cache: several times faster than measuring each
    # string anew, and the same figure (the cell font has no kerning).
    return sum(map(_char_width, text))


def _break_word(word: str, width: float) -> list[str]:
    """A word wider than the column (an e-mail address) cut into pieces that fit."""
    pieces, current, used = [], "", 0.0
    for char in word:
        step = _char_width(char)
        if current and used + step > width:
            pieces.append(current)
            current, used = char, step
        else:
            current, used = current + char, used + step
    return [*pieces, current] if current else pieces


def _pieces(text: str) -> list[tuple[str, str]]:
    """(separator, piece) pairs: words, and double names cut after their hyphen, so
    "Łukasiewicz-Núñez" may wrap as "Łukasiewicz-" / "Núñez"."""
    pieces: list[tuple[str, str]] = []
    for word in text.split():
        for index, part in enumerate(_AFTER_HYPHEN.split(word)):
            if part:
                pieces.append((" " if index == 0 else "", part))
    return pieces


def wrap_text(text: str, width: float) -> list[str]:
    """Lines of `text` that fit `width`, broken between words or after a hyphen (inside
    a word only when a piece alone is too wide)."""
    lines: list[str] = []
    current = ""
    for separator, piece in _pieces(text):
        candidate = f"{current}{separator}{piece}" if current else piece
        if _width(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        if _width(piece) <= width:
            current = piece
        else:
            *whole, current = _break_word(piece, width)
            lines.extend(whole)
    if current:
        lines.append(current)
    return lines or [""]


def _cell(text: str, width: float) -> tuple[str, float]:
    """The cell text (lines joined by newlines, which a Table prints as lines) and the
    height it needs. Plain strings instead of Paragraphs keep 2,000 rows fast."""
    inner = width - 2 * CELL_PADDING
    if _width(text) <= inner:
        return text, 0.0
    lines = wrap_text(text, inner)
    return "\n".join(lines), len(lines) * CELL_LEADING + 2 * CELL_PADDING


def _column_widths(page_width: float, days: int) -> list[float]:
    """No., name, organisation, country, e-mail, then one signature column per day."""
    usable = page_width - 2 * MARGIN
    number, country = 9 * mm, 16 * mm
    signature = max(MIN_SIGNATURE_WIDTH, (usable - number) * 0.34 / max(days, 1))
    rest = usable - number - country - signature * days
    name, organisation, email = (rest * share for share in (0.34, 0.33, 0.33))
    return [number, name, organisation, country, email, *([signature] * days)]


TABLE_STYLE = TableStyle(
    [
        ("FONT", (0, 0), (-1, -1), FONT, CELL_FONT_SIZE, CELL_LEADING),
        # The event line spans all but the last column: the QR code sits above that one.
        ("SPAN", (0, 0), (-2, 0)),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 1), (-1, -1), CELL_PADDING),
        ("BOTTOMPADDING", (0, 1), (-1, -1), CELL_PADDING),
        ("GRID", (0, 1), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 1), (-1, 1), colors.Color(0.9, 0.9, 0.9)),
        ("ALIGN", (0, 2), (0, -1), "RIGHT"),
    ]
)
# Frame padding (6 pt top and bottom) and a little slack for rounding.
FRAME_SLACK = 12 + 4


@dataclass
class _Grid:
    """The participant table before it is cut into pages."""

    widths: list[float]
    header: Callable[[], list[list[object]]]
    header_heights: list[float]
    rows: list[list[object]]
    heights: list[float]


def _grid(
    detail: EventDetail, setup: PageSetup, options: SheetOptions, t: Catalogue, *, online: bool
) -> _Grid:
    days = list(detail.days)
    widths = _column_widths(setup.size[0], len(days))
    heading_style = styles()["CellBold"]
    # Day headings are small, so that "09:00–17:00" fits the narrowest signature column.
    day_style = ParagraphStyle("DayHeading", parent=heading_style, fontSize=7, leading=8.5)
    what = t("online_title" if online else "sheet_title")
    day_title = t("col_joined" if online else "col_signature")
    columns = ("col_no", "col_name", "col_organisation", "col_country", "col_email")

    def headings() -> list[Paragraph]:
        return [Paragraph(escape(t(key)), heading_style) for key in columns] + [
            Paragraph(
                escape(f"{day_title}\n{_day_label(d, i, t)}").replace("\n", "<br/>"), day_style
            )
            for i, d in enumerate(days, start=1)
        ]

    def header() -> list[list[object]]:
        """Fresh header rows for each page's table (flowables are not shared)."""
        event_cell = Paragraph(_event_line(detail, what, t), styles()["Cell"])
        return [[event_cell] + [""] * (len(widths) - 1), list(headings())]

    heading_height = (
        max(
            p.wrap(w - 2 * CELL_PADDING, 10_000)[1] for p, w in zip(headings(), widths, strict=True)
        )
        + 2 * CELL_PADDING
    )
    rows: list[list[object]] = []
    heights: list[float] = []
    row_height = 7 * mm if online else SIGNATURE_ROW_HEIGHT
    for number, person in enumerate(detail.participants, start=1):
        row: list[object] = [str(number)]
        height = row_height
        for text, width in zip(
            (person.name, person.organisation, person.country, person.email),
            widths[1:5],
            strict=True,
        ):
            cell, needed = _cell(text, width)
            row.append(cell)
            height = max(height, needed)
        if online:
            row += [
                _joined(person.present.get(d.id), person.joined_at.get(d.id), t) for d in days
            ]
        else:
            row += [""] * len(days)
        rows.append(row)
        heights.append(height)
    if not online:
        first_blank = len(detail.participants) + 1
        for number in range(first_blank, first_blank + options.blank_rows):
            blank: list[object] = [str(number)]
            rows.append(blank + [""] * (len(widths) - 1))
            heights.append(row_height)
    return _Grid(widths, header, [HEADER_ROW_HEIGHT, heading_height], rows, heights)


def _page_tables(grid: _Grid, first_page_room: float, page_room: float) -> list[Flowable]:
    """One table per page, each with the header rows: row heights are known, so the
    pages are cut here in one pass (letting platypus split one 2,000-row table re-lays
    the rest of it on every page). Each table keeps repeatRows, so a wrong guess
    still splits safely."""
    tables: list[Flowable] = []
    header_height = sum(grid.header_heights)
    room = first_page_room
    start = 0
    while start < len(grid.rows) or not tables:
        used, end = header_height, start
        while end < len(grid.rows) and used + grid.heights[end] <= room:
            used += grid.heights[end]
            end += 1
        if end == start and start < len(grid.rows) and room < page_room:
            room = page_room  # not even one row fits under the first page's details
            tables.append(PageBreak())
            continue
        end = max(end, min(start + 1, len(grid.rows)))
        table = Table(
            grid.header() + grid.rows[start:end],
            colWidths=grid.widths,
            rowHeights=grid.header_heights + grid.heights[start:end],
            repeatRows=2,
        )
        table.setStyle(TABLE_STYLE)
        tables.append(table)
        start, room = end, page_room
    return tables


def _joined(present: bool | None, joined_at: str | None, t: Catalogue) -> str:
    if present is None:
        return ""
    if not present:
        return t("absent")
    return joined_at or t("present")


def _intro(detail: EventDetail, online: bool, page_width: float, t: Catalogue) -> list[Flowable]:
    sheet = styles()
    usable = page_width - 2 * MARGIN
    logo = Paragraph(
        f"<b>{PROJECT_NAME}</b><br/>{escape(t('cofunded'))}",
        sheet["Small"],
    )
    title = escape(t("online_title" if online else "sheet_title"))
    heading = Paragraph(
        f"<font size=14><b>{title}</b></font><br/>{escape(detail.title)}", sheet["Body"]
    )
    top = Table(
        [[logo, heading, ""]],
        colWidths=[45 * mm, usable - 45 * mm - QR_SIZE - 3 * mm, QR_SIZE + 3 * mm],
        rowHeights=[HEADER_ROW_HEIGHT],
    )
    top.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (0, 0), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (1, 0), (1, 0), 4 * mm),
            ]
        )
    )
    office = office_info(detail.office_id)
    event_type = t.label(
        "event_types", detail.event_type, EVENT_TYPES.get(detail.event_type, detail.event_type)
    )
    place = ", ".join(p for p in (detail.venue, detail.city, _country(detail.country, t)) if p)
    organisers = (
        t("organised_with", office=office.name, others=detail.co_organisers)
        if detail.co_organisers
        else office.name
    )
    lines = [
        (t("type"), f"{event_type} · {detail.work_package}"),
        (t("dates"), _dates(detail, t)),
        (t("place"), t("place_online", url=detail.online_url or "") if detail.is_online else place),
        (t("organised_by"), organisers),
    ]
    if detail.language:
        lines.append((t("language"), language_label(detail.language)))
    details = Paragraph(
        "<br/>".join(f"<b>{escape(k)}:</b> {escape(v)}" for k, v in lines), sheet["Body"]
    )
    # The EU's funding statement keeps its English wording in every language.
    funding = Paragraph(f"{escape(FUNDING_STATEMENT)} {escape(PROJECT_TITLE)}.", sheet["Small"])
    gdpr = Paragraph(
        escape(t("gdpr_online" if online else "gdpr_sheet", office=office.name)), sheet["Small"]
    )
    return [
        top,
        Spacer(1, 2 * mm),
        details,
        Spacer(1, 2 * mm),
        funding,
        Spacer(1, 1.5 * mm),
        gdpr,
        Spacer(1, 3 * mm),
    ]


def render_attendance(
    detail: EventDetail,
    printed_at: datetime,
    options: SheetOptions | None = None,
    language: str | None = None,
) -> RenderedSheet:
    """The sheet to sign (on site) or the online attendance record (online events), in
    `language`, by default the event's language where the app has a translation for
    it, English otherwise (documents/catalogue.py)."""
    options = options or SheetOptions()
    online = detail.is_online
    t = catalogue(language if language is not None else detail.language)
    what = t("online_title" if online else "sheet_title")
    setup = PageSetup(
        landscape=options.landscape,
        title=t("document_title", what=what, title=detail.title),
        reference=t("event_reference", id=detail.id[:8]),
        language=t.language,
    )
    painter = QrPainter(detail.id, setup, size=QR_SIZE)
    intro = _intro(detail, online, setup.size[0], t)
    width, height = setup.size
    page_room = height - MARGIN - BOTTOM_MARGIN - FRAME_SLACK
    intro_height = sum(f.wrap(width - 2 * MARGIN, page_room)[1] for f in intro)
    grid = _grid(detail, setup, options, t, online=online)
    flowables = [*intro, *_page_tables(grid, page_room - intro_height, page_room)]
    if online:
        flowables.append(Spacer(1, 3 * mm))
        flowables.append(Paragraph(escape(_online_summary(detail, t)), styles()["Body"]))
    data = render_pdf(
        flowables,
        setup,
        printed_at,
        on_page=painter,
    )
    return RenderedSheet(data, len(painter.drawn), painter.drawn, online)


def _online_summary(detail: EventDetail, t: Catalogue) -> str:
    parts = []
    for index, day in enumerate(detail.days, start=1):
        came = sum(1 for p in detail.participants if p.present.get(day.id))
        parts.append(
            t(
                "connected_day",
                index=index,
                date=t.long_date(day.day),
                came=came,
                total=len(detail.participants),
            )
        )
    return t("connected", days="; ".join(parts))


MAX_BLANK_ROWS = 500


@dataclass(frozen=True, slots=True)
class WrittenSheet:
    path: Path
    pages: int
    participants: int
    online: bool


def write_attendance_sheet(
    ctx: AppContext, event_id: str, path: Path, options: SheetOptions | None = None
) -> WrittenSheet:
    """Render the event's sheet (or online record) and write it atomically to `path`."""
    options = options or SheetOptions()
    if not 0 <= options.blank_rows <= MAX_BLANK_ROWS:
        report = ValidationReport()
        report.error(
            "blank_rows", f"blank rows must be 0 to {MAX_BLANK_ROWS}, not {options.blank_rows}"
        )
        raise ValidationError(report)
    detail = event_detail(ctx, event_id)
    rendered = render_attendance(detail, ctx.now(), options)
    try:
        write_pdf(Path(path), rendered.data)
    except OSError as exc:
        raise StorageError(describe_os_error(exc, Path(path))) from exc
    return WrittenSheet(Path(path), rendered.pages, len(detail.participants), rendered.online)


__all__ = [
    "qr_matrix",
    "WrittenSheet",
    "write_attendance_sheet",
    "DEFAULT_BLANK_ROWS",
    "RenderedSheet",
    "SheetOptions",
    "qr_payload",
    "render_attendance",
]
