"""The dashboard keeps its figures while the data is unchanged, and reads them again
after any change: a new record, a deleted one, a record arriving by another connection
(as a bundle merged by the command line while the window is open)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from blues_desktop.services import records
from blues_desktop.services.context import AppContext
from blues_desktop.services.reports.cache import FiguresCache
from blues_desktop.services.reports.dashboard import dashboard
from blues_desktop.services.reports.pack import report_pack
from blues_desktop.store.engine import make_engine, sqlite_url
from blues_desktop.store.models import Organisation
from tests.services.test_reports import member


def today(ctx: AppContext) -> date:
    return ctx.now().date()  # a record counts from the day it was registered


def test_kept_figures_while_nothing_changed_and_read_again_after_a_change(
    ctx: AppContext,
) -> None:
    member(ctx, "Aceros Ebro SL", date(2021, 2, 1))
    cache = FiguresCache()
    first = dashboard(ctx, as_of=today(ctx), cache=cache).pack
    assert dashboard(ctx, as_of=today(ctx), cache=cache).pack is first  # kept, not read
    assert first.members.records == 1
    # another as-of date is other figures (the member began later)
    assert dashboard(ctx, as_of=date(2021, 1, 31), cache=cache).pack.members.records == 0

    added = member(ctx, "Textil Aragón SA", date(2021, 3, 1))
    after_add = dashboard(ctx, as_of=today(ctx), cache=cache).pack
    assert after_add.members.records == 2
    assert after_add == report_pack(ctx, as_of=today(ctx))

    with ctx.transaction() as session:
        records.tombstone(session, ctx, session.get_one(Organisation, added))
    assert dashboard(ctx, as_of=today(ctx), cache=cache).pack.members.records == 1


def test_a_change_written_by_another_connection_is_seen(ctx: AppContext) -> None:
    member(ctx, "Aceros Ebro SL", date(2021, 2, 1))
    cache = FiguresCache()
    assert dashboard(ctx, as_of=today(ctx), cache=cache).pack.members.records == 1
    # a member ended by another process, its revision taken as a merged bundle would
    other = make_engine(sqlite_url(ctx.paths.database))
    with other.begin() as connection:
        connection.execute(
            text("UPDATE organisations SET member_until = '2021-04-30', revision = revision + 1")
        )
    other.dispose()
    assert dashboard(ctx, as_of=today(ctx), cache=cache).pack.members.records == 0


def test_clearing_reads_the_figures_again(ctx: AppContext) -> None:
    member(ctx, "Aceros Ebro SL", date(2021, 2, 1))
    cache = FiguresCache()
    first = dashboard(ctx, as_of=today(ctx), cache=cache).pack
    cache.clear()
    again = dashboard(ctx, as_of=today(ctx), cache=cache).pack
    assert again is not first and again == first
