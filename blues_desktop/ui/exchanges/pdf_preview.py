"""Preview a PDF with QtPdf and print it through the system's printer dialog."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from blues_desktop.store.atomic import write_bytes_atomic


class PdfPreviewDialog(QDialog):
    def __init__(
        self, title: str, data: bytes, suggested_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(820, 900)
        self.data = data
        self.suggested_name = suggested_name
        self._folder = tempfile.TemporaryDirectory(prefix="blues-preview-")
        self.path = Path(self._folder.name) / suggested_name
        self.path.write_bytes(data)
        self.document = QPdfDocument(self)
        self.document.load(str(self.path))
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton("Print…")
        self.save_button = QPushButton("Save as…")
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Render each page at the printer's resolution (black on white, as on screen)."""
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, "Print", "The printer could not be started.")
            return
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                target = painter.viewport()
                size = self.document.pagePointSize(page)
                scale = min(target.width() / size.width(), target.height() / size.height())
                image = self.document.render(
                    page, QSize(int(size.width() * scale), int(size.height() * scale))
                )
                painter.drawImage(0, 0, image)
        finally:
            painter.end()

    def save_as(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Save PDF", self.suggested_name, "PDF (*.pdf)")
        if name:
            write_bytes_atomic(Path(name), self.data)

    def done(self, result: int) -> None:
        self.document.close()
        self._folder.cleanup()
        super().done(result)
