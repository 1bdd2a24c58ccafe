from __future__ import annotations

from PySide6.QtCore import Qt

from blues_desktop.services.context import AppContext
from blues_desktop.services.demo import generate
from blues_desktop.ui.members.model import ROW_ROLE, Column
from blues_desktop.ui.pages.members import MembersPage
from tests.ui.whole_lists import not_read_whole, show_on_a_laptop


def test_lazy_list_search_and_read_only_records(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    generate(ctx, scale=3)  # 1,500 organisations, five offices
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.count_label.text() == "1,500 organisations")  # read behind
    assert page.model.total == 1500
    assert page.model.rowCount() == 200  # one page, more as the view scrolls
    page.model.fetchMore(page.model.index(-1, -1))
    qtbot.waitUntil(lambda: page.model.rowCount() == 400)
    page.search.setText("zaragoza")
    qtbot.waitUntil(lambda: page.model.total < 1500)
    assert all("zaragoza" in (r.city + r.legal_name).lower() for r in page.model.rows)
    page.office_box.setCurrentIndex(page.office_box.findData("MCI"))
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.total == 300)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.current is not None)  # read behind the window
    row = page.model.data(page.model.index(0, 0), ROW_ROLE)
    assert row.office_id == "MCI"
    assert "Kept by office MCI: shown read-only" in page.notice.text()
    assert not page.delete_button.isEnabled()


def test_the_list_is_read_once_when_the_page_opens_and_again_when_the_order_changes(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    generate(ctx, scale=1)
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() > 0)
    # Its starting order (by name) is set while it is built: one read fills the list.
    assert page.model.generation == 1
    ascending = [row.legal_name for row in page.model.rows]
    page.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)  # the order it shows
    assert page.model.generation == 1
    page.table.sortByColumn(Column.NAME, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: page.model.generation == 2 and not page.model.loading)
    descending = [row.legal_name for row in page.model.rows]
    assert descending[0] != ascending[0]
    assert descending[-1] not in ascending  # the other end of the register


def test_edit_dialog_shows_messages_at_the_fields_then_saves(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    from blues_desktop.ui.members.edit_dialog import OrganisationDialog

    page = MembersPage(ctx)
    qtbot.addWidget(page)
    dialog = page.open_editor(None)
    dialog.inputs["legal_name"].setText("Aguas del Ebro S.L.")
    dialog.country.setCurrentIndex(dialog.country.findData("ES"))
    dialog.inputs["vat_number"].setText("B12345675")
    dialog.inputs["member_since"].setText("31.05.2024")
    dialog.save()
    assert "is not a valid VAT number" in dialog.messages["vat_number"].text()
    assert "write it as 2024-05-31" in dialog.messages["member_since"].text()
    assert not dialog.messages["legal_name"].isVisibleTo(dialog)
    dialog.inputs["vat_number"].setText("B12345674")
    dialog.inputs["member_since"].setText("2024-05-31")
    dialog.save()
    # Saved in the background: the dialog closes when the write has succeeded.
    qtbot.waitUntil(lambda: dialog.result_ is not None)
    assert isinstance(dialog, OrganisationDialog) and not dialog.isVisible()
    qtbot.waitUntil(lambda: page.model.total == 1)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.current is not None)  # read behind the window
    assert "Aguas del Ebro S.L." in page.detail.toPlainText()
    page.delete_current()
    qtbot.waitUntil(lambda: page.model.total == 0)
    assert page.undo_button.isEnabled()
    page.undo_last_delete()
    qtbot.waitUntil(lambda: page.model.total == 1)


def test_import_wizard_previews_then_imports(qtbot, ctx: AppContext, tmp_path) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    from tests.services.test_members_import import messy_workbook

    page = MembersPage(ctx)
    qtbot.addWidget(page)
    dialog = page.open_import()
    dialog.open_file(messy_workbook(tmp_path / "mitglieder.xlsx"))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert "2 new and 0 changed organisations" in dialog.status.text()
    assert "Nothing has been written yet" in dialog.status.text()
    assert any("the same as row 5" in line for line in dialog.problem_model.stringList())
    assert page.model.total == 0 and dialog.import_button.isEnabled()
    dialog.confirm()
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=10_000)
    assert "Imported 2 new" in dialog.status.text()
    dialog.accept()
    qtbot.waitUntil(lambda: page.model.total == 2)


