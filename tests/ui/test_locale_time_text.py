"""A time of day as the window's language writes it."""

from __future__ import annotations

from datetime import time

from blues_desktop.ui.i18n import locale_for
from blues_desktop.ui.locale_format import time_text


def test_a_time_of_day_in_each_language() -> None:
    assert time_text(time(9, 5), locale_for("en")) == "09:05"
    assert time_text(time(14, 30), locale_for("de")) == "14:30"
    assert time_text(time(14, 30), locale_for("fr")) == "14:30"
