"""Choice boxes for countries, regions and languages: a person picks a name, the form
reads the code (`currentData()`). The names are in the window's language (ui/i18n)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from blues_desktop.domain.persons import LANGUAGES
from blues_desktop.ui.i18n import country_texts, language_texts, region_texts


def choose(box: QComboBox, current: str | None) -> QComboBox:
    """Select the entry whose code is `current` (a code the list does not know is added
    as it is, so a stored value is never lost by opening a form)."""
    at = box.findData(current) if current else -1
    if current and at < 0:
        box.addItem(current, current)  # a stored code the lists do not know: kept as it is
        at = box.count() - 1
    box.setCurrentIndex(max(at, 0))
    return box


def country_box(current: str | None, *, optional: bool = False) -> QComboBox:
    """Every country by name; with `optional`, "(no country)" first."""
    box = QComboBox()
    if optional:
        box.addItem(QCoreApplication.translate("choices", "(no country)"), "")
    for code, name in country_texts().items():
        box.addItem(name, code)
    return choose(box, (current or "").strip().upper() or None)


def language_box(current: str | None, *, optional: bool = False) -> QComboBox:
    box = QComboBox()
    if optional:
        box.addItem(QCoreApplication.translate("choices", "(no language)"), "")
    for code, name in language_texts(LANGUAGES).items():
        box.addItem(name, code)
    return choose(box, (current or "").strip().lower() or None)


def region_box(country: str, codes: Iterable[str], current: str | None) -> QComboBox:
    """The regions of `country` by name, after "(the whole country)"."""
    box = QComboBox()
    box.addItem(QCoreApplication.translate("choices", "(the whole country)"), "")
    for code, name in region_texts(country, codes).items():
        box.addItem(name, code)
    return choose(box, current or None)