def test_import_wizard_says_why_a_file_is_refused(qtbot, ctx: AppContext, tmp_path) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    dialog = page.open_import()
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    dialog.open_file(broken)
    qtbot.waitUntil(lambda: "cannot be imported" in dialog.status.text(), timeout=10_000)
    assert "broken.xlsx: the workbook is damaged" in dialog.status.text()
    assert not dialog.import_button.isEnabled()


def test_find_duplicates_offers_this_offices_look_alike(
    qtbot, ctx: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    from blues_desktop.domain.organisations import OrganisationInput
    from blues_desktop.services.members import duplicates
    from blues_desktop.services.members.editing import save_organisation
    from blues_desktop.ui.members import merge_prompt

    kept = save_organisation(ctx, OrganisationInput("Aguas del Ebro S.L.", "sme", "ES"))
    copy = save_organisation(ctx, OrganisationInput("AGUAS DEL EBRO, SL", "sme", "ES"))
    offered = []

    def choose_merge(_parent, ctx_, record_id, found, done):  # type: ignore[no-untyped-def]
        offered.append((record_id, [d.id for d in found]))
        done(duplicates.merge_organisations(ctx_, found[0].id, record_id))

    monkeypatch.setattr(merge_prompt, "ask_merge", choose_merge)
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.search.setText("aguas del ebro, sl")
    page.refresh()
    qtbot.waitUntil(lambda: not page.model.loading)  # the list is read behind the window
    page.table.selectRow([r.id for r in page.model.rows].index(copy.id))
    qtbot.waitUntil(lambda: page.current is not None)  # read behind the window
    page.find_duplicates()  # the look-alikes are read in the background
    qtbot.waitUntil(lambda: offered == [(copy.id, [kept.id])])
    page.search.clear()
    page.refresh()
    qtbot.waitUntil(lambda: not page.model.loading)  # the list is read behind the window
    assert [r.id for r in page.model.rows] == [kept.id]
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.current is not None)  # read behind the window
    page.find_duplicates()
    qtbot.waitUntil(
        lambda: page.count_label.text() == "No likely duplicates found for Aguas del Ebro S.L."
    )


def test_merging_a_look_alike_runs_in_the_background(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    """The question and the merge dialog open without blocking the window; the plan is read
    and the merge written through the background runner, then the page says what moved."""
    from blues_desktop.domain.organisations import OrganisationInput
    from blues_desktop.services.members.editing import save_organisation
    from blues_desktop.services.members.listing import organisation_detail
    from blues_desktop.ui.members.merge_prompt import DuplicateQuestion

    kept = save_organisation(ctx, OrganisationInput("Aguas del Ebro S.L.", "sme", "ES")).id
    copy = save_organisation(ctx, OrganisationInput(
        "AGUAS DEL EBRO, SL", "sme", "ES", city="Zaragoza")).id  # fmt: skip
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.model.loading)  # the list is read behind the window
    page.table.selectRow([r.id for r in page.model.rows].index(copy))
    qtbot.waitUntil(lambda: page.current is not None)  # read behind the window
    page.find_duplicates()  # returns at once: the look-alikes are read in the background
    qtbot.waitUntil(lambda: page.property("merge_question") is not None)
    box = page.property("merge_question")  # open, not running its own loop
    assert isinstance(box, DuplicateQuestion) and box.isVisible()
    assert box.keep_button.isDefault() and not box.merge_button.isDefault()
    assert box.merge_button.text() == "Merge into Aguas del Ebro S.L.…"
    box.merge_button.click()
    qtbot.waitUntil(lambda: page.property("merge_dialog") is not None, timeout=10_000)
    dialog = page.property("merge_dialog")
    assert dialog.isVisible() and "city" in dialog.chosen()  # the kept record has none
    dialog.accept()
    qtbot.waitUntil(lambda: page.count_label.text().startswith("Merged:"), timeout=10_000)
    # one sentence per count, each with its plural form
    assert page.count_label.text() == (
        "Merged: 0 contacts moved. 0 exchanges moved. Details taken from the other record: City."
    )
    qtbot.waitUntil(lambda: [r.id for r in page.model.rows] == [kept], timeout=10_000)
    detail = organisation_detail(ctx, kept)
    assert detail is not None and detail.row.city == "Zaragoza"


