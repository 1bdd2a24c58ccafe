"""The rules an event, its days and a new participant obey."""

from __future__ import annotations

from datetime import date, time

import pytest

from blues_desktop.domain.events import (
    ConsentDraft,
    DayDraft,
    EventDraft,
    PersonDraft,
    check_event,
    check_person,
    person_key,
)


def _draft(**changes: object) -> EventDraft:
    values: dict[str, object] = {
        "title": "Blue economy matchmaking",
        "event_type": "matchmaking",
        "work_package": "WP2",
        "start_date": date(2026, 5, 12),
        "end_date": date(2026, 5, 13),
        "city": "Zaragoza",
        "country": "ES",
    }
    values.update(changes)
    return EventDraft(**values)  # type: ignore[arg-type]


def test_a_complete_event_passes() -> None:
    assert check_event(_draft()).ok


@pytest.mark.parametrize(
    ("changes", "field", "text"),
    [
        (
            {"end_date": date(2026, 5, 10)},
            "end_date",
            "ends (10 May 2026) before it starts (12 May 2026)",
        ),
        (
            {"days": (DayDraft(date(2026, 5, 15)),)},
            "days",
            "the day 15 May 2026 is outside the event's dates (12 May 2026 to 13 May 2026)",
        ),
        (
            {"days": (DayDraft(date(2026, 5, 12), time(14), time(9)),)},
            "days",
            "on 12 May 2026 the session ends (09:00) before it starts (14:00)",
        ),
        ({"work_package": "WP7"}, "work_package", "unknown work package 'WP7'"),
        ({"event_type": "party"}, "event_type", "unknown event type 'party'"),
        ({"title": "  "}, "title", "needs a title"),
        ({"country": "XX"}, "country", "unknown country code 'XX'"),
        ({"is_online": True, "online_url": "meet.example.eu"}, "online_url", "does not start with"),
    ],
)
def test_bad_events_are_refused_with_the_field_and_reason(
    changes: dict[str, object], field: str, text: str
) -> None:
    report = check_event(_draft(**changes))
    assert not report.ok
    assert any(r.field == field and text in r.message for r in report.errors), str(report)


def test_days_default_to_one_per_date() -> None:
    days = _draft(end_date=date(2026, 5, 14)).effective_days()
    assert [d.day for d in days] == [date(2026, 5, 12), date(2026, 5, 13), date(2026, 5, 14)]


def test_a_new_participant_needs_consent_but_a_walk_in_does_not() -> None:
    person = PersonDraft("Łucja", "Wiśniewska", email="lucja@example.eu")
    assert [r.field for r in check_person(person).errors] == ["consent"]
    assert check_person(person, walk_in=True).ok
    consented = PersonDraft(
        "Łucja", "Wiśniewska", consent=ConsentDraft("event registration", date(2026, 4, 1), "")
    )
    assert "source" in str(check_person(consented))
    assert "not an e-mail" in str(check_person(PersonDraft("A", "B", email="ab"), walk_in=True))


def test_person_keys_ignore_accents_case_and_spaces() -> None:
    assert person_key("José", "Núñez  García") == person_key("jose", "NUNEZ GARCIA")
    assert person_key("Łukasz", "Wójcik") == "lukasz wojcik"
    assert person_key("Ana", "Ruiz") != person_key("Ana", "Ruis")
