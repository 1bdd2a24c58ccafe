"""Events as plain data and the rules an event, its days and its participants obey.

No database here: services build an `EventDraft` from a form or the CLI, call
`check_event`, and save only when the report has no errors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time

from blues_desktop.domain.countries import is_known, normalise_code
from blues_desktop.domain.labels import org_type_labels
from blues_desktop.domain.names import strip_accents
from blues_desktop.domain.translatable import PLURAL, QT_TRANSLATE_NOOP, Message
from blues_desktop.domain.validation import ValidationReport

EVENT_TYPES: dict[str, str] = {
    "training": QT_TRANSLATE_NOOP("labels", "Training"),
    "workshop": QT_TRANSLATE_NOOP("labels", "Workshop"),
    "info_day": QT_TRANSLATE_NOOP("labels", "Info day"),
    "matchmaking": QT_TRANSLATE_NOOP("labels", "Matchmaking"),
    "study_visit": QT_TRANSLATE_NOOP("labels", "Study visit"),
    "partner_meeting": QT_TRANSLATE_NOOP("labels", "Partner meeting"),
    "webinar": QT_TRANSLATE_NOOP("labels", "Webinar"),
}
WORK_PACKAGES: tuple[str, ...] = ("WP1", "WP2", "WP3", "WP4", "WP5")
GENDERS: dict[str, str] = {
    "female": QT_TRANSLATE_NOOP("labels", "Female"),
    "male": QT_TRANSLATE_NOOP("labels", "Male"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
    "undisclosed": QT_TRANSLATE_NOOP("labels", "Not disclosed"),
}
# The words live in domain/labels (one wording for every page, rule and document).
ORG_TYPES: dict[str, str] = org_type_labels()
# An event longer than this is almost certainly a typing mistake in a year.
MAX_EVENT_DAYS = 31
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class DayDraft:
    day: date
    start_time: time | None = None
    end_time: time | None = None


@dataclass(frozen=True, slots=True)
class EventDraft:
    """What a user types for an event; `days` may be empty (one day per date is assumed)."""

    title: str
    event_type: str
    work_package: str
    start_date: date
    end_date: date
    days: tuple[DayDraft, ...] = ()
    co_organisers: str | None = None
    venue: str | None = None
    city: str | None = None
    country: str | None = None
    is_online: bool = False
    online_url: str | None = None
    language: str | None = None
    target_groups: str | None = None
    description: str | None = None
    is_public: bool = True

    def effective_days(self) -> tuple[DayDraft, ...]:
        """The days as typed, or one untimed day per date of the event."""
        if self.days:
            return tuple(sorted(self.days, key=lambda d: d.day))
        if self.end_date < self.start_date:
            return ()
        count = min((self.end_date - self.start_date).days + 1, MAX_EVENT_DAYS)
        return tuple(
            DayDraft(date.fromordinal(self.start_date.toordinal() + i)) for i in range(count)
        )


def check_event(draft: EventDraft) -> ValidationReport:
    """Every problem with an event, per field; an empty report means it can be saved."""
    report = ValidationReport()
    if not draft.title.strip():
        report.error("title", Message(QT_TRANSLATE_NOOP("messages", "the event needs a title")))
    elif len(draft.title) > 300:
        report.error(
            "title",
            Message(QT_TRANSLATE_NOOP("messages", "the title is longer than 300 characters")),
        )
    if draft.event_type not in EVENT_TYPES:
        report.error(
            "event_type",
            Message(
                QT_TRANSLATE_NOOP("messages", "unknown event type {value}; use one of {known}"),
                value=repr(draft.event_type),
                known=", ".join(EVENT_TYPES),
            ),
        )
    if draft.work_package not in WORK_PACKAGES:
        report.error(
            "work_package",
            Message(
                QT_TRANSLATE_NOOP("messages", "unknown work package {value}; use one of {known}"),
                value=repr(draft.work_package),
                known=", ".join(WORK_PACKAGES),
            ),
        )
    if draft.end_date < draft.start_date:
        report.error(
            "end_date",
            Message(
                QT_TRANSLATE_NOOP("messages", "the event ends ({end}) before it starts ({start})"),
                end=draft.end_date,
                start=draft.start_date,
            ),
        )
    elif (draft.end_date - draft.start_date).days >= MAX_EVENT_DAYS:
        report.error(
            "end_date",
            Message(
                QT_TRANSLATE_NOOP("messages", "an event lasts at most %n day(s)", None, PLURAL),
                n=MAX_EVENT_DAYS,
            ),
        )
    else:  # days are checked against dates that make sense, or the messages would pile up
        _check_days(draft, report)
    _check_place(draft, report)
    return report


def _check_days(draft: EventDraft, report: ValidationReport) -> None:
    seen: set[date] = set()
    for day in draft.days:
        if not draft.start_date <= day.day <= draft.end_date:
            report.error(
                "days",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "the day {day} is outside the event's dates ({start} to {end})"
                    ),
                    day=day.day,
                    start=draft.start_date,
                    end=draft.end_date,
                ),
            )
        if day.day in seen:
            report.error(
                "days",
                Message(
                    QT_TRANSLATE_NOOP("messages", "the day {day} is listed twice"), day=day.day
                ),
            )
        seen.add(day.day)
        if day.start_time and day.end_time and day.end_time <= day.start_time:
            report.error(
                "days",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "on {day} the session ends ({end}) before it starts ({start})"
                    ),
                    day=day.day,
                    end=f"{day.end_time:%H:%M}",
                    start=f"{day.start_time:%H:%M}",
                ),
            )


def _check_place(draft: EventDraft, report: ValidationReport) -> None:
    if draft.is_online:
        url = (draft.online_url or "").strip()
        if not url:
            report.error(
                "online_url",
                Message(QT_TRANSLATE_NOOP("messages", "an online event needs its link")),
            )
        elif not url.startswith(("https://", "http://")):
            report.error(
                "online_url",
                Message(
                    QT_TRANSLATE_NOOP("messages", "the link {url} does not start with https://"),
                    url=repr(url),
                ),
            )
        return
    if not (draft.city or "").strip():
        report.error(
            "city", Message(QT_TRANSLATE_NOOP("messages", "an event on site needs its city"))
        )
    if not draft.country:
        report.error(
            "country", Message(QT_TRANSLATE_NOOP("messages", "an event on site needs its country"))
        )
    elif not is_known(normalise_code(draft.country)):
        report.error("country", _unknown_country(draft.country))


def _unknown_country(code: str) -> Message:
    return Message(QT_TRANSLATE_NOOP("messages", "unknown country code {code}"), code=repr(code))


@dataclass(frozen=True, slots=True)
class ConsentDraft:
    purpose: str
    given_on: date
    source: str


@dataclass(frozen=True, slots=True)
class PersonDraft:
    """A participant who is not in the register yet (registration or walk-in)."""

    first_name: str
    last_name: str
    email: str | None = None
    country: str | None = None
    gender: str | None = None
    organisation_id: str | None = None
    organisation_name: str | None = None
    organisation_type: str | None = None
    consent: ConsentDraft | None = field(default=None)


def check_person(draft: PersonDraft, *, walk_in: bool = False) -> ValidationReport:
    """Names, e-mail, country, gender and organisation type; consent unless a walk-in
    (a walk-in's consent is the signed sheet, recorded by the service)."""
    report = ValidationReport()
    if not draft.first_name.strip():
        report.error(
            "first_name", Message(QT_TRANSLATE_NOOP("messages", "the first name is empty"))
        )
    if not draft.last_name.strip():
        report.error("last_name", Message(QT_TRANSLATE_NOOP("messages", "the last name is empty")))
    if draft.email and not _EMAIL.match(draft.email.strip()):
        report.error(
            "email",
            Message(
                QT_TRANSLATE_NOOP("messages", "{email} is not an e-mail address"),
                email=repr(draft.email),
            ),
        )
    if draft.country and not is_known(normalise_code(draft.country)):
        report.error("country", _unknown_country(draft.country))
    if draft.gender and draft.gender not in GENDERS:
        report.error(
            "gender",
            Message(
                QT_TRANSLATE_NOOP("messages", "unknown gender {value}; use one of {known}"),
                value=repr(draft.gender),
                known=", ".join(GENDERS),
            ),
        )
    if draft.organisation_type and draft.organisation_type not in ORG_TYPES:
        report.error(
            "organisation_type",
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "unknown organisation type {value}; use one of {known}"
                ),
                value=repr(draft.organisation_type),
                known=", ".join(ORG_TYPES),
            ),
        )
    if draft.consent is None:
        if not walk_in:
            report.error(
                "consent",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "record the GDPR consent (purpose, date and source)"
                    )
                ),
            )
    else:
        if not draft.consent.purpose.strip():
            report.error(
                "consent", Message(QT_TRANSLATE_NOOP("messages", "the consent needs its purpose"))
            )
        if not draft.consent.source.strip():
            report.error(
                "consent",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "the consent needs its source (form, e-mail, sheet)"
                    )
                ),
            )
    return report


def person_key(first_name: str, last_name: str) -> str:
    """A name reduced for duplicate detection: no accents, case, or extra spaces."""
    text = strip_accents(f"{first_name} {last_name}").casefold()
    text = "".join(ch if ch.isalnum() else " " for ch in text)
    return _SPACES.sub(" ", text).strip()


def email_key(email: str | None) -> str | None:
    cleaned = (email or "").strip().casefold()
    return cleaned or None
