"""What the dashboard shows, read in one go on the database thread: the periods to pick
from, the figures of the chosen window with their tables, and data freshness. The
figures may come from a FiguresCache when the data has not changed since (cache.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from blues_desktop.services.context import AppContext
from blues_desktop.services.reports.cache import FiguresCache
from blues_desktop.services.reports.freshness import DEFAULT_MAX_DAYS, Freshness, freshness
from blues_desktop.services.reports.pack import ReportPack, pack_for
from blues_desktop.services.reports.periods import Period, choose_window, reporting_periods
from blues_desktop.services.reports.tables import ReportTable, report_tables


@dataclass(frozen=True, slots=True)
class Dashboard:
    periods: tuple[Period, ...]
    pack: ReportPack
    tables: tuple[ReportTable, ...]
    freshness: Freshness


def dashboard(
    ctx: AppContext,
    period: str | None = None,
    as_of: date | None = None,
    max_days: int = DEFAULT_MAX_DAYS,
    cache: FiguresCache | None = None,
) -> Dashboard:
    """With `cache`, figures read before from the same data are not read again (the
    periods and the freshness, a few small reads, always are)."""
    window = choose_window(ctx, period, as_of)
    pack = pack_for(ctx, window) if cache is None else cache.figures(ctx, window, pack_for)
    return Dashboard(reporting_periods(ctx), pack, report_tables(pack), freshness(ctx, max_days))
