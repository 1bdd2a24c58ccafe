"""The report's figures as labelled tables: what the dashboard's charts draw and copy,
what the workbook's sheets and the PDF's pages print. Labels come from the domain's
one place per concept (states, organisation and event types, offices, countries)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from blues_desktop.domain.countries import country_name
from blues_desktop.domain.events import EVENT_TYPES
from blues_desktop.domain.exchanges.workflow import STATE_LABELS, State
from blues_desktop.domain.offices import WORK_PACKAGES, office_info
from blues_desktop.domain.organisations import ORG_TYPES
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


AREAS = ("Exchanges", "Members", "Events", "Effort")
_CODED = re.compile(r"^(WP\d|[A-Z]{3}) ")
MAX_LABEL = 24


def chart_label(text: object) -> str:
    """A category's label on a chart: a work package or an office by its code alone,
    anything else cut to MAX_LABEL characters (the table beside it has the whole)."""
    label = str(text)
    coded = _CODED.match(label)
    if coded:
        return coded.group(1)
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"


def _office(code: str) -> str:
    return f"{code} {office_info(code).short_name}"


def _org_type(code: str) -> str:
    return ORG_TYPES.get(code, "Other")


def _pair(text: str) -> str:
    visitor, _, host = text.partition(" → ")
    return f"{country_name(visitor)} → {country_name(host) if host != '?' else 'no host yet'}"


def summary_rows(pack: ReportPack) -> tuple[tuple[str, str, Cell], ...]:
    """(area, figure, value) for every definition, in the table's order."""
    return tuple((d.area, d.figure, pack.figure(d.key)) for d in DEFINITIONS)


def exchange_tables(pack: ReportPack) -> tuple[ReportTable, ...]:
    x = pack.exchanges
    area = "Exchanges"
    return (
        ReportTable("exchanges_target", area, f"Exchanges held against the target of {x.target}",
                    ("Figure", "Exchanges"),
                    (("Held", x.held), ("Under way", x.live - x.held),
                     ("Still to reach the target", max(x.target - x.held, 0)))),
        ReportTable("exchanges_state", area, "Exchanges by state on the as-of date",
                    ("State", "Exchanges"),
                    tuple((STATE_LABELS[State(s)].capitalize(), n) for s, n in x.by_state)),
        ReportTable("exchanges_month", area, "Exchanges by month of the stay",
                    ("Month", "Exchanges"), x.by_month, Chart.LINE),
        ReportTable("exchanges_office", area, "Exchanges by the partnership that pays the visitor",
                    ("Partner", "Under way or done", "Held"),
                    tuple((_office(o), live, held) for o, live, held in x.by_office),
                    Chart.GROUPED),
        ReportTable("exchanges_countries", area, "Exchanges by countries (visitor → host)",
                    ("Countries", "Exchanges"),
                    tuple((_pair(p), n) for p, n in x.by_country_pair)),
        ReportTable("exchanges_visitor_type", area, "Exchanges by type of visiting organisation",
                    ("Type", "Exchanges"),
                    tuple((_org_type(t), n) for t, n in x.by_visitor_type)),
        ReportTable("exchanges_budget", area, "Lump sums (EUR)",
                    ("Budget", "EUR"),
                    (("Paid", x.paid), ("Committed", x.committed), ("Still planned", x.planned)),
                    money=True),
    )  # fmt: skip


def member_tables(pack: ReportPack) -> tuple[ReportTable, ...]:
    m = pack.members
    area = "Members"
    return (
        ReportTable("members_office", area, "Member records by partner",
                    ("Partner", "Members"), tuple((_office(o), n) for o, n in m.by_office)),
        ReportTable("members_country", area, "Member records by country",
                    ("Country", "Members"), tuple((country_name(c), n) for c, n in m.by_country)),
        ReportTable("members_type", area, "Member records by type",
                    ("Type", "Members"), tuple((_org_type(t), n) for t, n in m.by_type)),
        ReportTable("members_quarter", area, "New members per quarter",
                    ("Quarter", "New members"), m.new_by_quarter, Chart.LINE),
        ReportTable("members_reached", area, "Organisations reached (linked ones counted once)",
                    ("Through", "Organisations"),
                    (("Events", m.reached_events), ("Exchanges", m.reached_exchanges),
                     ("Events or exchanges", m.reached))),
    )  # fmt: skip


def event_tables(pack: ReportPack) -> tuple[ReportTable, ...]:
    e = pack.events
    area = "Events"
    return (
        ReportTable("events_wp", area, "Events and participants per work package",
                    ("Work package", "Events", "Registered", "Participants"),
                    tuple((f"{w.work_package} {WORK_PACKAGES[w.work_package]}", w.events,
                           w.registered, w.participants) for w in e.by_work_package),
                    Chart.GROUPED),
        ReportTable("events_type", area, "Events by type",
                    ("Type", "Events"),
                    tuple((EVENT_TYPES.get(t, t), n) for t, n in e.by_type)),
    )  # fmt: skip


def effort_tables(pack: ReportPack) -> tuple[ReportTable, ...]:
    f = pack.effort
    area = "Effort"
    per_wp = tuple(
        (f"{wp} {WORK_PACKAGES[wp]}", f.total("person_months_planned", wp=wp),
         f.total("person_months_declared", wp=wp), f.total("person_months_draft", wp=wp))
        for wp in WORK_PACKAGES
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
    headers = ("Planned (PM)", "Declared, approved (PM)", "Not yet approved (PM)")
    return (
        ReportTable("effort_wp", area, "Person-months per work package against the plan",
                    ("Work package", *headers), per_wp, Chart.GROUPED),
        ReportTable("effort_office", area, "Person-months per partner against the plan",
                    ("Partner", *headers), by_office, Chart.GROUPED),
        ReportTable("effort_detail", area, "Effort per partner and work package",
                    ("Partner", "Work package", *headers, "Hours declared",
                     "Hours not yet approved"), per_office, Chart.NONE),
    )  # fmt: skip


def report_tables(pack: ReportPack) -> tuple[ReportTable, ...]:
    return (*exchange_tables(pack), *member_tables(pack), *event_tables(pack),
            *effort_tables(pack))  # fmt: skip


def definition_rows() -> tuple[tuple[str, str, str, str], ...]:
    """(area, figure, what it counts, what it leaves out), for the Definitions sheet."""
    return tuple((d.area, d.figure, d.counts, d.excludes) for d in DEFINITIONS)


__all__ = ["AREAS", "BY_KEY", "Chart", "ReportTable", "definition_rows", "report_tables"]
