"""Every figure of one reporting window, read in one session: what the dashboard shows
and the report pack prints. The same database, period and as-of date give the same
figures (every collection is in a fixed order)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from blues_desktop.services.context import AppContext
from blues_desktop.services.reports.definitions import DEFINITIONS
from blues_desktop.services.reports.effort import EffortFigures, effort_figures
from blues_desktop.services.reports.events import EventFigures, event_figures
from blues_desktop.services.reports.exchanges import ExchangeFigures, exchange_figures
from blues_desktop.services.reports.members import MemberFigures, member_figures
from blues_desktop.services.reports.organisations import counted_as
from blues_desktop.services.reports.periods import Window, choose_window


@dataclass(frozen=True, slots=True)
class ReportPack:
    window: Window
    exchanges: ExchangeFigures
    members: MemberFigures
    events: EventFigures
    effort: EffortFigures

    def figure(self, key: str) -> int | Decimal:
        """The headline value of the figure `key` of DEFINITIONS."""
        return _HEADLINES[key](self)

    @property
    def headlines(self) -> tuple[tuple[str, int | Decimal], ...]:
        return tuple((d.key, self.figure(d.key)) for d in DEFINITIONS)


_HEADLINES = {
    "exchanges_held": lambda p: p.exchanges.held,
    "exchanges_live": lambda p: p.exchanges.live,
    "exchanges_ended": lambda p: p.exchanges.ended,
    "budget_paid": lambda p: p.exchanges.paid,
    "budget_committed": lambda p: p.exchanges.committed,
    "budget_planned": lambda p: p.exchanges.planned,
    "member_records": lambda p: p.members.records,
    "members_once": lambda p: p.members.once,
    "new_members": lambda p: p.members.new_in_period,
    "organisations_reached": lambda p: p.members.reached,
    "events": lambda p: p.events.events,
    "participants": lambda p: p.events.participants,
    "hours_declared": lambda p: p.effort.total("hours_declared"),
    "hours_draft": lambda p: p.effort.total("hours_draft"),
    "person_months_declared": lambda p: p.effort.total("person_months_declared"),
    "person_months_planned": lambda p: p.effort.total("person_months_planned"),
}


def pack_for(ctx: AppContext, window: Window) -> ReportPack:
    with ctx.read() as session:
        exchanges = exchange_figures(session, window)
        events = event_figures(session, window)
        members = member_figures(
            session, window, counted_as(session), events.organisation_ids,
            exchanges.organisation_ids,
        )  # fmt: skip
        effort = effort_figures(session, window)
    return ReportPack(window, exchanges, members, events, effort)


def report_pack(ctx: AppContext, period: str | None = None, as_of: date | None = None) -> ReportPack:
    """The figures of `period` (the whole project by default) as of `as_of` (today)."""
    return pack_for(ctx, choose_window(ctx, period, as_of))
