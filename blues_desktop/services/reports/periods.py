"""The grant's reporting periods and the "as of" date every figure respects.

The coordinator sets the project start and the lengths of the periods in months; they
are kept in this installation's settings (the report pack is made where the bundles
are merged, so the periods need not travel). Without a setting, the grant's own
calendar applies: started 3 February 2020, two periods of 12 months.
"""

from __future__ import annotations

import calendar
import json
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.domain.errors import PermissionDeniedError, ValidationError
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services.context import AppContext
from blues_desktop.store.models import LocalSetting

SETTING_PERIODS = "reporting_periods"
GRANT_START = date(2020, 2, 3)
GRANT_PERIOD_MONTHS = (12, 12)
WHOLE = "all"


@dataclass(frozen=True, slots=True)
class Period:
    key: str  # "P1", "P2", … or "all"
    label: str
    start: date
    end: date | None  # None: the whole project, open-ended


@dataclass(frozen=True, slots=True)
class Window:
    """What a report covers: the period, cut at the as-of date."""

    period: Period
    as_of: date

    @property
    def start(self) -> date:
        return self.period.start

    @property
    def end(self) -> date:
        return self.as_of if self.period.end is None else min(self.period.end, self.as_of)

    def holds(self, day: date | None) -> bool:
        """True for a day of the period up to the as-of date."""
        return day is not None and self.start <= day <= self.end

    def in_period(self, day: date | None) -> bool:
        """True for a day of the period, before or after the as-of date (a stay planned
        for next month belongs to the period already, in its state on the as-of date)."""
        end = self.period.end
        return day is not None and self.start <= day and (end is None or day <= end)

    @property
    def label(self) -> str:
        return f"{self.period.label}, as of {self.as_of:%d %B %Y}"


@dataclass(frozen=True, slots=True)
class PeriodPlan:
    start: date
    months: tuple[int, ...]

    def periods(self) -> tuple[Period, ...]:
        found: list[Period] = []
        begin = self.start
        for number, length in enumerate(self.months, start=1):
            after = _add_months(begin, length)
            end = after - timedelta(days=1)
            found.append(Period(f"P{number}", f"Period {number} ({begin} to {end})", begin, end))
            begin = after
        return (Period(WHOLE, f"Whole project (from {self.start})", self.start, None), *found)


def _add_months(day: date, months: int) -> date:
    """The same day of the month `months` later (the month's last day when shorter)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def plan_in(session: Session) -> PeriodPlan:
    row = session.get(LocalSetting, SETTING_PERIODS)
    if row is None:
        return PeriodPlan(GRANT_START, GRANT_PERIOD_MONTHS)
    data = json.loads(row.value)
    return PeriodPlan(date.fromisoformat(data["start"]), tuple(int(m) for m in data["months"]))


def reporting_periods(ctx: AppContext) -> tuple[Period, ...]:
    with ctx.read() as session:
        return plan_in(session).periods()


def choose_window(ctx: AppContext, period: str | None, as_of: date | None) -> Window:
    """The window of `period` ("P1", "all"; the whole project by default) as of `as_of`
    (today by default); an unknown period is refused naming the known ones."""
    periods = reporting_periods(ctx)
    wanted = (period or WHOLE).strip()
    for candidate in periods:
        if candidate.key.casefold() == wanted.casefold():
            return Window(candidate, as_of or ctx.now().date())
    report = ValidationReport()
    known = ", ".join(f"{p.key} ({p.label})" for p in periods)
    report.error("period", f"there is no reporting period {wanted!r}; the periods are {known}")
    raise ValidationError(report)


@dataclass(frozen=True, slots=True)
class PeriodsSaved:
    periods: tuple[Period, ...]
    changes: Changes = Changes.of(Kind.BUNDLES)


def set_reporting_periods(ctx: AppContext, start: date, months: tuple[int, ...]) -> PeriodsSaved:
    """The coordinator sets the project start and the length of each period in months."""
    if not ctx.office.is_coordinator:
        raise PermissionDeniedError("only the coordinator sets the grant's reporting periods")
    report = ValidationReport()
    if not months:
        report.error("months", "give the length of at least one period in months")
    for number, length in enumerate(months, start=1):
        if not 1 <= length <= 36:
            report.error("months", f"period {number} lasts {length} months; write 1 to 36")
    if not report.ok:
        raise ValidationError(report)
    plan = PeriodPlan(start, tuple(months))
    with ctx.transaction() as session:
        value = json.dumps({"start": start.isoformat(), "months": list(months)})
        row = session.get(LocalSetting, SETTING_PERIODS)
        if row is None:
            session.add(LocalSetting(key=SETTING_PERIODS, value=value))
        else:
            row.value = value
    return PeriodsSaved(plan.periods())