def test_sector_and_member_filters(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from blues_desktop.domain.organisations import OrganisationInput
    from blues_desktop.services.members.editing import save_organisation

    save_organisation(ctx, OrganisationInput("Agua Viva S.L.", "sme", "ES", sectors="water,ICT"))
    save_organisation(ctx, OrganisationInput(
        "Plasma Sur S.L.", "sme", "ES", sectors="plasma", member_since=date(2019, 1, 1),
        member_until=date(2020, 1, 1), is_member=False,
    ))  # fmt: skip
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.sector.setText("water")
    qtbot.waitUntil(lambda: page.model.total == 1)
    assert page.model.rows[0].legal_name == "Agua Viva S.L."
    page.sector.clear()
    page.members_only.setChecked(True)
    qtbot.waitUntil(lambda: page.model.total == 1)
    assert page.model.rows[0].legal_name == "Agua Viva S.L."


def test_contacts_are_added_edited_and_erased_from_the_detail_panel(
    qtbot, ctx: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from blues_desktop.domain.organisations import OrganisationInput
    from blues_desktop.services.members.editing import save_organisation
    from tests.ui.answering import answer_reason

    save_organisation(ctx, OrganisationInput("Aguas del Ebro S.L.", "sme", "ES"))
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.model.loading)  # the list is read behind the window
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.current is not None)  # read behind the window
    assert page.contacts.rowCount() == 0 and page.add_contact_button.isEnabled()
    dialog = page.add_contact()
    dialog.first_name.setText("Begoña")
    dialog.last_name.setText("Ibáñez")
    dialog.email.setText("begoña@@aguas")
    dialog.accept()
    assert dialog.data is None and dialog.isVisible()
    # each message under its own field; the language is chosen by name from a list, so
    # only the e-mail can be wrong here
    shown = dialog.errors.shown()
    assert "e-mail" in shown["email"] and "language" not in shown
    assert dialog.language.findText("Spanish") >= 0 and dialog.language.findData("xx") < 0
    dialog.email.setText("begona.ibanez@aguasdelebro.example.es")
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.consent.setChecked(True)
    dialog.source.setText("membership form")
    dialog.accept()
    qtbot.waitUntil(lambda: page.contacts.rowCount() == 1, timeout=5000)
    contact = page.contacts.row_at(0)
    assert contact.name == "Begoña Ibáñez" and contact.consent.startswith("since ")
    assert contact.input.consent_source == "membership form"
    page.contacts_view.selectRow(0)
    editing = page.edit_contact()
    editing.role.setText("Innovation manager")
    editing.accept()
    qtbot.waitUntil(
        lambda: page.contacts.row_at(0).input.role == "Innovation manager", timeout=5000
    )
    answer_reason("asked by e-mail on 2026-11-20", "Erase")  # the button names the act
    page.contacts_view.selectRow(0)
    page.erase_contact()
    qtbot.waitUntil(lambda: page.contacts.row_at(0).erased, timeout=5000)
    erased = page.contacts.row_at(0)
    assert erased.consent == "erased" and erased.input.email is None
    assert "Begoña" not in page.detail.toPlainText()


def test_import_preview_shows_both_counts_and_the_rows_set_aside(
    qtbot, ctx: AppContext, tmp_path
) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    from openpyxl import load_workbook

    from tests.member_files import write_ods
    from tests.services.test_members_import_set_aside import member_rows

    page = MembersPage(ctx)
    qtbot.addWidget(page)
    dialog = page.open_import()
    dialog.open_file(write_ods(tmp_path / "Mitglieder.ods", {"Mitglieder": member_rows()}))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.counts.text() == "10 rows will be imported, 4 rows set aside"
    assert dialog.tabs.tabText(1) == "Rows set aside (4)"
    table = dialog.set_aside
    assert table.rowCount() == 4
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[:4] == ["Sheet", "Row", "Problem", "Firmenname"] and headers[-1] == "E-Mail"
    assert (table.item(1, 1).text(), table.item(1, 3).text()) == ("6", "Ohne Land GmbH")
    assert table.item(1, 2).text() == "B (Land): the country is missing"
    assert table.item(1, 4).background().color().name() == "#f8d7da"  # the cell to fix
    assert table.item(1, 5).background().color().name() != "#f8d7da"
    assert dialog.planned.rowCount() == 16  # 10 organisations and 6 contacts
    assert dialog.import_button.text() == "Import 10 rows" and dialog.import_button.isEnabled()
    dialog.confirm()
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=10_000)
    assert "4 rows set aside" in dialog.status.text()
    dialog.save_fixup(tmp_path / "zu korrigieren.xlsx")
    rows = list(load_workbook(tmp_path / "zu korrigieren.xlsx")["Mitglieder"].values)
    assert (
        len(rows) == 5 and rows[2][1] is None and rows[2][-1] == "B (Land): the country is missing"
    )
    dialog.accept()
    qtbot.waitUntil(lambda: page.model.total == 10)


