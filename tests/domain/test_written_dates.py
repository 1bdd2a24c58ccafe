"""Days and moments that the CLI has always written in a fixed form inside a sentence
(scripts and tests read "revoked on 2026-11-20", "deleted on 01 Jan 2001", "already
imported on 2026-11-30 14:05 UTC"), given to a message as dates so that the window writes
them in its language; and a label inside a sentence that keeps its translators' note."""

from __future__ import annotations

import json
import pickle
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from blues_desktop.domain.translatable import (
    QT_TRANSLATE_NOOP,
    Disambiguated,
    IsoDate,
    LabelInSentence,
    Message,
    ShortDate,
    UtcMinute,
    disambiguation_of,
)
from tests.domain.test_message_json import round_trip

CET = timezone(timedelta(hours=1))


def test_each_day_keeps_the_english_form_the_cli_wrote() -> None:
    said = Message(
        QT_TRANSLATE_NOOP("messages", "revoked on {day}, deleted on {deleted}, imported on {at}"),
        day=IsoDate(2026, 11, 20),
        deleted=ShortDate(2001, 1, 5),
        at=UtcMinute(2026, 11, 30, 14, 5, tzinfo=UTC),
    )
    assert said == "revoked on 2026-11-20, deleted on 05 Jan 2001, imported on 2026-11-30 14:05 UTC"
    # a plain date would read as a sentence writes it: the forms above are kept on purpose
    assert Message(QT_TRANSLATE_NOOP("messages", "on {day}"), day=date(2001, 1, 5)) == (
        "on 5 January 2001"
    )


def test_a_day_is_taken_from_a_date_or_a_moment_as_it_is_given() -> None:
    late = datetime(2026, 3, 4, 23, 30, tzinfo=CET)  # 22:30 UTC: still the 4th
    assert IsoDate.of(late) == date(2026, 3, 4) and type(IsoDate.of(late)) is IsoDate
    assert ShortDate.of(late) == date(2026, 3, 4) and type(ShortDate.of(late)) is ShortDate
    assert IsoDate.of(date(2026, 3, 4)).english() == "2026-03-04"
    assert ShortDate.of(date(2026, 3, 4)).english() == "04 Mar 2026"
    assert isinstance(IsoDate.of(late), date) and not isinstance(IsoDate.of(late), datetime)


def test_a_moment_is_written_in_utc_to_the_minute() -> None:
    from_cet = UtcMinute.of(datetime(2026, 12, 1, 0, 5, 59, tzinfo=CET))
    assert from_cet == datetime(2026, 11, 30, 23, 5, tzinfo=UTC)
    assert from_cet.tzinfo is UTC and type(from_cet) is UtcMinute
    assert from_cet.english() == "2026-11-30 23:05 UTC"
    naive = UtcMinute.of(datetime(2026, 11, 30, 14, 5, 30))  # stored without a zone: UTC
    assert naive == datetime(2026, 11, 30, 14, 5, tzinfo=UTC)
    moment = Message(QT_TRANSLATE_NOOP("messages", "{moment}"), moment=naive)
    assert moment == "2026-11-30 14:05 UTC"  # "already imported on …", as scripts read it


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        (IsoDate(2026, 11, 20), ["isodate", "2026-11-20"]),
        (ShortDate(2001, 1, 5), ["shortdate", "2001-01-05"]),
        (UtcMinute(2026, 11, 30, 14, 5, tzinfo=UTC), ["utcminute", "2026-11-30T14:05:00+00:00"]),
    ],
)
def test_a_day_crosses_processes_and_the_database_as_itself(value: date, kind: list[str]) -> None:
    message = Message(QT_TRANSLATE_NOOP("messages", "on {day}"), day=value)
    assert json.loads(message.to_json())["values"] == {"day": kind}
    back = round_trip(message)
    assert type(back.values["day"]) is type(value) and back == message
    again = pickle.loads(pickle.dumps(message))
    assert type(again.values["day"]) is type(value) and again == message


def test_a_label_in_a_sentence_keeps_the_note_of_its_meaning() -> None:
    title = LabelInSentence(QT_TRANSLATE_NOOP("labels", "Title", "the name of an event"))
    assert title == "Title" and title.english() == "title"
    assert title.disambiguation == "the name of an event"
    catalogued = title.catalogued()
    assert isinstance(catalogued, Disambiguated) and catalogued == "Title"
    assert disambiguation_of(catalogued) == "the name of an event"
    plain = LabelInSentence(QT_TRANSLATE_NOOP("labels", "Host organisation"))
    assert plain.disambiguation is None
    assert type(plain.catalogued()) is str and plain.catalogued() == "Host organisation"
    again = pickle.loads(pickle.dumps(title))
    assert type(again) is LabelInSentence and again.disambiguation == "the name of an event"


def test_a_label_in_a_sentence_comes_back_from_json_with_its_note() -> None:
    message = Message(
        QT_TRANSLATE_NOOP("messages", "{a}: {b}"),
        a=LabelInSentence(Disambiguated("Title", "the name of an event")),
        b=LabelInSentence("Host organisation"),
    )
    assert message == "title: host organisation"
    assert json.loads(message.to_json())["values"] == {
        "a": ["label", "Title", "the name of an event"],
        "b": ["label", "Host organisation"],
    }
    back = round_trip(message)
    assert back.values["a"].disambiguation == "the name of an event"  # type: ignore[attr-defined]
    assert back.values["b"].disambiguation is None  # type: ignore[attr-defined]
