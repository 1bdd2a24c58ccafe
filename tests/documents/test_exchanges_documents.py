"""The exchange PDFs and the register workbook, read back as a user would."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from blues_desktop.documents.exchanges import DocumentKind, render_document, write_document
from blues_desktop.documents.exchanges.register import export_register
from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.exchanges.lump_sum import compute_lump_sum
from blues_desktop.services import exchanges as cx
from blues_desktop.services.context import AppContext
from tests.services.test_exchanges_workflow import drive_to, org, parties, pin_clock, registration


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def without_stamp(text: str) -> list[str]:
    return [line for line in text.splitlines() if "Printed " not in line]


@pytest.fixture
def signed(ctx: AppContext, tmp_path: Path) -> str:
    p = parties(ctx)
    person = cx.NewPerson("Řehoř", "Łukasiewicz-Núñez")
    visitor = org(ctx, "Müller & Weiß Straßenbau GmbH", "sme", "DE", "Greifswald")
    host = org(ctx, "Café Métier Nîmes SARL", "sme", "FR", "Nîmes")
    ref = cx.register(
        ctx,
        registration(
            p,
            visitor_org_id=visitor,
            host_org_id=host,
            new_visitor_person=person,
            host_partnership="AQV",
        ),
    ).reference
    drive_to(ctx, ref, "agreement_signed", tmp_path)
    return ref


def test_agreement_prints_names_and_the_rules_amount(ctx: AppContext, signed: str) -> None:
    text = pdf_text(render_document(ctx, signed, DocumentKind.AGREEMENT))
    for name in (
        "Řehoř Łukasiewicz-Núñez",
        "Müller & Weiß Straßenbau GmbH",
        "Café Métier Nîmes SARL",
    ):
        assert name in text
    detail = cx.exchange_detail(ctx, signed)
    expected = compute_lump_sum(
        cx.current_rules(ctx), "FR", detail.working_days or 0, detail.distance_km or 0
    )
    assert re.search(rf"Lump sum\s+EUR {re.escape(f'{expected.amount:,.2f}')}\b", text)
    assert f"One payment of EUR {expected.amount:,.2f}" in text
    assert "version 1" in text and "ZIN-CX-2026-001" in text
    assert "grant agreement No 874426" in text
    # one page: the signature boxes stand under the terms they sign
    assert "Page 1 of 1" in text
    assert text.index("Obligations of the visitor's partnership") < text.index(
        "Signature and stamp"
    )
    assert text.count("Signature and stamp:") == 2
    assert "Travel invoice or ticket; accommodation invoice." in text
    assert "Accepted as well: boarding pass." in text


def test_ctq_has_agenda_and_four_signature_boxes(ctx: AppContext, signed: str) -> None:
    text = pdf_text(render_document(ctx, signed, DocumentKind.CTQ))
    assert "Commitment to Quality" in text and "Day 3: site visits" in text
    for role in ("Host organisation", "Host's partnership", "Visitor's partnership", "Visitor\n"):
        assert role in text
    assert "Aqua-Valley (AQV, France)" in text


def test_certificate_and_report_form(ctx: AppContext, signed: str) -> None:
    # The host is in France: the certificate prints in French (documents/catalogue.py).
    certificate = pdf_text(render_document(ctx, signed, DocumentKind.CERTIFICATE))
    assert "Attestation de présence" in certificate
    assert "atteste que Řehoř Łukasiewicz-Núñez" in certificate
    form = pdf_text(render_document(ctx, signed, DocumentKind.REPORT))
    assert "Closing report" in form and "would recommend" in form


def test_reprint_is_identical_except_the_stamp(
    ctx: AppContext, signed: str, tmp_path: Path
) -> None:
    first = write_document(ctx, signed, "contract", tmp_path / "a.pdf")
    pin_clock(ctx, datetime(2026, 6, 30, 17, tzinfo=UTC))
    second = write_document(ctx, signed, "contract", tmp_path / "b.pdf")
    text_a, text_b = (pdf_text(w.path.read_bytes()) for w in (first, second))
    assert text_a != text_b
    assert without_stamp(text_a) == without_stamp(text_b)


def test_agreement_is_refused_before_the_ctq_is_signed(ctx: AppContext, tmp_path: Path) -> None:
    p = parties(ctx)
    ref = cx.register(ctx, registration(p)).reference
    drive_to(ctx, ref, "matched", tmp_path)
    with pytest.raises(ValidationError, match="CtQ before agreement"):
        write_document(ctx, ref, "contract", tmp_path / "early.pdf")
    assert not (tmp_path / "early.pdf").exists()


def test_register_workbook_has_real_numbers_and_dates(
    ctx: AppContext, signed: str, tmp_path: Path
) -> None:
    path = tmp_path / "register.xlsx"
    assert export_register(ctx, path) == 1
    book = load_workbook(path)
    sheet = book["Exchanges"]
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    assert row["Reference"] == signed and row["Visitor's partnership"] == "ZIN"
    assert isinstance(row["Lump sum (EUR)"], int | float) and row["Lump sum (EUR)"] > 0
    assert isinstance(row["First day"], datetime)
    by_office = {r[0].value: r[2].value for r in book["By partnership"].iter_rows(min_row=2)}
    assert by_office["ZIN"] == 1 and by_office["AQV"] == 0
