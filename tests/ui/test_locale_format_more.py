"""A time of day and a plural count as the window's language writes them."""

from __future__ import annotations

from datetime import time

from blues_desktop.ui.i18n import locale_for
from blues_desktop.ui.locale_format import time_text


def test_a_time_of_day_in_each_language() -> None:
    assert time_text(time(9, 5), locale_for("en")) == "09:05"
    assert time_text(time(14, 30), locale_for("de")) == "14:30"
    assert time_text(time(14, 30), locale_for("fr")) == "14:30"


def test_a_plural_count_is_grouped_as_the_language_groups_digits() -> None:
    from blues_desktop.ui.locale_format import grouped_count

    assert grouped_count("1500 organisations", 1500, locale_for("en")) == "1,500 organisations"
    assert grouped_count("1500 Organisationen", 1500, locale_for("de")) == "1.500 Organisationen"
    assert grouped_count("12 organisations", 12, locale_for("en")) == "12 organisations"
