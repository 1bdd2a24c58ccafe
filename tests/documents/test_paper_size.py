"""The paper size set for the data folder (A4 by default, or Letter) is the paper every
PDF prints on, from the window's and the command line's start alike."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from blues_desktop.documents.attendance_sheet import SheetOptions, render_attendance
from blues_desktop.documents.paper import paper_in_use, use_paper
from tests.documents.test_events_attendance_sheet import PRINTED, _detail

LETTER = (612.0, 792.0)  # points: 8.5 × 11 inches
A4 = (595.28, 841.89)


@pytest.fixture(autouse=True)
def _back_to_a4() -> Iterator[None]:
    yield
    use_paper("A4")


def _size(data: bytes) -> tuple[float, float]:
    box = PdfReader(io.BytesIO(data)).pages[0].mediabox
    return round(float(box.width), 2), round(float(box.height), 2)


def test_the_attendance_sheet_follows_the_paper_size_and_prints_every_name() -> None:
    assert paper_in_use() == "A4"
    assert _size(render_attendance(_detail(30), PRINTED, SheetOptions()).data) == A4
    use_paper("Letter")
    rendered = render_attendance(_detail(30), PRINTED, SheetOptions())
    assert _size(rendered.data) == LETTER
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(rendered.data)).pages)
    assert "Łukasiewicz" in text
    landscape = render_attendance(_detail(30), PRINTED, SheetOptions(landscape=True))
    assert _size(landscape.data) == (LETTER[1], LETTER[0])


def test_an_unknown_paper_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown paper size"):
        use_paper("A5")
    assert paper_in_use() == "A4"


def test_the_blues_command_prints_on_the_folders_paper(run_cli, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_cli("--data-dir", str(data), "init", "--office", "ZIN", "--name", "Ana").code == 0
    assert run_cli("--data-dir", str(data), "demo", "--scale", "0.2", "--office", "ZIN").code == 0
    (data / "settings.json").write_text(json.dumps({"paper_size": "Letter"}), encoding="utf-8")
    listed = run_cli("--data-dir", str(data), "exchanges", "list")
    reference = listed.out.split()[0]
    out = tmp_path / "contract.pdf"
    result = run_cli("--data-dir", str(data), "exchanges", "contract", reference, "--out", str(out))
    assert result.code == 0, result
    assert _size(out.read_bytes()) == LETTER
