"""The person's own preferences for the window: the colour theme and the language.

Kept with QSettings (the system's per-user settings: the registry on Windows, a .plist
on macOS, ~/.config/BLUES/BLUES Desktop.conf on Linux), because they belong to the
person at this computer, not to the data, and the theme is needed before any data
folder is opened. The data folder's own settings are in store/folder_settings.py."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from blues_desktop.ui.i18n import LANGUAGE_NAMES, SYSTEM

# Marked for translation here, translated where shown (context "preferences").
THEMES = {
    "system": QT_TRANSLATE_NOOP("preferences", "As the system"),
    "light": QT_TRANSLATE_NOOP("preferences", "Light"),
    "dark": QT_TRANSLATE_NOOP("preferences", "Dark"),
}


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
        language if language in LANGUAGE_NAMES else SYSTEM,
    )


def save_preferences(preferences: Preferences) -> None:
    settings = _settings()
    settings.setValue("appearance/theme", preferences.theme)
    settings.setValue("appearance/language", preferences.language)
    settings.sync()


def apply_theme(app: QApplication, theme: str) -> None:
    """Light or dark, or as the system (following it when it switches while the app is
    open). The request goes to the platform first (Qt 6.8+: Windows, macOS, GNOME and
    KDE honour it); where the platform has no say (another Linux desktop), the Fusion
    style with a palette of our own gives the same result. Palettes are colours only:
    sizes, fonts and icons stay as the system scales them on high-DPI screens."""
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(
            {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
                theme, Qt.ColorScheme.Unknown
            )
        )
    if _SYSTEM_STYLE["name"] is None:
        _SYSTEM_STYLE["name"] = app.style().name()
    if theme == "system":
        app.setStyle(_SYSTEM_STYLE["name"] or "Fusion")
        app.setPalette(QPalette())  # the platform's palette again
        return
    wanted = Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light
    if hasattr(hints, "colorScheme") and hints.colorScheme() == wanted:
        return  # the platform took the request
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())


_SYSTEM_STYLE: dict[str, str | None] = {"name": None}


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in {
        roles.Window: "#2b2d30",
        roles.WindowText: "#e6e6e6",
        roles.Base: "#1e1f22",
        roles.AlternateBase: "#2b2d30",
        roles.ToolTipBase: "#3c3f41",
        roles.ToolTipText: "#e6e6e6",
        roles.Text: "#e6e6e6",
        roles.Button: "#3c3f41",
        roles.ButtonText: "#e6e6e6",
        roles.BrightText: "#ff6b6b",
        roles.Link: "#8fb4ff",
        roles.Highlight: "#2f65ca",
        roles.HighlightedText: "#ffffff",
        roles.PlaceholderText: "#8c8c8c",
    }.items():
        palette.setColor(role, QColor(colour))
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette
