"""The import wizard: choose a file, check the column mapping, look at the preview (the
rows that will go in, the rows set aside with their problems, warnings), then choose:
import the good rows, or nothing. The rows set aside are saved as a fix-up file to
correct and import. Reading and writing run in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStringListModel
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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from blues_desktop.documents.members_import_files import write_fixup, write_problem_report
from blues_desktop.domain.labels import label_of_input
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.importing.commit import ImportResult, commit_import
from blues_desktop.services.members.importing.fields import SYNONYMS
from blues_desktop.services.members.importing.fixup import fixup_path
from blues_desktop.services.members.importing.preview import ImportPreview, preview_import
from blues_desktop.services.members.importing.reading import CSV_SUFFIXES
from blues_desktop.ui.change_hub import hub_for
from blues_desktop.ui.colours import NOTICE_STYLE
from blues_desktop.ui.geometry import remember_geometry
from blues_desktop.ui.i18n import label
from blues_desktop.ui.locale_format import grouped_count, number_text
from blues_desktop.ui.members.import_tables import (
    SHOWN,
    fill_planned,
    fill_set_aside,
    read_only_table,
)
from blues_desktop.ui.messages import say
from blues_desktop.ui.operations import run_in_background

FILE_FILTER = QT_TRANSLATE_NOOP("import_dialog", "Member lists (*.xlsx *.xlsm *.xls *.ods *.csv)")


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.result_: ImportResult | None = None
        self.setWindowTitle(self.tr("Import members"))
        remember_geometry(self, "member_import", 1120, 620)
        self.steps = QStackedWidget()
        self.counts = QLabel()
        self.counts.setStyleSheet("font-size: 13pt; font-weight: bold")
        self.status = QLabel(
            self.tr("Choose your member list: an Excel workbook (.xlsx, .xlsm, .xls), "
            "a LibreOffice spreadsheet (.ods) or a .csv file.")
        )
        self.status.setWordWrap(True)
        # Columns that hold data no field reads, named before anything is imported.
        self.ignored = QLabel()
        self.ignored.setObjectName("ignoredColumns")
        self.ignored.setWordWrap(True)
        self.ignored.setStyleSheet(NOTICE_STYLE)
        self.ignored.hide()
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose)
        self.mapping = QTableWidget(0, 3)
        self.mapping.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("Column in the file"), self.tr("Read as")])
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self.problems = QListView()
        self.problem_model = QStringListModel()
        self.problems.setModel(self.problem_model)
        self.planned = read_only_table([])
        self.set_aside = read_only_table([])
        self.tabs = QTabWidget()
        self.tabs.addTab(self.planned, self.tr("Rows to import"))
        self.tabs.addTab(self.set_aside, self.tr("Rows set aside"))
        self.tabs.addTab(self.problems, self.tr("Warnings and notes"))
        self.steps.addWidget(QWidget())
        self.steps.addWidget(self.mapping)
        self.steps.addWidget(self.tabs)
        self.back_button = QPushButton(self.tr("Re-read with this mapping"))
        self.back_button.clicked.connect(self.reread)
        self.report_button = QPushButton(self.tr("Save problem report…"))
        self.report_button.clicked.connect(self.save_report)
        self.mapping_button = QPushButton(self.tr("Column mapping…"))
        self.mapping_button.clicked.connect(lambda: self.steps.setCurrentWidget(self.mapping))
        self.fixup_button = QPushButton(self.tr("Save rows set aside…"))
        self.fixup_button.setToolTip(
            self.tr("A file in the layout of yours with the rows set aside and a Problem column: "
            "correct the cells and import it to add those rows")
        )
        self.fixup_button.clicked.connect(self.choose_fixup)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.confirm)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (
            self.choose_button,
            self.mapping_button,
            self.back_button,
            self.report_button,
            self.fixup_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.status)
        layout.addWidget(self.ignored)
        layout.addWidget(self.steps, 1)
        layout.addLayout(buttons)
        self._enable()

    def _enable(self) -> None:
        have = self.preview is not None
        self.mapping_button.setEnabled(have)
        self.back_button.setEnabled(have)
        self.report_button.setEnabled(have and bool(self.preview and self.preview.problems))
        self.fixup_button.setEnabled(have and bool(self.preview and self.preview.set_aside))
        self.import_button.setEnabled(
            self.preview is not None and self.preview.rows_to_import > 0 and self.result_ is None
        )

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Member list"), "", QCoreApplication.translate("import_dialog", FILE_FILTER))
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path, columns: dict[str, dict[int, str]] | None = None) -> None:
        self.path, self.preview, self.result_ = path, None, None
        ctx = self.ctx
        self.status.setText(self.tr("Reading {name}…").format(name=path.name))
        run_in_background(
            self, lambda _p, _c: preview_import(ctx, path, columns), on_success=self.show_preview,
            on_failure=self.show_failure, progress_label=self.tr("Reading {name}").format(name=path.name),
        )  # fmt: skip

    def show_failure(self, exc: BaseException) -> None:
        self.preview = None
        self.counts.setText("")
        self.ignored.hide()
        self.status.setText(self.tr("This file cannot be imported:\n{exc}").format(exc=say(exc)))
        self._enable()

    def show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self._fill_mapping(preview)
        lines = [self.tr("Note: {note}").format(note=say(n)) for n in preview.notes]
        lines += [
            self.tr("Warning — {warning}").format(warning=say(p.sentence()))
            for p in preview.warnings[:SHOWN]
        ]
        if len(preview.warnings) > SHOWN:
            more = len(preview.warnings) - SHOWN
            lines.append(
                grouped_count(self.tr("… %n more in the problem report", "", more), more)
            )
        self.problem_model.setStringList(lines or [self.tr("No warnings.")])
        fill_planned(self.planned, preview)
        fill_set_aside(self.set_aside, preview)
        aside = len(preview.set_aside)
        self.tabs.setTabText(
            0, self.tr("Rows to import ({count})").format(count=number_text(preview.rows_to_import))
        )
        self.tabs.setTabText(1, self.tr("Rows set aside ({count})").format(count=number_text(aside)))
        notes = len(preview.notes) + len(preview.warnings)
        self.tabs.setTabText(
            2, self.tr("Warnings and notes ({count})").format(count=number_text(notes))
        )
        self.counts.setText(say(preview.counts()))
        if preview.rows_to_import == 0:
            verdict = self.tr("No row can be imported: correct the rows set aside (or the mapping).")
            self.import_button.setText(self.tr("Import"))
        elif aside:
            verdict = self.tr(
                "Nothing has been written yet. Import adds the good rows now (after a backup); "
                "the rows set aside are kept for you to correct: save them with "
                "'Save rows set aside…', fix the cells named in its Problem column, and import "
                "that file. Or close and correct your file first."
            )
            rows = preview.rows_to_import
            self.import_button.setText(grouped_count(self.tr("Import %n rows", "", rows), rows))
        else:
            verdict = self.tr("Nothing has been written yet. Press Import to save it all in one step.")
            self.import_button.setText(self.tr("Import"))
        status = f"{preview.path.name}: {say(preview.summary())}.\n{verdict}"  # fields only: not marked
        self.status.setText(status)
        self._show_ignored(preview)
        self.steps.setCurrentWidget(self.tabs)
        self.tabs.setCurrentIndex(1 if aside else 0)
        self._enable()

    def _show_ignored(self, preview: ImportPreview) -> None:
        columns = "; ".join(
            self.tr("column {column} of sheet {sheet}").format(column=label, sheet=sheet)
            for sheet, label in preview.ignored_columns
        )
        self.ignored.setText(
            self.tr("These columns hold data that will be ignored: {columns}. Choose a field for each under Column mapping… if it should be imported.").format(columns=columns)
            if columns
            else ""
        )
        self.ignored.setVisible(bool(columns))

    def _fill_mapping(self, preview: ImportPreview) -> None:
        rows = [(m, i, h) for m in preview.mappings for i, h in enumerate(m.headers) if h]
        self.mapping.setRowCount(len(rows))
        self._combos: list[tuple[str, int, QComboBox]] = []
        for n, (mapping, index, _header) in enumerate(rows):
            self.mapping.setItem(n, 0, QTableWidgetItem(mapping.sheet))
            self.mapping.setItem(n, 1, QTableWidgetItem(str(mapping.column_label(index))))
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), None)
            for name in SYNONYMS:
                combo.addItem(label(label_of_input(name)), name)
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
            self.tr("Problem report"),
            f"{self.preview.path.stem}-problems.xlsx",
            self.tr("Excel workbooks (*.xlsx)"),
        )  # noqa: E501
        if name:
            write_problem_report(self.preview, Path(name))
            self.status.setText(self.tr("Problem report written to {name}.").format(name=name))

    def choose_fixup(self) -> None:
        if self.preview is None:
            return
        suggested = fixup_path(self.preview.path)
        kind = (
            self.tr("CSV files (*.csv)") if suggested.suffix in CSV_SUFFIXES else self.tr("Excel workbooks (*.xlsx)")
        )
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Rows set aside"), str(suggested), kind)
        if name:
            self.save_fixup(Path(name))

    def save_fixup(self, path: Path) -> None:
        if self.preview is None:
            return
        written = write_fixup(self.preview, path)
        count = len(self.preview.set_aside)
        text = self.tr(
            "The %n rows set aside are in {file}: correct the cells named in its Problem "
            "column, then import that file.",
            "",
            count,
        ).format(file=written)
        self.status.setText(grouped_count(text, count))

    def confirm(self) -> None:
        preview, ctx = self.preview, self.ctx
        if preview is None:
            return
        self.import_button.setEnabled(False)
        run_in_background(
            self, lambda _p, _c: commit_import(ctx, preview), on_success=self.done_import,
            on_failure=self.show_failure, progress_label=self.tr("Importing"),
        )  # fmt: skip

    def done_import(self, result: ImportResult) -> None:
        self.result_ = result
        text = self.tr(
            "Imported {organisations_new} new and {organisations_changed} changed "
            "organisations, {contacts_new} new and {contacts_changed} changed contacts."
        ).format(
            organisations_new=number_text(result.organisations_created),
            organisations_changed=number_text(result.organisations_changed),
            contacts_new=number_text(result.contacts_created),
            contacts_changed=number_text(result.contacts_changed),
        )
        if result.rows_set_aside:
            aside = self.tr(
                "%n rows set aside: save them with 'Save rows set aside…', "
                "correct them and import that file.",
                "",
                result.rows_set_aside,
            )
            text += "\n" + grouped_count(aside, result.rows_set_aside)
        self.status.setText(text)
        self._enable()
        hub_for(self.ctx).announce(result.changes)
