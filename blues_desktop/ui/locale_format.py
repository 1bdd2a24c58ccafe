"""Dates, numbers, percentages and money as the window's language writes them.

One place for every figure the window shows, so that a page never formats with
Python's `%d %b` or `:,.2f` (English month names, English separators). The locale is
the window's language's (`ui/i18n.install_language` sets it): German
shows "1.234,50 €" and "Mo. 30. Nov. 2026", French "1 234,50 €", English "€1,234.50".
Each function also takes an explicit locale, for tests and for a document shown in
another language than the window's.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, QTime

from blues_desktop.ui.i18n import current_language, locale_for

EURO = "€"
# CLDR's percent patterns of the six languages: where the sign goes and the space before it.
_PERCENT_SPACE = {"de": "\u00a0", "cs": "\u00a0", "es": "\u00a0", "fr": "\u202f"}


def _locale(locale: QLocale | None) -> QLocale:
    # The window's language's locale (English: en_GB), not the system's: a window in
    # English on a German system writes English dates, and tests need no set-up.
    return locale if locale is not None else locale_for(current_language())


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_text(value: date | None, locale: QLocale | None = None) -> str:
    """A date in the locale's short numeric form with a four-digit year
    (30/11/2026, 30.11.2026, 30. 11. 2026); empty for no date."""
    if value is None:
        return ""
    loc = _locale(locale)
    pattern = loc.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return loc.toString(_qdate(value), pattern)


def day_text(value: date, locale: QLocale | None = None) -> str:
    """A day with its weekday and month name, for grid headers: "Mon 30 Nov", "po 30 lis"."""
    return _locale(locale).toString(_qdate(value), "ddd d MMM")


def long_date_text(value: date, locale: QLocale | None = None) -> str:
    """A date with the month's name: "30 November 2026", "30. listopadu 2026"."""
    return _locale(locale).toString(_qdate(value), QLocale.FormatType.LongFormat)


def month_text(year: int, month: int, locale: QLocale | None = None) -> str:
    """A month as a heading: the month's own name (not the "of November" form Czech and
    Polish dates use), first letter capital: "November 2026", "Listopad 2026"."""
    name = _locale(locale).standaloneMonthName(month, QLocale.FormatType.LongFormat)
    return f"{name[:1].upper()}{name[1:]} {year}"


def datetime_text(value: datetime, locale: QLocale | None = None, *, local: bool = True) -> str:
    """A moment in the computer's time zone (`local`) or as given: the date as
    `date_text`, then hours:minutes."""
    if local and value.tzinfo is not None:
        value = value.astimezone()
    loc = _locale(locale)
    time = loc.toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)
    return f"{date_text(value.date(), loc)} {time}"


def number_text(
    value: float | int | Decimal, decimals: int = 0, locale: QLocale | None = None
) -> str:
    """A number with the locale's digit grouping and decimal sign: 1,234.5 / 1.234,5."""
    loc = _locale(locale)
    if isinstance(value, int) and decimals == 0:
        return loc.toString(value)
    return loc.toString(float(value), "f", decimals)


def percent_text(value: float | Decimal, decimals: int = 0, locale: QLocale | None = None) -> str:
    """A share given as a fraction (0.125) as a percentage: "12.5%", "12,5 %"."""
    loc = _locale(locale)
    number = loc.toString(float(value) * 100, "f", decimals)
    space = _PERCENT_SPACE.get(loc.name().split("_")[0], "")
    return f"{number}{space}{loc.percent()}"


def money_text(amount: Decimal | float | int | None, locale: QLocale | None = None) -> str:
    """Euros with two decimals, the sign where the locale puts it: "€1,234.50",
    "1 234,50 €"; a negative amount with a minus sign; empty for no amount."""
    if amount is None:
        return ""
    loc = _locale(locale)
    value = Decimal(amount).quantize(Decimal("0.01"))
    text = loc.toCurrencyString(float(abs(value)), EURO, 2)
    return f"-{text}" if value < 0 else text


def weekday_text(weekday: int, locale: QLocale | None = None, *, short: bool = True) -> str:
    """A weekday's own name (Monday is 0, as `date.weekday()`), for column headers:
    "Mon" / "Monday", "Mo." / "Montag", "po" / "pondělí"."""
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    name = _locale(locale).standaloneDayName(weekday + 1, form)
    return f"{name[:1].upper()}{name[1:]}" if not short else name


def weekday_date_text(value: date, locale: QLocale | None = None) -> str:
    """A date with its weekday and month written out, for a tooltip: "Monday 30 November
    2026", "pondělí 30. listopadu 2026" (the form a date takes in the language)."""
    loc = _locale(locale)
    pattern = loc.dateFormat(QLocale.FormatType.LongFormat)
    if "dddd" not in pattern:
        pattern = f"dddd {pattern}"
    return loc.toString(_qdate(value), pattern)


def decimal_text(
    value: Decimal | float | int, decimals: int | None = None, locale: QLocale | None = None
) -> str:
    """A number typed into a cell and read back: the locale's decimal sign, no digit
    grouping ("7.5", "7,5", "1234,50"); `decimals` None writes as few as needed."""
    number = Decimal(str(value)) if not isinstance(value, Decimal) else value
    if decimals is None:
        text = f"{number.normalize():f}"
    else:
        text = f"{number.quantize(Decimal(1).scaleb(-decimals)):f}"
    return text.replace(".", _locale(locale).decimalPoint())


def named_date_text(value: date, locale: QLocale | None = None) -> str:
    """A date with its month's name and no weekday, for a sentence or a heading:
    "30 November 2026", "30. listopadu 2026", "30 de noviembre de 2026"."""
    loc = _locale(locale)
    pattern = loc.dateFormat(QLocale.FormatType.LongFormat)
    pattern = pattern.replace("dddd, ", "").replace("dddd ", "").replace("dddd", "").strip()
    return loc.toString(_qdate(value), pattern)


# -- srcB: times of day ---------------------------------------------------------------------


def time_text(value: time, locale: QLocale | None = None) -> str:
    """A time of day in the locale's short form: "09:30", "9:30"."""
    return _locale(locale).toString(
        QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat
    )


def grouped_count(text: str, count: int, locale: QLocale | None = None) -> str:
    """A message translated with a plural `%n` (`tr("%n organisations", "", n)`), whose
    count Qt writes as bare digits, with the count grouped as the locale groups
    digits: "1,500 organisations", "1.500 Organisationen"."""
    if abs(count) < 1000:
        return text
    return text.replace(str(count), number_text(count, locale=locale), 1)
