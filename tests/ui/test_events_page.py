"""The Events page: choose an event, tick attendance with the keyboard, save; the event
editor refuses bad dates; the person picker loads the register as it scrolls."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from blues_desktop.domain.events import EventDraft
from blues_desktop.services import events as ev
from blues_desktop.services import records
from blues_desktop.services.context import AppContext
from blues_desktop.store.models import Person
from blues_desktop.ui.dialog_buttons import act_button
from blues_desktop.ui.events.dialogs import EventEditor, PersonPicker
from blues_desktop.ui.feedback import last_told, last_written
from blues_desktop.ui.pages.events import EventsPage
from tests.conftest import MakeEvent
from tests.ui.whole_lists import not_read_whole, show_on_a_laptop


def test_attendance_is_ticked_with_the_keyboard_and_saved(
    qtbot, ctx: AppContext, make_event: MakeEvent
) -> None:  # type: ignore[no-untyped-def]
    event_id = make_event(ctx, people=["Ana Ruiz", "Eva Gil", "Pau Vila"])
    page = EventsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.detail is not None)  # read behind the window
    assert page.detail is not None and page.detail.id == event_id
    assert page.participants.rowCount() == 3
    page.tabs.setCurrentIndex(1)
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.attendance.index(0, 1))
    qtbot.keyClick(page.grid, Qt.Key.Key_Space)  # Ana, day 1 → present, move to Eva
    qtbot.keyClick(page.grid, Qt.Key.Key_Return)  # skip Eva
    qtbot.keyClick(page.grid, Qt.Key.Key_Space)  # Pau, day 1
    assert (
        "day 1: 2 of 3, day 2: 0 of 3" in page.counts.text()
        and "2 unsaved changes" in page.counts.text()
    )
    qtbot.mouseClick(page.save_attendance_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            [bool(p.present) for p in ev.event_detail(ctx, event_id).participants]
            == [True, False, True]
        ),
        timeout=5000,
    )
    # the event read again: the saved ticks shown as stored, none pending any more
    qtbot.waitUntil(lambda: "day 1: 2 of 3" in page.counts.text(), timeout=5000)
    qtbot.wait(200)  # the reader lane's answer is in
    assert not page.attendance.pending and "unsaved" not in page.counts.text()


def test_the_editor_refuses_an_event_ending_before_it_starts(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    editor = EventEditor(None)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.title, "Info day")
    editor.city.setText("Zaragoza")
    editor.country.setCurrentIndex(editor.country.findData("ES"))
    editor.start.setDate(QDate(2026, 6, 10))
    editor.end.setDate(QDate(2026, 6, 9))
    save = act_button(editor.buttons)
    assert save.text() == "Save"
    save.click()
    assert editor.draft is None
    # the message stands under the field it is about, nothing in the list under the form
    assert editor.errors.shown() == {
        "end_date": "the event ends (9 June 2026) before it starts (10 June 2026)"
    }
    assert editor.errors.labels["end_date"].isVisibleTo(editor)
    editor.end.setDate(QDate(2026, 6, 10))
    save.click()
    assert editor.draft is not None and editor.draft.title == "Info day"


def test_the_person_picker_fetches_the_register_page_by_page(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    with ctx.transaction() as session:
        for n in range(450):
            records.create(session, ctx, Person(first_name=f"Member{n:03d}", last_name="Nowak"))
        records.create(session, ctx, Person(first_name="Żaneta", last_name="Wójcik"))
    picker = PersonPicker(ctx)
    qtbot.addWidget(picker)
    qtbot.waitUntil(lambda: picker.count.text() == "451 persons match")  # read behind the window
    assert picker.model.total == 451
    assert picker.model.rowCount() == 200  # the first page only
    picker.model.fetchMore(picker.model.index(-1, -1))
    qtbot.waitUntil(lambda: picker.model.rowCount() == 400)
    picker.search.setText("Wójcik")
    qtbot.waitUntil(lambda: picker.model.total == 1, timeout=3000)
    picker.view.selectRow(0)
    assert len(picker.selected_ids()) == 1
    assert picker.count.text() == "1 person matches"


def test_the_sheet_preview_shows_every_page_and_prints(
    qtbot, ctx: AppContext, make_event: MakeEvent, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    from blues_desktop.documents.attendance_sheet import SheetOptions, render_attendance
    from blues_desktop.ui.pdf_preview import PdfPreviewDialog

    event_id = make_event(ctx, people=[f"Ana Ruiz{n}" for n in range(40)])
    rendered = render_attendance(ev.event_detail(ctx, event_id), ctx.now(), SheetOptions())
    preview = PdfPreviewDialog("Attendance sheet", rendered.data)
    qtbot.addWidget(preview)
    assert preview.page_count == rendered.pages >= 2
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    preview.print_to(printer)
    from pypdf import PdfReader

    assert len(PdfReader(tmp_path / "printed.pdf").pages) == rendered.pages


def test_online_join_times_are_typed_into_the_grid(ctx: AppContext) -> None:
    from blues_desktop.ui.events.models import AttendanceModel

    event_id = ev.save_event(
        ctx,
        EventDraft(
            "Webinar: ClusterXchange",
            "webinar",
            "WP4",
            date(2026, 3, 5),
            date(2026, 3, 5),
            is_online=True,
            online_url="https://meet.example.eu/blues",
        ),
    ).event_id
    with ctx.transaction() as session:
        person = records.create(session, ctx, Person(first_name="Jan", last_name="Novák"))
    ev.register_persons(ctx, event_id, [person.id])
    model = AttendanceModel()
    model.load(ev.event_detail(ctx, event_id))
    cell = model.index(0, 1)
    assert not model.setData(cell, "9.31")  # not HH:MM: refused, nothing pending
    assert model.setData(cell, "09:31")
    ev.record_attendance(ctx, event_id, model.marks())
    participant = ev.event_detail(ctx, event_id).participants[0]
    assert list(participant.joined_at.values()) == ["09:31"]
    assert list(participant.present.values()) == [True]


def test_the_export_asks_before_adding_e_mail_addresses(
    qtbot, ctx: AppContext, make_event: MakeEvent, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    event_id = make_event(ctx, people=["Ana Ruiz"])
    with ctx.transaction() as session:
        ana = session.scalars(select(Person).where(Person.last_name == "Ruiz")).one()
        ana.email, ana.gender = "ana.ruiz@example.es", "female"
    page = EventsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.detail is not None)
    assert page.detail is not None and page.detail.id == event_id
    asked: list[str] = []
    told: list[str] = []
    replies = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def answer(_parent, title, _text, *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append(title)
        return replies.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    for name in ("plain.xlsx", "full.xlsx"):
        target = tmp_path / name
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *_a, _t=target, **_k: (str(_t), "")
        )
        page.export_workbook()
        # said in the status bar (no message box), with the file to open
        qtbot.waitUntil(lambda _t=target: last_written(page) == _t, timeout=5000)
        told.append(last_told(page))
    assert asked == ["Participants' e-mail and gender"] * 2
    assert told == [
        "Wrote 1 events and 1 participants (without e-mail addresses or gender).",
        "Wrote 1 events and 1 participants (with e-mail addresses and gender).",
    ]
    plain = load_workbook(tmp_path / "plain.xlsx")["Participants"]
    full = load_workbook(tmp_path / "full.xlsx")["Participants"]
    assert "ana.ruiz@example.es" not in [c.value for row in plain.iter_rows() for c in row]
    assert [c.value for c in full[2]][-2:] == ["Female", "ana.ruiz@example.es"]


def test_a_participant_is_erased_from_the_participants_tab(
    qtbot, ctx: AppContext, make_event: MakeEvent, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.answering import answer_reason

    make_event(ctx, people=["Ana Ruiz", "Eva Gil"])
    page = EventsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.participants.rowCount() == 2)
    assert page.participants.row_at(1).name == "Eva Gil"
    answer_reason("Eva asked at the info desk", "Erase")  # the button names the act
    page.participant_view.selectRow(1)
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.participants.row_at(1).name == "(erased)", timeout=5000)
    assert page.participants.rowCount() == 2 and page.participants.row_at(0).name == "Ana Ruiz"
    with ctx.read() as session:
        eva = session.get(Person, page.participants.row_at(1).person_id)
        assert eva is not None and eva.erased_at is not None and eva.last_name == "(erased)"


def test_the_page_reads_on_the_reader_lane_beside_a_long_write(
    qtbot, ctx: AppContext, make_event: MakeEvent
) -> None:  # type: ignore[no-untyped-def]
    """Nothing is read on the GUI thread (the page is empty until the reader lane answers)
    and nothing queues behind the writer lane (a long import or export)."""
    import threading

    from blues_desktop.ui.operations import run_in_background, run_read, wait_until_idle

    event_id = make_event(ctx, people=["Ana Ruiz", "Eva Gil"])
    writer_busy, reader_busy = threading.Event(), threading.Event()
    holder = EventsPage(ctx)  # any widget to own the blocking jobs
    qtbot.addWidget(holder)
    run_in_background(holder, lambda _p, _c: writer_busy.wait(20))
    run_read(holder, lambda _p, _c: reader_busy.wait(20))
    try:
        page = EventsPage(ctx)
        qtbot.addWidget(page)
        qtbot.wait(300)
        assert page.detail is None and page.events.rowCount() == 0  # nothing read in place
        reader_busy.set()  # the reader lane is free; the writer lane still is not
        qtbot.waitUntil(lambda: page.detail is not None, timeout=5000)
        assert page.detail is not None and page.detail.id == event_id
        assert page.participants.rowCount() == 2
        assert "Figures of “" in page.report_text.text()  # the chosen event's figures
        assert not writer_busy.is_set()
    finally:
        writer_busy.set()
        reader_busy.set()
        wait_until_idle()


def test_both_lists_read_without_scrolling_sideways_and_shortened_values_show_whole_in_tooltips(qtbot, qapp, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    from blues_desktop.services.demo import generate
    from blues_desktop.ui.i18n import country_text, install_language

    install_language("de", qapp)  # longer headers ("Ohne Anmeldung"); conftest puts English back
    generate(ctx, scale=1)
    page = EventsPage(ctx)
    qtbot.addWidget(page)
    show_on_a_laptop(qtbot, page)
    qtbot.waitUntil(lambda: page.detail is not None and page.participants.rowCount() > 0)
    assert not_read_whole(page.list_view) == []
    assert not_read_whole(page.participant_view) == []
    title = page.events.index(0, 1)
    assert page.events.data(title, Qt.ItemDataRole.ToolTipRole) == page.events.data(title)
    country = page.participants.index(0, 3)
    name = page.participants.data(country)  # the country's name, in German
    assert name in {country_text(code) for code in ("DE", "CZ", "PL", "ES", "FR", "BG")}
    assert page.participants.data(country, Qt.ItemDataRole.ToolTipRole) == name
