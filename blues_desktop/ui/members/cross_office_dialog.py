"""The coordinator's list of possible duplicates across offices: link a pair as the same
organisation (counted once in the KPIs) or mark it as two different ones. Neither
office's record is changed.

The chosen pair is shown side by side with how likely it is one organisation, in words
(ui/members/pair_view.py). No decision is the default button: Enter and Escape decide
nothing (Close is the default)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from blues_desktop.domain.changes import Changes
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.cross_office import (
    CrossOfficePair,
    OrgSide,
    cross_office_duplicates,
    decide_pair,
)
from blues_desktop.ui import i18n
from blues_desktop.ui.change_hub import hub_for
from blues_desktop.ui.geometry import remember_geometry
from blues_desktop.ui.locale_format import percent_text
from blues_desktop.ui.members.pair_view import PairView
from blues_desktop.ui.messages import say
from blues_desktop.ui.operations import run_in_background, show_error
from blues_desktop.ui.rows_model import DISPLAY, ROOT, Index, RowsModel
from blues_desktop.ui.widgets import button, hrow, table_view


def _side(org: OrgSide) -> str:
    place = ", ".join(p for p in (org.city, i18n.country_text(org.country)) if p)
    return f"{org.legal_name} ({org.office_id}) — {place}"


class PairsModel(RowsModel):
    headers = (QT_TRANSLATE_NOOP("PairsModel", "Registered by one office"), QT_TRANSLATE_NOOP("PairsModel", "Registered by another"), QT_TRANSLATE_NOOP("PairsModel", "How likely the same"))

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or role not in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return None
        pair: CrossOfficePair = self.row_at(index.row())
        score = percent_text(pair.likeness.score / 100)
        likely = f"{say(pair.likeness.likelihood.label)} ({score})"
        return (_side(pair.first), _side(pair.second), likely)[index.column()]

    def position_of(self, pair: CrossOfficePair) -> int:
        return self._rows.index(pair)

    def remove(self, row: int) -> None:
        self.beginRemoveRows(ROOT, row, row)
        del self._rows[row]
        self.endRemoveRows()


class CrossOfficeDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.decided = 0
        self.setWindowTitle(self.tr("Possible duplicates across offices"))
        remember_geometry(self, "across_offices", 1000, 660)
        self.model = PairsModel()
        self.view = table_view(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        for column, mode in enumerate(
            (QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Stretch,
             QHeaderView.ResizeMode.ResizeToContents)
        ):  # fmt: skip
            header.setSectionResizeMode(column, mode)
        self.status = QLabel(self.tr("Comparing the organisations of every office…"))
        self.status.setWordWrap(True)
        self.same_button = button(self.tr("Same organisation: count once"), lambda: self.decide(True))
        self.different_button = button(self.tr("Different organisations"), lambda: self.decide(False))
        self.close_button = button(self.tr("Close"), self.accept)
        # Deciding is a click, never Enter: Close is the default button.
        for decision in (self.same_button, self.different_button):
            decision.setAutoDefault(False)
        self.close_button.setDefault(True)
        intro = QLabel(
            self.tr("Organisations registered by two offices with the same VAT number or a similar "
            "name in the same country. Compare the two before you decide: a different legal "
            "form or city often means two organisations. Linking them changes neither "
            "office's record; the partnership's figures count the pair once.")
        )
        intro.setWordWrap(True)
        self.pair = PairView()
        pair_scroll = QScrollArea()
        pair_scroll.setWidgetResizable(True)
        pair_scroll.setWidget(self.pair)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(pair_scroll)
        split.setSizes([200, 360])
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addLayout(hrow(self.same_button, self.different_button, self.close_button))
        self._enable(False)
        self.view.selectionModel().selectionChanged.connect(self._show_chosen)
        run_in_background(
            self,
            lambda _p, cancel: cross_office_duplicates(ctx, cancel=cancel),
            on_success=self.show_pairs,
            progress_label=self.tr("Comparing the organisations of every office"),
        )

    def _enable(self, on: bool) -> None:
        self.same_button.setEnabled(on)
        self.different_button.setEnabled(on)

    def _show_chosen(self, *_args: object) -> None:
        rows = self.view.selectionModel().selectedRows()
        self.pair.setVisible(bool(rows))
        if rows:
            pair: CrossOfficePair = self.model.row_at(rows[0].row())
            self.pair.show_pair(
                pair.first, pair.second, pair.likeness,
                (self.tr("Registered by {office_id}").format(office_id=pair.first.office_id), self.tr("Registered by {office_id}").format(office_id=pair.second.office_id)),
            )  # fmt: skip

    def show_pairs(self, pairs: list[CrossOfficePair]) -> None:
        self.model.set_rows(pairs)
        self._say_count()
        if pairs:
            self.view.selectRow(0)
        self._show_chosen()
        self._enable(bool(pairs))

    def _say_count(self) -> None:
        count = self.model.rowCount()
        self.status.setText(
            self.tr("%n possible duplicates to decide", "", count)
            if count
            else self.tr("No undecided pairs: every office's organisations are distinct or linked.")
        )

    def decide(self, same: bool) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        pair: CrossOfficePair = self.model.row_at(rows[0].row())
        ctx = self.ctx
        self._enable(False)  # one decision at a time
        run_in_background(
            self,
            lambda _p, _c: decide_pair(ctx, *pair.ids, same=same, reason=pair.reason),
            on_success=lambda changes: self._decided(pair, changes),
            on_failure=self._not_decided,
        )

    def _not_decided(self, exc: BaseException) -> None:
        self._enable(self.model.rowCount() > 0)
        show_error(self, exc)

    def _decided(self, pair: CrossOfficePair, changes: Changes) -> None:
        self.decided += 1
        row = self.model.position_of(pair)
        self.model.remove(row)
        # The Members page (and anything counting organisations) hears it at once.
        hub_for(self.ctx).announce(changes)
        self._say_count()
        if self.model.rowCount():
            self.view.selectRow(min(row, self.model.rowCount() - 1))
        self._show_chosen()
        self._enable(self.model.rowCount() > 0)
