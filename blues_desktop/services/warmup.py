"""Work done once, in the background after start-up, so that pages open at once later."""

from __future__ import annotations

from blues_desktop.services.context import AppContext


def warm_up_pages(ctx: AppContext) -> None:
    """Prepare what pages would otherwise compute on first use (e.g. holiday calendars)."""
    from blues_desktop.services.timesheets import warm_up as warm_up_timesheets

    warm_up_timesheets(ctx)
