"""The preview of an exchange's document. The grant documents (Commitment to Quality,
financial agreement) stay in English, the binding text; their preview offers a second
language for every heading and label: the visitor's or the host's, where the app has the
documents' words in it (documents/exchanges/languages.py). English alone is the default;
another choice prints the document again, and Print and Save as… take what is shown."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from blues_desktop.documents.exchanges import BILINGUAL, DocumentKind, render_document
from blues_desktop.documents.exchanges.languages import SecondLanguage, second_languages
from blues_desktop.services.context import AppContext
from blues_desktop.services.exchanges.detail import ExchangeDetail
from blues_desktop.ui.i18n import language_text
from blues_desktop.ui.messages import say
from blues_desktop.ui.operations import run_in_background
from blues_desktop.ui.pdf_preview import PdfPreviewDialog


class GrantDocumentPreview(PdfPreviewDialog):
    """A grant document's preview with its languages to choose from."""

    def __init__(
        self,
        ctx: AppContext,
        detail: ExchangeDetail,
        kind: DocumentKind,
        title: str,
        data: bytes,
        suggested_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, data, suggested_name, parent)
        self.ctx, self.detail, self.kind = ctx, detail, kind
        self.english_name = suggested_name
        self.status = QLabel()
        self.languages = QComboBox()
        self.languages.addItem(self.tr("English"), None)
        for language in second_languages(detail):
            self.languages.addItem(self._choice(language), language.code)
        self.languages.setToolTip(
            self.tr(
                "The English text is the binding one; a second language adds the "
                "translation of every heading and label"
            )
        )
        self.languages.setEnabled(self.languages.count() > 1)
        self.languages.currentIndexChanged.connect(lambda _i: self._print_again())
        self.toolbar.addSeparator()
        self.toolbar.addWidget(QLabel(self.tr("Languages")))
        self.toolbar.addWidget(self.languages)
        self.toolbar.addWidget(self.status)

    def _choice(self, language: SecondLanguage) -> str:
        name = language_text(language.code)
        if language.visitor and language.host:
            text = self.tr("English and {language} (the visitor's and the host's language)")
        elif language.visitor:
            text = self.tr("English and {language} (the visitor's language)")
        else:
            text = self.tr("English and {language} (the host's language)")
        return text.format(language=name)

    @property
    def second_language(self) -> str | None:
        code = self.languages.currentData()
        return code if isinstance(code, str) else None

    def _print_again(self) -> None:
        ctx, exchange, kind, code = self.ctx, self.detail.id, self.kind, self.second_language
        # Print and Save wait for the document in the chosen languages
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        self.status.setText(self.tr("Preparing the document…"))
        stem = self.english_name.removesuffix(".pdf")
        self.suggested_name = f"{stem}-{code}.pdf" if code else self.english_name

        def shown(data: bytes) -> None:
            if code != self.second_language:
                return  # another choice was made meanwhile: its own result follows
            self.show_data(data)
            self._ready("")

        def failed(error: BaseException) -> None:
            if code == self.second_language:
                self._ready(say(error))

        run_in_background(
            self,
            lambda _p, _c: render_document(ctx, exchange, kind, code),
            on_success=shown,
            on_failure=failed,
            lane="read",
        )

    def _ready(self, problem: str) -> None:
        self.status.setText(problem)
        for button in (self.print_button, self.save_button):
            button.setEnabled(not problem)


def document_preview(
    ctx: AppContext,
    detail: ExchangeDetail,
    kind: DocumentKind,
    title: str,
    data: bytes,
    suggested_name: str,
    parent: QWidget | None = None,
) -> PdfPreviewDialog:
    """The preview of `kind`: a grant document's with its languages, any other plain."""
    if kind in BILINGUAL:
        return GrantDocumentPreview(ctx, detail, kind, title, data, suggested_name, parent)
    return PdfPreviewDialog(title, data, suggested_name, parent)
