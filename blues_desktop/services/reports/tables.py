"""The report's figures as labelled tables: what the dashboard's charts draw and copy,
what the workbook's sheets and the PDF's pages print. Labels come from the domain's
one place per concept (states, organisation and event types, offices, countries).

The pack prints every word in English; the window writes them in its language: titles,
headers and fixed row labels are `Message`s, the domain's labels `Message.label`s, and
countries, months and quarters the cells of services/reports/cells.py (an office's name
is a name, the same in every language)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from blues_desktop.domain.events import EVENT_TYPES
from blues_desktop.domain.exchanges.workflow import STATE_LABELS, State
from blues_desktop.domain.offices import office_info
from blues_desktop.domain.organisations import ORG_TYPES
from blues_desktop.domain.timesheets import BLUES_ROWS
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.services.reports.cells import CapitalLabel, Country, CountryPair, Month, Quarter
from blues_desktop.services.reports.definitions import BY_KEY, DEFINITIONS
from blues_desktop.services.reports.pack import ReportPack

Cell = str | int | Decimal | None


class Chart(StrEnum):
    BAR = "bar"  # one bar per row, the first number column
    GROUPED = "grouped"  # bars of every number column side by side
    LINE = "line"  # a line over time (rows in order)
    NONE = "none"


@dataclass(frozen=True, slots=True)
class ReportTable:
    key: str
    area: str  # the workbook sheet / the PDF section
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    chart: Chart = Chart.BAR
    money: bool = False  # number columns are euros

    def as_text(self) -> str:
        """Tab-separated, header first: what Copy puts on the clipboard."""
        lines = ["\t".join(self.headers)]
        lines += ["\t".join("" if c is None else str(c) for c in row) for row in self.rows]
        return "\n".join(lines) + "\n"


# The tabs of the dashboard, the workbook's sheets and the PDF's sections.
AREAS: tuple[str, ...] = (
    Message(QT_TRANSLATE_NOOP("messages", "Exchanges")),
    Message(QT_TRANSLATE_NOOP("messages", "Members")),
    Message(QT_TRANSLATE_NOOP("messages", "Events")),
    Message(QT_TRANSLATE_NOOP("messages", "Effort")),
)
_CODED = re.compile(r"^(WP\d|[A-Z]{3}) ")
MAX_LABEL = 24


def code_of(text: object) -> str | None:
    """The code a work package's or an office's label starts with ("WP1", "ZIN"), if any."""
    coded = _CODED.match(str(text))
    return coded.group(1) if coded else None


def chart_label(text: object) -> str:
    """A category's label on a chart: a work package or an office by its code alone,
    anything else cut to MAX_LABEL characters (the table beside it has the whole)."""
    label = str(text)
    code = code_of(label)
    if code:
        return code
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"


def _office(code: str) -> str:
    return f"{code} {office_info(code).short_name}"  # names: the same in every language


def _org_type(code: str) -> Message:
    if code in ORG_TYPES:
        return Message.label(ORG_TYPES[code])
    return Message(QT_TRANSLATE_NOOP("messages", "Other"))


def _work_package(code: str) -> Message:
    return Message.label(BLUES_ROWS[code])  # "WP1 Skills enhancement and strategy building"


def _quarter(text: str) -> Message:
    quarter = Quarter(text)
    return Message(
        QT_TRANSLATE_NOOP("messages", "{year}-Q{quarter}"),
        year=quarter.year,
        quarter=quarter.number,
    )


def summary_rows(pack: ReportPack) -> tuple[tuple[str, str, Cell], ...]:
    """(area, figure, value) for every definition, in the table's order."""
    return tuple((d.area, d.figure, pack.figure(d.key)) for d in DEFINITIONS)


