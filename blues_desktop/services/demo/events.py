"""Demo events: a few per office (about 6 at scale 1, growing slowly with the scale),
with registrations from the office's demo persons and attendance for the days that are
over. Events are held on working days of their country (no weekend, no public holiday)
and every event passes `checks.event_problems` before it is written."""

from __future__ import annotations

from datetime import date, time, timedelta

from sqlalchemy import insert
from sqlalchemy.orm import Session

from blues_desktop.services.demo import checks
from blues_desktop.services.demo.plan import DemoPlan
from blues_desktop.store.models import Attendance, Event, EventDay, Registration, new_id

# (type, work package, title pattern, days, online)
PATTERNS: tuple[tuple[str, str, str, int, bool], ...] = (
    ("training", "WP1", "Training: circular water technologies for SMEs", 2, False),
    ("study_visit", "WP1", "Benchmarking visit to {city}", 1, False),
    ("matchmaking", "WP2", "Blue economy matchmaking days", 2, False),
    ("workshop", "WP2", "Joint workshop: plasma surface treatment", 1, False),
    ("info_day", "WP4", "ClusterXchange info day", 1, False),
    ("webinar", "WP4", "Webinar: applying for a ClusterXchange", 1, True),
    ("partner_meeting", "WP5", "BLUES partner meeting", 3, False),
)
CITIES = {"DE": "Greifswald", "CZ": "Liberec", "PL": "Warszawa", "ES": "Zaragoza", "FR": "Limoges"}
VENUES = ("Technology Park, hall B", "Cluster office, meeting room", "Chamber of Commerce")


def event_count(scale: float) -> int:
    """About 6 per office at scale 1; events do not grow with the member register."""
    return max(3, round(6 * scale**0.25))


def _first_day(first: date, length: int, country: str) -> date:
    """The first day from `first` on which an event of `length` days meets only working days."""
    start = first
    while not all(checks.is_working_day(start + timedelta(days=d), country) for d in range(length)):
        start += timedelta(days=1)
    return start


def add_demo(session: Session, plan: DemoPlan) -> dict[str, int]:
    """Add this office's demo events; returns rows added per table."""
    rng = plan.rng
    if not plan.person_rows:
        return {}
    country = plan.office.info.country
    city = CITIES.get(country, "Brussels")
    count = event_count(plan.scale)
    today = plan.now.date()
    events: list[dict[str, object]] = []
    days: list[dict[str, object]] = []
    registrations: list[dict[str, object]] = []
    attendance: list[dict[str, object]] = []
    person_ids = [pid for pid, _org in plan.person_rows]
    for index in range(count):
        kind, wp, pattern, length, online = PATTERNS[index % len(PATTERNS)]
        start = _first_day(today + timedelta(days=rng.randint(-400, 90)), length, country)
        event_id = new_id()
        events.append(
            {
                "id": event_id,
                "title": pattern.format(city=city) + (f" ({index + 1})" if index >= 7 else ""),
                "event_type": kind,
                "work_package": wp,
                "co_organisers": "BalticNet-PlasmaTec" if wp == "WP5" else None,
                "venue": None if online else rng.choice(VENUES),
                "city": None if online else city,
                "country": None if online else country,
                "online_url": f"https://meet.example.eu/blues-{index + 1}" if online else None,
                "is_online": online,
                "language": "en",
                "target_groups": "SMEs, cluster managers",
                "description": None,
                "is_public": kind != "partner_meeting",
                "start_date": start,
                "end_date": start + timedelta(days=length - 1),
            }
        )
        day_ids = []
        for offset in range(length):
            day_id = new_id()
            day_ids.append(day_id)
            days.append(
                {
                    "id": day_id,
                    "event_id": event_id,
                    "day": start + timedelta(days=offset),
                    "start_time": time(9, 30) if online else time(9, 0),
                    "end_time": time(11, 0) if online else time(17, 0),
                }
            )
        chosen = rng.sample(person_ids, min(len(person_ids), rng.randint(12, 45)))
        for position, person_id in enumerate(chosen, start=1):
            registration_id = new_id()
            registrations.append(
                {
                    "id": registration_id,
                    "event_id": event_id,
                    "person_id": person_id,
                    "registered_on": start - timedelta(days=rng.randint(3, 40)),
                    "walk_in": False,
                    "position": position,
                }
            )
            for offset, day_id in enumerate(day_ids):
                # attendance is taken on the day: none yet for today or later
                if start + timedelta(days=offset) < today and rng.random() < 0.85:
                    joined = f"09:{rng.randint(25, 45):02d}" if online else None
                    attendance.append(
                        {
                            "id": new_id(),
                            "registration_id": registration_id,
                            "event_day_id": day_id,
                            "present": True,
                            "joined_at": joined,
                        }
                    )
    _check(events, days, registrations, attendance, country, today)
    for model, rows in (
        (Event, events),
        (EventDay, days),
        (Registration, registrations),
        (Attendance, attendance),
    ):
        if rows:
            sync = plan.sync_columns(session, len(rows))
            session.execute(insert(model), [{**s, **r} for s, r in zip(sync, rows, strict=True)])
    return {
        "events": len(events),
        "event_days": len(days),
        "registrations": len(registrations),
        "attendance": len(attendance),
    }


def _check(
    events: list[dict[str, object]],
    days: list[dict[str, object]],
    registrations: list[dict[str, object]],
    attendance: list[dict[str, object]],
    country: str,
    today: date,
) -> None:
    """Refuse to write an event the app's rules would refuse (a fault of this generator)."""
    day_event = {d["id"]: d["event_id"] for d in days}
    registration_event = {r["id"]: r["event_id"] for r in registrations}
    problems: list[str] = []
    for event in events:
        problems += checks.event_problems(
            event,
            [d for d in days if d["event_id"] == event["id"]],
            [r for r in registrations if r["event_id"] == event["id"]],
            [
                a
                for a in attendance
                if registration_event[a["registration_id"]] == event["id"]
                and day_event[a["event_day_id"]] == event["id"]
            ],
            country,
            today,
        )
    checks.refuse_if_any(problems)


__all__ = ["add_demo", "event_count"]
