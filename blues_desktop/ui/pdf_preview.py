"""Preview a generated PDF (QtPdf, from memory: no temporary file), save it, and print it
through the system's printer dialog, zoomed in and out or fitted to the width (toolbar
and keys). Every page that shows a PDF uses this one dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from blues_desktop.documents.pdf import write_pdf
from blues_desktop.ui import shortcuts
from blues_desktop.ui.feedback import tell_written
from blues_desktop.ui.geometry import remember_geometry
from blues_desktop.ui.icons import icon
from blues_desktop.ui.locale_format import percent_text

# Zoom steps of the preview; "fit width" is where it opens.
ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0


class PdfPreviewDialog(QDialog):
    def __init__(
        self, title: str, data: bytes, suggested_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.suggested_name = suggested_name
        self.data = data
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.zoom_out_action = self._action(
            "zoom-out", self.tr("Zoom out"), shortcuts.ZOOM_OUT, self.zoom_out
        )
        self.zoom_in_action = self._action("zoom-in", self.tr("Zoom in"), shortcuts.ZOOM_IN, self.zoom_in)
        self.fit_action = self._action(
            "fit-width", self.tr("Fit width"), shortcuts.FIT_WIDTH, self.fit_width
        )
        self.zoom_label = QLabel()
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.zoom_label)
        # Print, Save and Close at the bottom as in every dialog (the dialog never
        # opens taller than the screen, so they are always in reach).
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save as…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        # Their keys work anywhere in the dialog; the buttons say which they are.
        for button, shortcut in (
            (self.print_button, shortcuts.PREVIEW_PRINT),
            (self.save_button, shortcuts.PREVIEW_SAVE),
        ):
            key = QAction(self)
            key.setShortcut(QKeySequence(shortcut.key))
            key.triggered.connect(button.click)
            self.addAction(key)
            native = key.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            what = QCoreApplication.translate("shortcuts", shortcut.what)
            tip = f"{what} ({native})"  # fields only: not marked
            button.setToolTip(tip)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self._show_zoom()
        # A page's width and most of its height on a laptop, never past the screen.
        remember_geometry(self, "pdf_preview", 820, 900)

    def show_data(self, data: bytes) -> None:
        """Show another PDF in place of this one (the same document in another form, as
        the grant documents with a second language); the zoom stays as it was."""
        self.data = data
        old = self._buffer
        self.document.close()
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        old.close()
        old.deleteLater()

    def _action(
        self, icon_name: str, text: str, shortcut: shortcuts.Shortcut, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setShortcut(QKeySequence(shortcut.key))
        native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        what = QCoreApplication.translate("shortcuts", shortcut.what)
        tip = f"{what} ({native})"  # fields only: not marked
        action.setToolTip(tip)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    def zoom(self) -> float:
        return float(self.view.zoomFactor())

    def _set_zoom(self, factor: float) -> None:
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            factor = factor * self._fitted_factor() / self.zoom() if self.zoom() else factor
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(MIN_ZOOM, min(MAX_ZOOM, factor)))
        self._show_zoom()

    def _fitted_factor(self) -> float:
        """The zoom "fit width" shows now (QPdfView keeps 1.0 as its factor then)."""
        if self.page_count == 0:
            return 1.0
        points = self.document.pagePointSize(0)
        dpi = self.logicalDpiX() or 96
        page_width = points.width() / 72 * dpi
        room = self.view.viewport().width() - 2 * self.view.documentMargins().left()
        return max(MIN_ZOOM, room / page_width) if page_width > 0 else 1.0

    def zoom_in(self) -> None:
        self._set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self.zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._show_zoom()

    def _show_zoom(self) -> None:
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            self.zoom_label.setText(self.tr("Fitted to the width"))
        else:
            self.zoom_label.setText(self.tr("Zoom {percent}").format(percent=percent_text(self.zoom())))

    @property
    def page_count(self) -> int:
        return int(self.document.pageCount())

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Each page rendered at the printer's resolution, fitted to its page."""
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Print"), self.tr("The printer could not be started."))
            return
        try:
            dpi = printer.resolution()
            for index in range(self.page_count):
                if index:
                    printer.newPage()
                points = self.document.pagePointSize(index)
                size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
                image = self.document.render(index, size)
                target = painter.viewport()
                scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.topLeft(), scaled), image)
        finally:
            painter.end()

    def save_as(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), self.suggested_name, self.tr("PDF (*.pdf)")
        )
        if name:
            written = write_pdf(Path(name), self.data)
            # Said in the main window's status bar, with Open and Show in folder.
            text = self.tr("Saved {name} in {folder}.").format(
                name=written.name, folder=written.parent
            )
            tell_written(self, text, written)
