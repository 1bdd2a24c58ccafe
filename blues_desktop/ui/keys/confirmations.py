"""The three questions of the key exchange, each saying what it means before anything
is trusted or changed: register a partner's card (the fingerprint compared first),
change this office's keys, revoke a partner's key.

Cancel is the default button of each: Enter or Escape on an unread dialog changes
nothing. The act's button stays disabled until the user confirmed what the dialog asks
(the fingerprint compared, a reason given)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from blues_desktop.services.partners import CardCheck, CardVerdict, PartnerInfo
from blues_desktop.ui.keys.card_view import fingerprint_groups, fingerprint_label, made_on_text
from blues_desktop.ui.locale_format import date_text


def _text(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class _Question(QDialog):
    """A dialog whose act button (`self.act`) is enabled by `ready()`; Cancel is default."""

    def __init__(self, parent: QWidget | None, title: str, act_text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.layout_ = QVBoxLayout(self)
        self.buttons = QDialogButtonBox()
        self.act: QPushButton = self.buttons.addButton(
            act_text, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel: QPushButton = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.act.setAutoDefault(False)
        self.cancel.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.buttons)
        self.update_ready()
        self.cancel.setFocus()

    def ready(self) -> bool:
        return True

    def update_ready(self) -> None:
        self.act.setEnabled(self.ready())


class RegisterCardDialog(_Question):
    """Trust a partner's card once its fingerprint was compared with them; a card with
    another key for a registered office is a rotation and needs a reason too."""

    def __init__(self, parent: QWidget | None, check: CardCheck) -> None:
        rotation = check.verdict is CardVerdict.ROTATION
        name, card = check.office_name, check.card
        super().__init__(
            parent,
            QCoreApplication.translate("RegisterCardDialog", "New keys for {name}").format(name=name) if rotation else QCoreApplication.translate("RegisterCardDialog", "Register the card of {name}").format(name=name),
            QCoreApplication.translate("RegisterCardDialog", "Replace the key") if rotation else QCoreApplication.translate("RegisterCardDialog", "Register the card"),
        )
        self.check = check
        if rotation:
            fingerprint = fingerprint_groups(check.registered_fingerprint or "")
            if check.registered_at:
                replaced = self.tr(
                    "{name} is registered here with other keys (fingerprint {fingerprint}, "
                    "registered on {date}). This card replaces them: from now on their bundles "
                    "signed with the old keys are refused here, and the bundles you write are "
                    "encrypted to the new key."
                ).format(
                    name=name, fingerprint=fingerprint, date=date_text(check.registered_at.date())
                )
            else:
                replaced = self.tr(
                    "{name} is registered here with other keys (fingerprint {fingerprint}, "
                    "registered on an earlier day). This card replaces them: from now on their "
                    "bundles signed with the old keys are refused here, and the bundles you "
                    "write are encrypted to the new key."
                ).format(name=name, fingerprint=fingerprint)
            self.layout_.addWidget(_text(replaced))
            self.layout_.addWidget(
                _text(
                    self.tr("An office's keys change when it changes them on purpose (a new or a lost laptop). If {name} did not tell you they changed their keys, do not replace the key: call them first.").format(name=name)
                )
            )
        self.layout_.addWidget(
            _text(
                self.tr("Before {name} is trusted, compare this fingerprint with them: call them and have them read theirs aloud (their window shows it under Partners and keys), or scan the QR code they show you. Go on only if every group matches.").format(name=name)
            )
        )
        self.layout_.addWidget(fingerprint_label(card.fingerprint))
        self.layout_.addWidget(_text(made_on_text(card)))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("For example: they changed their keys after a new laptop"))
        self.reason.textChanged.connect(self.update_ready)
        if rotation:
            form = QFormLayout()
            form.addRow(self.tr("Why the key is replaced:"), self.reason)
            self.layout_.addLayout(form)
        self.compared = QCheckBox(
            self.tr("I compared the fingerprint with {name}, and every group matches.").format(name=name)
        )
        self.compared.toggled.connect(self.update_ready)
        self.layout_.addWidget(self.compared)
        self.finish_layout()

    @property
    def is_rotation(self) -> bool:
        return self.check.verdict is CardVerdict.ROTATION

    def ready(self) -> bool:
        if not self.compared.isChecked():
            return False
        return bool(self.reason.text().strip()) or not self.is_rotation


class RotateKeysDialog(_Question):
    """Change this office's own keys: what it means, why, and the passphrase if any."""

    def __init__(self, parent: QWidget | None, office_name: str, *, encrypted: bool) -> None:
        super().__init__(parent, QCoreApplication.translate("RotateKeysDialog", "Change this office's keys"), QCoreApplication.translate("RotateKeysDialog", "Change the keys"))
        self.layout_.addWidget(
            _text(
                self.tr("New keys are made for {office_name}. Change them when the laptop that holds them was lost or stolen, when someone who knew the passphrase left, or once a year.").format(office_name=office_name)
            )
        )
        self.layout_.addWidget(
            _text(
                self.tr("What it means: from now on your bundles are signed with the new key. Every "
                "partner that registered your current card refuses them until it registers "
                "your new card, so send the new card to each of them (and to the "
                "coordinator) and compare the new fingerprint on a call. The old keys are "
                "kept, retired: bundles already sealed to them still open here.")
            )
        )
        form = QFormLayout()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("For example: yearly change, or the laptop was lost"))
        self.reason.textChanged.connect(self.update_ready)
        form.addRow(self.tr("Why the keys are changed:"), self.reason)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        if encrypted:
            form.addRow(self.tr("Passphrase of the office keys:"), self.passphrase)
            self.layout_.addLayout(form)
            self.layout_.addWidget(_text(self.tr("The new keys are protected by the same passphrase.")))
        else:
            self.layout_.addLayout(form)
        self.encrypted = encrypted
        self.passphrase.textChanged.connect(self.update_ready)
        self.finish_layout()

    def ready(self) -> bool:
        if not self.reason.text().strip():
            return False
        return bool(self.passphrase.text()) or not self.encrypted


