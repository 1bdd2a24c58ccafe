"""Two organisations side by side, as a person decides whether they are one: name,
legal form, VAT number, country, city, type, office and contacts, each row marked
"differs" where they differ, and the likeness in words (what matched, what differs and
how likely they are the same). Used by the duplicate question after a save and by the
coordinator's list across offices."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from blues_desktop.domain.names import name_key
from blues_desktop.domain.offices import office_info
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP
from blues_desktop.services.members.likeness import Likeness, OrgFacts, plain_text
from blues_desktop.ui import i18n
from blues_desktop.ui.colours import NOTICE_COLOUR
from blues_desktop.ui.locale_format import percent_text
from blues_desktop.ui.messages import say

DIFFERS = QT_TRANSLATE_NOOP("PairView", "differs")
EMPTY = "—"


def _office_name(code: str) -> str:
    try:
        return f"{office_info(code).name} ({code})"
    except KeyError:
        return code


def _rows(first: OrgFacts, second: OrgFacts) -> list[tuple[str, str, str, bool]]:
    """(label, first value, second value, differs) for each fact compared."""

    def value(text: str | None) -> str:
        return text if text else EMPTY

    def differs(a: str | None, b: str | None) -> bool:
        return bool(a) and bool(b) and plain_text(a) != plain_text(b)

    return [
        # the name differs when more than its legal form does (that has a row of its own)
        (QT_TRANSLATE_NOOP("PairView", "Name"), first.legal_name, second.legal_name,
         name_key(first.legal_name) != name_key(second.legal_name)),
        (QT_TRANSLATE_NOOP("PairView", "Legal form"), value(first.legal_form), value(second.legal_form),
         differs(first.legal_form, second.legal_form)),
        (QT_TRANSLATE_NOOP("PairView", "VAT number"), value(first.vat_number), value(second.vat_number),
         differs(first.vat_number, second.vat_number)),
        (QT_TRANSLATE_NOOP("PairView", "Country"), i18n.country_text(first.country), i18n.country_text(second.country),
         first.country != second.country),
        (QT_TRANSLATE_NOOP("PairView", "City"), value(first.city), value(second.city), differs(first.city, second.city)),
        (QT_TRANSLATE_NOOP("PairView", "Type"), say(first.type_label), say(second.type_label), first.org_type != second.org_type),
        # who keeps the record, not a fact of the organisation: never marked
        (QT_TRANSLATE_NOOP("PairView", "Office"), _office_name(first.office_id), _office_name(second.office_id), False),
        (QT_TRANSLATE_NOOP("PairView", "Contacts"), f"{first.contacts}", f"{second.contacts}", False),
    ]  # fmt: skip


def likeness_html(likeness: Likeness) -> str:
    """The verdict, then what matched and what differs, as short lists."""
    score = percent_text(likeness.score / 100)
    parts = [f"<p><b>{escape(say(likeness.likelihood.label))}</b> ({score})</p>"]
    if likeness.matched:
        items = "".join(f"<li>{escape(say(m))}</li>" for m in likeness.matched)
        matched = QCoreApplication.translate("PairView", "What matched:")
        parts.append(f"<p>{matched}</p><ul>{items}</ul>")
    if likeness.differs:
        items = "".join(f"<li>{escape(say(d))}</li>" for d in likeness.differs)
        differs = QCoreApplication.translate(
            "PairView", "What differs (each makes it less likely):"
        )
        parts.append(f"<p>{differs}</p><ul>{items}</ul>")
    return "".join(parts)


class PairView(QWidget):
    """The facts of two organisations in a grid, and their likeness below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        layout.addWidget(self.grid_host)
        self.explanation = QLabel()
        self.explanation.setObjectName("likeness")
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.cells: dict[str, tuple[QLabel, QLabel, QLabel]] = {}

    def show_pair(
        self, first: OrgFacts, second: OrgFacts, likeness: Likeness, titles: tuple[str, str]
    ) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.cells.clear()
        for column, title in enumerate(titles, start=1):
            bold = f"<b>{escape(title)}</b>"  # markup around a title: not marked
            self.grid.addWidget(QLabel(bold), 0, column)
        for row, (label, a, b, differs) in enumerate(_rows(first, second), start=1):
            self.grid.addWidget(QLabel(self.tr(label)), row, 0)
            cells = []
            for column, text in enumerate((a, b), start=1):
                cell = QLabel(escape(text))
                cell.setWordWrap(True)
                if differs:
                    bold = f"<b>{escape(text)}</b>"  # markup around a value: not marked
                    cell.setText(bold)
                    cell.setStyleSheet(f"color: {NOTICE_COLOUR};")
                self.grid.addWidget(cell, row, column)
                cells.append(cell)
            mark = QLabel(QCoreApplication.translate("PairView", DIFFERS) if differs else "")
            mark.setStyleSheet(f"color: {NOTICE_COLOUR};")
            self.grid.addWidget(mark, row, 3)
            self.cells[label] = (cells[0], cells[1], mark)
        self.explanation.setText(likeness_html(likeness))
