"""The events workbook: events with their figures, every participant, the breakdowns
the EU report asks for (work package, country, organisation type, gender) and a
summary with the organisations reached."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from blues_desktop.documents.spreadsheets import (
    add_table_sheet,
    new_write_only_book,
    save_workbook,
)
from blues_desktop.domain.countries import country_name, is_known
from blues_desktop.domain.errors import StorageError
from blues_desktop.domain.events import EVENT_TYPES, GENDERS, ORG_TYPES
from blues_desktop.services.context import AppContext
from blues_desktop.services.events.reports import (
    EventsReport,
    events_report,
    participant_lines,
)
from blues_desktop.store.atomic import describe_os_error

SHEETS = (
    "Summary",
    "Events",
    "Participants",
    "By work package",
    "By country",
    "By organisation type",
    "By gender",
)


@dataclass(frozen=True, slots=True)
class WrittenWorkbook:
    path: Path
    events: int
    participants: int


def _country_label(code: str) -> str:
    return country_name(code) if code and is_known(code) else code


def export_events(
    ctx: AppContext, path: Path, *, year: int | None = None, office: str | None = None
) -> WrittenWorkbook:
    """Write the workbook atomically; figures count participants present on a day."""
    report = events_report(ctx, year=year, office=office)
    lines = participant_lines(ctx, year=year, office=office)
    book = new_write_only_book()
    _summary(book, report)
    add_table_sheet(
        book,
        "Events",
        [
            "Office",
            "Event",
            "Type",
            "Work package",
            "Start",
            "Country",
            "Registered",
            "Participants",
            "Organisations",
            "Event id",
        ],
        (
            [
                e.office_id,
                e.title,
                EVENT_TYPES.get(e.event_type, e.event_type),
                e.work_package,
                e.start_date,
                e.country,
                e.registered,
                e.participants,
                e.organisations,
                e.event_id,
            ]
            for e in report.events
        ),
        widths=[8, 48, 16, 13, 12, 10, 12, 13, 14, 38],
    )
    add_table_sheet(
        book,
        "Participants",
        [
            "Event",
            "Start",
            "No.",
            "First name",
            "Last name",
            "Organisation",
            "Organisation type",
            "Country",
            "Gender",
            "E-mail",
            "Walk-in",
            "Days present",
        ],
        (
            [
                p.event_title,
                p.start_date,
                p.position,
                p.first_name,
                p.last_name,
                p.organisation,
                ORG_TYPES.get(p.org_type, p.org_type),
                p.country,
                GENDERS.get(p.gender, p.gender),
                p.email,
                "yes" if p.walk_in else "no",
                p.days_present,
            ]
            for p in lines
        ),
        widths=[40, 12, 6, 16, 20, 36, 22, 9, 13, 30, 9, 12],
    )
    _breakdown(book, "By work package", "Work package", report.by_work_package, {})
    _breakdown(book, "By country", "Country", report.by_country, None)
    _breakdown(book, "By organisation type", "Organisation type", report.by_org_type, ORG_TYPES)
    _breakdown(book, "By gender", "Gender", report.by_gender, GENDERS)
    try:
        save_workbook(book, Path(path))
    except OSError as exc:
        raise StorageError(describe_os_error(exc, Path(path))) from exc
    return WrittenWorkbook(Path(path), len(report.events), len(lines))


def _summary(book: object, report: EventsReport) -> None:
    rows = [
        ["Events", len(report.events)],
        ["Registrations", report.registered],
        ["Participants (present on at least one day)", report.participants],
        ["Different persons reached", report.unique_participants],
        ["Different organisations reached", report.unique_organisations],
    ]
    add_table_sheet(book, "Summary", ["Figure", "Value"], rows, widths=[44, 12])  # type: ignore[arg-type]


def _breakdown(
    book: object,
    title: str,
    heading: str,
    counts: dict[str, int],
    labels: dict[str, str] | None,
) -> None:
    def label(key: str) -> str:
        if labels is None:
            return _country_label(key)
        return labels.get(key, key)

    add_table_sheet(
        book,  # type: ignore[arg-type]
        title,
        [heading, "Code", "Participants"],
        ([label(key), key, count] for key, count in counts.items()),
        widths=[36, 12, 14],
    )
