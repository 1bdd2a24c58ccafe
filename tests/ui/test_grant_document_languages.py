"""The grant documents' second language chosen in the window: the preview of a Commitment
to Quality or a financial agreement offers English alone (the default), or English with
the visitor's or the host's language; the PDF saved from it holds the chosen words."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from blues_desktop.documents.exchanges import DocumentKind
from blues_desktop.documents.exchanges.languages import SecondLanguage, second_languages
from blues_desktop.services import exchanges as cx
from blues_desktop.services.context import AppContext
from blues_desktop.ui.exchanges.document_preview import GrantDocumentPreview
from blues_desktop.ui.pages.exchanges import ExchangesPage
from blues_desktop.ui.pdf_preview import PdfPreviewDialog
from tests.documents.test_exchanges_documents import signed

__all__ = ["signed"]


def _text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _saved(qtbot, dialog: PdfPreviewDialog, path: Path, monkeypatch) -> str:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=20_000)
    asked: list[str] = []

    def choose(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    dialog.save_button.click()
    assert path.is_file()
    return asked[0]


def test_the_agreement_is_printed_with_the_visitors_language_from_the_window(
    qtbot, ctx: AppContext, signed: str, tmp_path: Path, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    opened: list[PdfPreviewDialog] = []
    monkeypatch.setattr(GrantDocumentPreview, "exec", lambda self: opened.append(self) or 0)
    page = ExchangesPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.reference == signed)
    page.doc_buttons[DocumentKind.AGREEMENT].trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    (dialog,) = opened
    assert isinstance(dialog, GrantDocumentPreview)
    qtbot.addWidget(dialog)
    choices = [dialog.languages.itemText(i) for i in range(dialog.languages.count())]
    # the visitor is in Germany, the host in France
    assert choices == [
        "English",
        "English and German (the visitor's language)",
        "English and French (the host's language)",
    ]
    assert dialog.languages.currentIndex() == 0  # English alone unless asked
    english = tmp_path / "english.pdf"
    assert _saved(qtbot, dialog, english, monkeypatch).endswith("-contract.pdf")
    assert "Lump sum" in _text(english) and "Pauschale" not in _text(english)

    dialog.languages.setCurrentIndex(1)
    assert not dialog.save_button.isEnabled()  # until the German one is printed
    german = tmp_path / "german.pdf"
    assert _saved(qtbot, dialog, german, monkeypatch).endswith("-contract-de.pdf")
    text = _text(german)
    assert "Lump sum / Pauschale" in text
    assert "One lump sum for travel and accommodation" in text  # the binding English stays
    assert dialog.page_count >= 1

    dialog.languages.setCurrentIndex(2)
    french = tmp_path / "french.pdf"
    _saved(qtbot, dialog, french, monkeypatch)
    assert "Lump sum / Forfait" in _text(french)


def test_the_second_languages_are_the_visitors_and_the_hosts_where_the_app_has_them(
    ctx: AppContext, signed: str  # type: ignore[no-untyped-def]
) -> None:
    detail = cx.exchange_detail(ctx, signed)
    assert second_languages(detail) == (
        SecondLanguage("de", visitor=True, host=False),
        SecondLanguage("fr", visitor=False, host=True),
    )
    assert detail.host is not None
    austria = dataclasses.replace(detail.visitor, country="AT")
    germany = dataclasses.replace(detail.host, country="DE")
    both = dataclasses.replace(detail, visitor=austria, host=germany)
    assert second_languages(both) == (SecondLanguage("de", visitor=True, host=True),)
    # English-speaking or without the documents' words: English alone
    ireland = dataclasses.replace(detail.visitor, country="IE")
    italy = dataclasses.replace(detail.host, country="IT")
    assert second_languages(dataclasses.replace(detail, visitor=ireland, host=italy)) == ()
    assert second_languages(dataclasses.replace(detail, visitor=ireland, host=None)) == ()
