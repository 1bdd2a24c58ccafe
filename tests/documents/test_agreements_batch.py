"""Financial agreements printed in one batch: one file per exchange, read back as a user
would; the database read a chunk at a time; font subsets kept between documents never
print an earlier document's text."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import PDFArray, PDFZCompress
from reportlab.pdfbase.ttfonts import TTFontFace
from sqlalchemy import event, select

from blues_desktop.documents import fonts
from blues_desktop.documents.exchanges import write_agreements
from blues_desktop.domain.errors import StorageError
from blues_desktop.services import exchanges as cx
from blues_desktop.services.context import AppContext
from blues_desktop.services.records import update_fields
from blues_desktop.store.models import Exchange, Person
from tests.conftest import require_tool
from tests.documents.test_exchanges_documents import pdf_text
from tests.services.test_exchanges_workflow import drive_to, org, parties, registration


@pytest.fixture
def two_signed(ctx: AppContext, tmp_path: Path) -> list[str]:
    """Two exchanges with a signed agreement, each with its own visitor and traveller."""
    p = parties(ctx)
    second_visitor = org(ctx, "Žatecký Chmel a.s.", "sme", "CZ", "Žatec")
    ids = []
    for visitor, person in (
        (p["visitor"], cx.NewPerson("Begoña", "Muñoz")),
        (second_visitor, cx.NewPerson("Šárka", "Dvořáková")),
    ):
        reference = cx.register(
            ctx, registration(p, visitor_org_id=visitor, new_visitor_person=person)
        ).reference
        drive_to(ctx, reference, "agreement_signed", tmp_path)
        with ctx.read() as session:
            ids.append(session.scalars(select(Exchange.id).filter_by(reference=reference)).one())
    return ids


def statements_while(ctx: AppContext, run: object) -> int:
    count = 0

    def counted(*_args: object) -> None:
        nonlocal count
        count += 1

    engine = ctx.installation.engine
    event.listen(engine, "before_cursor_execute", counted)
    try:
        run()  # type: ignore[operator]
    finally:
        event.remove(engine, "before_cursor_execute", counted)
    return count


def test_batch_writes_each_agreement_and_reads_the_database_per_chunk(
    ctx: AppContext, two_signed: list[str], tmp_path: Path
) -> None:
    one, both = tmp_path / "one", tmp_path / "both"
    one.mkdir()
    both.mkdir()
    alone = statements_while(ctx, lambda: write_agreements(ctx, two_signed[:1], one))
    written: list = []
    together = statements_while(
        ctx, lambda: written.extend(write_agreements(ctx, two_signed, both))
    )
    # A second exchange adds no query: its organisations and people come with the chunk.
    assert together == alone
    assert [w.path.name for w in written] == ["ZIN-CX-2026-001.pdf", "ZIN-CX-2026-002.pdf"]
    first, second = (pdf_text(w.path.read_bytes()) for w in written)
    assert "Begoña Muñoz" in first and "Aguas del Ebro y Niño S.L." in first
    assert "Šárka Dvořáková" in second and "Žatecký Chmel a.s." in second
    assert "Šárka" not in first and "Begoña" not in second
    assert all(w.pages == 1 for w in written)


def test_a_changed_name_prints_with_its_own_letters_after_a_batch(
    ctx: AppContext, two_signed: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    require_tool("pdffonts")
    before, after, fresh = tmp_path / "before", tmp_path / "after", tmp_path / "fresh"
    for folder in (before, after, fresh):
        folder.mkdir()
    write_agreements(ctx, two_signed, before)
    with ctx.transaction() as session:
        exchange = session.get(Exchange, two_signed[0])
        assert exchange is not None
        person = session.get(Person, exchange.visitor_person_id)
        assert person is not None
        # Letters no document of the batch drew: the font subset must be a new one.
        update_fields(session, ctx, person, {"first_name": "Ŵynne", "last_name": "Ørsted-Ĳssel"})
    [changed, _other] = write_agreements(ctx, two_signed, after)
    text = pdf_text(changed.path.read_bytes())
    assert "Ŵynne Ørsted-Ĳssel" in text and "Begoña" not in text
    listing = subprocess.run(
        ["pdffonts", str(changed.path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert len(listing) == 2 and all(line.split()[-5] == "yes" for line in listing)
    # The same bytes as reportlab's own subsets, built and compressed afresh.
    monkeypatch.setattr(fonts._SubsetOnceFace, "makeSubset", TTFontFace.makeSubset)
    monkeypatch.setattr(fonts._CompressedOnce, "encode", lambda _s, data: PDFZCompress.encode(data))
    monkeypatch.setattr(
        fonts._WidthsOnce,
        "format",
        lambda self, doc: pdfdoc.format(
            PDFArray(map(self.face.getCharWidth, self.characters)), doc
        ),
    )
    [rebuilt, _other] = write_agreements(ctx, two_signed, fresh)
    assert rebuilt.path.read_bytes() == changed.path.read_bytes()


def test_a_failed_write_stops_the_batch_with_its_reason(
    ctx: AppContext, two_signed: list[str], tmp_path: Path
) -> None:
    missing = tmp_path / "not there"
    with pytest.raises(StorageError, match="the folder does not exist") as raised:
        write_agreements(ctx, two_signed, missing)
    assert str(missing / "ZIN-CX-2026-001.pdf") in str(raised.value)
    assert not missing.exists()
