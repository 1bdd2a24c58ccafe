from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from blues_desktop.domain.errors import ValidationError
from blues_desktop.services.attachments import attach_file, attachments_of
from blues_desktop.services.context import AppContext


def test_a_pdf_is_stored_by_hash_and_recorded(ctx: AppContext, tmp_path: Path) -> None:
    source = tmp_path / "factura-viaje.pdf"
    source.write_bytes(b"%PDF-1.4\n% invoice\n%%EOF\n")
    with ctx.transaction() as session:
        stored = attach_file(
            session, ctx, source, owner_table="exchanges", owner_id="x1", kind="invoice"
        )
    assert stored.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert stored.path.read_bytes() == source.read_bytes()
    with ctx.read() as session:
        rows = attachments_of(session, "exchanges", "x1")
    assert [(r.file_name, r.media_type, r.size) for r in rows] == [
        ("factura-viaje.pdf", "application/pdf", source.stat().st_size)
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"PK\x03\x04 a zip", "not a PDF or an image"),
        (b"%PDF-" + b"x" * 2048, "limit is"),
    ],
)
def test_bad_files_are_refused_and_nothing_is_recorded(
    ctx: AppContext, tmp_path: Path, content: bytes, message: str
) -> None:
    source = tmp_path / "sheet.pdf"
    source.write_bytes(content)
    with pytest.raises(ValidationError, match=message), ctx.transaction() as session:
        attach_file(
            session, ctx, source, owner_table="events", owner_id="e1", kind="sheet", max_bytes=1024
        )
    with ctx.read() as session:
        assert attachments_of(session, "events", "e1") == []
    assert not any(ctx.paths.attachments.rglob("*"))
