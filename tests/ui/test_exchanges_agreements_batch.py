"""The Exchanges page writes the financial agreements of the exchanges shown into a folder
(Documents › Financial agreements of the exchanges shown…), in a process of its own, and
says in the status bar how many it wrote, with Show in folder."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QMainWindow

from blues_desktop.domain.clock import utc_now
from blues_desktop.services import exchanges as cx
from blues_desktop.services.context import AppContext
from blues_desktop.ui.feedback import WrittenFileLinks, last_written
from blues_desktop.ui.i18n import install_language
from blues_desktop.ui.pages.exchanges import ExchangesPage
from tests.services.test_exchanges_agreements import exchanges_in_states


def _page_in_window(qtbot, ctx: AppContext) -> tuple[ExchangesPage, QMainWindow]:  # type: ignore[no-untyped-def]
    page = ExchangesPage(ctx)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(page)
    window.statusBar()
    window.show()
    return page, window


def test_the_agreements_of_the_exchanges_shown_are_written_to_a_folder(  # type: ignore[no-untyped-def]
    qtbot, ctx: AppContext, tmp_path: Path, monkeypatch
) -> None:
    refs = exchanges_in_states(ctx, tmp_path)
    ctx.installation.clock = utc_now  # the real clock: the batch runs in a child process
    numbers: dict[str, str] = {
        row.reference: row.agreement_number or "(none)"
        for row in cx.list_exchanges(ctx)
        if row.reference in {refs[t] for t in ("ctq_signed", "held", "paid", "withdrawn")}
    }
    page, window = _page_in_window(qtbot, ctx)
    action = page.agreements_action
    qtbot.waitUntil(action.isEnabled, timeout=10_000)
    assert "4 financial agreements" in action.toolTip()
    assert page.documents_button.isEnabled()  # no exchange selected, the batch is offered
    assert action in page.table.build_list_menu().actions()  # type: ignore[attr-defined]  # and on the list's menu
    folder = tmp_path / "signing day"
    folder.mkdir()
    asked: list[str] = []

    def choose(_parent, title, *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append(title)
        return str(folder)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", choose)
    action.trigger()
    bar = window.statusBar()
    qtbot.waitUntil(lambda: bar.currentMessage() != "", timeout=30_000)
    assert asked == ["Folder for the financial agreements"]
    assert bar.currentMessage() == f"Wrote 4 financial agreements to {folder}"
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{n}.pdf" for n in numbers.values())
    for reference, number in numbers.items():
        text = "".join(p.extract_text() for p in PdfReader(folder / f"{number}.pdf").pages)
        assert reference in text and number in text
    assert last_written(page) == folder
    links = window.findChild(WrittenFileLinks)
    assert links is not None and links.isVisibleTo(window)
    assert links.folder_button.isVisibleTo(window) and not links.open_button.isVisibleTo(window)
    assert links.folder == folder


def test_the_action_is_off_and_says_why_when_none_shown_may_be_printed(  # type: ignore[no-untyped-def]
    qtbot, ctx: AppContext, tmp_path: Path, monkeypatch
) -> None:
    refs = exchanges_in_states(ctx, tmp_path)
    page, window = _page_in_window(qtbot, ctx)
    qtbot.waitUntil(page.agreements_action.isEnabled, timeout=10_000)
    page.state_filter.setCurrentIndex(page.state_filter.findData("matched"))
    qtbot.waitUntil(lambda: not page.agreements_action.isEnabled(), timeout=10_000)
    assert page.agreements_action.toolTip() == (
        "None of the exchanges shown may have its financial agreement printed yet: it is "
        "printed once the Commitment to Quality is signed"
    )
    assert not page.documents_button.isEnabled()  # nothing selected, nothing to print
    # the list of held exchanges only: one agreement, written where the user chose
    page.state_filter.setCurrentIndex(page.state_filter.findData("held"))
    qtbot.waitUntil(page.agreements_action.isEnabled, timeout=10_000)
    assert "1 financial agreement " in page.agreements_action.toolTip()
    folder = tmp_path / "held"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    page.agreements_action.trigger()
    bar = window.statusBar()
    qtbot.waitUntil(lambda: bar.currentMessage() != "", timeout=30_000)
    assert bar.currentMessage() == f"Wrote 1 financial agreement to {folder}"
    [written] = list(folder.iterdir())
    assert refs["held"] in "".join(p.extract_text() for p in PdfReader(written).pages)


def test_cancel_keeps_only_whole_agreements_and_says_so(  # type: ignore[no-untyped-def]
    qtbot, ctx: AppContext, tmp_path: Path
) -> None:
    exchanges_in_states(ctx, tmp_path)
    page, window = _page_in_window(qtbot, ctx)
    qtbot.waitUntil(page.agreements_action.isEnabled, timeout=10_000)
    folder = tmp_path / "stopped"
    folder.mkdir()
    page.write_agreements_to(folder).cancel()  # as the progress dialog's Cancel does
    bar = window.statusBar()
    qtbot.waitUntil(lambda: bar.currentMessage() != "", timeout=30_000)
    assert bar.currentMessage() == (
        f"Stopped: the financial agreements written before Cancel are in {folder}"
    )
    finished = list(folder.iterdir())
    assert len(finished) < 4
    for path in finished:  # whole PDFs under their own names, no temporary file
        assert path.suffix == ".pdf" and PdfReader(path).pages


def test_a_german_window_offers_and_tells_the_batch_in_german(  # type: ignore[no-untyped-def]
    qtbot, qapp, ctx: AppContext, tmp_path: Path
) -> None:
    install_language("de", qapp)
    exchanges_in_states(ctx, tmp_path)
    page, window = _page_in_window(qtbot, ctx)
    action = page.agreements_action
    assert action.text() == "Finanzvereinbarungen der angezeigten Austausche…"
    qtbot.waitUntil(action.isEnabled, timeout=10_000)
    assert action.toolTip() == (
        "Die 4 Finanzvereinbarungen, die jetzt gedruckt werden können, je als PDF in einen "
        "Ordner schreiben"
    )
    page.state_filter.setCurrentIndex(page.state_filter.findData("registered"))
    qtbot.waitUntil(lambda: not action.isEnabled(), timeout=10_000)
    assert action.toolTip().startswith("Für keinen der angezeigten Austausche")
    page.state_filter.setCurrentIndex(page.state_filter.findData("paid"))
    qtbot.waitUntil(action.isEnabled, timeout=10_000)
    folder = tmp_path / "Unterschriften"
    folder.mkdir()
    page.write_agreements_to(folder)
    bar = window.statusBar()
    qtbot.waitUntil(lambda: bar.currentMessage() != "", timeout=30_000)
    assert bar.currentMessage() == f"1 Finanzvereinbarung in {folder} geschrieben"
    links = window.findChild(WrittenFileLinks)
    assert links is not None and links.folder_button.text() == "Im Ordner zeigen"