def exchange_tables(pack: ReportPack) -> tuple[ReportTable, ...]:
    x = pack.exchanges
    area = AREAS[0]
    exchanges = Message(QT_TRANSLATE_NOOP("messages", "Exchanges"))
    partner = Message(QT_TRANSLATE_NOOP("messages", "Partner"))
    kind = Message(QT_TRANSLATE_NOOP("messages", "Type"))
    return (
        ReportTable("exchanges_target", area,
                    Message(QT_TRANSLATE_NOOP("messages", "Exchanges held against the target of {target}"),
                            target=x.target),
                    (Message(QT_TRANSLATE_NOOP("messages", "Figure")), exchanges),
                    ((Message(QT_TRANSLATE_NOOP("messages", "Held")), x.held),
                     (Message(QT_TRANSLATE_NOOP("messages", "Under way")), x.live - x.held),
                     (Message(QT_TRANSLATE_NOOP("messages", "Still to reach the target")),
                      max(x.target - x.held, 0)))),
        ReportTable("exchanges_state", area,
                    Message(QT_TRANSLATE_NOOP("messages", "Exchanges by state on the as-of date")),
                    (Message(QT_TRANSLATE_NOOP("messages", "State")), exchanges),
                    tuple((CapitalLabel(STATE_LABELS[State(s)]), n) for s, n in x.by_state)),
        ReportTable("exchanges_month", area,
                    Message(QT_TRANSLATE_NOOP("messages", "Exchanges by month of the stay")),
                    (Message(QT_TRANSLATE_NOOP("messages", "Month")), exchanges),
                    tuple((Month(m), n) for m, n in x.by_month), Chart.LINE),
        ReportTable("exchanges_office", area,
                    Message(QT_TRANSLATE_NOOP("messages",
                                              "Exchanges by the partnership that pays the visitor")),
                    (partner, Message(QT_TRANSLATE_NOOP("messages", "Under way or done")),
                     Message(QT_TRANSLATE_NOOP("messages", "Held"))),
                    tuple((_office(o), live, held) for o, live, held in x.by_office),
                    Chart.GROUPED),
        ReportTable("exchanges_countries", area,
                    Message(QT_TRANSLATE_NOOP("messages", "Exchanges by countries (visitor → host)")),
                    (Message(QT_TRANSLATE_NOOP("messages", "Countries")), exchanges),
                    tuple((CountryPair.parsed(p), n) for p, n in x.by_country_pair)),
        ReportTable("exchanges_visitor_type", area,
                    Message(QT_TRANSLATE_NOOP("messages", "Exchanges by type of visiting organisation")),
                    (kind, exchanges),
                    tuple((_org_type(t), n) for t, n in x.by_visitor_type)),
        ReportTable("exchanges_budget", area,
                    Message(QT_TRANSLATE_NOOP("messages", "Lump sums (EUR)")),
                    (Message(QT_TRANSLATE_NOOP("messages", "Budget")),
                     Message(QT_TRANSLATE_NOOP("messages", "EUR"))),
                    ((Message(QT_TRANSLATE_NOOP("messages", "Paid")), x.paid),
                     (Message(QT_TRANSLATE_NOOP("messages", "Committed")), x.committed),
                     (Message(QT_TRANSLATE_NOOP("messages", "Still planned")), x.planned)),
                    money=True),
    )  # fmt: skip


def member_tables(pack: ReportPack) -> tuple[ReportTable, ...]:
    m = pack.members
    area = AREAS[1]
    members = Message(QT_TRANSLATE_NOOP("messages", "Members"))
    return (
        ReportTable("members_office", area,
                    Message(QT_TRANSLATE_NOOP("messages", "Member records by partner")),
                    (Message(QT_TRANSLATE_NOOP("messages", "Partner")), members),
                    tuple((_office(o), n) for o, n in m.by_office)),
        ReportTable("members_country", area,
                    Message(QT_TRANSLATE_NOOP("messages", "Member records by country")),
                    (Message(QT_TRANSLATE_NOOP("messages", "Country")), members),
                    tuple((Country(c), n) for c, n in m.by_country)),
        ReportTable("members_type", area,
                    Message(QT_TRANSLATE_NOOP("messages", "Member records by type")),
                    (Message(QT_TRANSLATE_NOOP("messages", "Type")), members),
                    tuple((_org_type(t), n) for t, n in m.by_type)),
        ReportTable("members_quarter", area,
                    Message(QT_TRANSLATE_NOOP("messages", "New members per quarter")),
                    (Message(QT_TRANSLATE_NOOP("messages", "Quarter")),
                     Message(QT_TRANSLATE_NOOP("messages", "New members"))),
                    tuple((_quarter(q), n) for q, n in m.new_by_quarter), Chart.LINE),
        ReportTable("members_reached", area,
                    Message(QT_TRANSLATE_NOOP("messages",
                                              "Organisations reached (linked ones counted once)")),
                    (Message(QT_TRANSLATE_NOOP("messages", "Through")),
                     Message(QT_TRANSLATE_NOOP("messages", "Organisations"))),
                    ((Message(QT_TRANSLATE_NOOP("messages", "Events")), m.reached_events),
                     (Message(QT_TRANSLATE_NOOP("messages", "Exchanges")), m.reached_exchanges),
                     (Message(QT_TRANSLATE_NOOP("messages", "Events or exchanges")), m.reached))),
    )  # fmt: skip


