"""Planning events, registering participants, recording attendance and the reports."""

from __future__ import annotations

import re
from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from blues_desktop.domain.changes import Kind
from blues_desktop.domain.errors import PermissionDeniedError, ValidationError
from blues_desktop.domain.events import ConsentDraft, DayDraft, EventDraft, PersonDraft
from blues_desktop.services import events as ev
from blues_desktop.services import records
from blues_desktop.services.context import AppContext
from blues_desktop.store.models import (
    Attachment,
    Attendance,
    Event,
    EventDay,
    Organisation,
    Person,
    Registration,
)
from tests.conftest import MakeEvent

CONSENT = ConsentDraft("registration for BLUES events", date(2026, 4, 1), "web form")


def _count(ctx: AppContext, model: type) -> int:
    with ctx.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _person(
    ctx: AppContext, first: str, last: str, email: str | None = None, **extra: object
) -> str:
    with ctx.transaction() as session:
        org = records.create(
            session,
            ctx,
            Organisation(
                legal_name=f"{last} Ingeniería S.L.", org_type="sme", country="ES", name_key=last
            ),
        )
        person = records.create(
            session,
            ctx,
            Person(first_name=first, last_name=last, email=email, organisation_id=org.id, **extra),
        )
        return person.id


def test_an_event_is_saved_with_its_days_and_can_be_changed(
    ctx: AppContext, make_event: MakeEvent
) -> None:
    event_id = make_event(ctx)
    detail = ev.event_detail(ctx, event_id)
    assert detail.title == "Plasma surface treatment workshop"
    assert [(d.day, d.start_time) for d in detail.days] == [
        (date(2026, 5, 12), time(9)),
        (date(2026, 5, 13), time(9)),
    ]
    draft = EventDraft(
        "Plasma workshop",
        "workshop",
        "WP2",
        date(2026, 5, 12),
        date(2026, 5, 12),
        city="Zaragoza",
        country="ES",
    )
    ev.save_event(ctx, draft, event_id)
    detail = ev.event_detail(ctx, event_id[:8])
    assert detail.title == "Plasma workshop"
    assert [d.day for d in detail.days] == [date(2026, 5, 12)]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"end_date": date(2026, 5, 11)}, "ends (11 May 2026) before it starts"),
        (
            {"days": (DayDraft(date(2026, 5, 20)),)},
            "the day 20 May 2026 is outside the event's dates",
        ),
    ],
)
def test_a_bad_event_is_refused_and_nothing_is_saved(
    ctx: AppContext, make_event: MakeEvent, changes: dict[str, object], message: str
) -> None:
    with pytest.raises(ValidationError, match=re.escape(message)):
        make_event(ctx, **changes)
    assert _count(ctx, Event) == 0
    assert _count(ctx, EventDay) == 0


def test_a_day_with_attendance_cannot_be_dropped(ctx: AppContext, make_event: MakeEvent) -> None:
    event_id = make_event(ctx)
    person = _person(ctx, "Ana", "Ruiz")
    ev.register_persons(ctx, event_id, [person])
    detail = ev.event_detail(ctx, event_id)
    ev.record_attendance(
        ctx, event_id, [ev.Mark(detail.participants[0].registration_id, detail.days[1].id, True)]
    )
    one_day = EventDraft(
        "Plasma workshop",
        "workshop",
        "WP2",
        date(2026, 5, 12),
        date(2026, 5, 12),
        city="Zaragoza",
        country="ES",
    )
    with pytest.raises(ValidationError, match="the day 13 May 2026 has attendance recorded"):
        ev.save_event(ctx, one_day, event_id)
    after = ev.event_detail(ctx, event_id)
    assert after.title == "Plasma surface treatment workshop"  # the title change rolled back
    assert len(after.days) == 2


def test_registered_twice_is_refused_and_nothing_half_saved(
    ctx: AppContext, make_event: MakeEvent
) -> None:
    event_id = make_event(ctx)
    ana = _person(ctx, "Ana", "Ruiz", "ana@example.eu")
    jorge = _person(ctx, "Jorge", "Pérez")
    ev.register_persons(ctx, event_id, [ana])
    with pytest.raises(ValidationError, match="Ana Ruiz is already registered for"):
        ev.register_persons(ctx, event_id, [jorge, ana])
    names = [p.name for p in ev.event_detail(ctx, event_id).participants]
    assert names == ["Ana Ruiz"]  # Jorge was not registered either
    with pytest.raises(ValidationError, match="picked twice"):
        ev.register_persons(ctx, event_id, [jorge, jorge])


