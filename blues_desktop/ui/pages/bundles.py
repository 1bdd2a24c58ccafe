"""The Bundles page: send this office's changes, import bundles after a verify report,
the history of bundles, and whose cards are registered (the key exchange itself is the
Partners and keys dialog, ui/keys/dialog.py)."""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
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

from blues_desktop.bundles.export import ExportResult, preview_export
from blues_desktop.bundles.format import SUFFIX
from blues_desktop.bundles.merge import ImportResult, history
from blues_desktop.bundles.report import Verified
from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.services.context import AppContext
from blues_desktop.services.keys import keys_are_encrypted
from blues_desktop.services.partners import PartnerInfo, list_partners
from blues_desktop.ui import jobs
from blues_desktop.ui.bundles.report import preview_text, verify_text
from blues_desktop.ui.lists import EmptyState
from blues_desktop.ui.locale_format import datetime_text, grouped_count, number_text
from blues_desktop.ui.messages import say
from blues_desktop.ui.operations import run_in_process, run_read
from blues_desktop.ui.pages.base import Page
from blues_desktop.ui.widgets import list_menu

# The history's stored words (bundle_log.direction and .result), as the window says them.
HISTORY_WORDS = {
    "export": QT_TRANSLATE_NOOP("bundles", "export"),
    "import": QT_TRANSLATE_NOOP("bundles", "import"),
    "ok": QT_TRANSLATE_NOOP("bundles", "ok"),
    "warning": QT_TRANSLATE_NOOP("bundles", "warning"),
    "refused": QT_TRANSLATE_NOOP("bundles", "refused"),
    "failed": QT_TRANSLATE_NOOP("bundles", "failed"),
}


def history_word(stored: str) -> str:
    """A stored direction or result in the window's language (an unknown one as stored)."""
    if stored not in HISTORY_WORDS:
        return stored
    return QCoreApplication.translate("bundles", HISTORY_WORDS[stored])


def reason_text(english: str | None, said: str | None) -> str:
    """Why a bundle was refused (or what it warned of: the history's `message` and
    `message_said`) in the window's language; a row written before the reason was kept
    whole, or one this version cannot read, in its English."""
    if said:
        try:
            return say(Message.from_json(said))
        except ValueError:
            pass
    return english or ""


HISTORY_RESULT = 6  # the history's column that says what happened, and why


def _table(headers: list[str], shared: int) -> QTableWidget:
    """A few rows, each column as wide as its contents but the `shared` one, which takes
    the rest: a refusal's long reason is shortened there (whole in its tooltip) instead of
    widening the table past the window."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(shared, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
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
            item = QTableWidgetItem(value)
            item.setToolTip(value)  # whole where the column shortens it
            table.setItem(r, c, item)


def keys_summary(partners: list[PartnerInfo], own_code: str, coordinator_here: bool) -> str:
    """Whose bundles this office can take, in one or two sentences. A partner needs the
    coordinator's card only (the coordinator's bundle brings the others')."""
    others = [p for p in partners if p.code != own_code]
    if not coordinator_here:
        coordinator = next((p for p in others if p.is_coordinator), None)
        if coordinator is not None and coordinator.fingerprint and coordinator.revoked_at is None:
            return (
                QCoreApplication.translate("bundles", "The coordinator's card ({code}) is registered: you can send and receive bundles.").format(code=coordinator.code)
            )
        return (
            QCoreApplication.translate("bundles", "The coordinator's card is not registered yet: register it in Partners and keys "
            "before you send a bundle.")
        )
    trusted = ", ".join(p.code for p in others if p.fingerprint and p.revoked_at is None)
    missing = ", ".join(p.code for p in others if not p.fingerprint or p.revoked_at is not None)
    if not missing:
        return QCoreApplication.translate("bundles", "Every partner's card is registered ({trusted}).").format(trusted=trusted)
    if not trusted:
        return (
            QCoreApplication.translate("bundles", "No partner's card is registered yet ({missing}): register them to exchange bundles.").format(missing=missing)
        )
    return QCoreApplication.translate("bundles", "Cards registered: {trusted}. Not registered (or revoked): {missing}.").format(trusted=trusted, missing=missing)


