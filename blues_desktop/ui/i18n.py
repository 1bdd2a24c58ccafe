"""The window's language: Qt translators for the app's own messages and Qt's (the
buttons of standard dialogs, "Cancel", "Yes"), and the locale dates and money follow.

`install_language` runs at start, before any window is built, and again when the
language is changed in Settings (the main window then rebuilds its pages). The app's
messages come from `resources/translations/blues_desktop_<code>.qm`, compiled from the
`.ts` files by `scripts/translations` (source runs compile them when a `.ts` is newer;
`packaging/build` compiles them into the frozen app). Qt's own messages come from
PySide6's translations folder, found from the source install and the frozen app alike.
docs/translations.md says how strings are marked and how a language is added.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from blues_desktop.assets import app_root, resources_root
from blues_desktop.domain.translatable import disambiguation_of

ENGLISH = "en"
# The languages the window is made for, in the order Settings lists them, each named in
# its own language (a person who cannot read the current language still finds theirs).
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "cs": "Čeština",
    "pl": "Polski",
    "es": "Español",
    "fr": "Français",
}
SYSTEM = "system"
# English as the EU offices write it: day/month/year, "€1,234.50".
_LOCALE_NAMES = {
    "en": "en_GB",
    "de": "de_DE",
    "cs": "cs_CZ",
    "pl": "pl_PL",
    "es": "es_ES",
    "fr": "fr_FR",
}
APP_CATALOGUE = "blues_desktop"


@dataclass(frozen=True, slots=True)
class InstalledLanguage:
    """What `install_language` did: the language in use, and which catalogues loaded
    (False where a catalogue is missing: the window then shows those words in English)."""

    code: str
    app_messages: bool
    qt_messages: bool


_installed: list[QTranslator] = []  # kept alive: Qt holds only a pointer to each
_current = {"code": ENGLISH}


def translations_dir() -> Path:
    return resources_root() / "translations"


def app_catalogue(code: str) -> Path:
    return translations_dir() / f"{APP_CATALOGUE}_{code}.qm"


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own .qm files may be: the folder Qt reports, and PySide6's folder in a
    source install or under the frozen app's root (PyInstaller keeps PySide6/Qt/...)."""
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    try:
        import PySide6

        folders.append(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")
    except (ImportError, TypeError):  # pragma: no cover - PySide6 is imported above
        pass
    folders.append(app_root() / "PySide6" / "Qt" / "translations")
    return [folder for folder in dict.fromkeys(folders) if folder.is_dir()]


def system_language() -> str:
    """The system's language when the app ships it, English otherwise."""
    for tag in QLocale.system().uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGE_NAMES:
            return code
    return ENGLISH


def resolve_language(preference: str) -> str:
    """The language a saved preference ("system" or a code) means on this computer."""
    if preference in LANGUAGE_NAMES:
        return preference
    return system_language()


def locale_for(code: str) -> QLocale:
    return QLocale(_LOCALE_NAMES.get(code, _LOCALE_NAMES[ENGLISH]))


def current_language() -> str:
    return _current["code"]


def install_language(code: str, app: QCoreApplication | None = None) -> InstalledLanguage:
    """Make `code` the window's language: remove the translators installed before, load
    Qt's and the app's catalogues for it, and set the default locale (dates, numbers,
    money). English has a catalogue of plural forms only ("1 exchange", "2 exchanges"):
    the sources are English, and Qt shows a plural's source text for every count."""
    if code not in LANGUAGE_NAMES:
        code = ENGLISH
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("the language is installed once the application exists")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_loaded = False
    if code != ENGLISH:
        for folder in qt_translations_dirs():
            translator = QTranslator(app)
            if translator.load(f"qtbase_{code}", str(folder)):
                app.installTranslator(translator)
                _installed.append(translator)
                qt_loaded = True
                break
    app_loaded = False
    catalogue = app_catalogue(code)
    if catalogue.is_file():
        translator = QTranslator(app)
        if translator.load(str(catalogue)):
            app.installTranslator(translator)
            _installed.append(translator)
            app_loaded = True
    QLocale.setDefault(locale_for(code))
    _current["code"] = code
    return InstalledLanguage(code, app_loaded, qt_loaded)


def translated_header(model: object, section: int) -> str:
    """A table model's column header in the window's language. The `headers` of a model
    class are marked with QT_TRANSLATE_NOOP("<Class>", …) in the class that defines
    them, so they are translated in that class's context (a subclass inherits them)."""
    headers: tuple[str, ...] = getattr(model, "headers", ())
    text = headers[section]
    for cls in type(model).__mro__:
        if "headers" in vars(cls):
            return QCoreApplication.translate(cls.__name__, text)
    return text


LABELS_CONTEXT = "labels"
_K = TypeVar("_K")


def label(text: str) -> str:
    """A human label of the domain (an organisation type, an exchange's state, a
    timesheet row, a kind of record …) in the window's language. domain/ marks them with
    QT_TRANSLATE_NOOP("labels", …) where they are defined; documents and the CLI keep
    the English."""
    if not text:
        return text
    return QCoreApplication.translate(LABELS_CONTEXT, text, disambiguation_of(text))


def org_type_text(code: str | None) -> str:
    """An organisation type in the window's language; a type not known here as typed."""
    from blues_desktop.domain.labels.org_types import ORG_TYPES

    if not code:
        return ""
    return label(ORG_TYPES[code]) if code in ORG_TYPES else code


def _iso_catalogue(domain: str) -> Any:
    """pycountry's own gettext catalogue of `domain` ("iso3166-1", "iso3166-2",
    "iso639-3") for the window's language; None in English."""
    code = current_language()
    if code == ENGLISH:
        return None
    return _iso_translation(domain, code)


@lru_cache(maxsize=32)
def _iso_translation(domain: str, code: str) -> gettext.NullTranslations:
    import pycountry

    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[code], fallback=True)