def test_a_removed_registration_can_come_back_at_the_end(
    ctx: AppContext, make_event: MakeEvent
) -> None:
    event_id = make_event(ctx)
    ids = [_person(ctx, n, "Ruiz") for n in ("Ana", "Eva", "Pilar")]
    result = ev.register_persons(ctx, event_id, ids)
    ev.unregister(ctx, result.registration_ids[0])
    ev.register_persons(ctx, event_id, [ids[0]])
    assert [p.name for p in ev.event_detail(ctx, event_id).participants] == [
        "Eva Ruiz",
        "Pilar Ruiz",
        "Ana Ruiz",
    ]


def test_several_participants_leave_in_one_transaction(
    ctx: AppContext, make_event: MakeEvent
) -> None:
    """Ana, Eva and Pilar are registered; Ana and Pilar are removed together: Eva stays,
    the two come back in the history as one change each, and the event counts one."""
    event_id = make_event(ctx)
    ids = [_person(ctx, n, "Ruiz") for n in ("Ana", "Eva", "Pilar")]
    registered = ev.register_persons(ctx, event_id, ids).registration_ids
    removed = ev.unregister_many(ctx, event_id, [registered[0], registered[2], registered[0]])
    assert removed.registration_ids == (registered[0], registered[2])  # each once
    assert removed.person_ids == (ids[0], ids[2]) and Kind.EVENTS in removed.changes
    assert [p.name for p in ev.event_detail(ctx, event_id).participants] == ["Eva Ruiz"]


def test_removing_participants_is_all_or_nothing(ctx: AppContext, make_event: MakeEvent) -> None:
    """One chosen registration belongs to another event: nobody is removed, and the
    message says why in the user's words."""
    event_id, other_event = make_event(ctx), make_event(ctx, title="Water reuse day")
    ana, eva = (_person(ctx, n, "Gil") for n in ("Ana", "Eva"))
    here = ev.register_persons(ctx, event_id, [ana]).registration_ids
    there = ev.register_persons(ctx, other_event, [eva]).registration_ids
    with pytest.raises(ValidationError, match="belong to another event; nothing was removed"):
        ev.unregister_many(ctx, event_id, [here[0], there[0]])
    assert [p.name for p in ev.event_detail(ctx, event_id).participants] == ["Ana Gil"]
    assert [p.name for p in ev.event_detail(ctx, other_event).participants] == ["Eva Gil"]
    with pytest.raises(ValidationError, match="choose who to remove first"):
        ev.unregister_many(ctx, event_id, [])


def test_a_new_person_is_added_with_consent_and_organisation(
    ctx: AppContext, make_event: MakeEvent
) -> None:
    event_id = make_event(ctx)
    draft = PersonDraft(
        "Zdeněk",
        "Dvořák",
        email="zdenek@example.eu",
        country="CZ",
        gender="male",
        organisation_name="Nanoprogress z.s.p.o.",
        organisation_type="cluster",
        consent=CONSENT,
    )
    result = ev.register_new_person(ctx, event_id, draft)
    with ctx.read() as session:
        person = session.get(Person, result.person_ids[0])
        assert person is not None
        org = session.get(Organisation, person.organisation_id)
        assert (person.consent_purpose, person.consent_given_on, person.consent_source) == (
            "registration for BLUES events",
            date(2026, 4, 1),
            "web form",
        )
        assert person.gender == "male" and person.country == "CZ"
        assert org is not None and org.org_type == "cluster" and not org.is_member
    with pytest.raises(ValidationError, match="consent"):
        ev.register_new_person(ctx, event_id, PersonDraft("Eva", "Nová"))
    assert _count(ctx, Person) == 1


def test_walk_ins_are_matched_by_email_or_name_before_a_person_is_created(
    ctx: AppContext,
    make_event: MakeEvent,
) -> None:
    event_id = make_event(ctx)
    known = _person(ctx, "José", "Núñez García", "jose.nunez@example.eu")
    other = _person(ctx, "María", "López")
    by_email = ev.add_walk_in(
        ctx, event_id, PersonDraft("Pepe", "Núñez", email="JOSE.NUNEZ@example.eu")
    )
    by_name = ev.add_walk_in(ctx, event_id, PersonDraft("maria", "LOPEZ"))
    new = ev.add_walk_in(ctx, event_id, PersonDraft("Iñaki", "Etxeberria", country="ES"))
    assert (by_email.person_id, by_email.matched_existing) == (known, True)
    assert (by_name.person_id, by_name.matched_existing) == (other, True)
    assert not new.matched_existing
    with ctx.read() as session:
        person = session.get(Person, new.person_id)
        assert person is not None and person.consent_source == "signed attendance sheet"
    detail = ev.event_detail(ctx, event_id)
    assert all(p.walk_in for p in detail.participants)
    assert all(len(p.present) == 2 for p in detail.participants)  # present on both days


