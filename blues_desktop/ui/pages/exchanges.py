"""The Exchanges page: the register with filters, one exchange's detail with its workflow
buttons (enabled only when the move is allowed, saying why not), documents, KPIs."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from blues_desktop.documents.exchanges import DocumentKind, render_document
from blues_desktop.documents.exchanges.register import export_register
from blues_desktop.domain.cancel import CancelToken
from blues_desktop.domain.changes import Kind
from blues_desktop.domain.errors import CancelledError
from blues_desktop.domain.exchanges.actions import Action
from blues_desktop.domain.exchanges.rules import EVIDENCE_LABELS, Rules
from blues_desktop.domain.exchanges.workflow import STATE_LABELS, State
from blues_desktop.domain.offices import COORDINATOR_CODE, OFFICE_CODES
from blues_desktop.services import exchanges as cx
from blues_desktop.services.context import AppContext
from blues_desktop.services.exchanges.agreements import printable_agreements
from blues_desktop.services.exchanges.detail import ExchangeDetail
from blues_desktop.services.exchanges.rules import RulesResult, RulesVersion
from blues_desktop.ui import i18n
from blues_desktop.ui.change_hub import follow_changes
from blues_desktop.ui.colours import ERROR_COLOUR, NOTICE_COLOUR
from blues_desktop.ui.dialog_buttons import ask_reason
from blues_desktop.ui.exchanges.columns import fit_columns, list_width
from blues_desktop.ui.exchanges.dialogs import (
    CtqDialog,
    RegistrationDialog,
    ReportDialog,
    country_label,
)
from blues_desktop.ui.exchanges.document_preview import document_preview
from blues_desktop.ui.exchanges.no_next_step import no_next_step
from blues_desktop.ui.exchanges.rules_dialog import RulesDialog
from blues_desktop.ui.exchanges.step_button import StepButton
from blues_desktop.ui.exchanges.table_model import ExchangeTableModel
from blues_desktop.ui.feedback import tell, tell_folder_written, tell_written
from blues_desktop.ui.geometry import remember_splitter
from blues_desktop.ui.history_dialog import HistoryDialog, open_history
from blues_desktop.ui.icons import icon
from blues_desktop.ui.lists import EmptyState, live_search, open_on_activate, select_row
from blues_desktop.ui.locale_format import date_text, money_text, number_text, percent_text
from blues_desktop.ui.messages import say
from blues_desktop.ui.operations import run_in_background, run_in_process, run_read, show_error
from blues_desktop.ui.pages.base import Page
from blues_desktop.ui.widgets import action_bar, list_menu


def evidence_text(kind: str) -> str:
    """A kind of evidence in the window's language ("Reiserechnung oder Fahrkarte")."""
    if kind == "cv":  # attached at registration
        return QCoreApplication.translate("ExchangesPage", "CV")
    words = i18n.label(EVIDENCE_LABELS[kind]) if kind in EVIDENCE_LABELS else kind
    return words[:1].upper() + words[1:]


def document_text(kind: DocumentKind) -> str:
    """A document's name in the window's language (the documents keep their English)."""
    return {
        DocumentKind.CTQ: QCoreApplication.translate("ExchangesPage", "Commitment to Quality"),
        DocumentKind.AGREEMENT: QCoreApplication.translate("ExchangesPage", "Financial agreement"),
        DocumentKind.CERTIFICATE: QCoreApplication.translate(
            "ExchangesPage", "Certificate of attendance"
        ),
        DocumentKind.REPORT: QCoreApplication.translate("ExchangesPage", "Closing report form"),
    }[kind]


