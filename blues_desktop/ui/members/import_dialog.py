"""The import wizard: choose a file, check the column mapping, look at the preview with
every problem, then confirm. Reading and writing run in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from blues_desktop.services.context import AppContext
from blues_desktop.services.members.importing.commit import ImportResult, commit_import
from blues_desktop.services.members.importing.fields import SYNONYMS
from blues_desktop.services.members.importing.preview import ImportPreview, preview_import
from blues_desktop.services.members.importing.report import write_problem_report
from blues_desktop.ui.operations import run_in_background

SHOWN = 2_000  # problems listed in the dialog; all of them are in the report workbook


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.result_: ImportResult | None = None
        self.setWindowTitle("Import members from Excel or CSV")
        self.resize(820, 560)
        self.steps = QStackedWidget()
        self.status = QLabel("Choose an .xlsx workbook or a .csv file with your member list.")
        self.status.setWordWrap(True)
        self.choose_button = QPushButton("Choose file…")
        self.choose_button.clicked.connect(self.choose)
        self.mapping = QTableWidget(0, 3)
        self.mapping.setHorizontalHeaderLabels(["Sheet", "Column in the file", "Read as"])
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self.problems = QListView()
        self.problem_model = QStringListModel()
        self.problems.setModel(self.problem_model)
        self.steps.addWidget(QWidget())
        self.steps.addWidget(self.mapping)
        self.steps.addWidget(self.problems)
        self.back_button = QPushButton("Re-read with this mapping")
        self.back_button.clicked.connect(self.reread)
        self.report_button = QPushButton("Save problem report…")
        self.report_button.clicked.connect(self.save_report)
        self.mapping_button = QPushButton("Column mapping…")
        self.mapping_button.clicked.connect(lambda: self.steps.setCurrentWidget(self.mapping))
        self.import_button = QPushButton("Import")
        self.import_button.clicked.connect(self.confirm)
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (
            self.choose_button,
            self.mapping_button,
            self.back_button,
            self.report_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.steps, 1)
        layout.addLayout(buttons)
        self._enable()

    def _enable(self) -> None:
        have = self.preview is not None
        self.mapping_button.setEnabled(have)
        self.back_button.setEnabled(have)
        self.report_button.setEnabled(have and bool(self.preview and self.preview.problems))
        self.import_button.setEnabled(
            have and self.preview is not None and self.preview.ok and self.result_ is None
        )  # noqa: E501

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Member list", "", "Member lists (*.xlsx *.csv)"
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path, columns: dict[str, dict[int, str]] | None = None) -> None:
        self.path, self.preview, self.result_ = path, None, None
        ctx = self.ctx
        self.status.setText(f"Reading {path.name}…")
        run_in_background(
            self, lambda _p, _c: preview_import(ctx, path, columns), on_success=self.show_preview,
            on_failure=self.show_failure, progress_label=f"Reading {path.name}",
        )  # fmt: skip

    def show_failure(self, exc: BaseException) -> None:
        self.preview = None
        self.status.setText(f"This file cannot be imported:\n{exc}")
        self._enable()

    def show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self._fill_mapping(preview)
        lines = [f"Note: {n}" for n in preview.notes]
        lines += [
            ("Error — " if p.is_error else "Warning — ") + str(p) for p in preview.problems[:SHOWN]
        ]
        if len(preview.problems) > SHOWN:
            lines.append(f"… {len(preview.problems) - SHOWN:,} more in the problem report")
        self.problem_model.setStringList(lines or ["No problems found."])
        verdict = ("Nothing has been written yet. Press Import to save it all in one step."
                   if preview.ok else "Fix the errors in the file (or the mapping) and read it again; nothing is imported while there are errors.")  # noqa: E501  # fmt: skip
        self.status.setText(f"{preview.path.name}: {preview.summary()}.\n{verdict}")
        self.steps.setCurrentWidget(self.problems)
        self._enable()

    def _fill_mapping(self, preview: ImportPreview) -> None:
        rows = [(m, i, h) for m in preview.mappings for i, h in enumerate(m.headers) if h]
        self.mapping.setRowCount(len(rows))
        self._combos: list[tuple[str, int, QComboBox]] = []
        for n, (mapping, index, _header) in enumerate(rows):
            self.mapping.setItem(n, 0, QTableWidgetItem(mapping.sheet))
            self.mapping.setItem(n, 1, QTableWidgetItem(f"{mapping.column_label(index)}"))
            combo = QComboBox()
            combo.addItem("(not imported)", None)
            for name in SYNONYMS:
                combo.addItem(name.replace("_", " "), name)
            combo.setCurrentIndex(max(0, combo.findData(mapping.columns.get(index))))
            self.mapping.setCellWidget(n, 2, combo)
            self._combos.append((mapping.sheet, index, combo))
        self.mapping.resizeColumnsToContents()

    def chosen_columns(self) -> dict[str, dict[int, str]]:
        columns: dict[str, dict[int, str]] = {}
        for sheet, index, combo in self._combos:
            columns.setdefault(sheet, {})
            if combo.currentData():
                columns[sheet][index] = combo.currentData()
        return columns

    def reread(self) -> None:
        if self.path is not None:
            self.open_file(self.path, self.chosen_columns())

    def save_report(self) -> None:
        if self.preview is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            "Problem report",
            f"{self.preview.path.stem}-problems.xlsx",
            "Excel workbooks (*.xlsx)",
        )  # noqa: E501
        if name:
            write_problem_report(self.preview, Path(name))
            self.status.setText(f"Problem report written to {name}.")

    def confirm(self) -> None:
        preview, ctx = self.preview, self.ctx
        if preview is None:
            return
        self.import_button.setEnabled(False)
        run_in_background(
            self, lambda _p, _c: commit_import(ctx, preview), on_success=self.done_import,
            on_failure=self.show_failure, progress_label="Importing",
        )  # fmt: skip

    def done_import(self, result: ImportResult) -> None:
        self.result_ = result
        self.status.setText(
            f"Imported {result.organisations_created:,} new and {result.organisations_changed:,} changed "
            f"organisations, {result.contacts_created:,} new and {result.contacts_changed:,} changed contacts."
        )
        self._enable()
        window = self.parent().window() if self.parent() else None
        if window is not None and hasattr(window, "apply_changes"):
            window.apply_changes(result.changes)
