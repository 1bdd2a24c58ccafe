"""The grant's reporting periods named in the window's language, with their dates as the
language writes them ("Period 1 (03/02/2020 to 02/02/2021)"), the as-of date
with its month's name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from blues_desktop.services.reports.periods import WHOLE, Period, Window
from blues_desktop.ui.locale_format import date_text, named_date_text


def period_name(period: Period) -> str:
    """The whole project, or a numbered period with its first and last day."""
    start = date_text(period.start)
    if period.key == WHOLE or period.end is None:
        return QCoreApplication.translate("ReportsPage", "Whole project (from {start})").format(
            start=start
        )
    return QCoreApplication.translate("ReportsPage", "Period {number} ({start} to {end})").format(
        number=period.key.removeprefix("P"), start=start, end=date_text(period.end)
    )


def window_name(window: Window) -> str:
    """A period cut at the as-of date, as one sentence per kind of period."""
    period, as_of = window.period, named_date_text(window.as_of)
    if period.key == WHOLE or period.end is None:
        return QCoreApplication.translate(
            "ReportsPage", "Whole project (from {start}), as of {as_of}"
        ).format(start=date_text(period.start), as_of=as_of)
    return QCoreApplication.translate(
        "ReportsPage", "Period {number} ({start} to {end}), as of {as_of}"
    ).format(
        number=period.key.removeprefix("P"),
        start=date_text(period.start),
        end=date_text(period.end),
        as_of=as_of,
    )
