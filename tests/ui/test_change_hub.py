"""One change signal: a use case run on one page refreshes every page of the same data
that shows what changed, and no page of another data folder; the lazy lists read their
pages without queueing behind the background runner."""

from __future__ import annotations

import sqlite3
import threading

from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.domain.organisations import OrganisationInput
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.editing import save_organisation
from blues_desktop.ui.change_hub import hub_for
from blues_desktop.ui.operations import database_pool, run_in_background
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


def test_the_list_scrolls_while_the_runner_is_busy(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    """A long job (an import, an export) holds the one database thread: the next page of
    the list is still read at once, not queued behind it."""
    _many_organisations(ctx, PAGE_SIZE + 5)
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    assert page.model.rowCount() == PAGE_SIZE
    release, started = threading.Event(), threading.Event()

    def long_job(_p: object, _c: object) -> None:
        started.set()
        release.wait(10)

    run_in_background(page, long_job)
    try:
        assert started.wait(5)
        page.model.fetchMore(page.model.index(-1, -1))
        assert page.model.rowCount() == PAGE_SIZE + 5
    finally:
        release.set()


def test_the_list_scrolls_while_a_write_holds_the_lock(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    """A bundle import holds the write lock for its whole transaction: the next page of
    the list is read beside it (WAL), showing what was committed before."""
    _many_organisations(ctx, PAGE_SIZE + 5)
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    database_pool().waitForDone(10_000)  # the page's own reads are done: only the scroll waits
    database = ctx.installation.engine.url.database
    assert database is not None
    writer = sqlite3.connect(database, isolation_level=None)
    writer.execute("PRAGMA busy_timeout=100")
    writer.execute("BEGIN IMMEDIATE")  # the import's transaction, not committed yet
    try:
        writer.execute("UPDATE organisations SET city = 'Huesca'")
        page.model.fetchMore(page.model.index(-1, -1))
        assert page.model.rowCount() == PAGE_SIZE + 5
        assert all(row.city != "Huesca" for row in page.model.rows)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
