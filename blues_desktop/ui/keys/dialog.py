"""Partners and keys, opened from the Bundles page: the whole key exchange in the window.

Top, this office's card: the fingerprint to read aloud, the day the keys were made, the
QR code to show on a call, "Save my card…" (the file partners register) and "Change
this office's keys…". Below, the partner registry with each office's fingerprint and
state, "Register a partner's card…" and "Revoke a key…". Every read and write runs on
ui/operations.py's lanes; every change is announced on the change hub, so the Bundles
page (and this dialog) refresh from it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP
from blues_desktop.services.context import AppContext
from blues_desktop.services.key_rotation import KeyRotation, OwnKeys, own_keys, rotate_own_keys
from blues_desktop.services.keys import card_file_name, save_card
from blues_desktop.services.partners import (
    CardCheck,
    CardVerdict,
    PartnerChange,
    PartnerInfo,
    examine_card,
    list_partners,
    read_card,
    register_card,
    revoke,
)
from blues_desktop.ui.change_hub import hub_for
from blues_desktop.ui.keys.card_view import (
    fingerprint_groups,
    fingerprint_label,
    made_on_text,
    show_qr,
)
from blues_desktop.ui.keys.confirmations import (
    RegisterCardDialog,
    RevokeKeyDialog,
    RotateKeysDialog,
)
from blues_desktop.ui.locale_format import date_text
from blues_desktop.ui.operations import run_in_background, run_read
from blues_desktop.ui.rows_model import DISPLAY, Index, RowsModel
from blues_desktop.ui.widgets import button, hrow, table_view

CARD_FILTER = QT_TRANSLATE_NOOP("dialog", "Office cards (*.json *.card);;All files (*)")


def partner_state(partner: PartnerInfo) -> str:
    if partner.revoked_at is not None:
        return QCoreApplication.translate("PartnersModel", "Revoked on {date}").format(
            date=date_text(partner.revoked_at.date())
        )
    if partner.registered_at is not None and partner.fingerprint:
        return QCoreApplication.translate("PartnersModel", "Registered on {date}").format(
            date=date_text(partner.registered_at.date())
        )
    return QCoreApplication.translate("PartnersModel", "No card registered yet")


class PartnersModel(RowsModel):
    headers = (QT_TRANSLATE_NOOP("PartnersModel", "Office"), QT_TRANSLATE_NOOP("PartnersModel", "Role"), QT_TRANSLATE_NOOP("PartnersModel", "Fingerprint"), QT_TRANSLATE_NOOP("PartnersModel", "State"))

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or role != DISPLAY:
            return None
        p: PartnerInfo = self.row_at(index.row())
        role_text = self.tr("Coordinator") if p.is_coordinator else self.tr("Partner")
        fingerprint = fingerprint_groups(p.fingerprint) if p.fingerprint else "—"
        cells = (f"{p.name} ({p.code})", role_text, fingerprint, partner_state(p))
        return cells[index.column()]


class PartnersKeysDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.own: OwnKeys | None = None
        self.setWindowTitle(self.tr("Partners and keys"))
        self.resize(980, 660)
        layout = QVBoxLayout(self)

        mine = QGroupBox(self.tr("This office's card"))
        grid = QGridLayout(mine)
        self.office_label = QLabel()
        self.office_label.setWordWrap(True)
        self.fingerprint = fingerprint_label("")
        self.made_on = QLabel()
        how = QLabel(
            self.tr("Partners compare this fingerprint with the one their window shows when they "
            "register your card: read it aloud on a call, group by group, or let them scan "
            "the QR code with a phone.")
        )
        how.setWordWrap(True)
        self.save_button = button(self.tr("Save my card to a file…"), self.save_card)
        self.rotate_button = button(self.tr("Change this office's keys…"), self.ask_rotate)
        self.qr = QLabel()
        self.qr.setObjectName("cardQr")
        self.qr.setMinimumSize(300, 300)
        grid.addWidget(self.office_label, 0, 0)
        grid.addWidget(QLabel(self.tr("Fingerprint:")), 1, 0)
        grid.addWidget(self.fingerprint, 2, 0)
        grid.addWidget(self.made_on, 3, 0)
        grid.addWidget(how, 4, 0)
        grid.addLayout(hrow(self.save_button, self.rotate_button), 5, 0)
        grid.setRowStretch(6, 1)
        grid.addWidget(self.qr, 0, 1, 7, 1)
        grid.setColumnStretch(0, 1)
        layout.addWidget(mine)

        theirs = QGroupBox(self.tr("Partners"))
        partners_layout = QVBoxLayout(theirs)
        if ctx.office.is_coordinator:
            intro = (
                self.tr("An office's bundles are taken only when its card is registered here. "
                "Register each partner's card; your bundle carries them to the other partners.")
            )
        else:
            intro = (
                self.tr("An office's bundles are taken only when its card is registered here. Register "
                "the coordinator's card; the coordinator's bundle brings the other partners' cards.")
            )
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        partners_layout.addWidget(intro_label)
        self.model = PartnersModel()
        self.view = table_view(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(self._enable)
        partners_layout.addWidget(self.view, 1)
        self.register_button = button(self.tr("Register a partner's card…"), self.choose_card)
        self.revoke_button = button(self.tr("Revoke the key…"), self.ask_revoke)
        partners_layout.addLayout(hrow(self.register_button, self.revoke_button))
        layout.addWidget(theirs, 1)
        self.status = QLabel()
        self.status.setObjectName("keysStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        layout.addLayout(hrow(button(self.tr("Close"), self.accept)))
        self._enable()
        hub_for(ctx).changed.connect(self._heard)
        self.refresh()

    # -- reading -------------------------------------------------------------------
    def _heard(self, changes: Changes) -> None:
        if Kind.OFFICES in changes:
            self.refresh()

    def refresh(self) -> None:
        ctx = self.ctx
        run_read(self, lambda _p, _c: (own_keys(ctx), list_partners(ctx)), on_success=self._show)

    def _show(self, data: tuple[OwnKeys, list[PartnerInfo]]) -> None:
        own, partners = data
        self.own = own
        card = own.card
        office = f"<b>{self.ctx.office.name} ({card.office})</b>"  # markup and fields: not marked
        self.office_label.setText(office)
        self.fingerprint.setText(fingerprint_groups(card.fingerprint))
        self.made_on.setText(made_on_text(card))
        show_qr(self.qr, card)
        selected = self.selected()
        self.model.set_rows([p for p in partners if p.code != self.ctx.office_code])
        if selected is not None:  # the same office stays chosen after a refresh
            for row in range(self.model.rowCount()):
                if self.model.row_at(row).code == selected.code:
                    self.view.selectRow(row)
        self._enable()

    def selected(self) -> PartnerInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _enable(self, *_args: object) -> None:
        partner = self.selected()
        self.revoke_button.setEnabled(
            partner is not None and bool(partner.fingerprint) and partner.revoked_at is None
        )
        self.save_button.setEnabled(self.own is not None)
        self.rotate_button.setEnabled(self.own is not None)

    def _say(self, text: str) -> None:
        self.status.setText(text)

    # -- this office's card ------------------------------------------------------------
    def save_card(self) -> None:
        if self.own is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save my office card"), str(Path.home() / card_file_name(self.own.card)),
            QCoreApplication.translate("dialog", CARD_FILTER),
        )  # fmt: skip
        if name:
            self.write_card(Path(name))

    def write_card(self, target: Path) -> None:
        if self.own is None:
            return
        card = self.own.card
        run_in_background(
            self,
            lambda _p, _c: save_card(card, target),
            on_success=lambda path: self._say(
                self.tr("Saved the card of {office} to {path}. Send it to your partners (e-mail or USB stick), then compare the fingerprint with them on a call.").format(office=card.office, path=path)
            ),
        )

    def ask_rotate(self) -> RotateKeysDialog | None:
        if self.own is None:
            return None
        dialog = RotateKeysDialog(self, self.ctx.office.name, encrypted=self.own.encrypted)
        self.setProperty("rotate_dialog", dialog)  # reachable for tests and screenshots
        dialog.accepted.connect(
            lambda: self.rotate(dialog.reason.text(), dialog.passphrase.text() or None)
        )
        dialog.open()
        return dialog

    def rotate(self, reason: str, passphrase: str | None) -> None:
        ctx = self.ctx
        run_in_background(
            self,
            lambda _p, _c: rotate_own_keys(ctx, reason, passphrase),
            on_success=self._rotated,
            progress_label=self.tr("Making the new keys"),
        )

    def _rotated(self, rotation: KeyRotation) -> None:
        self._say(
            self.tr("New keys made: the fingerprint is now {fingerprint}. Save the new card and send it to every partner; they refuse your bundles until they register it.").format(fingerprint=fingerprint_groups(rotation.card.fingerprint))
        )
        hub_for(self.ctx).announce(rotation.changes)

    # -- partners' cards -------------------------------------------------------------
    def choose_card(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Register a partner's card"), "", QCoreApplication.translate("dialog", CARD_FILTER))
        if name:
            self.open_card(Path(name))

    def open_card(self, path: Path) -> None:
        """Read the card and what registering it would do, then ask (or refuse)."""
        ctx = self.ctx
        run_read(
            self, lambda _p, _c: examine_card(ctx, read_card(path)), on_success=self._ask_trust
        )

    def _ask_trust(self, check: CardCheck) -> None:
        if check.verdict is CardVerdict.SAME:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Card already registered"),
                self.tr("The card of {office_name} is registered here with this key already (fingerprint {fingerprint}). Nothing changed.").format(office_name=check.office_name, fingerprint=fingerprint_groups(check.card.fingerprint)),
                QMessageBox.StandardButton.Close,
                self,
            )
            self.setProperty("same_card_box", box)  # reachable for tests
            box.open()
            return
        dialog = RegisterCardDialog(self, check)
        self.setProperty("register_dialog", dialog)  # reachable for tests and screenshots
        dialog.accepted.connect(lambda: self.trust(check, dialog.reason.text()))
        dialog.open()

    def trust(self, check: CardCheck, reason: str) -> None:
        ctx, rotation = self.ctx, check.verdict is CardVerdict.ROTATION
        run_in_background(
            self,
            lambda _p, _c: register_card(ctx, check.card, replace=rotation, reason=reason),
            on_success=lambda change: self._trusted(check, change),
        )

    def _trusted(self, check: CardCheck, change: PartnerChange) -> None:
        groups = fingerprint_groups(change.fingerprint)
        if check.verdict is CardVerdict.ROTATION:
            self._say(self.tr("The key of {office_name} was replaced; its fingerprint is {groups}.").format(office_name=check.office_name, groups=groups))
        else:
            self._say(
                self.tr("Registered the card of {office_name} (fingerprint {groups}): its bundles are taken from now on.").format(office_name=check.office_name, groups=groups)
            )
        hub_for(self.ctx).announce(change.changes)

    def ask_revoke(self) -> RevokeKeyDialog | None:
        partner = self.selected()
        if partner is None:
            return None
        dialog = RevokeKeyDialog(self, partner, coordinator_here=self.ctx.office.is_coordinator)
        self.setProperty("revoke_dialog", dialog)  # reachable for tests and screenshots
        dialog.accepted.connect(lambda: self.revoke(partner, dialog.reason.text()))
        dialog.open()
        return dialog

    def revoke(self, partner: PartnerInfo, reason: str) -> None:
        ctx = self.ctx
        run_in_background(
            self,
            lambda _p, _c: revoke(ctx, partner.code, reason),
            on_success=lambda change: self._revoked(partner, change),
        )

    def _revoked(self, partner: PartnerInfo, change: PartnerChange) -> None:
        self._say(self.tr("The key of {name} is revoked: its bundles are refused from now on.").format(name=partner.name))
        hub_for(self.ctx).announce(change.changes)