def _kpi_text(kpis: cx.ExchangeKpis) -> str:
    """The pilot's progress in words a coordinator reads aloud in a meeting."""

    offices = " · ".join(
        QCoreApplication.translate(
            "ExchangesPage", "{office}: {held} held of {registered} registered"
        ).format(
            office=code,
            held=number_text(kpis.held_by_office[code]),
            registered=number_text(kpis.by_office[code]),
        )
        for code in kpis.by_office
    )
    pairs = ", ".join(
        f"{pair} {number_text(n)}" for pair, n in list(kpis.by_country_pair.items())[:4]
    )
    lines = [
        QCoreApplication.translate(
            "ExchangesPage",
            "<b>{held} of the {target} planned exchanges held ({progress})</b>; {live} more under way.",
        ).format(
            held=number_text(kpis.held),
            target=number_text(kpis.target),
            progress=percent_text(kpis.progress),
            live=number_text(kpis.live),
        ),
        QCoreApplication.translate("ExchangesPage", "Per partnership: {offices}.").format(
            offices=offices
        ),
        QCoreApplication.translate(
            "ExchangesPage", "Lump sums committed {committed}, of which paid {paid}."
        ).format(committed=money_text(kpis.committed), paid=money_text(kpis.paid))
        + " "
        + (
            QCoreApplication.translate(
                "ExchangesPage", "Most frequent country pairs: {pairs}."
            ).format(pairs=pairs)
            if pairs
            else QCoreApplication.translate(
                "ExchangesPage", "Most frequent country pairs: none yet."
            )
        ),
    ]
    return "<br>".join(lines)


def _detail_html(d: ExchangeDetail) -> str:
    e = html.escape

    def day(value: date | None) -> str:
        return date_text(value) if value is not None else "—"

    if d.distance_km is None:
        distance = "—"
    elif d.distance_manual:
        distance = QCoreApplication.translate("ExchangesPage", "{km} km (typed)").format(
            km=number_text(d.distance_km)
        )
    else:
        distance = QCoreApplication.translate("ExchangesPage", "{km} km").format(
            km=number_text(d.distance_km)
        )
    rows = [
        (QCoreApplication.translate("ExchangesPage", "State"), i18n.label(STATE_LABELS[d.state])),
        (
            QCoreApplication.translate("ExchangesPage", "Visitor"),
            f"{d.visitor.name} ({country_label(d.visitor.country)})",
        ),
        (QCoreApplication.translate("ExchangesPage", "Person"), d.person.name if d.person else "—"),
        (
            QCoreApplication.translate("ExchangesPage", "Cluster"),
            d.cluster.name if d.cluster else "—",
        ),
        (
            QCoreApplication.translate("ExchangesPage", "Host"),
            f"{d.host.name} ({country_label(d.host.country)})" if d.host else "—",
        ),
        (
            QCoreApplication.translate("ExchangesPage", "Partnerships"),
            QCoreApplication.translate("ExchangesPage", "visitor {visitor}, host {host}").format(
                visitor=d.visitor_partnership, host=d.host_partnership or "—"
            ),
        ),
        (
            QCoreApplication.translate("ExchangesPage", "Stay"),
            QCoreApplication.translate(
                "ExchangesPage", "{start} to {end}, {days} working days"
            ).format(
                start=day(d.start_date),
                end=day(d.end_date),
                days=number_text(d.working_days) if d.working_days else "—",
            ),
        ),
        (QCoreApplication.translate("ExchangesPage", "Distance"), distance),
        (
            QCoreApplication.translate("ExchangesPage", "Lump sum"),
            QCoreApplication.translate("ExchangesPage", "{amount} (rules v{version})").format(
                amount=money_text(d.lump_sum), version=d.rules.version
            )
            if d.lump_sum is not None
            else "—",
        ),
        (QCoreApplication.translate("ExchangesPage", "Agreement"), d.agreement_number or "—"),
        (
            QCoreApplication.translate("ExchangesPage", "Accepted"),
            QCoreApplication.translate("ExchangesPage", "host {host}, visitor {visitor}").format(
                host=day(d.host_accepted_on), visitor=day(d.visitor_accepted_on)
            ),
        ),
        (
            QCoreApplication.translate("ExchangesPage", "Evidence"),
            ", ".join(f"{evidence_text(a.kind)}: {a.file_name}" for a in d.attachments) or "—",
        ),
    ]
    body = "".join(f"<tr><td><b>{e(k)}</b></td><td>{e(str(v))}</td></tr>" for k, v in rows)
    parts = [f"<h3>{e(d.reference)}</h3><table cellspacing=3>{body}</table>"]
    # A record of another office: said once, above the detail (why_not, _update_buttons).
    if d.problems:
        heading = e(QCoreApplication.translate("ExchangesPage", "Not eligible:"))
        parts.append(
            f"<p style='color:{ERROR_COLOUR}'><b>{heading}</b><br>"
            + "<br>".join(e(say(p)) for p in d.problems)
            + "</p>"
        )
    if d.notices:
        notices = "<br>".join(e(say(n)) for n in d.notices)
        parts.append(f"<p style='color:{NOTICE_COLOUR}'>{notices}</p>")
    steps = []
    for h in d.history:
        state = i18n.label(STATE_LABELS[State(h.to_state)])
        # the date, the state reached, who, and why: fields only, nothing to translate
        step = f"{day(h.on)} {state} — {h.by}"
        if h.reason:
            step = f"{step}: {h.reason}"
        steps.append(f"<li>{e(step)}</li>")
    history = e(QCoreApplication.translate("ExchangesPage", "History"))
    parts.append(f"<p><b>{history}</b></p><ul>{''.join(steps)}</ul>")
    return "".join(parts)