class RevokeKeyDialog(_Question):
    """Stop trusting a partner's key: what it does here and (coordinator) for everyone."""

    def __init__(
        self, parent: QWidget | None, partner: PartnerInfo, *, coordinator_here: bool
    ) -> None:
        name = partner.name
        super().__init__(parent, QCoreApplication.translate("RevokeKeyDialog", "Revoke the key of {name}").format(name=name), QCoreApplication.translate("RevokeKeyDialog", "Revoke the key"))
        self.layout_.addWidget(
            _text(
                self.tr("Revoke a key when it is lost, stolen or no longer used by {name} (fingerprint {value}).").format(name=name, value=fingerprint_groups(partner.fingerprint or ''))
            )
        )
        self.layout_.addWidget(
            _text(
                self.tr("From now on, bundles signed with this key are refused here, and the bundles you write are no longer encrypted to {name}. A revoked key is never trusted again: only a new card, after {name} changes its keys, is.").format(name=name)
            )
        )
        if coordinator_here:
            self.layout_.addWidget(
                _text(
                    self.tr("Your next bundle tells every partner that this key is revoked, so they "
                    "stop trusting it too.")
                )
            )
        elif partner.is_coordinator:
            self.layout_.addWidget(
                _text(
                    self.tr("This is the coordinator: you cannot send bundles until you register "
                    "the coordinator's new card.")
                )
            )
        form = QFormLayout()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("For example: their laptop was stolen"))
        self.reason.textChanged.connect(self.update_ready)
        form.addRow(self.tr("Why the key is revoked:"), self.reason)
        self.layout_.addLayout(form)
        self.finish_layout()

    def ready(self) -> bool:
        return bool(self.reason.text().strip())
