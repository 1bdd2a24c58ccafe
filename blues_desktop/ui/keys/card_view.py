"""An office card as a person compares it: the office, the fingerprint in groups large
enough to read aloud, the day the keys were made, and (for this office) its QR code."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel

from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP
from blues_desktop.services.keys import OfficeCard
from blues_desktop.ui.keys.qr import qr_pixmap
from blues_desktop.ui.locale_format import date_text

QR_SIZE = 300


def fingerprint_groups(fingerprint: str) -> str:
    """ "1A2B-3C4D-…" as "1A2B  3C4D  …": groups read one at a time on a call."""
    return "  ".join(group for group in fingerprint.split("-") if group)


def fingerprint_label(fingerprint: str) -> QLabel:
    label = QLabel(fingerprint_groups(fingerprint))
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(font.pointSizeF(), 10) * 1.6)
    font.setWeight(QFont.Weight.Bold)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setObjectName("fingerprint")
    return label


def made_on_text(card: OfficeCard) -> str:
    if card.made_on:
        try:
            made_on = date_text(date.fromisoformat(card.made_on[:10]))
        except ValueError:
            made_on = card.made_on
        return QCoreApplication.translate("OfficeCardView", "Keys made on {date}.").format(
            date=made_on
        )
    return QCoreApplication.translate(
        "OfficeCardView", "The card does not say when its keys were made."
    )


QR_TOOLTIP = (
    QT_TRANSLATE_NOOP("card_view", "The office card as a QR code. On a call, your partner scans it with a phone and "
    "compares the fingerprint it shows with the one in their window.")
)


def show_qr(label: QLabel, card: OfficeCard) -> None:
    """The card's QR code in `label`: a phone's camera shows the card's text, its
    fingerprint included."""
    label.setPixmap(qr_pixmap(card.to_compact_json(), QR_SIZE))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setToolTip(QCoreApplication.translate("card_view", QR_TOOLTIP))