def test_merging_two_contacts_field_by_field(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from blues_desktop.domain.organisations import OrganisationInput
    from blues_desktop.domain.persons import PersonInput
    from blues_desktop.services.members.editing import save_organisation
    from blues_desktop.services.members.listing import organisation_detail
    from blues_desktop.services.members.persons import save_person

    org = save_organisation(ctx, OrganisationInput("Aguas del Ebro S.L.", "sme", "ES")).id
    kept = save_person(ctx, PersonInput("Lucía", "Pérez", organisation_id=org, role="CEO")).id
    other = save_person(ctx, PersonInput(
        "Lucia", "Pérez Gómez", organisation_id=org, email="lucia@ebro.es",
        consent_given_on=date(2025, 3, 1), consent_purpose="newsletter")).id  # fmt: skip
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.model.loading)  # the list is read behind the window
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.current is not None)  # read behind the window
    people = [page.contacts.row_at(n).id for n in range(page.contacts.rowCount())]
    page.contacts_view.selectRow(people.index(kept))
    page.merge_contact(other)
    qtbot.waitUntil(lambda: page.property("merge_dialog") is not None, timeout=10_000)
    dialog = page.property("merge_dialog")
    assert [f.label for f in dialog.plan.fields] == [
        "First name", "Last name", "Role", "E-mail", "Consent",
    ]  # fmt: skip
    assert dialog.chosen() == {"email", "consent"}  # the kept contact has none: taken over
    dialog.choose("last_name", other=True)
    dialog.accept()
    qtbot.waitUntil(lambda: "Contacts merged" in page.count_label.text(), timeout=10_000)
    detail = organisation_detail(ctx, org)
    assert detail is not None
    assert [(c.name, c.input.email, c.input.role, c.consent) for c in detail.people] == [
        ("Lucía Pérez Gómez", "lucia@ebro.es", "CEO", "since 2025-03-01")
    ]
    qtbot.waitUntil(  # the panel's fresh detail is read behind the window
        lambda: [page.contacts.row_at(n).id for n in range(page.contacts.rowCount())] == [kept]
    )


def test_the_duplicate_question_compares_side_by_side_and_escape_keeps_both(
    qtbot, ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from blues_desktop.domain.organisations import OrganisationInput
    from blues_desktop.services.members.editing import save_organisation
    from blues_desktop.services.members.listing import organisation_detail
    from blues_desktop.ui.members.merge_prompt import DuplicateQuestion
    from blues_desktop.ui.operations import wait_until_idle

    slu = save_organisation(
        ctx, OrganisationInput("Aguas del Ebro S.L.U.", "sme", "ES", city="Zaragoza")
    ).id
    sa = save_organisation(
        ctx, OrganisationInput("Aguas del Ebro S.A.", "sme", "ES", city="Huesca")
    ).id
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.model.loading)
    page.table.selectRow([r.id for r in page.model.rows].index(sa))
    qtbot.waitUntil(lambda: page.current is not None)
    page.find_duplicates()
    qtbot.waitUntil(lambda: page.property("merge_question") is not None)
    box = page.property("merge_question")
    assert isinstance(box, DuplicateQuestion)
    explanation = box.pair.explanation.text()
    assert "<b>Probably two different organisations</b> (55%)" in explanation
    assert "legal form (S.A. and S.L.U.)" in explanation
    assert "city (Huesca and Zaragoza)" in explanation
    assert box.pair.cells["City"][2].text() == "differs"
    assert box.pair.cells["Contacts"][0].text() == "0"
    assert box.keep_button.isDefault() and not box.merge_button.autoDefault()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    wait_until_idle()
    assert not box.isVisible() and page.property("merge_dialog") is None
    assert organisation_detail(ctx, slu) is not None and organisation_detail(ctx, sa) is not None


def test_the_lists_read_without_scrolling_sideways_and_a_cut_e_mail_shows_whole_in_its_tooltip(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    generate(ctx, scale=1)
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    show_on_a_laptop(qtbot, page)
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() > 0)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.contacts.rowCount() > 0)
    assert not_read_whole(page.table) == []
    assert not_read_whole(page.contacts_view) == []
    assert page.table.columnWidth(Column.NAME) >= 200  # the name keeps the room it needs
    email = page.contacts.index(0, 2)
    assert "@" in page.contacts.data(email, Qt.ItemDataRole.ToolTipRole)
    assert page.contacts.data(email, Qt.ItemDataRole.ToolTipRole) == page.contacts.data(email)
