"""The shipped languages lack no string of the window, and the .ts files hold every
string the sources mark (scripts/translations was run after the last change)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.translation_files import (
    SHIPPED,
    Message,
    extract,
    fields,
    read_ts,
    ts_path,
)


def problems_of(language: str, messages: list[Message]) -> list[str]:
    found = []
    for m in messages:
        where = f"{language} [{m.context}] {m.source!r}"
        if m.unfinished or any(not t.strip() for t in m.translations):
            found.append(f"{where}: not translated")
            continue
        for translation in m.translations:
            if fields(translation) != fields(m.source):
                found.append(f"{where}: fields {sorted(fields(m.source))} in {translation!r}")
            if m.plural and "%n" not in translation:
                found.append(f"{where}: the plural form {translation!r} lacks %n")
    return found


@pytest.mark.parametrize("language", SHIPPED)
def test_every_string_of_the_window_is_translated(language: str) -> None:
    messages = read_ts(ts_path(language))
    assert messages, f"{ts_path(language).name} holds no string"
    assert problems_of(language, messages) == []


def test_a_missing_translation_or_a_lost_field_is_found() -> None:
    """The check above can fail: the cases it must catch."""
    missing = Message("SettingsDialog", "Save", ("",), True, False)
    lost = Message("UserChooser", "Hello {name}", ("Hallo {nom}",), False, False)
    plural = Message("Page", "%n rows", ("eine Zeile", "%n Zeilen"), False, True)
    found = problems_of("de", [missing, lost, plural])
    assert len(found) == 3
    assert "not translated" in found[0] and "{nom}" not in fields(lost.source)
    assert "lacks %n" in found[2]


def test_the_ts_files_hold_every_string_the_sources_mark(tmp_path: Path) -> None:
    marked = {(m.context, m.source) for m in extract(tmp_path / "sources.ts")}
    assert marked, "lupdate found no marked string in the sources"
    for language in SHIPPED:
        held = {(m.context, m.source) for m in read_ts(ts_path(language))}
        missing = sorted(marked - held)
        assert missing == [], f"run scripts/translations: {language} lacks {missing[:5]}"
        dropped = sorted(held - marked)
        assert dropped == [], f"run scripts/translations: {language} keeps {dropped[:5]}"
