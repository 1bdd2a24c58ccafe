"""Dates, numbers, percentages and money as each of the six languages writes them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from blues_desktop.ui.i18n import install_language, locale_for
from blues_desktop.ui.locale_format import (
    date_text,
    datetime_text,
    day_text,
    money_text,
    month_text,
    number_text,
    percent_text,
)

NBSP, NNBSP = "\u00a0", "\u202f"
DAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("language", "money", "big"),
    [
        ("en", "€1,234.50", "€12,345.50"),
        ("de", f"1.234,50{NBSP}€", f"12.345,50{NBSP}€"),
        ("cs", f"1{NBSP}234,50{NBSP}€", f"12{NBSP}345,50{NBSP}€"),
        # Polish and Spanish group digits from five on (CLDR's minimum grouping)
        ("pl", f"1234,50{NBSP}€", f"12{NBSP}345,50{NBSP}€"),
        ("es", f"1234,50{NBSP}€", f"12.345,50{NBSP}€"),
        ("fr", f"1{NNBSP}234,50{NBSP}€", f"12{NNBSP}345,50{NBSP}€"),
    ],
)
def test_the_euro_sign_stands_where_the_language_puts_it(language: str, money: str, big: str) -> None:
    locale = locale_for(language)
    assert money_text(Decimal("1234.5"), locale) == money
    assert money_text(Decimal("12345.50"), locale) == big
    assert money_text(Decimal("-1234.5"), locale) == f"-{money}"
    assert money_text(None, locale) == ""


@pytest.mark.parametrize(
    ("language", "short", "day", "month", "number", "percent"),
    [
        ("en", "30/11/2026", "Mon 30 Nov", "November 2026", "1,234.57", "12.5%"),
        ("de", "30.11.2026", "Mo. 30 Nov.", "November 2026", "1.234,57", f"12,5{NBSP}%"),
        ("cs", "30.11.2026", "po 30 lis", "Listopad 2026", f"1{NBSP}234,57", f"12,5{NBSP}%"),
        ("pl", "30.11.2026", "pon. 30 lis", "Listopad 2026", "1234,57", "12,5%"),
        ("es", "30/11/2026", "lun 30 nov", "Noviembre 2026", "1234,57", f"12,5{NBSP}%"),
        ("fr", "30/11/2026", "lun. 30 nov.", "Novembre 2026", f"1{NNBSP}234,57", f"12,5{NNBSP}%"),
    ],
)
def test_dates_and_numbers_per_language(
    language: str, short: str, day: str, month: str, number: str, percent: str
) -> None:
    locale = locale_for(language)
    assert date_text(DAY, locale) == short
    assert day_text(DAY, locale) == day
    # the month's own name, not the "of November" form of Czech and Polish dates
    assert month_text(2026, 11, locale) == month
    assert number_text(Decimal("1234.567"), 2, locale) == number
    assert percent_text(Decimal("0.125"), 1, locale) == percent


@pytest.fixture
def german(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    install_language("de", qapp)
    yield
    install_language("en", qapp)


def test_without_a_locale_the_window_language_decides(german: None) -> None:
    assert money_text(Decimal("1234.5")) == f"1.234,50{NBSP}€"
    assert datetime_text(datetime(2026, 11, 30, 14, 5, tzinfo=UTC), local=False) == "30.11.2026 14:05"


def test_english_is_the_default_whatever_the_system(qapp) -> None:  # type: ignore[no-untyped-def]
    install_language("en", qapp)
    assert date_text(DAY) == "30/11/2026"
    assert date_text(None) == ""
