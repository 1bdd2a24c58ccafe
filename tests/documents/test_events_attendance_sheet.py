"""The attendance sheet and the online record, read back as a user would."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime, time

import pytest
from pypdf import PdfReader

from blues_desktop.documents.attendance_sheet import (
    SheetOptions,
    qr_matrix,
    qr_payload,
    render_attendance,
)
from blues_desktop.services.events.queries import DayInfo, EventDetail, Participant

PRINTED = datetime(2026, 5, 1, 8, 30, tzinfo=UTC)
EVENT_ID = "3f2a9c1e-0b7d-4e51-9a11-5c0d2e7f8a90"
LONG_NAME = "Maria Concepción Bartholomäus-Wiśniewska de la Santísima Trinidad y Łukasiewicz"


def _detail(count: int, *, online: bool = False, days: int = 3) -> EventDetail:
    day_infos = tuple(
        DayInfo(f"day-{i}", date(2026, 5, 12 + i), time(9), time(17)) for i in range(days)
    )
    participants = tuple(
        Participant(
            registration_id=f"reg-{n}",
            person_id=f"person-{n}",
            position=n,
            name=LONG_NAME if n == 2 else f"Zofia Kowalczyk {n:04d}",
            organisation="Mazovia ICT Cluster",
            country="PL",
            email=f"zofia{n}@example.eu",
            walk_in=False,
            present={"day-0": True} if online else {},
            joined_at={"day-0": f"09:{n % 60:02d}"} if online else {},
        )
        for n in range(1, count + 1)
    )
    return EventDetail(
        id=EVENT_ID,
        office_id="MCI",
        title="Blue economy matchmaking in Warszawa",
        event_type="webinar" if online else "matchmaking",
        work_package="WP2",
        start_date=date(2026, 5, 12),
        end_date=date(2026, 5, 11 + days),
        co_organisers=None,
        venue=None if online else "Pałac Kultury",
        city=None if online else "Warszawa",
        country=None if online else "PL",
        is_online=online,
        online_url="https://meet.example.eu/blues" if online else None,
        language="en",
        target_groups=None,
        description=None,
        is_public=True,
        days=day_infos,
        participants=participants,
        scanned_sheets=(),
    )


def _pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def test_every_name_in_registration_order_with_blank_rows_and_a_header_per_page() -> None:
    detail = _detail(240)
    rendered = render_attendance(detail, PRINTED, SheetOptions(blank_rows=12))
    pages = _pages(rendered.data)
    assert rendered.pages == len(pages) > 3
    # Names that wrap in a narrow column come out over two lines: compare word by word.
    text = " ".join(" ".join(pages).split())
    position = -1
    for participant in detail.participants:
        if participant.name == LONG_NAME:
            continue
        found = text.find(participant.name)
        assert found > position, f"{participant.name} is missing or out of order"
        position = found
    for number, page in enumerate(pages, start=1):
        assert "Blue economy matchmaking in Warszawa" in page
        assert "Attendance sheet" in page
        assert "Organisation" in page and "E-mail" in page and "Signature" in page
        assert f"Page {number} of {len(pages)}" in page
        assert "grant agreement No 874426" in page
    # The 12 blank rows continue the numbering after the last participant, empty.
    everything = "\n".join(pages)
    tail = everything[everything.index("\n0240\n") + 6 :]
    assert re.findall(r"^\s*(\d{3})\s*$", tail, re.MULTILINE)[:12] == [
        str(n) for n in range(241, 253)
    ]
    assert "Data protection" in pages[0]
    # the event's language by name, never its code
    assert "Language: English" in pages[0] and "Language: en" not in pages[0]


def test_a_long_name_wraps_inside_its_cell() -> None:
    rendered = render_attendance(_detail(3), PRINTED, SheetOptions(blank_rows=0))
    lines = [line.strip() for line in _pages(rendered.data)[0].splitlines()]
    assert LONG_NAME not in lines  # not on one line …
    joined = " ".join(lines)
    for word in ("Bartholomäus-", "Santísima", "Łukasiewicz"):
        assert word in joined  # … but every part of it is printed


def test_each_page_has_a_qr_code_with_the_event_and_page() -> None:
    rendered = render_attendance(_detail(90), PRINTED, SheetOptions(landscape=True))
    total = rendered.pages
    assert rendered.qr_payloads == [qr_payload(EVENT_ID, n, total) for n in range(1, total + 1)]
    assert qr_payload(EVENT_ID, 2, 5) == f"BLUES:EVENT:{EVENT_ID.upper()}:PAGE:2/5"
    for number, page in enumerate(_pages(rendered.data), start=1):
        assert f"3f2a9c1e · p. {number}/{total}" in page
    reader = PdfReader(io.BytesIO(rendered.data))
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape


def test_an_online_event_gets_the_attendance_record_with_join_times() -> None:
    rendered = render_attendance(_detail(5, online=True, days=1), PRINTED, SheetOptions())
    text = "\n".join(_pages(rendered.data))
    assert rendered.online
    assert "Online attendance record" in text
    assert "Signature" not in text
    for n in range(1, 6):
        assert f"09:{n:02d}" in text
    assert "Connected: day 1 (12 May 2026): 5 of 5." in text


def test_the_qr_modules_match_an_independent_encoder() -> None:
    """The drawn modules are what the `qrcode` package makes of the same payload, so a
    phone reading the page gets the event id and page back."""
    qrcode = pytest.importorskip("qrcode")
    from qrcode.util import MODE_ALPHA_NUM, QRData

    payload = qr_payload(EVENT_ID, 7, 12)
    modules, mask = qr_matrix(payload)
    other = qrcode.QRCode(
        version=(len(modules) - 17) // 4,
        error_correction=qrcode.constants.ERROR_CORRECT_M,
        mask_pattern=mask,
        border=0,
    )
    other.add_data(QRData(payload, mode=MODE_ALPHA_NUM))
    other.make(fit=False)
    assert other.get_matrix() == [list(row) for row in modules]


def test_cell_text_wraps_between_words_then_after_hyphens_then_inside_words() -> None:
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from blues_desktop.documents.attendance_sheet import CELL_FONT_SIZE, wrap_text
    from blues_desktop.documents.fonts import FONT

    width = 28 * mm
    assert wrap_text("Ana Łukasiewicz-Núñez", width) == ["Ana Łukasiewicz-", "Núñez"]
    email = "zofia.kowalczyk-wisniewska@mazovia-ict.example.eu"
    lines = wrap_text(email, width)
    assert "".join(lines) == email and len(lines) > 2
    assert all(stringWidth(line, FONT, CELL_FONT_SIZE) <= width for line in lines)
    assert wrap_text("Jan Nowak", width) == ["Jan Nowak"]