def event_tables(pack: ReportPack) -> tuple[ReportTable, ...]:
    e = pack.events
    area = AREAS[2]
    events = Message(QT_TRANSLATE_NOOP("messages", "Events"))
    return (
        ReportTable("events_wp", area,
                    Message(QT_TRANSLATE_NOOP("messages", "Events and participants per work package")),
                    (Message(QT_TRANSLATE_NOOP("messages", "Work package")), events,
                     Message(QT_TRANSLATE_NOOP("messages", "Registered")),
                     Message(QT_TRANSLATE_NOOP("messages", "Participants"))),
                    tuple((_work_package(w.work_package), w.events, w.registered, w.participants)
                          for w in e.by_work_package),
                    Chart.GROUPED),
        ReportTable("events_type", area, Message(QT_TRANSLATE_NOOP("messages", "Events by type")),
                    (Message(QT_TRANSLATE_NOOP("messages", "Type")), events),
                    tuple((Message.label(EVENT_TYPES[t]) if t in EVENT_TYPES else t, n)
                          for t, n in e.by_type)),
    )  # fmt: skip


def effort_tables(pack: ReportPack) -> tuple[ReportTable, ...]:
    f = pack.effort
    area = AREAS[3]
    per_wp = tuple(
        (_work_package(wp), f.total("person_months_planned", wp=wp),
         f.total("person_months_declared", wp=wp), f.total("person_months_draft", wp=wp))
        for wp in BLUES_ROWS
    )  # fmt: skip
    per_office = tuple(
        (_office(c.office), c.work_package, c.person_months_planned, c.person_months_declared,
         c.person_months_draft, c.hours_declared, c.hours_draft)
        for c in f.cells
        if c.person_months_planned or c.hours_declared or c.hours_draft
    )  # fmt: skip
    offices = tuple(dict.fromkeys(c.office for c in f.cells))
    by_office = tuple(
        (_office(o), f.total("person_months_planned", office=o),
         f.total("person_months_declared", office=o), f.total("person_months_draft", office=o))
        for o in offices
    )  # fmt: skip
    headers = (Message(QT_TRANSLATE_NOOP("messages", "Planned (PM)")),
               Message(QT_TRANSLATE_NOOP("messages", "Declared, approved (PM)")),
               Message(QT_TRANSLATE_NOOP("messages", "Not yet approved (PM)")))  # fmt: skip
    partner = Message(QT_TRANSLATE_NOOP("messages", "Partner"))
    work_package = Message(QT_TRANSLATE_NOOP("messages", "Work package"))
    return (
        ReportTable("effort_wp", area,
                    Message(QT_TRANSLATE_NOOP("messages",
                                              "Person-months per work package against the plan")),
                    (work_package, *headers), per_wp, Chart.GROUPED),
        ReportTable("effort_office", area,
                    Message(QT_TRANSLATE_NOOP("messages", "Person-months per partner against the plan")),
                    (partner, *headers), by_office, Chart.GROUPED),
        ReportTable("effort_detail", area,
                    Message(QT_TRANSLATE_NOOP("messages", "Effort per partner and work package")),
                    (partner, work_package, *headers,
                     Message(QT_TRANSLATE_NOOP("messages", "Hours declared")),
                     Message(QT_TRANSLATE_NOOP("messages", "Hours not yet approved"))),
                    per_office, Chart.NONE),
    )  # fmt: skip


def report_tables(pack: ReportPack) -> tuple[ReportTable, ...]:
    return (*exchange_tables(pack), *member_tables(pack), *event_tables(pack),
            *effort_tables(pack))  # fmt: skip


def definition_rows() -> tuple[tuple[str, str, str, str], ...]:
    """(area, figure, what it counts, what it leaves out), for the Definitions sheet."""
    return tuple((d.area, d.figure, d.counts, d.excludes) for d in DEFINITIONS)


__all__ = ["AREAS", "BY_KEY", "Chart", "ReportTable", "definition_rows", "report_tables"]
