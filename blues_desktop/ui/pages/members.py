"""The Members page: a searchable, filterable list of organisations with a detail panel.

Records kept by other offices are shown read-only, and the panel says why.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from blues_desktop.domain.changes import Kind
from blues_desktop.domain.labels import label_of_field
from blues_desktop.domain.offices import OFFICE_CODES
from blues_desktop.domain.organisations import ORG_TYPES, OrganisationInput
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.listing import (
    ContactRow,
    OrganisationDetail,
    OrganisationFilter,
    organisation_detail,
)
from blues_desktop.ui import i18n
from blues_desktop.ui.colours import NOTICE_STYLE
from blues_desktop.ui.column_widths import fit_columns, short_width
from blues_desktop.ui.dialog_buttons import ask_reason
from blues_desktop.ui.feedback import tell, tell_written
from blues_desktop.ui.forms import include_anyway
from blues_desktop.ui.geometry import remember_splitter
from blues_desktop.ui.icons import icon
from blues_desktop.ui.lists import (
    EmptyState,
    live_search,
    open_on_activate,
    row_after_removal,
    select_row,
)
from blues_desktop.ui.locale_format import date_text, grouped_count, number_text
from blues_desktop.ui.members.model import ROW_ROLE, Column, ContactsModel, OrganisationsModel
from blues_desktop.ui.messages import say
from blues_desktop.ui.operations import run_in_background, run_in_process, run_read
from blues_desktop.ui.pages.base import Page
from blues_desktop.ui.widgets import action_bar, button, hrow, list_menu, table_view

if TYPE_CHECKING:
    # Imported when first used: the History (every table's labels and values), the
    # cross-office review, the import dialog (the workbook readers' modules), the
    # editing dialogs and services (look-alikes, merging, erasure) would cost the start
    # about 50 ms, and the first rows wait for the start.
    from blues_desktop.documents.members_workbook import MembersExport
    from blues_desktop.services.members.editing import PossibleDuplicate, SaveResult
    from blues_desktop.services.members.merging import MergeResult
    from blues_desktop.ui.history_dialog import HistoryDialog
    from blues_desktop.ui.members.contact_dialog import ContactDialog
    from blues_desktop.ui.members.cross_office_dialog import CrossOfficeDialog
    from blues_desktop.ui.members.edit_dialog import OrganisationDialog
    from blues_desktop.ui.members.import_dialog import ImportDialog

NO_ORGANISATIONS = (
    QT_TRANSLATE_NOOP("members", "No organisations in the register yet. Add one, or import your member list from a "
    "spreadsheet.")
)
NO_MATCH = QT_TRANSLATE_NOOP("members", "No organisation matches the search or the filters.")


class MembersPage(Page):
    title = "Members"
    kinds = frozenset({Kind.MEMBERS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.last_deleted: str | None = None
        self._detail_for: str | None = None  # the organisation whose detail is on its way
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, city, VAT number or e-mail…"))
        self.type_box = QComboBox()
        self.type_box.addItem(self.tr("All types"), None)
        for code, label in ORG_TYPES.items():
            self.type_box.addItem(i18n.label(label), code)
        self.office_box = QComboBox()
        self.office_box.addItem(self.tr("All offices"), None)
        for code in OFFICE_CODES:
            self.office_box.addItem(code, code)
        self.country = QLineEdit()
        self.country.setPlaceholderText(self.tr("Country (e.g. ES)"))
        self.country.setMaxLength(2)
        self.country.setFixedWidth(110)
        self.sector = QLineEdit()
        self.sector.setPlaceholderText(self.tr("Sector (e.g. water)"))
        self.sector.setFixedWidth(120)
        self.members_only = QCheckBox(self.tr("Members only"))
        self.check_digit = QCheckBox(self.tr("Check digit fails"))
        self.check_digit.setToolTip(
            self.tr("Only organisations whose VAT or registration number was kept as typed although "
            "its check digit fails")
        )
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.choose_export)
        self.new_button = QPushButton(self.tr("New…"))
        self.new_button.clicked.connect(self.open_new)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.clicked.connect(self.open_import)
        self.across_button = QPushButton(self.tr("Across offices…"))
        self.across_button.setToolTip(
            self.tr("Organisations two offices registered that look alike: link them as one or not")
        )
        self.across_button.clicked.connect(self.open_cross_office)
        # Only the coordinator holds every office's records and links them.
        self.across_button.setVisible(ctx.office.is_coordinator)
        for widget in (
            self.search,
            self.type_box,
            self.office_box,
            self.country,
            self.sector,
        ):
            bar.addWidget(widget)
        # The buttons fold into the bar's » menu when the window is narrow.
        bar.addWidget(action_bar(self.new_button, self.import_button, self.export_button))
        bar.setStretch(0, 1)
        self.search.setMinimumWidth(160)
        # Long type names would otherwise widen the whole window past a laptop screen.
        self.type_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.type_box.setMinimumContentsLength(14)
        layout.addLayout(bar)

        self.model = OrganisationsModel(ctx)
        self.table = QTableView()
        self.table.setModel(self.model)
        self._message: str | None = None  # said while the count was on its way
        self.model.loaded.connect(self._count_shown)
        # The model starts in the order by name; the header says so before sorting is
        # switched on, which sorts by the header's indicator (otherwise a read of the list
        # in another order, the first of three at every start).
        self.table.horizontalHeader().setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        # Widths measured on the words the columns show in the window's language (sizing
        # to contents measured every row and left the legal name the little that
        # remained); the legal name takes the width that is left, so the list reads
        # without scrolling sideways on a laptop's screen (ui/column_widths.py).
        fit_columns(
            self.table,
            {
                Column.COUNTRY: ["MM Germany"],
                Column.CITY: ["Greifswald"],  # a usual city; a longer one wraps
                Column.VAT: ["PL8566079137"],
                Column.OFFICE: OFFICE_CODES,
            },
            shared=[Column.NAME],
        )
        # The longest types ("Scaling-up support organisation") are cut, whole in the
        # tooltip: the name matters more.
        types = [i18n.label(label) for label in ORG_TYPES.values()]
        self.table.setColumnWidth(Column.TYPE, min(short_width(self.table, Column.TYPE, types), 130))
        self.table.selectionModel().currentRowChanged.connect(self.show_detail)
        open_on_activate(self.table, self.edit_current)
        self.empty = EmptyState(self.table, QCoreApplication.translate("members", NO_ORGANISATIONS), self.tr("New organisation…"), self.open_new)
        # A row to select once the list is read again: a new record's id, or the position
        # of a deleted one (the row that took its place).
        self._select_after: str | int | None = None

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.detail = QTextBrowser()
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_current)
        self.duplicates_button = QPushButton(self.tr("Find duplicates…"))
        self.duplicates_button.clicked.connect(self.find_duplicates)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_current)
        self.undo_button = QPushButton(self.tr("Undo delete"))
        self.undo_button.clicked.connect(self.undo_last_delete)
        self.undo_button.setEnabled(False)  # until the last delete on record is known
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setToolTip(self.tr("Who changed this organisation, when, and what"))
        self.history_button.clicked.connect(self.open_history)
        buttons.addWidget(
            action_bar(
                self.edit_button,
                self.duplicates_button,
                self.delete_button,
                self.undo_button,
                self.history_button,
            )
        )
        side_layout.addWidget(self.notice)
        side_layout.addWidget(self.detail, 1)
        side_layout.addLayout(buttons)
        side_layout.addWidget(QLabel(self.tr("<b>Contacts</b>")))
        self.contacts = ContactsModel()
        self.contacts_view = table_view(self.contacts)
        self.contacts_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The panel is narrow: the e-mail takes what the others leave, cut in its middle
        # so that both its name and its domain show.
        self.contacts_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        contact_header = self.contacts_view.horizontalHeader()
        contact_header.setStretchLastSection(False)
        contact_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 100), (1, 75)):  # name, role: their header whole at least
            self.contacts_view.setColumnWidth(
                column, max(width, short_width(self.contacts_view, column))
            )
        self.contacts_view.setColumnWidth(
            3, short_width(self.contacts_view, 3, self.contacts.consent_examples())
        )
        open_on_activate(self.contacts_view, self.edit_contact)
        side_layout.addWidget(self.contacts_view, 1)
        self.add_contact_button = button(self.tr("Add contact…"), self.add_contact)
        self.contacts_empty = EmptyState(
            self.contacts_view, self.tr("No contacts for this organisation yet."), self.tr("Add contact…"),
            self.add_contact,
        )  # fmt: skip
        self.edit_contact_button = button(self.tr("Edit contact…"), self.edit_contact)
        self.erase_contact_button = button(self.tr("Erase personal data…"), self.erase_contact)
        self.merge_contact_button = button(self.tr("Merge contacts…"), self.merge_contact)
        self.contact_history_button = button(self.tr("History…"), self.open_contact_history)
        self.contact_history_button.setToolTip(self.tr("Who changed this contact, when, and what"))
        side_layout.addWidget(
            action_bar(
                self.add_contact_button,
                self.edit_contact_button,
                self.merge_contact_button,
                self.erase_contact_button,
                self.contact_history_button,
            )
        )
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # The list gets most of the width; the detail panel's text would claim it otherwise.
        splitter.setSizes([640, 320])
        remember_splitter(splitter, "members")
        # Icons and tooltips of the main buttons (ui/icons.py).
        for main_button, name, tip in (
            (self.new_button, "new", self.tr("Register a new organisation")),
            (self.import_button, "import", self.tr("Read organisations and contacts from a spreadsheet")),
            (self.export_button, "export", self.tr("Write the organisations shown to an Excel workbook")),
            (self.edit_button, "edit", self.tr("Edit the selected organisation")),
            (self.delete_button, "delete", self.tr("Delete the selected organisation (it can be undone)")),
            (self.history_button, "history", self.history_button.toolTip()),
        ):
            main_button.setIcon(icon(name))
            main_button.setToolTip(tip)
        layout.addWidget(splitter, 1)
        list_menu(
            self.table,
            self.edit_button,
            self.duplicates_button,
            self.delete_button,
            self.history_button,
        )
        list_menu(
            self.contacts_view,
            self.add_contact_button,
            self.edit_contact_button,
            self.merge_contact_button,
            self.erase_contact_button,
            self.contact_history_button,
        )
        self.count_label = QLabel()
        # The coordinator's list-wide check sits under the list, not in the crowded filter bar.
        bottom = hrow(
            self.count_label,
            self.members_only,
            self.check_digit,
            self.across_button,
            stretch=False,
        )
        bottom.setStretch(0, 1)
        layout.addLayout(bottom)

        self._debounce = live_search(self.search, self.refresh)
        self.country.textChanged.connect(self._debounce.start)
        self.sector.textChanged.connect(self._debounce.start)
        self.type_box.currentIndexChanged.connect(self.refresh)
        self.office_box.currentIndexChanged.connect(self.refresh)
        self.members_only.toggled.connect(self.refresh)
        self.check_digit.toggled.connect(self.refresh)
        self._show_detail(None)
        self.refresh()
        self._check_undo()

    def _check_undo(self) -> None:
        """Undo is offered when this office's last delete is still undone (read behind)."""
        ctx = self.ctx
        run_read(
            self,
            lambda _p, _c: _last_deleted(ctx),
            on_success=lambda found: self.undo_button.setEnabled(found is not None),
        )

    def current_filter(self) -> OrganisationFilter:
        country = self.country.text().strip()
        return replace(
            self.model.filter,
            search=self.search.text(),
            org_type=self.type_box.currentData(),
            office=self.office_box.currentData(),
            country=country if len(country) == 2 else None,
            sector=self.sector.text().strip() or None,
            members_only=self.members_only.isChecked(),
            check_digit_fails=self.check_digit.isChecked(),
        )

    def refresh(self) -> None:
        self._debounce.stop()  # a search typed just before is read by this refresh too
        # One count and one page, read on the reader lane; the count shows when they arrive.
        self.model.set_filter(self.current_filter())
        self._show_detail(None)

    def _count_shown(self) -> None:
        # The order of the list is no filter: only what narrows it says "no match".
        unfiltered = replace(OrganisationFilter(), sort=self.model.filter.sort,
                             descending=self.model.filter.descending)  # fmt: skip
        self.empty.set_text(QCoreApplication.translate("members", NO_MATCH) if self.current_filter() != unfiltered else QCoreApplication.translate("members", NO_ORGANISATIONS))
        self._select_pending()
        if self._message is not None:  # said after the refresh began: it stays
            self._message = None
            return
        total = self.model.total
        self.count_label.setText(grouped_count(self.tr("%n organisations", "", total), total))

    def _select_pending(self) -> None:
        """Select the new record, or the row that took a deleted one's place."""
        wanted, self._select_after = self._select_after, None
        if isinstance(wanted, int):
            select_row(self.table, min(wanted, self.model.rowCount() - 1))
        elif wanted is not None:
            for position, row in enumerate(self.model.rows):
                if row.id == wanted:
                    select_row(self.table, position)
                    return
            self.load_detail(wanted)  # past the rows read so far: shown all the same

    def _say(self, text: str) -> None:
        """Show what just happened where the count is; a count on its way does not
        replace it."""
        self.count_label.setText(text)
        self._message = text if self.model.loading else None

    def show_detail(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        row = self.model.data(current, ROW_ROLE) if current.isValid() else None
        if row is None:
            self._show_detail(None)
            return
        self.load_detail(row.id)

    def load_detail(self, organisation_id: str) -> None:
        """Read the organisation's detail behind the window; shown when it arrives, unless
        another one was chosen meanwhile."""
        self._detail_for = organisation_id
        ctx = self.ctx

        def arrived(detail: OrganisationDetail | None) -> None:
            if self._detail_for == organisation_id:
                self._show_detail(detail)

        run_read(self, lambda _p, _c: organisation_detail(ctx, organisation_id), on_success=arrived)

    def _show_detail(self, detail: OrganisationDetail | None) -> None:
        if detail is None:
            self._detail_for = None
        self.current = detail
        self.contacts.set_rows(list(detail.people) if detail else [])
        own = detail is not None and detail.row.office_id == self.ctx.office_code
        for widget in (
            self.delete_button,
            self.edit_button,
            self.duplicates_button,
            self.add_contact_button,
            self.edit_contact_button,
            self.erase_contact_button,
            self.merge_contact_button,
        ):
            widget.setEnabled(own)
        # Anyone may read a record's history, also of another office's records.
        self.history_button.setEnabled(detail is not None)
        self.contact_history_button.setEnabled(detail is not None)
        if detail is None:
            self.detail.setHtml(self.tr("<p>Select an organisation to see its details and contacts.</p>"))
            self.notice.setText("")
            return
        row = detail.row
        self.notice.setText(
            ""
            if own
            else self.tr("Kept by office {office_id}: shown read-only. Only {office_id} can change it; their changes arrive in the coordinator's bundle.").format(office_id=row.office_id)
        )
        vat = self.tr("VAT {number}").format(number=row.vat_number or "—")
        if row.check_digit_fails:
            vat += f" · <b>{say(row.check_digit_fails)}</b>"
        sectors = self.tr("sectors {sectors}").format(sectors=row.sectors or "—")
        employees = self.tr("{band} employees").format(band=detail.employees_band or "?")
        since = _date_shown(detail.member_since)
        member = self.tr("Member since {date}").format(date=since)
        office = self.tr("office {code}").format(code=row.office_id)
        kind = i18n.org_type_text(row.org_type)
        # markup around fields and the phrases translated above: not marked
        html = (
            f"<h3>{row.legal_name}</h3><p>{kind} · {row.city} {i18n.country_text(row.country)}"
            f"<br>{vat} · {sectors} · {employees}"
            f"<br>{detail.address}<br>{detail.website}<br>{member} · {office}</p>"
            f"<p>{detail.notes}</p>"
        )
        self.detail.setHtml(html)

    def open_history(self) -> HistoryDialog | None:
        from blues_desktop.ui.history_dialog import open_history

        if self.current is None:
            return None
        return open_history(self, self.ctx, "organisations", self.current.row.id)

    def open_contact_history(self) -> HistoryDialog | None:
        from blues_desktop.ui.history_dialog import open_history

        contact = self._selected_contact()
        if contact is None:
            QMessageBox.information(self, self.tr("History"), self.tr("Select a contact in the list first."))
            return None
        return open_history(self, self.ctx, "persons", contact.id)

    # contacts ---------------------------------------------------------------------
    def _selected_contact(self) -> ContactRow | None:
        index = self.contacts_view.currentIndex()
        return self.contacts.row_at(index.row()) if index.isValid() else None

    def add_contact(self) -> ContactDialog | None:
        from blues_desktop.ui.members.contact_dialog import ContactDialog

        if self.current is None:
            return None
        row = self.current.row
        dialog = ContactDialog(self, row.id, row.country)
        dialog.accepted.connect(lambda: self._save_contact(dialog, None))
        dialog.open()
        return dialog

    def edit_contact(self) -> ContactDialog | None:
        from blues_desktop.ui.members.contact_dialog import ContactDialog

        contact = self._selected_contact()
        if self.current is None or contact is None or contact.erased:
            return None
        dialog = ContactDialog(self, self.current.row.id, self.current.row.country, contact.input)
        dialog.accepted.connect(lambda: self._save_contact(dialog, contact.id))
        dialog.open()
        return dialog

    def _save_contact(self, dialog: ContactDialog, person_id: str | None) -> None:
        from blues_desktop.services.members.persons import save_person

        data, organisation_id = dialog.data, dialog.organisation_id
        if data is None:
            return
        ctx = self.ctx
        run_in_background(
            self,
            lambda _p, _c: save_person(ctx, data, person_id),
            on_success=lambda result: self._contacts_changed(result, organisation_id),
        )

    def erase_contact(self) -> None:
        contact = self._selected_contact()
        if self.current is None or contact is None or contact.erased:
            return
        reason = ask_reason(
            self,
            self.tr("Erase personal data"),
            self.tr("Erase {name}'s personal data (name, e-mail, phone, role, consent) from the record, its history and the files kept with it (a CV)? The record stays, marked erased, so the erasure reaches the other offices in bundles. This cannot be undone.\n\nOn whose request, and why?").format(name=contact.name),
            self.tr("Erase"),
        )
        if reason is None:
            return
        if not reason.strip():
            self._say(self.tr("An erasure needs a reason; nothing was erased."))
            return
        from blues_desktop.services.members.persons import erase_person

        organisation_id, ctx, person_id = self.current.row.id, self.ctx, contact.id
        run_in_background(
            self,
            lambda _p, _c: erase_person(ctx, person_id, reason.strip()),
            on_success=lambda result: self._contacts_changed(result, organisation_id),
        )

    def merge_contact(self, other_id: str | None = None) -> None:
        """Merge another contact of this organisation into the selected one."""
        from blues_desktop.services.members.editing import SaveResult
        from blues_desktop.ui.members.contact_merge import merge_contacts, pick_other

        contact = self._selected_contact()
        if self.current is None or contact is None or contact.erased:
            return
        if other_id is None:
            other = pick_other(self, contact, list(self.current.people))
            if other is None:
                self._say(
                    self.tr("No other contact of {legal_name} to merge.").format(legal_name=self.current.row.legal_name)
                )
                return
            other_id = other.id
        organisation_id = self.current.row.id

        def merged(result: MergeResult) -> None:
            self._contacts_changed(
                SaveResult(result.kept_id, changes=result.changes), organisation_id
            )
            # one count per sentence, each with its plural forms
            registrations, exchanges = result.registrations_moved, result.exchanges_moved
            moved = (
                grouped_count(
                    self.tr(
                        "Contacts merged: %n event registrations moved to the kept contact.",
                        "",
                        registrations,
                    ),
                    registrations,
                ),
                grouped_count(
                    self.tr("%n exchanges moved to the kept contact.", "", exchanges), exchanges
                ),
            )
            self._say(" ".join(moved))

        merge_contacts(self, self.ctx, contact.id, other_id, merged)

    def _contacts_changed(self, result: SaveResult, organisation_id: str) -> None:
        # The list refreshes on the announcement and clears the panel; the organisation
        # whose contacts changed stays shown.
        shown = self.current if self.current and self.current.row.id == organisation_id else None
        self.announce(result.changes)
        if shown is not None:
            self._show_detail(shown)  # until the fresh detail arrives: no empty flash
            self.load_detail(organisation_id)

    def delete_current(self) -> None:
        from blues_desktop.services.members.editing import delete_organisation

        if self.current is None:
            return
        organisation_id, name, ctx = self.current.row.id, self.current.row.legal_name, self.ctx
        position = self.table.currentIndex().row()

        def deleted(result: SaveResult) -> None:
            self.last_deleted = organisation_id
            self.undo_button.setEnabled(True)
            tell(self, self.tr("Deleted “{name}”. Undo delete brings it back.").format(name=name))
            if position >= 0:  # the list is being read again: the row in its place
                self._select_after = max(0, row_after_removal(count, position))

        count = self.model.rowCount()
        self.run_change(lambda _p, _c: delete_organisation(ctx, organisation_id), deleted)

    def undo_last_delete(self) -> None:
        from blues_desktop.services.members.editing import undo_delete

        ctx, organisation_id = self.ctx, self.last_deleted  # None: the last delete on record

        def undone(result: SaveResult) -> None:
            self.last_deleted = None
            self._check_undo()
            tell(self, self.tr("The deleted organisation is back in the register."))
            self._select_after = result.id

        self.run_change(lambda _p, _c: undo_delete(ctx, organisation_id), undone)

    def edit_current(self) -> None:
        """Edit… and double-click / Enter on a row: another office's record is read-only."""
        if self.current is None:
            return
        row = self.current.row
        if row.office_id != self.ctx.office_code:
            tell(self, self.tr("“{legal_name}” is kept by office {office_id}: it is shown read-only.").format(legal_name=row.legal_name, office_id=row.office_id))
            return
        self.open_editor(row.id)

    def open_new(self) -> OrganisationDialog:
        return self.open_editor(None)

    def open_editor(self, organisation_id: str | None) -> OrganisationDialog:
        from blues_desktop.ui.members.edit_dialog import OrganisationDialog

        dialog = OrganisationDialog(self.ctx, organisation_id, self)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.merge_done.connect(self._organisations_merged)
        dialog.open()
        return dialog

    def _saved(self, dialog: OrganisationDialog) -> None:
        if dialog.result_ is not None:
            if dialog.organisation_id is None:  # a new record: select it once listed
                self._select_after = dialog.result_.id
                tell(self, self.tr("The new organisation is saved and selected in the list."))
            self.apply_result(dialog.result_)

    def find_duplicates(self) -> None:
        if self.current is None:
            return
        from blues_desktop.services.members.editing import likely_duplicates
        from blues_desktop.ui.members.merge_prompt import ask_merge

        row = self.current.row
        probe = OrganisationInput(
            row.legal_name, row.org_type, row.country, vat_number=row.vat_number or None
        )  # noqa: E501
        ctx = self.ctx

        def found(duplicates: tuple[PossibleDuplicate, ...]) -> None:
            if not duplicates:
                self._say(self.tr("No likely duplicates found for {legal_name}").format(legal_name=row.legal_name))
                return
            ask_merge(self, ctx, row.id, duplicates, self._organisations_merged)

        run_in_background(
            self,
            lambda _p, _c: tuple(likely_duplicates(ctx, probe, exclude_id=row.id)),
            on_success=found,
        )

    def _organisations_merged(self, merged: MergeResult) -> None:
        self.apply_result(merged)
        filled = ", ".join(label_of_field("organisations", f) for f in merged.fields_filled)
        # one count per sentence, each with its plural forms
        contacts, exchanges = merged.contacts_moved, merged.exchanges_moved
        sentences = [
            grouped_count(self.tr("Merged: %n contacts moved.", "", contacts), contacts),
            grouped_count(self.tr("%n exchanges moved.", "", exchanges), exchanges),
        ]
        if filled:
            sentences.append(
                self.tr("Details taken from the other record: {fields}.").format(fields=filled)
            )
        self._say(" ".join(sentences))

    def open_cross_office(self) -> CrossOfficeDialog:
        from blues_desktop.ui.members.cross_office_dialog import CrossOfficeDialog

        dialog = CrossOfficeDialog(self.ctx, self)
        dialog.open()
        return dialog

    def open_import(self) -> ImportDialog:
        from blues_desktop.ui.members.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, self)
        dialog.finished.connect(lambda _code: self.refresh())
        dialog.open()
        return dialog

    def choose_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the register"), "members.xlsx", self.tr("Excel workbooks (*.xlsx)")
        )
        if not name:
            return
        include = include_anyway(
            self,
            self.tr("Contacts without consent"),
            self.tr("Contacts without a recorded GDPR consent are left out of the export.\n\n"
            "Include them anyway? Only do so when you have another lawful basis to share "
            "them; the export says how many were included."),
        )
        self.export_to(Path(name), include)

    def export_to(self, path: Path, include_unconsented: bool = False) -> None:
        from blues_desktop.ui import jobs  # the bundle modules too: not at start-up

        # In a process of its own: 100,000 rows would hold the window's Python lock.
        run_in_process(
            self,
            self.ctx,
            partial(
                jobs.export_register,
                path=path,
                flt=self.current_filter(),
                include_unconsented=include_unconsented,
            ),
            on_success=self._exported,
            progress_label=self.tr("Exporting the register"),
        )

    def _exported(self, result: MembersExport) -> None:
        self.last_export = result
        figures = {
            "organisations": number_text(result.organisations),
            "contacts": number_text(result.contacts),
            "file": result.path,
        }
        if result.contacts_left_out:
            text = self.tr(
                "Exported {organisations} organisations and {contacts} contacts to {file}; "
                "{left_out} contacts without consent left out"
            ).format(left_out=number_text(result.contacts_left_out), **figures)
        else:
            text = self.tr(
                "Exported {organisations} organisations and {contacts} contacts to {file}"
            ).format(**figures)
        tell_written(self, text, result.path)


def _date_shown(iso: str) -> str:
    """An ISO date as the window's language writes it; "—" for none, as given if not a date."""
    if not iso:
        return "—"
    try:
        return date_text(date.fromisoformat(iso))
    except ValueError:
        return iso


def _last_deleted(ctx: AppContext) -> str | None:
    """This office's last delete still undone (on the reader lane: the editing services
    are imported there, after the list's first rows)."""
    from blues_desktop.services.members.editing import last_deleted_organisation

    return last_deleted_organisation(ctx)

