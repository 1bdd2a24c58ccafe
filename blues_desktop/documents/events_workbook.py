"""The events workbook: events with their figures, the participants, the breakdowns the
EU report asks for (work package, country, organisation type, gender) and a summary
with the organisations reached.

Minimised by default: the participants are listed by name, organisation and country,
and gender appears only as counts. Their e-mail addresses and each person's gender are
in the workbook only when the user asks for the full list (`full_list=True`, the
CLI's `--full-list`, the window's question), and the summary says which it is."""

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


PARTICIPANT_HEADERS = (
    "Event",
    "Start",
    "No.",
    "First name",
    "Last name",
    "Organisation",
    "Organisation type",
    "Country",
    "Walk-in",
    "Days present",
)
PARTICIPANT_WIDTHS = [40, 12, 6, 16, 20, 36, 22, 9, 9, 12]
# Only in the full list: what a reader needs to write to each person, not to report.
FULL_LIST_HEADERS = ("Gender", "E-mail")
FULL_LIST_WIDTHS = [13, 30]
MINIMISED_NOTE = (
    "names, organisations and countries only; e-mail addresses and each person's gender "
    "are left out (ask for the full list to include them)"
)
FULL_LIST_NOTE = "full list: with e-mail addresses and each person's gender"


@dataclass(frozen=True, slots=True)
class WrittenWorkbook:
    path: Path
    events: int
    participants: int
    full_list: bool = False


def _country_label(code: str) -> str:
    return country_name(code) if code and is_known(code) else code


def export_events(
    ctx: AppContext,
    path: Path,
    *,
    year: int | None = None,
    office: str | None = None,
    full_list: bool = False,
) -> WrittenWorkbook:
    """Write the workbook atomically; figures count participants present on a day.

    `full_list` adds each participant's gender and e-mail address to the list."""
    report = events_report(ctx, year=year, office=office)
    lines = participant_lines(ctx, year=year, office=office)
    book = new_write_only_book()
    _summary(book, report, full_list)
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
        [*PARTICIPANT_HEADERS, *(FULL_LIST_HEADERS if full_list else ())],
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
                "yes" if p.walk_in else "no",
                p.days_present,
                *((GENDERS.get(p.gender, p.gender), p.email) if full_list else ()),
            ]
            for p in lines
        ),
        widths=[*PARTICIPANT_WIDTHS, *(FULL_LIST_WIDTHS if full_list else [])],
    )
    _breakdown(book, "By work package", "Work package", report.by_work_package, {})
    _breakdown(book, "By country", "Country", report.by_country, None)
    _breakdown(book, "By organisation type", "Organisation type", report.by_org_type, ORG_TYPES)
    _breakdown(book, "By gender", "Gender", report.by_gender, GENDERS)
    try:
        save_workbook(book, Path(path))
    except OSError as exc:
        raise StorageError(describe_os_error(exc, Path(path))) from exc
    return WrittenWorkbook(Path(path), len(report.events), len(lines), full_list)


def _summary(book: object, report: EventsReport, full_list: bool) -> None:
    rows: list[list[object]] = [
        ["Events", len(report.events)],
        ["Registrations", report.registered],
        ["Participants (present on at least one day)", report.participants],
        ["Different persons reached", report.unique_participants],
        ["Different organisations reached", report.unique_organisations],
        ["Participants' personal data", FULL_LIST_NOTE if full_list else MINIMISED_NOTE],
    ]
    add_table_sheet(book, "Summary", ["Figure", "Value"], rows, widths=[44, 40])  # type: ignore[arg-type]


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
