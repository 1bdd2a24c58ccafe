"""Working days of a stay: consecutive calendar days, weekends and the host country's
public holidays left out (travel days are not part of the stay)."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays


@lru_cache(maxsize=256)
def public_holidays(country: str, year: int) -> frozenset[date]:
    """National public holidays of `country` in `year`; empty where the package has none."""
    try:
        calendar = holidays.country_holidays(country, years=year)
    except (NotImplementedError, KeyError, AttributeError):
        return frozenset()
    return frozenset(calendar.keys())


def stay_days(start: date, end: date, country: str | None = None) -> list[date]:
    """The working days from `start` to `end` inclusive."""
    days: list[date] = []
    current = start
    while current <= end:
        if current.weekday() < 5 and (
            country is None or current not in public_holidays(country, current.year)
        ):
            days.append(current)
        current += timedelta(days=1)
    return days


def working_days(start: date, end: date, country: str | None = None) -> int:
    """How many working days the stay has (0 when the dates are reversed)."""
    if end < start:
        return 0
    return len(stay_days(start, end, country))
