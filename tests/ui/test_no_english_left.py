"""A window in German shows no sentence left in English.

The same walk as tests/ui/test_words_users_see.py (every page and every dialog its
buttons open, as a partner and as the coordinator, a refused registration, a refused
bundle and a member import's mapping), in a German window. Every line it reads is
compared with the English of the catalogue: a line that is the English source of a
message whose German differs (a string not passed through `tr()`), or that a
`Message` template of the services fills in English (a sentence shown with `str()`
instead of `ui/messages.say`), is English left in the German window.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from blues_desktop.domain.translatable import in_sentence
from blues_desktop.ui.i18n import install_language
from tests.ui.test_words_users_see import (
    Seen,
    texts_of,
    walk_as,
)
from tests.ui.translation_files import FIELD, read_ts, ts_path

LANGUAGE = "de"
_PLACEHOLDER = re.compile(r"%n|" + FIELD.pattern)


@lru_cache(maxsize=1)
def _english() -> tuple[frozenset[str], tuple[re.Pattern[str], ...]]:
    """The English sources whose German differs: whole strings without fields, and
    patterns of those with fields (a field stands for any text)."""
    whole: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    messages = read_ts(ts_path(LANGUAGE))
    # A word German writes the same way in one of its meanings ("Name") is German too,
    # wherever the window shows it,
    # as is a word that is the German of another English one ("import" is "Import").
    same = {m.source for m in messages if any(t == m.source for t in m.translations)}
    same |= {t for m in messages for t in m.translations}
    for message in messages:
        source = message.source
        if not re.search(r"[A-Za-z]{3}", _PLACEHOLDER.sub("", source)):
            continue  # no English word in it: "{name} ({code})", "%n"
        if source in same:
            continue
        if _PLACEHOLDER.search(source):
            if len(re.findall(r"[A-Za-z]{3,}", _PLACEHOLDER.sub("", source))) < 2:
                continue  # "{a} for {b}": would match any title with "for" in it
            body = ".+?".join(re.escape(part) for part in re.split(r"%n|\{[^{}]*\}", source))
            patterns.append(re.compile(rf"^{body}$", re.S))
        else:
            whole.add(source)
    return frozenset(whole), tuple(patterns)


def english_in(line: str) -> str | None:
    """The English source `line` is, or None when it is not one."""
    text = line.strip().rstrip(":").strip()
    if len(text) < 4:
        return None
    whole, patterns = _english()
    if text in whole or line.strip() in whole:
        return text
    for pattern in patterns:
        if pattern.match(text) or pattern.match(line.strip()):
            return pattern.pattern
    return None


@lru_cache(maxsize=1)
def _english_labels() -> re.Pattern[str]:
    """The domain's labels of two words or more whose German differs, as an English
    sentence writes them ("host organisation"): a refusal that names a column or a record
    with them left English inside a German sentence."""
    labels = {
        in_sentence(m.source)
        for m in read_ts(ts_path(LANGUAGE))
        if m.context == "labels"
        and len(m.source.split()) >= 2
        and not _PLACEHOLDER.search(m.source)
        and all(t != m.source for t in m.translations)
    }
    words = sorted(labels, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def english_label_in(line: str) -> str | None:
    """The English label inside `line` (a sentence built from the schema's words)."""
    found = _english_labels().search(line)
    return found.group(0) if found else None


# Where the window shows sentences built from the schema's words (a bundle's refusal),
# so that an English label inside a German one is English left too.
BUILT_FROM_WORDS = ("refused bundle",)


# The headers of the member list the walk imports (tests/ui/test_words_users_see.py): the
# import shows a file's own column names as the file has them.
FILE_HEADERS = frozenset({"Name", "Kind", "Land", "Office", "Profile"})


class SeenInGerman(Seen):
    def read(self, place: str, root: QWidget) -> None:
        self.places += 1
        for text in texts_of(root):
            for line in (text or "").splitlines():
                if line.strip() in FILE_HEADERS:
                    continue
                found = english_in(line)
                if found is not None:
                    self.problems.setdefault(f"{line.strip()!r} (the English of {found!r})", place)
                if any(where in place for where in BUILT_FROM_WORDS):
                    label = english_label_in(line)
                    if label is not None:
                        self.problems.setdefault(
                            f"{line.strip()!r} (the English label {label!r})", place
                        )


@pytest.mark.parametrize("role", ["partner", "coordinator"])
def test_a_german_window_shows_no_english_sentence(
    role: str, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any
) -> None:
    install_language(LANGUAGE, qapp)
    seen = SeenInGerman()
    walk_as(role, seen, qtbot, tmp_path, monkeypatch, refused="ABGELEHNT")
    assert not seen.problems, f"English in the German window of a {role}:\n{seen.report()}"


def test_the_detector_finds_english_and_lets_german_and_data_through() -> None:
    assert english_in("Rows set aside") is not None
    assert english_in("Zurückgestellte Zeilen") is None
    filled = (
        "These columns hold data that will be ignored: Fax, Notes. Choose a field for each "
        "under Column mapping… if it should be imported."
    )
    assert english_in(filled) is not None
    assert english_in("Training: circular water technologies for SMEs") is None  # a title
    assert english_in("Name") is None  # German says it the same way
    # a label left English inside a German sentence built from the schema's words
    refused = "refers to ein Datensatz „Organisation“ (Feld host organisation) that is …"
    assert english_label_in(refused) == "host organisation"
    assert english_label_in("(Feld Gastorganisation)") is None
    assert english_label_in("Veranstaltungstag 4. März 2027 von Summer school") is None
