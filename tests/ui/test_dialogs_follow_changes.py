"""Open dialogs that show a record follow the change hub: the History re-reads, the
organisation form shows the stored record again or warns before writing over a change
made elsewhere (another window, an imported bundle)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QPushButton

from blues_desktop.domain.organisations import OrganisationInput
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.editing import (
    delete_organisation,
    organisation_input,
    save_organisation,
)
from blues_desktop.ui.change_hub import hub_for
from blues_desktop.ui.history_dialog import HistoryDialog
from blues_desktop.ui.members.edit_dialog import OrganisationDialog

AGUAS = OrganisationInput("Aguas del Ebro S.L.", "sme", "ES", city="Zaragoza")


def _elsewhere(ctx: AppContext, result: object) -> None:
    """A change made outside the dialog, announced as every use case's result is."""
    hub_for(ctx).announce(result.changes)  # type: ignore[attr-defined]


def test_an_open_history_reads_again_when_its_record_changes(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    org_id = save_organisation(ctx, AGUAS).id
    dialog = HistoryDialog(ctx, "organisations", org_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.row_count() == 1)
    _elsewhere(ctx, save_organisation(ctx, replace(AGUAS, city="Huesca"), org_id))
    qtbot.waitUntil(lambda: dialog.row_count() == 2, timeout=5000)
    assert "2 changes" in dialog.heading.text()


def test_an_untouched_form_shows_the_record_as_changed_elsewhere(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    org_id = save_organisation(ctx, AGUAS).id
    dialog = OrganisationDialog(ctx, org_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.inputs["city"].text() == "Zaragoza")
    _elsewhere(ctx, save_organisation(ctx, replace(AGUAS, city="Huesca"), org_id))
    qtbot.waitUntil(lambda: dialog.inputs["city"].text() == "Huesca", timeout=5000)
    assert "now shows it as stored" in dialog.notice.text()


def test_a_form_being_edited_warns_before_writing_over_a_change(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    org_id = save_organisation(ctx, AGUAS).id
    dialog = OrganisationDialog(ctx, org_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.inputs["city"].text() == "Zaragoza")
    dialog.inputs["website"].setText("https://aguas.example.es")  # the user's edit
    _elsewhere(ctx, save_organisation(ctx, replace(AGUAS, city="Huesca"), org_id))
    qtbot.waitUntil(lambda: "writes your version over" in dialog.notice.text(), timeout=5000)
    assert dialog.inputs["website"].text() == "https://aguas.example.es"  # kept
    assert dialog.inputs["city"].text() == "Zaragoza"  # the form is not changed under them
    assert organisation_input(ctx, org_id).city == "Huesca"


def test_a_form_whose_record_was_deleted_cannot_be_saved(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    org_id = save_organisation(ctx, AGUAS).id
    dialog = OrganisationDialog(ctx, org_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded is not None)
    _elsewhere(ctx, delete_organisation(ctx, org_id))
    qtbot.waitUntil(lambda: "deleted elsewhere" in dialog.notice.text(), timeout=5000)
    save = dialog.buttons.findChild(QPushButton, "actButton")
    assert save is not None and save.text() == "Save" and not save.isEnabled()


def test_an_open_event_editor_warns_when_its_event_changes_elsewhere(
    qtbot, ctx: AppContext, make_event
) -> None:  # type: ignore[no-untyped-def]
    from blues_desktop.services import events as ev
    from blues_desktop.ui.events.dialogs import EventEditor
    from blues_desktop.ui.pages.events import EventsPage
    from tests.conftest import event_draft

    event_id = make_event(ctx, people=["Ana Ruiz"])
    page = EventsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.detail is not None)
    assert page.detail is not None
    editor = EventEditor(page, page.detail)
    qtbot.addWidget(editor)
    page._follow(editor, page.detail)  # as edit_event does while the editor is open
    # A registration is not what the editor edits: no warning.
    _elsewhere(ctx, ev.add_walk_in(ctx, event_id, _walk_in()))
    qtbot.wait(500)
    assert editor.notice.text() == ""
    _elsewhere(ctx, ev.save_event(ctx, event_draft(title="Plasma day, moved"), event_id))
    qtbot.waitUntil(lambda: "changed elsewhere" in editor.notice.text(), timeout=5000)
    assert editor.title.text() != "Plasma day, moved"  # the user's form stays as typed


def _walk_in():  # type: ignore[no-untyped-def]
    from blues_desktop.domain.events import PersonDraft

    return PersonDraft("Eva", "Gil")
