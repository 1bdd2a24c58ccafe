"""A message kept in the database as JSON (a refused bundle's reason in the bundle
history) comes back whole: the same English, template, context, count and values, each
value of its own type, so that a later window says it in its language."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum

import pytest

from blues_desktop.domain.translatable import (
    LABELS,
    MESSAGES,
    PLURAL,
    QT_TRANSLATE_NOOP,
    Country,
    Disambiguated,
    LabelInSentence,
    Message,
    Money,
    disambiguation_of,
)


def same(back: object, message: object) -> None:
    """`back` is `message` in every part, down to the types of nested values."""
    assert type(back) is type(message)
    assert back == message
    if isinstance(message, Message):
        assert isinstance(back, Message)
        assert (back.context, back.template, back.n) == (
            message.context,
            message.template,
            message.n,
        )
        assert type(back.template) is type(message.template)
        assert disambiguation_of(back.template) == disambiguation_of(message.template)
        assert list(back.values) == list(message.values)
        for name, value in message.values.items():
            same(back.values[name], value)
    elif isinstance(message, Disambiguated):
        assert disambiguation_of(back) == message.disambiguation  # type: ignore[arg-type]


def round_trip(message: Message) -> Message:
    text = message.to_json()
    assert isinstance(text, str)
    back = Message.from_json(text)
    same(back, message)
    return back


def test_every_kind_of_value_comes_back_as_it_was() -> None:
    reason = Message(QT_TRANSLATE_NOOP("messages", "the file is damaged ({part})"), part="rows")
    message = Message(
        QT_TRANSLATE_NOOP(
            "messages",
            "{who} from {country} ({kind}, {state}, {role}) paid {amount} for {hours} h, "
            "{days} days, {rate}, on {day} at {at} in {zone}: {reason}",
        ),
        who="Begoña Ibáñez",
        country=Country("ES"),
        kind=LabelInSentence("Large company"),
        state=Message.label(QT_TRANSLATE_NOOP("labels", "Withdrawn")),
        role=Disambiguated("Title", "the name of an event"),
        amount=Money("1234.50"),
        hours=Decimal("7.50"),
        days=3,
        rate=0.25,
        day=date(2027, 1, 4),
        at=datetime(2027, 1, 4, 9, 30),
        zone=datetime(2027, 1, 4, 9, 30, tzinfo=UTC),
        reason=reason,
    )
    back = round_trip(message)
    assert back == (
        "Begoña Ibáñez from Spain (large company, Withdrawn, Title) paid €1,234.50 for "
        "7.50 h, 3 days, 0.25, on 4 January 2027 at 4 January 2027 09:30 in "
        "4 January 2027 09:30: the file is damaged (rows)"
    )
    assert back.values["zone"] == datetime(2027, 1, 4, 9, 30, tzinfo=UTC)
    assert back.values["zone"].tzinfo is not None  # type: ignore[attr-defined]
    assert back.values["at"].tzinfo is None  # type: ignore[attr-defined]
    assert str(back.values["hours"]) == "7.50"  # the places as written
    assert back.values["state"].context == LABELS  # type: ignore[attr-defined]
    assert back.values["reason"].context == MESSAGES  # type: ignore[attr-defined]


def test_a_count_and_a_message_without_values_come_back() -> None:
    counted = round_trip(
        Message(QT_TRANSLATE_NOOP("messages", "%n row(s) set aside", None, PLURAL), n=10000)
    )
    assert counted == "10,000 rows set aside" and counted.n == 10000
    plain = round_trip(Message(QT_TRANSLATE_NOOP("messages", "done")))
    assert plain == "done" and plain.n is None and plain.values == {}


def test_a_label_keeps_the_note_that_tells_its_meaning_apart() -> None:
    title = round_trip(Message.label(QT_TRANSLATE_NOOP("labels", "Title", "the name of an event")))
    assert isinstance(title.template, Disambiguated)
    assert disambiguation_of(title.template) == "the name of an event"
    role = round_trip(Message.label(QT_TRANSLATE_NOOP("labels", "Role")))
    assert type(role.template) is str and disambiguation_of(role.template) is None
    assert "note" not in json.loads(role.to_json())


class Colour(Enum):
    RED = "red"

    def __str__(self) -> str:
        return "Red colour"


@pytest.mark.parametrize("value", [Colour.RED, True, [1, 2], None])
def test_a_value_of_another_type_is_kept_as_its_english(value: object) -> None:
    message = Message(QT_TRANSLATE_NOOP("messages", "it is {value}"), value=value)
    back = Message.from_json(message.to_json())
    assert back == message
    assert back.values["value"] == str(value) and type(back.values["value"]) is str


def test_the_json_is_readable_text_with_the_words_as_written() -> None:
    message = Message(QT_TRANSLATE_NOOP("messages", "from {who}"), who="Zdeněk Šťastný")
    text = message.to_json()
    assert "Zdeněk Šťastný" in text and "\n" not in text and ": " not in text
    assert json.loads(text) == {
        "context": "messages",
        "template": "from {who}",
        "n": None,
        "values": {"who": ["str", "Zdeněk Šťastný"]},
    }


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        '"a sentence"',
        "{}",
        '{"context": "messages", "template": "done", "n": null}',
        '{"context": "messages", "template": "done", "n": "3", "values": {}}',
        '{"context": "messages", "template": "done", "n": 2.5, "values": {}}',
        '{"context": "messages", "template": "done", "n": null, "values": []}',
        '{"context": "messages", "template": "{a}", "n": null, "values": {"a": ["weird", 1]}}',
        '{"context": "messages", "template": "{a}", "n": null, "values": {"a": ["money", "x"]}}',
        '{"context": "messages", "template": "{a}", "n": null, "values": {"a": ["date", 3]}}',
        '{"context": "messages", "template": "{a}", "n": null, "values": {"a": ["number", "3"]}}',
        '{"context": "messages", "template": "{a}", "n": null, "values": {"a": 7}}',
        '{"context": "messages", "template": "{a}", "n": null, "values": {"a": ["message", 7]}}',
        '{"context": "messages", "template": "{a}", "n": null, "values": {"a": ["disambiguated", "x"]}}',
    ],
)
def test_text_it_did_not_write_is_refused_with_a_value_error(text: str) -> None:
    with pytest.raises(ValueError, match="not a message written by to_json"):
        Message.from_json(text)


def test_a_whole_number_and_a_fraction_stay_as_they_were() -> None:
    message = Message(QT_TRANSLATE_NOOP("messages", "{a} and {b}"), a=3, b=0.5)
    fields = json.loads(message.to_json())["values"]
    assert fields == {"a": ["number", 3], "b": ["number", 0.5]}
    back = Message.from_json(message.to_json())
    assert type(back.values["a"]) is int and type(back.values["b"]) is float
