"""The person's own preferences for the window: the colour theme and the language.

Kept with QSettings (the system's per-user settings: the registry on Windows, a .plist
on macOS, ~/.config/BLUES/BLUES Desktop.conf on Linux), because they belong to the
person at this computer, not to the data, and the theme is needed before any data
folder is opened. The data folder's own settings are in store/folder_settings.py."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication

THEMES = {"system": "As the system", "light": "Light", "dark": "Dark"}
# The languages the app is made for. Until their translations ship, only English is
# offered; the others are listed, and the list says that their translation is coming.
LANGUAGES = {
    "system": "As the system",
    "en": "English",
    "de": "Deutsch",
    "cs": "Čeština",
    "pl": "Polski",
    "es": "Español",
    "fr": "Français",
}
AVAILABLE_LANGUAGES = frozenset({"system", "en"})


@dataclass(frozen=True, slots=True)
class Preferences:
    theme: str = "system"
    language: str = "system"


def _settings() -> QSettings:
    return QSettings("BLUES", "BLUES Desktop")


def load_preferences() -> Preferences:
    settings = _settings()
    theme = str(settings.value("appearance/theme", "system"))
    language = str(settings.value("appearance/language", "system"))
    return Preferences(
        theme if theme in THEMES else "system",
        language if language in AVAILABLE_LANGUAGES else "system",
    )


def save_preferences(preferences: Preferences) -> None:
    settings = _settings()
    settings.setValue("appearance/theme", preferences.theme)
    settings.setValue("appearance/language", preferences.language)
    settings.sync()


def apply_theme(app: QGuiApplication, theme: str) -> None:
    """Light or dark palettes from Qt's own colour schemes; "system" follows the
    system, also when it switches while the app is open."""
    hints = app.styleHints()
    if not hasattr(hints, "setColorScheme"):  # Qt before 6.8: the system decides
        return
    scheme = {
        "light": Qt.ColorScheme.Light,
        "dark": Qt.ColorScheme.Dark,
    }.get(theme, Qt.ColorScheme.Unknown)
    hints.setColorScheme(scheme)
