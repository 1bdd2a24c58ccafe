"""Attendance sheets print in the event's language and certificates in the host's,
where the app has a translation; English otherwise. Read back from the PDFs, with every
font embedded and the Czech and Polish letters in the text."""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from blues_desktop.documents.attendance_sheet import render_attendance
from blues_desktop.documents.catalogue import (
    DOCUMENT_LANGUAGES,
    ENGLISH,
    catalogue,
    keys,
    language_of,
    language_of_country,
)
from blues_desktop.documents.exchanges import DocumentKind, render_document
from blues_desktop.documents.exchanges.certificate import certificate_of_attendance
from blues_desktop.services import exchanges as cx
from blues_desktop.services.context import AppContext
from tests.conftest import require_tool
from tests.documents.test_events_attendance_sheet import PRINTED, _detail
from tests.documents.test_exchanges_documents import pdf_text, signed  # noqa: F401 - fixture

FIELD = re.compile(r"\{(\w+)\}")
# Date patterns may use any of the parts the app gives (Czech writes the month's number).
EXTRA_FIELDS = {"date_short": {"m"}}
CZECH = "ěščřžýáíéů"
POLISH = "łąęśźżńó"


def _text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())


def _embedded(tmp_path: Path, data: bytes) -> list[str]:
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    out = subprocess.run(
        [require_tool("pdffonts"), str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert out, "pdffonts lists no font"
    # name, type, encoding, then emb sub uni and the object number: emb is 5th from the end
    return [line for line in out if line.split()[-5] != "yes"]


@pytest.mark.parametrize("language", [code for code in DOCUMENT_LANGUAGES if code != ENGLISH])
def test_every_catalogue_has_every_english_text_with_its_fields(language: str) -> None:
    english = catalogue(ENGLISH)
    local = catalogue(language)
    assert sorted(keys(ENGLISH) - keys(language)) == []
    for key in keys(ENGLISH):
        given = set(FIELD.findall(english(key))) | EXTRA_FIELDS.get(key, set())
        used = set(FIELD.findall(local(key)))
        assert used <= given, key
        if key not in EXTRA_FIELDS:
            assert used == given, key


def test_a_typed_language_is_understood_and_an_unknown_one_prints_in_english() -> None:
    assert [language_of(v) for v in ("de", "de-AT", "Deutsch", "Polski", " FR ", None)] == [
        "de", "de", "de", "pl", "fr", "en",
    ]  # fmt: skip
    assert language_of("it") == "en" and language_of("Klingon") == "en"
    assert language_of_country("CZ") == "cs" and language_of_country("IT") == "en"


def test_a_czech_event_prints_a_czech_sheet_with_every_letter(tmp_path: Path) -> None:
    detail = dataclasses.replace(
        _detail(3),
        language="cs",
        title="Setkání klastrů v Brně: ěščřžýáíéů",
        country="CZ",
        city="Brno",
        venue="Výstaviště",
    )
    rendered = render_attendance(detail, PRINTED)
    text = _text(rendered.data)
    for words in (
        "Prezenční listina",
        "Jméno",
        "Podpis",
        "Den 1 · út 12. 5.",
        "12. května 2026 – 14. května 2026",
        "Ochrana osobních údajů",
        "Svým podpisem potvrzujete svou účast.",
        "Česko",
        "Strana 1 z",
    ):
        assert words in text, words
    assert all(letter in text for letter in CZECH)
    assert "Attendance sheet" not in text and "Signature" not in text
    assert _embedded(tmp_path, rendered.data) == []


def test_an_online_polish_record_and_an_italian_event_in_english() -> None:
    polish = render_attendance(dataclasses.replace(_detail(2, online=True), language="pl"), PRINTED)
    text = _text(polish.data)
    for words in ("Rejestr obecności online", "Dołączenie", "Połączono: dzień 1", "Webinarium"):
        assert words in text, words
    italian = render_attendance(dataclasses.replace(_detail(2), language="it"), PRINTED)
    assert "Attendance sheet" in _text(italian.data)


def test_the_certificate_prints_in_the_language_asked_with_polish_letters(
    ctx: AppContext,
    signed: str,  # noqa: F811 - the fixture
    tmp_path: Path,
) -> None:
    detail = cx.exchange_detail(ctx, signed)
    data = certificate_of_attendance(detail, PRINTED, "pl")
    text = _text(data)
    for words in (
        "ClusterXchange — Zaświadczenie o uczestnictwie",
        "Organizacja przyjmująca Café Métier Nîmes SARL zaświadcza, że Řehoř Łukasiewicz-Núñez",
        "Dni faktycznej obecności (wypełnia organizacja przyjmująca)",
        "Miejscowość i data:",
        "Podpis i pieczęć:",
        "Francja",
    ):
        assert words in text, words
    assert all(letter in text + "ą ę ś ź ż ń ó ł" for letter in POLISH)
    assert _embedded(tmp_path, data) == []
    # the default is the host's language: the host is in France
    french = _text(render_document(ctx, signed, DocumentKind.CERTIFICATE))
    assert "Attestation de présence" in french and "Page 1 sur 1" in french
    english = _text(certificate_of_attendance(detail, PRINTED, "en"))
    assert "certifies that Řehoř Łukasiewicz-Núñez" in english


def test_grant_documents_stay_english_with_a_second_language_for_labels(
    ctx: AppContext,
    signed: str,  # noqa: F811 - the fixture
    tmp_path: Path,
) -> None:
    ctq = _text(render_document(ctx, signed, DocumentKind.CTQ, local_language="cs"))
    for words in (
        "ClusterXchange — Commitment to Quality / ClusterXchange — Závazek kvality",
        "Závazné je anglické znění tohoto dokumentu",
        "The host, the visitor and both partnerships agree",  # the binding text, in English
        "Host organisation / Hostitelská organizace",
        "Day-by-day agenda / Program po dnech",
        "Place and date: / Místo a datum:",
    ):
        assert words in ctq, words
    agreement = render_document(ctx, signed, DocumentKind.AGREEMENT, local_language="pl")
    text = _text(agreement)
    for words in (
        "Obligations of the visiting organisation / Obowiązki organizacji wysyłającej",
        "Lump sum / Ryczałt",
        "Signature and stamp: / Podpis i pieczęć:",
        "One lump sum for travel and accommodation",
    ):
        assert words in text, words
    assert _embedded(tmp_path, agreement) == []
    # without the option: English alone, as before
    plain = _text(render_document(ctx, signed, DocumentKind.CTQ))
    assert "Host organisation /" not in plain and "Závazné" not in plain


def test_the_command_line_prints_a_contract_with_german_labels(
    ctx: AppContext,
    signed: str,  # noqa: F811 - the fixture
    tmp_path: Path,
) -> None:
    from blues_desktop.cli.main import main as cli

    out = tmp_path / "contract.pdf"
    root = str(ctx.paths.root)
    assert cli(["--data-dir", root, "exchanges", "contract", signed, "--out", str(out),
                "--local-language", "de"]) == 0  # fmt: skip
    assert "Parties / Vertragsparteien" in _text(out.read_bytes())