class BundlesPage(Page):
    title = "Bundles"
    kinds = frozenset({Kind.BUNDLES, Kind.OFFICES})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(QLabel(self.tr("<h2>Bundles</h2>")))
        send = QGroupBox(
            self.tr("Send to every partner")
            if ctx.office.is_coordinator
            else self.tr("Send to the coordinator")
        )
        send_layout = QVBoxLayout(send)
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        send_layout.addWidget(self.preview_label)
        row = QHBoxLayout()
        self.full = QCheckBox(self.tr("Everything (a full bundle)"))
        self.full.toggled.connect(self.refresh)
        self.send_button = QPushButton(self.tr("Write bundle…"))
        self.send_button.clicked.connect(self.send)
        row.addWidget(self.full)
        row.addStretch(1)
        row.addWidget(self.send_button)
        send_layout.addLayout(row)
        layout.addWidget(send)

        receive = QGroupBox(self.tr("Receive"))
        receive_layout = QHBoxLayout(receive)
        receive_layout.addWidget(
            QLabel(self.tr("Import bundles ({SUFFIX} files), or drop them on this page.").format(SUFFIX=SUFFIX))
        )
        self.import_button = QPushButton(self.tr("Import bundles…"))
        self.import_button.clicked.connect(self.choose_imports)
        receive_layout.addStretch(1)
        receive_layout.addWidget(self.import_button)
        layout.addWidget(receive)
        self.status = QLabel()
        self.status.setObjectName("bundleStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        layout.addWidget(QLabel(self.tr("<b>History</b>")))
        self.history = _table(
            [self.tr("When (UTC)"), self.tr("Direction"), self.tr("Office"), self.tr("Bundle"), self.tr("File"), self.tr("Rows"), self.tr("Result"), self.tr("By")],
            shared=HISTORY_RESULT,
        )
        layout.addWidget(self.history, 2)
        self.history_empty = EmptyState(
            self.history,
            self.tr("No bundle written or imported yet. Write one to send this office's changes, "
            "or import a bundle you received."),
            self.tr("Write bundle…"),
            self.send,
        )
        keys = QGroupBox(self.tr("Partners and keys"))
        keys_layout = QHBoxLayout(keys)
        self.keys_summary = QLabel()
        self.keys_summary.setObjectName("keysSummary")
        self.keys_summary.setWordWrap(True)
        keys_layout.addWidget(self.keys_summary, 1)
        self.keys_button = QPushButton(self.tr("Partners and keys…"))
        self.keys_button.setToolTip(
            self.tr("Your office card and its QR code, partners' cards, changing or revoking keys.")
        )
        self.keys_button.clicked.connect(self.open_keys)
        keys_layout.addWidget(self.keys_button)
        layout.addWidget(keys)
        list_menu(self.history, self.send_button, self.import_button)
        self.refresh()

    # -- reading -------------------------------------------------------------------
    def refresh(self) -> None:
        full = self.full.isChecked()
        ctx = self.ctx
        run_read(
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
                    datetime_text(log.processed_at, local=False), history_word(log.direction),
                    log.office_id or "—",
                    str(log.sequence) if log.sequence else "—",
                    log.file_name, number_text(rows_moved(log.rows)),
                    history_word(log.result) + (f": {reason_text(log.message, log.message_said)}" if log.message else ""),
                    log.user_name or "—",
                ]
                for log in logs
            ],
        )  # fmt: skip
        self.keys_summary.setText(
            keys_summary(partners, self.ctx.office_code, self.ctx.office.is_coordinator)
        )

    # -- actions ---------------------------------------------------------------------
    def _passphrase(self) -> str | None | bool:
        """The key passphrase if the keys have one; False if the user cancelled."""
        if not keys_are_encrypted(self.ctx.paths.keys):
            return None
        text, ok = QInputDialog.getText(
            self, self.tr("Office key"), self.tr("Passphrase of the office keys:"), QLineEdit.EchoMode.Password
        )
        return text if ok else False

    def send(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Where to write the bundle (a USB stick, a mail folder)")
        )
        if folder:
            self.write_bundle(Path(folder))

    def write_bundle(self, folder: Path) -> None:
        passphrase = self._passphrase()
        if passphrase is False:
            return
        run_in_process(
            self,
            self.ctx,
            partial(
                jobs.write_bundle,
                folder=folder,
                full=self.full.isChecked(),
                passphrase=passphrase if isinstance(passphrase, str) else None,
            ),
            on_success=self._sent,
            progress_label=self.tr("Writing the bundle"),
        )

    def _sent(self, result: ExportResult) -> None:
        self.status.setText(
            self.tr("Wrote {file} ({records} records) to {folder}").format(
                file=result.path.name,
                records=number_text(sum(result.rows.values())),
                folder=result.path.parent,
            )
        )
        # The bundle log changed too: this page refreshes through the same signal.
        self.announce(result.changes | Changes.of(Kind.BUNDLES))

    def choose_imports(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import bundles"), "", self.tr("BLUES bundles (*{SUFFIX})").format(SUFFIX=SUFFIX)
        )
        if names:
            self.import_files([Path(n) for n in names])

    def import_files(self, paths: list[Path], *, confirm: bool = True) -> None:
        """Verify every file, show the report, and import the ones that passed if confirmed."""
        passphrase = self._passphrase()
        if passphrase is False:
            return
        key = passphrase if isinstance(passphrase, str) else None

        def verified(reports: list[Verified]) -> None:
            self.last_report = "\n\n".join(verify_text(report) for report in reports)
            good = [report.path for report in reports if report.ok]
            if not good:
                self.refresh()  # the refused files are in the history now
                QMessageBox.warning(self, self.tr("Nothing to import"), self.last_report)
                return
            if confirm:
                answer = QMessageBox.question(
                    self, self.tr("Import bundles?"), self.last_report + "\n\n" + self.tr("Import %n bundles?", "", len(good))
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return
            run_in_process(
                self,
                self.ctx,
                partial(jobs.import_bundles, paths=good, passphrase=key),
                on_success=self._imported,
                progress_label=self.tr("Importing bundles"),
            )

        run_in_process(
            self,
            self.ctx,
            partial(jobs.verify_bundles, paths=paths, passphrase=key),
            on_success=verified,
            progress_label=self.tr("Verifying bundles"),
        )

    def _imported(self, results: list[ImportResult]) -> None:
        lines = [
            self.tr("{file}: already imported on {date}").format(
                file=r.file_name, date=say(r.already_imported_on)
            )
            if r.already_imported_on
            else grouped_count(
                self.tr("{file}: %n records new or updated", "", r.changed_rows),
                r.changed_rows,
            ).format(file=r.file_name)
            for r in results
        ]
        self.last_result = "\n".join(lines)
        self.status.setText(self.last_result)
        changes = Changes.of(Kind.BUNDLES)
        for result in results:
            changes |= result.changes
        self.announce(changes)

    def open_keys(self) -> QWidget:
        from blues_desktop.ui.keys.dialog import PartnersKeysDialog

        dialog = PartnersKeysDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per opening
        dialog.open()
        return dialog

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
