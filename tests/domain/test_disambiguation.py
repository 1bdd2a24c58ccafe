"""One English word with two meanings in one context ("Title"): marked with a note that
tells them apart, kept by the word so that the window looks up the right translation."""

from __future__ import annotations

import pickle

from blues_desktop.domain.labels import label_of_field
from blues_desktop.domain.translatable import (
    QT_TRANSLATE_NOOP,
    Disambiguated,
    Message,
    disambiguation_of,
)


def test_a_word_without_a_note_is_a_plain_string() -> None:
    word = QT_TRANSLATE_NOOP("labels", "Role")
    assert word == "Role" and type(word) is str
    assert disambiguation_of(word) is None


def test_a_word_with_a_note_keeps_it_and_is_its_english() -> None:
    word = QT_TRANSLATE_NOOP("labels", "Title", "the name of an event")
    assert word == "Title" and isinstance(word, Disambiguated)
    assert disambiguation_of(word) == "the name of an event"
    back = pickle.loads(pickle.dumps(word))
    assert back == "Title" and disambiguation_of(back) == "the name of an event"
    assert disambiguation_of(Message.label(word).template) == "the name of an event"


def test_the_title_of_a_person_and_of_an_event_are_told_apart() -> None:
    person, event = label_of_field("persons", "title"), label_of_field("events", "title")
    assert person == event == "Title"
    assert disambiguation_of(person) == "a person's title: Dr., Prof."
    assert disambiguation_of(event) == "the name of an event"
