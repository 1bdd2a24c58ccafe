"""One change signal: a use case run on one page refreshes every page of the same data
that shows what changed, and no page of another data folder; the lazy lists read their
pages without queueing behind the background runner."""

from __future__ import annotations

import sqlite3
import threading
import time

from PySide6.QtCore import QTimer

from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.domain.organisations import OrganisationInput
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.editing import save_organisation
from blues_desktop.ui.change_hub import hub_for
from blues_desktop.ui.operations import run_in_background, wait_until_idle
from blues_desktop.ui.paged_model import PAGE_SIZE
from blues_desktop.ui.pages.events import EventsPage
from blues_desktop.ui.pages.members import MembersPage
from blues_desktop.ui.pages.reports import ReportsPage


def _all_organisations(page: ReportsPage) -> str:
    """The dashboard's member organisations of all offices, counted once."""
    return "" if page.data is None else str(page.data.pack.members.once)


def test_a_delete_on_the_members_page_refreshes_the_reports_page(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    for name in ("Aguas del Ebro S.L.", "Riegos de Aragón S.A."):
        save_organisation(ctx, OrganisationInput(name, "sme", "ES"))
    members, reports = MembersPage(ctx), ReportsPage(ctx)
    qtbot.addWidget(members)
    qtbot.addWidget(reports)
    qtbot.waitUntil(lambda: _all_organisations(reports) == "2")
    members.table.selectRow(0)
    qtbot.waitUntil(lambda: members.current is not None)  # read behind the window
    members.delete_current()
    # Nobody calls the reports page: it hears the members' change on the hub.
    qtbot.waitUntil(lambda: _all_organisations(reports) == "1")
    qtbot.waitUntil(lambda: members.model.total == 1)


def test_pages_refresh_only_for_what_they_show_and_only_for_their_data(
    qtbot, ctx: AppContext, coordinator_ctx: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    members, events = MembersPage(ctx), EventsPage(ctx)
    elsewhere = MembersPage(coordinator_ctx)
    for page in (members, events, elsewhere):
        qtbot.addWidget(page)
    refreshed: list[str] = []
    for name, page in (("members", members), ("events", events), ("elsewhere", elsewhere)):
        monkeypatch.setattr(page, "refresh", lambda name=name: refreshed.append(name))
    hub_for(ctx).announce(Changes.of(Kind.MEMBERS))
    assert refreshed == ["members"]
    hub_for(ctx).announce(Changes.of(Kind.EVENTS, Kind.TIMESHEETS))
    assert refreshed == ["members", "events"]
    hub_for(ctx).announce(Changes())  # nothing changed: nobody re-reads
    assert refreshed == ["members", "events"]
    assert hub_for(ctx) is not hub_for(coordinator_ctx)


def test_a_closed_page_is_not_refreshed(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = MembersPage(ctx)
    page.deleteLater()
    qtbot.waitUntil(lambda: not _alive(page))
    hub_for(ctx).announce(Changes.of(Kind.MEMBERS))  # would crash on a deleted table


def _alive(widget: object) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def _many_organisations(ctx: AppContext, count: int) -> None:
    for n in range(count):
        save_organisation(ctx, OrganisationInput(f"Agua {n:03d} S.L.", "sme", "ES"))


def _first_page_shown(qtbot, page: MembersPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == PAGE_SIZE)


def test_the_list_scrolls_while_the_runner_is_busy(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    """A long job (an import, an export) holds the writer lane and the write lock and
    keeps Python busy: the next page of the list is read on the reader lane beside it
    and arrives while the job still runs, and the GUI thread's own timer keeps ticking
    meanwhile (the gaps are recorded, not judged here: benchmarks/bench_gui.py does)."""
    _many_organisations(ctx, PAGE_SIZE + 5)
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    _first_page_shown(qtbot, page)
    release, started, job_done = threading.Event(), threading.Event(), threading.Event()
    database = ctx.installation.engine.url.database
    assert database is not None

    def long_job(_p: object, _c: object) -> None:
        writer = sqlite3.connect(database, isolation_level=None)
        writer.execute("BEGIN IMMEDIATE")  # an import's transaction: the write lock held
        started.set()
        try:
            while not release.is_set():  # Python-heavy work, like parsing a bundle
                sum(i * i for i in range(20_000))
        finally:
            writer.execute("ROLLBACK")
            writer.close()
            job_done.set()

    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    run_in_background(page, long_job)
    try:
        assert started.wait(5)
        timer.start(10)
        page.model.fetchMore(page.model.index(-1, -1))
        # Asked, not read on the GUI thread: the rows are on their way, and a second
        # scroll meanwhile asks for nothing more.
        assert page.model.rowCount() == PAGE_SIZE and page.model.loading
        assert not page.model.canFetchMore(page.model.index(-1, -1))
        qtbot.waitUntil(lambda: page.model.rowCount() == PAGE_SIZE + 5, timeout=5000)
        assert [r.legal_name for r in page.model.rows[-5:]] == [
            f"Agua {n:03d} S.L." for n in range(PAGE_SIZE, PAGE_SIZE + 5)
        ]
        # The GUI thread keeps running its own timer beside the busy writer.
        qtbot.waitUntil(lambda: len(ticks) >= 20, timeout=5000)
        assert not job_done.is_set()  # all of it while the long job still ran
    finally:
        timer.stop()
        release.set()
        wait_until_idle()


def test_the_list_scrolls_while_a_write_holds_the_lock(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    """A bundle import holds the write lock for its whole transaction: the next page of
    the list is read beside it (WAL), showing what was committed before."""
    _many_organisations(ctx, PAGE_SIZE + 5)
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    _first_page_shown(qtbot, page)
    wait_until_idle(10_000)  # the page's own reads are done: only the scroll waits
    database = ctx.installation.engine.url.database
    assert database is not None
    writer = sqlite3.connect(database, isolation_level=None)
    writer.execute("PRAGMA busy_timeout=100")
    writer.execute("BEGIN IMMEDIATE")  # the import's transaction, not committed yet
    try:
        writer.execute("UPDATE organisations SET city = 'Huesca'")
        page.model.fetchMore(page.model.index(-1, -1))
        qtbot.waitUntil(lambda: page.model.rowCount() == PAGE_SIZE + 5, timeout=5000)
        assert all(row.city != "Huesca" for row in page.model.rows)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