def _translated(catalogue: Any, *names: str | None) -> str | None:
    for name in names:
        if name:
            text = str(catalogue.gettext(name))
            if text != name:
                return text
    return None


def country_text(code: str | None) -> str:
    """A country's name in the window's language ("Spanien" for ES in German), from
    pycountry's ISO 3166-1 catalogue; English (and names it lacks) as domain/labels."""
    from blues_desktop.domain.labels import country_label

    english = country_label(code)
    catalogue = _iso_catalogue("iso3166-1")
    if catalogue is None or not code:
        return english
    import pycountry

    cleaned = code.strip().upper()
    cleaned = {"EL": "GR", "UK": "GB"}.get(cleaned, cleaned)
    country = pycountry.countries.get(alpha_2=cleaned)
    if country is None:
        return english
    names = (english, getattr(country, "common_name", None), country.name)
    return _translated(catalogue, *names) or english


def region_text(country: str | None, region: str | None) -> str:
    """A region's name in the window's language (pycountry's ISO 3166-2 catalogue)."""
    from blues_desktop.domain.labels import region_label

    english = region_label(country, region)
    catalogue = _iso_catalogue("iso3166-2")
    if catalogue is None or not region:
        return english
    import pycountry

    found = pycountry.subdivisions.get(
        code=f"{(country or '').strip().upper()}-{region.strip().upper()}"
    )
    return _translated(catalogue, english, found.name if found else None) or english


def language_text(code: str | None) -> str:
    """A language's name in the window's language (pycountry's ISO 639-3 catalogue)."""
    from blues_desktop.domain.labels import language_label

    english = language_label(code)
    catalogue = _iso_catalogue("iso639-3")
    if catalogue is None or not code:
        return english
    import pycountry

    language = pycountry.languages.get(alpha_2=code.strip().lower()[:2])
    text = _translated(catalogue, language.name if language else None, english)
    # the catalogue names some languages with a qualifier ("Spanisch (Kastilisch)").
    return text.split(",")[0].split(" (")[0] if text else english


def _sorted_by_name(names: dict[str, str]) -> dict[str, str]:
    return dict(sorted(names.items(), key=lambda item: item[1]))


def country_texts() -> dict[str, str]:
    """Every country, code -> name in the window's language, sorted by name."""
    from blues_desktop.domain.labels.places import all_country_codes

    return _sorted_by_name({code: country_text(code) for code in all_country_codes()})


def region_texts(country: str, codes: Iterable[str]) -> dict[str, str]:
    return _sorted_by_name({code: region_text(country, code) for code in codes})


def language_texts(codes: Iterable[str]) -> dict[str, str]:
    return _sorted_by_name({code: language_text(code) for code in codes})


def labels(table: dict[_K, str]) -> dict[_K, str]:
    """A table of domain labels (key -> English words) with its words translated."""
    return {key: label(text) for key, text in table.items()}
