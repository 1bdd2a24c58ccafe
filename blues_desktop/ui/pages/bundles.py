"""The Bundles page: send this office's changes, import bundles after a verify report,
the history of bundles, and the partner registry with fingerprints."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from blues_desktop.bundles.export import ExportResult, export_bundle, preview_export
from blues_desktop.bundles.format import SUFFIX, BundleError
from blues_desktop.bundles.history import REFUSED, log_outcome
from blues_desktop.bundles.merge import ImportResult, history, import_bundle, verify_file
from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.domain.labels import country_label
from blues_desktop.services.context import AppContext
from blues_desktop.services.keys import keys_are_encrypted
from blues_desktop.services.partners import list_partners, read_card, register_card
from blues_desktop.ui.bundles.report import preview_text, verify_text
from blues_desktop.ui.operations import run_in_background
from blues_desktop.ui.pages.base import Page


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    return table


def rows_moved(rows_json: str) -> int:
    """Records a bundle carried (export) or changed here (import: new + updated)."""
    total = 0
    for value in json.loads(rows_json).values():
        total += value if isinstance(value, int) else value.get("new", 0) + value.get("updated", 0)
    return total


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))


class BundlesPage(Page):
    title = "Bundles"
    kinds = frozenset({Kind.BUNDLES, Kind.OFFICES})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(QLabel("<h2>Bundles</h2>"))
        target = "every partner" if ctx.office.is_coordinator else "the coordinator"
        send = QGroupBox(f"Send to {target}")
        send_layout = QVBoxLayout(send)
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        send_layout.addWidget(self.preview_label)
        row = QHBoxLayout()
        self.full = QCheckBox("Everything (a full bundle)")
        self.full.toggled.connect(self.refresh)
        self.send_button = QPushButton("Write bundle…")
        self.send_button.clicked.connect(self.send)
        row.addWidget(self.full)
        row.addStretch(1)
        row.addWidget(self.send_button)
        send_layout.addLayout(row)
        layout.addWidget(send)

        receive = QGroupBox("Receive")
        receive_layout = QHBoxLayout(receive)
        receive_layout.addWidget(
            QLabel(f"Import bundles ({SUFFIX} files), or drop them on this page.")
        )
        self.import_button = QPushButton("Import bundles…")
        self.import_button.clicked.connect(self.choose_imports)
        receive_layout.addStretch(1)
        receive_layout.addWidget(self.import_button)
        layout.addWidget(receive)
        self.status = QLabel()
        self.status.setObjectName("bundleStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        layout.addWidget(QLabel("<b>History</b>"))
        self.history = _table(
            ["When (UTC)", "Direction", "Office", "Bundle", "File", "Rows", "Result", "By"]
        )
        layout.addWidget(self.history, 2)
        registry_head = QHBoxLayout()
        registry_head.addWidget(QLabel("<b>Partner registry</b> — compare fingerprints by phone"))
        registry_head.addStretch(1)
        self.card_button = QPushButton("Register office card…")
        self.card_button.clicked.connect(self.register_card)
        registry_head.addWidget(self.card_button)
        layout.addLayout(registry_head)
        self.registry = _table(["Office", "Name", "Country", "Role", "Fingerprint", "Status"])
        layout.addWidget(self.registry, 1)
        self.refresh()

    # -- reading -------------------------------------------------------------------
    def refresh(self) -> None:
        full = self.full.isChecked()
        ctx = self.ctx
        run_in_background(
            self,
            lambda _p, _c: (preview_export(ctx, full=full), history(ctx), list_partners(ctx)),
            on_success=self._show,
        )

    def _show(self, data: tuple) -> None:  # type: ignore[type-arg]
        preview, logs, partners = data
        self.preview_label.setText(preview_text(preview))
        _fill(
            self.history,
            [
                [
                    f"{log.processed_at:%Y-%m-%d %H:%M}", log.direction, log.office_id or "—",
                    str(log.sequence) if log.sequence else "—",
                    log.file_name, f"{rows_moved(log.rows):,}",
                    log.result + (f": {log.message}" if log.message else ""),
                    log.user_name or "—",
                ]
                for log in logs
            ],
        )  # fmt: skip
        _fill(
            self.registry,
            [
                [
                    p.code,
                    p.name,
                    country_label(p.country),
                    "coordinator" if p.is_coordinator else "partner",
                    p.fingerprint or "—",
                    p.status,
                ]
                for p in partners
            ],
        )

    # -- actions ---------------------------------------------------------------------
    def _passphrase(self) -> str | None | bool:
        """The key passphrase if the keys have one; False if the user cancelled."""
        if not keys_are_encrypted(self.ctx.paths.keys):
            return None
        text, ok = QInputDialog.getText(
            self, "Office key", "Passphrase of the office keys:", QLineEdit.EchoMode.Password
        )
        return text if ok else False

    def send(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, "Where to write the bundle (a USB stick, a mail folder)"
        )
        if folder:
            self.write_bundle(Path(folder))

    def write_bundle(self, folder: Path) -> None:
        passphrase = self._passphrase()
        if passphrase is False:
            return
        full, ctx = self.full.isChecked(), self.ctx
        run_in_background(
            self,
            lambda progress, cancel: export_bundle(
                ctx,
                folder,
                full=full,
                passphrase=passphrase if isinstance(passphrase, str) else None,
                progress=progress,
                cancel=cancel,
            ),
            on_success=self._sent,
            progress_label="Writing the bundle",
        )

    def _sent(self, result: ExportResult) -> None:
        self.status.setText(
            f"Wrote {result.path.name} ({sum(result.rows.values()):,} records) to {result.path.parent}"
        )
        # The bundle log changed too: this page refreshes through the same signal.
        self.announce(result.changes | Changes.of(Kind.BUNDLES))

    def choose_imports(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, "Import bundles", "", f"BLUES bundles (*{SUFFIX})"
        )
        if names:
            self.import_files([Path(n) for n in names])

    def import_files(self, paths: list[Path], *, confirm: bool = True) -> None:
        """Verify every file, show the report, and import the ones that passed if confirmed."""
        passphrase = self._passphrase()
        if passphrase is False:
            return
        ctx = self.ctx

        def verify_all(_progress: object, _cancel: object) -> list[tuple[Path, str, bool]]:
            reports = []
            for path in paths:
                try:
                    reports.append(
                        (
                            path,
                            verify_text(
                                verify_file(
                                    ctx,
                                    path,
                                    passphrase=passphrase if isinstance(passphrase, str) else None,
                                )
                            ),
                            True,
                        )
                    )
                except BundleError as exc:
                    reports.append((path, f"REFUSED {exc}", False))
                    log_outcome(ctx, path, REFUSED, exc.reason)  # listed in the history
            return reports

        def verified(reports: list[tuple[Path, str, bool]]) -> None:
            self.last_report = "\n\n".join(text for _p, text, _ok in reports)
            good = [p for p, _t, ok in reports if ok]
            if not good:
                self.refresh()  # the refused files are in the history now
                QMessageBox.warning(self, "Nothing to import", self.last_report)
                return
            if confirm:
                answer = QMessageBox.question(
                    self, "Import bundles?", self.last_report + f"\n\nImport {len(good)} bundle(s)?"
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return
            run_in_background(
                self,
                lambda progress, cancel: [
                    import_bundle(
                        ctx,
                        p,
                        passphrase=passphrase if isinstance(passphrase, str) else None,
                        progress=progress,
                        cancel=cancel,
                    )
                    for p in good
                ],
                on_success=self._imported,
                progress_label="Importing bundles",
            )

        run_in_background(self, verify_all, on_success=verified, progress_label="Verifying bundles")

    def _imported(self, results: list[ImportResult]) -> None:
        lines = [
            f"{r.file_name}: already imported on {r.already_imported_on}" if r.already_imported_on
            else f"{r.file_name}: {r.changed_rows:,} records new or updated" for r in results
        ]  # fmt: skip
        self.last_result = "\n".join(lines)
        self.status.setText(self.last_result)
        changes = Changes.of(Kind.BUNDLES)
        for result in results:
            changes |= result.changes
        self.announce(changes)

    def register_card(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Register an office card", "", "Office cards (*.card *.json);;All files (*)"
        )
        if not name:
            return
        ctx = self.ctx
        run_in_background(
            self,
            lambda _p, _c: register_card(ctx, read_card(Path(name))),
            on_success=self._registered,
        )

    def _registered(self, change: object) -> None:
        self.status.setText(
            f"Registered office {change.code}, fingerprint {change.fingerprint}: "  # type: ignore[attr-defined]
            "compare it with them by phone."
        )
        self.refresh()

    # -- drag and drop ---------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if any(url.toLocalFile().endswith(SUFFIX) for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        paths = [
            Path(url.toLocalFile())
            for url in event.mimeData().urls()
            if url.toLocalFile().endswith(SUFFIX)
        ]
        if paths:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.import_files(paths)