def test_attendance_ticks_are_saved_and_changed(ctx: AppContext, make_event: MakeEvent) -> None:
    event_id = make_event(ctx)
    ids = [_person(ctx, n, "Ruiz") for n in ("Ana", "Eva")]
    ev.register_persons(ctx, event_id, ids)
    detail = ev.event_detail(ctx, event_id)
    ana, eva = detail.participants
    day1, day2 = detail.days
    ev.record_attendance(
        ctx,
        event_id,
        [ev.Mark(ana.registration_id, day1.id, True), ev.Mark(eva.registration_id, day2.id, True)],
    )
    ev.record_attendance(ctx, event_id, [ev.Mark(eva.registration_id, day2.id, False)])
    ana, eva = ev.event_detail(ctx, event_id).participants
    assert ana.present == {day1.id: True}
    assert eva.present == {day2.id: False}
    with pytest.raises(ValidationError, match="is not a day of"):
        ev.record_attendance(ctx, event_id, [ev.Mark(ana.registration_id, "nope", True)])
    assert _count(ctx, Attendance) == 2


def test_the_scanned_sheet_must_be_a_pdf_or_image_within_the_limit(
    ctx: AppContext, make_event: MakeEvent, tmp_path: Path
) -> None:
    event_id = make_event(ctx)
    text = tmp_path / "sheet.pdf"
    text.write_text("not a pdf at all")
    with pytest.raises(ValidationError, match="sheet.pdf is not a PDF or an image"):
        ev.attach_scanned_sheet(ctx, event_id, text)
    big = tmp_path / "scan.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 3_000_000)
    with pytest.raises(ValidationError, match="scan.png is 2.9 MB; the limit is 2 MB"):
        ev.attach_scanned_sheet(ctx, event_id, big, max_bytes=2 * 1024 * 1024)
    assert _count(ctx, Attachment) == 0
    good = tmp_path / "signed.pdf"
    good.write_bytes(b"%PDF-1.4\n% scanned\n")
    stored = ev.attach_scanned_sheet(ctx, event_id, good)
    assert (
        ctx.paths.attachments / stored.sha256[:2] / stored.sha256
    ).read_bytes() == good.read_bytes()
    assert ev.event_detail(ctx, event_id).scanned_sheets == ("signed.pdf",)


def test_events_of_another_office_are_read_only(ctx: AppContext, make_event: MakeEvent) -> None:
    event_id = make_event(ctx)
    person = _person(ctx, "Ana", "Ruiz")
    with ctx.transaction() as session:
        session.get(Event, event_id).office_id = "NPG"  # type: ignore[union-attr]
    with pytest.raises(PermissionDeniedError, match="belongs to office NPG"):
        ev.register_persons(ctx, event_id, [person])
    assert _count(ctx, Registration) == 0


def test_reports_count_participants_present_on_a_day(
    ctx: AppContext, make_event: MakeEvent
) -> None:
    first = make_event(ctx)
    second = make_event(ctx, title="Info day", event_type="info_day", work_package="WP4")
    a = _person(ctx, "Ana", "Ruiz", gender="female", country="ES")
    b = _person(ctx, "Jan", "Novák", gender="male", country="CZ")
    c = _person(ctx, "Eva", "Ruiz", gender="female", country="ES")
    ev.register_persons(ctx, first, [a, b, c])
    ev.register_persons(ctx, second, [a])
    for event_id, who in ((first, {a, b}), (second, {a})):
        detail = ev.event_detail(ctx, event_id)
        ev.record_attendance(
            ctx,
            event_id,
            [
                ev.Mark(p.registration_id, detail.days[0].id, True)
                for p in detail.participants
                if p.person_id in who
            ],
        )
    report = ev.events_report(ctx)
    assert {e.title: (e.registered, e.participants) for e in report.events} == {
        "Plasma surface treatment workshop": (3, 2),
        "Info day": (1, 1),
    }
    assert report.by_work_package == {"WP2": 2, "WP4": 1}
    assert report.by_country == {"ES": 2, "CZ": 1}
    assert report.by_gender == {"female": 2, "male": 1}
    assert report.by_org_type == {"sme": 3}
    assert (report.unique_participants, report.unique_organisations) == (2, 2)