def _letters(combo: QComboBox, text: str) -> int:
    """How many of the letters a combo box counts its width in `text` needs."""
    metrics = combo.fontMetrics()
    return -(-metrics.horizontalAdvance(text) // max(1, metrics.horizontalAdvance("x")))


class ExchangesPage(Page):
    title = "Exchanges"
    kinds = frozenset({Kind.EXCHANGES, Kind.RULES, Kind.MEMBERS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.detail: ExchangeDetail | None = None
        self._select_new: str | None = None  # a just-registered exchange, selected when read
        self._reselect_new = False
        self.printable_shown = 0  # of the exchanges shown, those whose agreement may print
        self.model = ExchangeTableModel(ctx)
        self._build()
        self.refresh()

    # --- layout -------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search reference or name"))
        self._search_timer = live_search(self.search, self.apply_filter)
        self.state_filter = QComboBox()
        self.state_filter.addItem(self.tr("All states"), None)
        for state in State:
            self.state_filter.addItem(i18n.label(state.label), state.value)
        self.office_filter = QComboBox()
        self.office_filter.addItem(self.tr("All partnerships"), None)
        for code in OFFICE_CODES:
            self.office_filter.addItem(code, code)
        for combo in (self.state_filter, self.office_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        for combo in (self.state_filter, self.office_filter):
            # "All states", "Alle Partnerschaften" whole; a long state name is shortened
            # when chosen rather than widen the whole window.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(_letters(combo, combo.itemText(0)))
        self.register_button = QPushButton(self.tr("Register…"))
        self.register_button.setToolTip(self.tr("Register a new exchange"))
        self.register_button.clicked.connect(self.open_registration)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setToolTip(self.tr("Write the exchanges shown to an Excel workbook"))
        self.export_button.clicked.connect(self.export)
        rules = QPushButton(self.tr("Programme rules…"))
        rules.setToolTip(self.tr("The lump sums, distances and deadlines the exchanges follow"))
        rules.clicked.connect(self.open_rules)
        bar = QHBoxLayout()
        for widget in (self.search, self.state_filter, self.office_filter):
            bar.addWidget(widget)
        bar.setStretch(0, 1)
        for main_button, name in (
            (self.register_button, "register"),
            (self.export_button, "export"),
            (rules, "rules"),
        ):
            main_button.setIcon(icon(name))
        bar.addWidget(action_bar(self.register_button, self.export_button, rules))
        self.table = QTableView()
        self.table.setModel(self.model)
        self._reselect: str | None = None  # the exchange to select again after a refresh
        self.model.loaded.connect(self._after_reload)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        fit_columns(self.table)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.load_detail(current.row())
        )
        open_on_activate(self.table, self.open_current)
        self.empty = EmptyState(
            self.table,
            self.tr("No exchanges yet. Register the first one: the visitor, the host and the dates."),
            self.tr("Register…"),
            self.open_registration,
        )
        self.count_label = QLabel()
        self.info = QTextBrowser()
        self.next_button = StepButton(self.tr("Next step"))
        self.next_button.clicked.connect(self.move_next)
        self.why_not = QLabel()
        self.why_not.setObjectName("whyNot")
        self.why_not.setWordWrap(True)
        # The exchange's edits and documents sit in two menus, so the detail pane stays
        # narrow and the list beside it can be widened.
        self.action_buttons: dict[str, QAction] = {}
        actions_menu = QMenu(self)
        for key, label, slot in (
            ("host", self.tr("Host accepts"), lambda: self.accept("host")),
            ("visitor", self.tr("Visitor accepts"), lambda: self.accept("visitor")),
            ("ctq", self.tr("Edit CtQ…"), self.edit_ctq),
            ("report", self.tr("Closing report…"), self.edit_report),
            ("evidence", self.tr("Attach evidence…"), self.attach_evidence),
            # Named for what they do: a dialog's Cancel button sits near them.
            ("cancel", self.tr("Cancel exchange…"), lambda: self.end("cancelled")),
            ("withdraw", self.tr("Withdraw…"), lambda: self.end("withdrawn")),
        ):
            action = actions_menu.addAction(label)
            action.triggered.connect(slot)
            self.action_buttons[key] = action
        self.actions_button = QToolButton()
        self.actions_button.setText(self.tr("Actions"))
        self.actions_button.setToolTip(self.tr("What can be done with this exchange now"))
        self.actions_button.setMenu(actions_menu)
        self.actions_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        docs_menu = QMenu(self)
        self.doc_buttons: dict[DocumentKind, QAction] = {}
        for kind in DocumentKind:
            action = docs_menu.addAction(document_text(kind))
            action.triggered.connect(lambda _=False, k=kind: self.preview(k))
            self.doc_buttons[kind] = action
        # For a signing day: every agreement of the list, not only the selected exchange's.
        docs_menu.addSeparator()
        self.agreements_action = docs_menu.addAction(
            self.tr("Financial agreements of the exchanges shown…")
        )
        self.agreements_action.triggered.connect(self.choose_agreements_folder)
        docs_menu.setToolTipsVisible(True)
        self.documents_button = QToolButton()
        self.documents_button.setText(self.tr("Documents"))
        self.documents_button.setToolTip(self.tr("Preview and print this exchange's documents"))
        self.documents_button.setMenu(docs_menu)
        self.documents_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setToolTip(self.tr("Who changed this exchange and its steps, when, and what"))
        self.history_button.clicked.connect(self.open_history)
        self.next_button.setIcon(icon("next"))
        self.actions_button.setIcon(icon("actions"))
        self.documents_button.setIcon(icon("documents"))
        self.history_button.setIcon(icon("history"))
        for tool in (self.actions_button, self.documents_button):
            tool.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        # The next step across the detail's width (its words name the step, shortened to
        # fit: step_button.py), the exchange's menus and history under it: the detail
        # stays narrow, the list wide.
        right_layout.addWidget(self.next_button)
        right_layout.addWidget(
            action_bar(self.actions_button, self.documents_button, self.history_button)
        )
        right_layout.addWidget(self.why_not)
        right_layout.addWidget(self.info, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        # The list opens as wide as its columns need (columns.py); the detail keeps at
        # least the room its buttons need in the window's language. A wider window
        # widens the list.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([list_width(self.table), right.sizeHint().width()])
        remember_splitter(splitter, "exchanges")
        list_menu(
            self.table,
            self.next_button,
            *self.action_buttons.values(),
            *self.doc_buttons.values(),
            self.agreements_action,
            self.history_button,
        )
        self.kpi_label = QLabel()
        self.kpi_label.setObjectName("kpiPanel")
        self.kpi_label.setWordWrap(True)
        self.kpi_label.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.kpi_label)
        self.show_detail(None)

    # --- reading --------------------------------------------------------------
    def current_filter(self) -> cx.ExchangeFilter:
        return cx.ExchangeFilter(
            state=self.state_filter.currentData(),
            office=self.office_filter.currentData(),
            text=self.search.text() or None,
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self._reselect = None
        self.model.set_filter(self.current_filter())

    def refresh(self) -> None:
        self._reselect = self._select_new or (self.detail.id if self.detail else None)
        self._reselect_new, self._select_new = self._select_new is not None, None
        self.model.reload()

    def _after_reload(self) -> None:
        """The first page has arrived (read on the reader lane)."""
        selected, self._reselect = self._reselect, None
        total = self.model.total
        self.count_label.setText(self.tr("%n exchanges", "", total))
        filtered = self.current_filter() != cx.ExchangeFilter()
        self.empty.set_text(
            self.tr("No exchange matches the search or the filters.")
            if filtered
            else self.tr("No exchanges yet. Register the first one: the visitor, the host and the dates.")
        )
        self._load_kpis()
        self._count_printable()
        if selected is not None:
            for position, row in enumerate(self.model.rows):
                if row.id == selected:
                    select_row(self.table, position)
                    return
            if self._reselect_new:
                # A new exchange past the rows read so far: its detail is shown all the same.
                ctx = self.ctx
                run_in_background(
                    self,
                    lambda _p, _c: cx.exchange_detail(ctx, selected),
                    on_success=self.show_detail,
                )
                return
        self.show_detail(None)

    def _count_printable(self) -> None:
        """How many of the exchanges shown may have their agreement printed now (the
        batch's action is enabled by it), read behind the window."""
        ctx, flt = self.ctx, self.current_filter()

        def counted(count: int) -> None:
            if flt == self.current_filter():  # else a newer filter's count is on its way
                self.printable_shown = count
                self._update_buttons()

        run_read(self, lambda _p, _c: len(printable_agreements(ctx, flt)), on_success=counted)

    def _load_kpis(self) -> None:
        """The KPI panel reads every exchange: done behind the GUI, shown when ready."""
        ctx = self.ctx
        run_in_background(
            self,
            lambda _p, _c: _kpi_text(cx.exchange_kpis(ctx)),
            on_success=self.kpi_label.setText,
        )

    def load_detail(self, position: int) -> None:
        row = self.model.row_at(position)
        if row is None:
            self.show_detail(None)
            return
        ctx = self.ctx
        run_in_background(
            self, lambda _p, _c: cx.exchange_detail(ctx, row.id), on_success=self.show_detail
        )

    def show_detail(self, detail: ExchangeDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.info.setHtml(self.tr("<p>Select an exchange to see its details.</p>"))
        else:
            self.info.setHtml(_detail_html(detail))
        self._update_buttons()

    def _update_buttons(self) -> None:
        d = self.detail
        options = {o.target: o for o in (d.options if d else ())}
        forward = next(
            (o for o in options.values() if o.target not in ("cancelled", "withdrawn")), None
        )
        self.next_button.setEnabled(bool(forward and forward.allowed))
        self.next_button.setText(
            self.tr("Mark as: {label}").format(label=say(forward.label))
            if forward
            else self.tr("Next step")
        )
        if d is None:
            reason = ""
        elif not d.owned:
            reason = self.tr("Read-only: this exchange belongs to office {office_id}.").format(office_id=d.office_id)
        elif forward is None:
            reason = no_next_step(d.state)
        else:
            reason = say(forward.reason or "")
        self.why_not.setText(reason)
        # the step's whole words when the button shortens them (step_button.py)
        self.next_button.setToolTip(reason or self.next_button.text())
        self.history_button.setEnabled(d is not None)
        # What the state allows is the domain's answer (domain/exchanges/actions.py).
        allowed = d.actions if d else frozenset()
        for key, action in (
            ("host", Action.ACCEPT_AS_HOST),
            ("visitor", Action.ACCEPT_AS_VISITOR),
            ("ctq", Action.EDIT_CTQ),
            ("report", Action.WRITE_REPORT),
            ("evidence", Action.ATTACH_EVIDENCE),
        ):
            self.action_buttons[key].setEnabled(action in allowed)
        for key, target in (("cancel", "cancelled"), ("withdraw", "withdrawn")):
            self.action_buttons[key].setEnabled(
                bool(options.get(target) and options[target].allowed)
            )
        self.actions_button.setEnabled(any(a.isEnabled() for a in self.action_buttons.values()))
        agreement = self.doc_buttons[DocumentKind.AGREEMENT]
        agreement.setEnabled(Action.PRINT_AGREEMENT in allowed)
        agreement.setToolTip(
            ""
            if Action.PRINT_AGREEMENT in allowed
            else self.tr("Printed once the Commitment to Quality is signed")
        )
        for kind in (DocumentKind.CTQ, DocumentKind.REPORT):
            self.doc_buttons[kind].setEnabled(Action.PRINT_HOST_DOCUMENTS in allowed)
        certificate = self.doc_buttons[DocumentKind.CERTIFICATE]
        certificate.setEnabled(Action.PRINT_CERTIFICATE in allowed)
        certificate.setToolTip(
            "" if Action.PRINT_CERTIFICATE in allowed else self.tr("Printed once the exchange has been held")
        )
        self.agreements_action.setEnabled(self.printable_shown > 0)
        self.agreements_action.setToolTip(
            self.tr(
                "Write the %n financial agreement(s) that may be printed now, one PDF each, "
                "to a folder",
                "",
                self.printable_shown,
            )
            if self.printable_shown
            else self.tr(
                "None of the exchanges shown may have its financial agreement printed yet: "
                "it is printed once the Commitment to Quality is signed"
            )
        )
        self.documents_button.setEnabled(
            self.agreements_action.isEnabled()
            or any(a.isEnabled() for a in self.doc_buttons.values())
        )

    def open_history(self) -> HistoryDialog | None:
        if self.detail is None:
            return None
        return open_history(self, self.ctx, "exchanges", self.detail.id)

    def open_current(self) -> None:
        """Double-click or Enter: open what the exchange's state lets one edit now, the
        Commitment to Quality while the pair is formed, the closing report once held."""
        allowed = self.detail.actions if self.detail else frozenset()
        if Action.EDIT_CTQ in allowed:
            self.edit_ctq()
        elif Action.WRITE_REPORT in allowed:
            self.edit_report()

    # --- actions ----------------------------------------------------------------
    def _run(self, op: Callable[[], Any], done: Callable[[Any], None] | None = None) -> None:
        def finished(result: Any) -> None:
            warnings = getattr(result, "warnings", ())
            if warnings:
                QMessageBox.information(
                    self, self.tr("BLUES Desktop"), "\n".join(say(w) for w in warnings)
                )
            if done is not None:
                done(result)

        self.run_change(lambda _p, _c: op(), finished)

    def move_next(self) -> None:
        d = self.detail
        forward = next(
            (o for o in (d.options if d else ()) if o.target not in ("cancelled", "withdrawn")),
            None,
        )
        if d is None or forward is None:
            return
        ctx = self.ctx
        self._run(lambda: cx.move(ctx, d.id, forward.target))

    def accept(self, side: str) -> None:
        if self.detail is not None:
            ctx, exchange_id = self.ctx, self.detail.id
            self._run(lambda: cx.accept_match(ctx, exchange_id, side))

    def end(self, target: str) -> None:
        if self.detail is None:
            return
        reference = self.detail.reference
        if target == "cancelled":
            reason = ask_reason(
                self,
                self.tr("Cancel exchange"),
                self.tr("Why is {reference} cancelled by the partnership? The reason is kept in its history.").format(reference=reference),
                self.tr("Cancel exchange"),
                self.tr("Keep the exchange"),
            )
        else:
            reason = ask_reason(
                self,
                self.tr("Withdraw"),
                self.tr("Why does the visitor withdraw from {reference}? The reason is kept in its history.").format(reference=reference),
                self.tr("Withdraw"),
                self.tr("Keep the exchange"),
            )
        if reason is not None:
            ctx, exchange_id = self.ctx, self.detail.id
            self._run(lambda: cx.move(ctx, exchange_id, target, reason=reason))

    def edit_ctq(self) -> None:
        if self.detail is None:
            return
        # The exchange is taken now: a change elsewhere may read the detail again meanwhile.
        ctx, exchange_id = self.ctx, self.detail.id
        dialog = CtqDialog(self.detail, self, ctx=ctx)
        if dialog.exec():
            values = dialog.values()
            self._run(lambda: cx.update_exchange(ctx, exchange_id, values))
        dialog.deleteLater()  # no longer following its exchange

    def edit_report(self) -> None:
        if self.detail is None:
            return
        ctx, exchange_id = self.ctx, self.detail.id
        dialog = ReportDialog(self.detail, self.detail.rules.evaluation_questions, self, ctx=ctx)
        if dialog.exec():
            report = dialog.report()
            self._run(lambda: cx.save_report(ctx, exchange_id, report))
        dialog.deleteLater()

    def attach_evidence(self) -> None:
        if self.detail is None:
            return
        words = {evidence_text(kind): kind for kind in EVIDENCE_LABELS}
        chosen, ok = QInputDialog.getItem(self, self.tr("Evidence"), self.tr("What is it?"), list(words), 0, False)
        if not ok:
            return
        kind = words[chosen]
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Evidence file"), "", self.tr("PDF or image (*.pdf *.png *.jpg *.jpeg *.tif)")
        )
        if name:
            ctx, exchange_id = self.ctx, self.detail.id
            self._run(lambda: cx.attach_evidence(ctx, exchange_id, Path(name), kind))

    def open_registration(self) -> None:
        dialog = RegistrationDialog(self.ctx, self)
        # The dialog registers in the background and closes once the exchange is stored.
        if dialog.exec() and dialog.result_ is not None:
            self.registered(dialog.result_)

    def registered(self, result: cx.ExchangeResult) -> None:
        """A new exchange is stored: said, and selected once the list has read it again."""
        if result.warnings:
            QMessageBox.information(
                self, self.tr("BLUES Desktop"), "\n".join(say(w) for w in result.warnings)
            )
        self._select_new = result.exchange_id
        tell(self, self.tr("Registered {reference}; it is selected in the list.").format(reference=result.reference))
        self.apply_result(result)

    def preview(self, kind: DocumentKind) -> None:
        if self.detail is None:
            return
        ctx, d = self.ctx, self.detail
        name = f"{(d.agreement_number if kind is DocumentKind.AGREEMENT else d.reference)}-{kind.value}.pdf"

        def show(data: bytes) -> None:
            title = " — ".join((document_text(kind), d.reference))  # fields only
            document_preview(ctx, d, kind, title, data, name, self).exec()

        run_in_background(self, lambda _p, _c: render_document(ctx, d.id, kind), on_success=show)

    def export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the register"), "exchanges.xlsx", self.tr("Excel (*.xlsx)")
        )
        if name:
            ctx, flt = self.ctx, self.current_filter()
            run_in_background(
                self,
                lambda _p, _c: export_register(ctx, Path(name), flt),
                on_success=lambda n: tell_written(
                    self, self.tr("Wrote %n exchanges to {file}", "", n).format(file=name), Path(name)
                ),
                progress_label=self.tr("Writing the register"),
            )

    def choose_agreements_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the financial agreements")
        )
        if folder:
            self.write_agreements_to(Path(folder))

    def write_agreements_to(self, folder: Path) -> CancelToken:
        from blues_desktop.ui import jobs  # the bundle modules too: not at start-up

        # In a process of its own: a long PDF batch would hold the window's Python lock.
        return run_in_process(
            self,
            self.ctx,
            partial(jobs.write_agreements_shown, flt=self.current_filter(), folder=folder),
            on_success=lambda written: self._agreements_written(folder, len(written)),
            on_failure=lambda exc: self._agreements_stopped(folder, exc),
            progress_label=self.tr("Writing the financial agreements"),
        )

    def _agreements_written(self, folder: Path, count: int) -> None:
        if count:
            text = self.tr("Wrote %n financial agreement(s) to {folder}", "", count)
        else:
            text = self.tr(
                "No financial agreement written to {folder}: none of the exchanges shown may "
                "have it printed now"
            )
        tell_folder_written(self, text.format(folder=folder), folder)

    def _agreements_stopped(self, folder: Path, exc: BaseException) -> None:
        if not isinstance(exc, CancelledError):
            show_error(self, exc)
            return
        # The files finished before Cancel are whole (each renamed into place once written).
        tell_folder_written(
            self,
            self.tr("Stopped: the financial agreements written before Cancel are in {folder}").format(
                folder=folder
            ),
            folder,
        )

    def open_rules(self) -> None:
        """The rules and their versions are read behind the window, then shown."""
        ctx = self.ctx
        run_in_background(
            self,
            lambda _p, _c: (cx.current_rules(ctx), cx.list_versions(ctx)),
            on_success=lambda read: self._show_rules(*read),
        )

    def _versions_text(self, versions: list[RulesVersion]) -> str:
        return self.tr("Versions: {versions}").format(
            versions=", ".join(
                (
                    self.tr("v{version} from {date}")
                    if v.stored
                    else self.tr("v{version} from {date} (built in)")
                ).format(version=v.version, date=date_text(v.valid_from))
                for v in versions
            )
        )

    def _show_rules(self, rules: Rules, versions: list[RulesVersion]) -> None:
        ctx = self.ctx

        def publish(values: dict[str, Any], valid_from: date, note: str) -> RulesResult:
            return cx.publish_rules(ctx, values, valid_from, note)

        editable = ctx.office_code == COORDINATOR_CODE
        dialog = RulesDialog(rules, self._versions_text(versions), publish if editable else None, self)
        self.setProperty("rules_dialog", dialog)  # reachable for tests and screenshots
        dialog.accepted.connect(lambda: self._rules_published(dialog.published))

        def read_again() -> None:
            # Rules published in another window or brought by the coordinator's bundle.
            if dialog.isVisible():
                run_read(
                    dialog,
                    lambda _p, _c: (cx.current_rules(ctx), cx.list_versions(ctx)),
                    on_success=lambda read: dialog.rules_changed(
                        read[0], self._versions_text(read[1])
                    ),
                )

        follow_changes(dialog, ctx, frozenset({Kind.RULES}), read_again)
        dialog.open()

    def _rules_published(self, result: object) -> None:
        if isinstance(result, RulesResult):
            QMessageBox.information(
                self, self.tr("Programme rules"), self.tr("Published version {version}.").format(version=result.rules.version)
            )
            self.apply_result(result)
