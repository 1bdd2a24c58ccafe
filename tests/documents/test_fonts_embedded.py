"""Every PDF the app makes embeds every font it names.

A font that is referenced but not embedded prints in whatever the reader substitutes
(and fails archival checks). Each kind of document is made through the command line
from demo data, then `pdffonts` (poppler) lists the fonts: each line must say
`emb yes`, and pypdf checks the same in the file's own font dictionaries.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from sqlalchemy import select

from blues_desktop.domain.exchanges.workflow import State
from blues_desktop.services.context import open_installation
from blues_desktop.services.demo import generate
from blues_desktop.services.setup import initialise
from blues_desktop.store.models import Event, Exchange, StaffMember, TimesheetMonth
from tests.conftest import require_tool


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One file of each kind of PDF, made by `blues` from the ZINNAE demo."""
    from blues_desktop.cli.main import main as cli

    root = tmp_path_factory.mktemp("fonts")
    data = root / "data"
    installation = open_installation(data)
    initialise(installation, "ZIN", "Ana García")
    ctx = installation.context()
    generate(ctx, scale=1, offices=["ZIN"])
    with ctx.read() as session:
        state_of = dict(session.execute(select(Exchange.reference, Exchange.state)).all())
        events = session.execute(select(Event.id, Event.is_online)).all()
        month = session.execute(
            select(StaffMember.id, TimesheetMonth.month)
            .join(TimesheetMonth, TimesheetMonth.staff_id == StaffMember.id)
            .where(TimesheetMonth.status == "approved")
        ).first()
    installation.close()
    signed = next(r for r, s in state_of.items() if s == State.AGREEMENT_SIGNED.value)
    held = next(r for r, s in state_of.items() if s == State.PAID.value)
    on_site = next(e for e, online in events if not online)
    online = next(e for e, online in events if online)
    assert month is not None
    commands = {
        "Commitment to Quality": ["exchanges", "ctq", signed],
        "financial agreement": ["exchanges", "contract", signed],
        "certificate of attendance": ["exchanges", "certificate", held],
        "closing report form": ["exchanges", "report-form", held],
        "attendance sheet": ["events", "attendance-sheet", on_site],
        "attendance sheet, landscape": ["events", "attendance-sheet", on_site, "--landscape"],
        "online attendance record": ["events", "attendance-sheet", online],
        "timesheet": ["timesheets", "pdf", "--person", month[0], "--month", month[1]],
        "periodic report pack": ["report", "pdf"],
    }
    made: dict[str, Path] = {}
    for number, (kind, args) in enumerate(commands.items()):
        out = root / f"{number}.pdf"
        assert cli(["--data-dir", str(data), *args, "--out", str(out)]) == 0, kind
        made[kind] = out
    return made


def test_pdffonts_says_every_font_is_embedded(documents: dict[str, Path]) -> None:
    pdffonts = require_tool("pdffonts")
    for kind, path in documents.items():
        listing = subprocess.run(
            [pdffonts, str(path)], capture_output=True, text=True, check=True
        ).stdout.splitlines()
        header = listing[0].split()
        column = listing[0].index("emb")
        assert header[:2] == ["name", "type"], listing
        fonts = listing[2:]
        assert fonts, f"{kind}: no fonts at all"
        not_embedded = [line for line in fonts if line[column : column + 3] != "yes"]
        assert not_embedded == [], f"{kind}: fonts referenced but not embedded: {not_embedded}"


def _font_files(font: DictionaryObject) -> bool:
    """Whether a font dictionary carries its font program (simple or composite font)."""
    if font.get("/Subtype") == "/Type0":
        return all(_font_files(d.get_object()) for d in font["/DescendantFonts"])
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False  # a standard 14 font: named, never embedded
    descriptor = descriptor.get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_every_font_dictionary_holds_its_font_program(documents: dict[str, Path]) -> None:
    for kind, path in documents.items():
        reader = PdfReader(path)
        seen: dict[str, bool] = {}
        for page in reader.pages:
            fonts = page.get("/Resources", {}).get_object().get("/Font", {})
            for font in fonts.get_object().values():
                font = font.get_object()
                seen[str(font.get("/BaseFont"))] = _font_files(font)
        assert seen, f"{kind}: no fonts at all"
        assert all(seen.values()), (
            f"{kind}: not embedded: {[n for n, ok in seen.items() if not ok]}"
        )
