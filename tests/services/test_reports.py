"""The partnership's figures on a small data set built through the services, with every
expected number worked out by hand below (never recomputed by the code under test).

The data set, at the coordinator (other offices' records written as their bundles would):
- reporting periods from 1 January 2026: P1 = January–June, P2 = July–December;
- ZIN's exchanges, all staying 13–17 April 2026 in Płock (host registered by MCI):
  X1 paid on 20 April (EUR 780, its states on 2 March up to the signed agreement, held on
  20 April); X2 agreement signed on 2 March, cancelled on 10 March (EUR 780);
  X3 registered 2 March, withdrawn 3 March; X4 validated, then deleted;
  X5 (visitor: the German company both ZIN and NPG registered) CtQ signed (EUR 780);
- members: ZIN 6 (+1 from 5 May 2026, +1 ended in January, +1 deleted, +1 not a member),
  MCI 1, NPG 1; ZIN's and NPG's German company linked as the same;
- ZIN's events: E1 (WP2, 12 May) 4 registered, 3 present, one of them erased since;
  E2 (WP1, 20 August) 1 present; E3 (WP2, May) deleted;
- a ZIN officer (1,720 h a year): March approved (WP3 99 h), April approved then reopened
  (WP2 85.5 h); the plan: ZIN WP3 6 and WP2 4 person-months.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlalchemy import select

from blues_desktop.documents.timesheet_pdf import render_timesheet
from blues_desktop.domain.errors import PermissionDeniedError, ValidationError
from blues_desktop.domain.events import DayDraft, EventDraft
from blues_desktop.domain.offices import office_info
from blues_desktop.domain.timesheets import Month, MonthHours
from blues_desktop.services import events as ev
from blues_desktop.services import exchanges as cx
from blues_desktop.services import records
from blues_desktop.services import timesheets as ts
from blues_desktop.services.context import AppContext, open_installation
from blues_desktop.services.members.cross_office import decide_pair
from blues_desktop.services.members.persons import erase_person
from blues_desktop.services.reports.definitions import DEFINITIONS
from blues_desktop.services.reports.pack import report_pack
from blues_desktop.services.reports.periods import choose_window, set_reporting_periods
from blues_desktop.store.models import Exchange, Organisation, Person
from tests.conftest import make_office
from tests.services.test_exchanges_workflow import drive_to, pin_clock, registration
from tests.services.test_timesheets_services import a_clean_march, add_team


def as_office(ctx: AppContext, code: str) -> AppContext:
    return replace(ctx, office=office_info(code))


def member(
    ctx: AppContext, name: str, since: date, *, country: str = "ES", org_type: str = "sme",
    until: date | None = None, is_member: bool = True, vat: str | None = None,
) -> str:  # fmt: skip
    with ctx.transaction() as session:
        row = records.create(
            session, ctx,
            Organisation(
                legal_name=name, org_type=org_type, country=country, city="Zaragoza",
                is_member=is_member, member_since=since, member_until=until, vat_number=vat,
                name_key=name.lower(),
            ),
        )  # fmt: skip
        return row.id


def person(ctx: AppContext, first: str, org_id: str) -> str:
    with ctx.transaction() as session:
        return records.create(
            session, ctx, Person(first_name=first, last_name="Prueba", organisation_id=org_id)
        ).id


def event(ctx: AppContext, title: str, wp: str, day: date, person_ids: list[str]) -> ev.EventDetail:
    draft = EventDraft(title, "workshop", wp, day, day, city="Zaragoza", country="ES",
                       days=(DayDraft(day),))  # fmt: skip
    event_id = ev.save_event(ctx, draft).event_id
    ev.register_persons(ctx, event_id, person_ids)
    return ev.event_detail(ctx, event_id)


def mark_present(ctx: AppContext, detail: ev.EventDetail, person_ids: list[str]) -> None:
    day = detail.days[0].id
    marks = [
        ev.Mark(p.registration_id, day, p.person_id in person_ids) for p in detail.participants
    ]
    ev.record_attendance(ctx, detail.id, marks)


def an_april(officer_month: Month, holidays: set[date]) -> MonthHours:
    hours = MonthHours(officer_month)
    for day in officer_month.days():
        if day.weekday() < 5 and day not in holidays:
            hours.set(day, "WP2", D("4.5"))
            hours.set(day, "OTHER", D(3))
    return hours


@pytest.fixture(scope="module")
def coordinator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppContext]:
    """The coordinator's database with the data set, built once for the module (the
    figures only read it)."""
    root = tmp_path_factory.mktemp("reports")
    inst = open_installation(root / "coordinator")
    bpt = make_office(inst, "BPT", "Jörg Köhler")
    build(bpt, root)
    yield bpt
    inst.close()


def build(bpt: AppContext, tmp_path: Path) -> dict[str, str]:
    zin, mci, npg = (as_office(bpt, c) for c in ("ZIN", "MCI", "NPG"))
    pin_clock(bpt, datetime(2026, 3, 2, 9, tzinfo=UTC))
    set_reporting_periods(bpt, date(2026, 1, 1), (6, 6))
    ids = {
        "cluster": member(zin, "ZINNAE Clúster Urbano", date(2020, 5, 1), org_type="cluster"),
        "v1": member(zin, "Aguas del Ebro S.L.", date(2026, 2, 10)),
        "v2": member(zin, "Riegos Huesca S.L.", date(2025, 6, 1)),
        "v3": member(zin, "Villanueva Aguas S.L.", date(2025, 11, 1)),
        "v4": member(zin, "Caspe Filtros S.L.", date(2025, 1, 1)),
        "dup": member(zin, "PT Plasmatechnik", date(2026, 3, 1), country="DE",
                      vat="DE136695976"),  # fmt: skip
        "late": member(zin, "Teruel Solar S.L.", date(2026, 5, 5)),
        "ended": member(zin, "Calatayud Agua S.L.", date(2021, 1, 1), until=date(2026, 1, 31)),
        "gone": member(zin, "Borrada S.L.", date(2022, 1, 1)),
        "not_member": member(zin, "Proveedor S.A.", date(2022, 1, 1), is_member=False),
        "host": member(mci, "Wodociągi Płock Sp. z o.o.", date(2024, 3, 1), country="PL"),
        "npg_dup": member(npg, "Plasma Technik GmbH", date(2023, 1, 1), country="DE",
                          vat="DE136695976"),  # fmt: skip
    }
    with zin.transaction() as session:
        records.tombstone(session, zin, session.get(Organisation, ids["gone"]))  # type: ignore[arg-type]
    decide_pair(bpt, ids["dup"], ids["npg_dup"], same=True, reason="same VAT number")
    p = {"visitor": ids["v1"], "cluster": ids["cluster"], "host": ids["host"]}

    def register(visitor: str, first: str) -> str:
        pin_clock(bpt, datetime(2026, 3, 2, 9, tzinfo=UTC))
        return cx.register(
            zin, registration({**p, "visitor": ids[visitor]},
                              new_visitor_person=cx.NewPerson(first, "Ruiz", None), manual_km=1500)
        ).reference  # fmt: skip

    x1, x2, x3, x4, x5 = (register(v, f) for v, f in (
        ("v1", "Ana"), ("v2", "Blas"), ("v3", "Carmen"), ("v4", "Diego"), ("dup", "Eva")))  # fmt: skip
    drive_to(zin, x1, "paid", tmp_path)
    drive_to(zin, x2, "agreement_signed", tmp_path)
    cx.move(zin, x2, "cancelled", on=date(2026, 3, 10), reason="the visitor fell ill")
    cx.move(zin, x3, "withdrawn", on=date(2026, 3, 3), reason="the host withdrew")
    drive_to(zin, x4, "validated", tmp_path)
    with zin.transaction() as session:
        row = session.scalars(select(Exchange).where(Exchange.reference == x4)).one()
        records.tombstone(session, zin, row)
    drive_to(zin, x5, "ctq_signed", tmp_path)

    pin_clock(bpt, datetime(2026, 3, 2, 9, tzinfo=UTC))
    people = {name: person(zin, name, ids[org]) for name, org in (
        ("p1", "v1"), ("p2", "cluster"), ("p3", "v2"), ("p5", "host"), ("p6", "npg_dup"))}  # fmt: skip
    e1 = event(zin, "Water reuse workshop", "WP2", date(2026, 5, 12),
               [people["p1"], people["p2"], people["p3"], people["p6"]])  # fmt: skip
    mark_present(zin, e1, [people["p1"], people["p2"], people["p6"]])
    e2 = event(zin, "Summer school", "WP1", date(2026, 8, 20), [people["p1"]])
    mark_present(zin, e2, [people["p1"]])
    e3 = event(zin, "Cancelled webinar", "WP2", date(2026, 5, 20), [people["p5"]])
    mark_present(zin, e3, [people["p5"]])
    ev.delete_event(zin, e3.id)
    erase_person(zin, people["p2"], "asked by the person on 1 June 2026")

    pin_clock(bpt, datetime(2026, 4, 5, 9, tzinfo=UTC))
    _boss, officer = add_team(zin)
    ts.save_month(zin, officer, a_clean_march())
    ts.submit_month(zin, officer, Month(2026, 3))
    ts.approve_month(zin, officer, Month(2026, 3), render_timesheet)
    pin_clock(bpt, datetime(2026, 5, 4, 9, tzinfo=UTC))
    april = Month(2026, 4)
    holidays = set(ts.load_month(zin, officer, april).holidays)
    ts.save_month(zin, officer, an_april(april, holidays))
    ts.submit_month(zin, officer, april)
    ts.approve_month(zin, officer, april, render_timesheet)
    pin_clock(bpt, datetime(2026, 5, 10, 9, tzinfo=UTC))
    ts.reopen_month(zin, officer, april, "a day booked on the wrong work package")
    ts.set_planned_effort(bpt, {("ZIN", "WP3"): D(6), ("ZIN", "WP2"): D(4)})
    return ids


# P1 as of 30 June 2026, worked out by hand; one value per definition of the report.
P1_JUNE: dict[str, int | D] = {
    "exchanges_held": 1,  # X1 (paid); X5 only CtQ signed; X2, X3 ended; X4 deleted
    "exchanges_live": 2,  # X1, X5
    "exchanges_ended": 2,  # X2 cancelled, X3 withdrawn
    "budget_paid": D("780.00"),  # X1
    "budget_committed": D("0.00"),  # X2's agreement was cancelled
    "budget_planned": D("780.00"),  # X5, CtQ signed, lump sum fixed
    # ZIN: cluster, v1, v2, v3, v4, dup, late (from 5 May); MCI host; NPG's German company
    "member_records": 9,
    "members_once": 8,  # ZIN's and NPG's German company linked: once
    "new_members": 3,  # v1 (10 Feb), dup (1 Mar), late (5 May); cluster, v2–v4 earlier
    # events: v1, cluster (p2, erased since), NPG's company (p6); exchanges: v1, dup, host.
    # NPG's company and ZIN's dup are one: {v1, cluster, dup, host}
    "organisations_reached": 4,
    "events": 1,  # E1; E2 is in P2, E3 deleted
    "participants": 3,  # p1, p2 (erased, still counted), p6; p3 never present
    "hours_declared": D("99.00"),  # March WP3: 22 weekdays × 4.5 h; OTHER not counted
    "hours_draft": D("85.50"),  # April WP2 reopened: (22 weekdays − 3 holidays) × 4.5 h
    "person_months_declared": D("0.69"),  # 99 × 12 / 1720 = 0.6907
    "person_months_planned": D("10"),  # ZIN WP3 6 + WP2 4
}


def test_every_defined_figure_has_its_hand_worked_value(
    coordinator: AppContext
) -> None:
    pack = report_pack(coordinator, "P1", date(2026, 6, 30))
    assert set(P1_JUNE) == {d.key for d in DEFINITIONS}
    assert dict(pack.headlines) == P1_JUNE


def test_exchange_breakdowns_count_each_exchange_once_for_the_visitors_partnership(
    coordinator: AppContext
) -> None:
    x = report_pack(coordinator, "P1", date(2026, 6, 30)).exchanges
    states = dict(x.by_state)
    assert (states["paid"], states["ctq_signed"], states["cancelled"], states["withdrawn"]) == (
        1, 1, 1, 1,
    )  # fmt: skip
    assert sum(states.values()) == 4  # X4 deleted: nowhere
    # ZIN pays both visitors; MCI only hosts
    assert dict((o, (live, held)) for o, live, held in x.by_office) == {
        "BPT": (0, 0), "NPG": (0, 0), "MCI": (0, 0), "ZIN": (2, 1), "AQV": (0, 0),
    }  # fmt: skip
    assert x.by_country_pair == (("DE → PL", 1), ("ES → PL", 1))
    assert x.by_visitor_type == (("sme", 2),)
    assert x.by_month == (("2026-04", 2),)


def test_the_as_of_date_reads_each_exchange_state_as_it_was(
    coordinator: AppContext
) -> None:
    # 19 April: X1 still at the signed agreement (held on the 20th)
    before = report_pack(coordinator, "P1", date(2026, 4, 19))
    assert (before.figure("exchanges_held"), before.figure("budget_committed")) == (0, D("780"))
    assert before.figure("budget_paid") == D(0)
    # 5 March: X2 signed, not cancelled yet (10 March); X3 withdrawn on the 3rd
    march = report_pack(coordinator, "P1", date(2026, 3, 5))
    assert march.figure("budget_committed") == D("1560.00")  # X1 and X2
    assert (march.figure("exchanges_live"), march.figure("exchanges_ended")) == (3, 1)
    # 1 March: nothing registered yet
    assert report_pack(coordinator, "P1", date(2026, 3, 1)).figure("exchanges_live") == 0


def test_members_as_of_and_per_quarter(coordinator: AppContext) -> None:
    april = report_pack(coordinator, "P1", date(2026, 4, 30)).members
    assert (april.records, april.once, april.new_in_period) == (8, 7, 2)  # before "late"
    june = report_pack(coordinator, "P1", date(2026, 6, 30)).members
    assert june.new_by_quarter == (("2026-Q1", 2), ("2026-Q2", 1))
    assert dict(june.by_office) == {"BPT": 0, "NPG": 1, "MCI": 1, "ZIN": 7, "AQV": 0}
    # ES: cluster, v1–v4, late; DE: ZIN's and NPG's records of the German company
    assert june.by_country == (("ES", 6), ("DE", 2), ("PL", 1))
    assert june.by_type == (("sme", 8), ("cluster", 1))
    assert (june.reached_events, june.reached_exchanges, june.reached) == (3, 3, 4)


def test_the_second_period_keeps_its_own_figures(
    coordinator: AppContext
) -> None:
    pack = report_pack(coordinator, "P2", date(2026, 12, 31))
    assert pack.window.start == date(2026, 7, 1) and pack.window.end == date(2026, 12, 31)
    assert (pack.figure("exchanges_live"), pack.figure("new_members")) == (0, 0)
    assert (pack.figure("events"), pack.figure("participants")) == (1, 1)  # E2, p1
    assert pack.figure("member_records") == 9  # members on 31 December, whenever they joined
    assert pack.figure("hours_declared") == pack.figure("hours_draft") == D(0)
    wp1 = next(w for w in pack.events.by_work_package if w.work_package == "WP1")
    assert (wp1.events, wp1.registered, wp1.participants) == (1, 1, 1)
    # the whole project, as of 31 December: both events
    assert report_pack(coordinator, None, date(2026, 12, 31)).figure("participants") == 4


def test_effort_keeps_a_reopened_month_apart_from_the_declared(
    coordinator: AppContext
) -> None:
    effort = report_pack(coordinator, "P1", date(2026, 6, 30)).effort
    cells = {(c.office, c.work_package): c for c in effort.cells}
    wp3, wp2 = cells[("ZIN", "WP3")], cells[("ZIN", "WP2")]
    assert (wp3.hours_declared, wp3.hours_draft, wp3.person_months_planned) == (
        D("99.00"), D(0), D("6.00"),
    )  # fmt: skip
    assert (wp2.hours_declared, wp2.hours_draft, wp2.person_months_draft) == (
        D(0), D("85.50"), D("0.60"),  # 85.5 × 12 / 1720 = 0.5965
    )  # fmt: skip
    # as of 31 March, March's approval (5 April) had not happened: draft then
    march = report_pack(coordinator, "P1", date(2026, 3, 31)).effort
    assert (march.total("hours_declared"), march.total("hours_draft")) == (D(0), D("99.00"))


def test_the_same_database_period_and_date_give_the_same_figures(
    coordinator: AppContext
) -> None:
    first = report_pack(coordinator, "P1", date(2026, 6, 30))
    assert report_pack(coordinator, "p1", date(2026, 6, 30)) == first


def test_periods_are_set_by_the_coordinator_and_named_when_unknown(
    coordinator_ctx: AppContext, ctx: AppContext
) -> None:
    with pytest.raises(PermissionDeniedError, match="only the coordinator"):
        set_reporting_periods(ctx, date(2026, 1, 1), (12,))
    with pytest.raises(ValidationError, match="period 2 lasts 0 months; write 1 to 36"):
        set_reporting_periods(coordinator_ctx, date(2026, 1, 1), (12, 0))
    # without a setting: the grant's own calendar, from 3 February 2020
    window = choose_window(ctx, "P2", date(2022, 1, 1))
    assert (window.start, window.period.end) == (date(2021, 2, 3), date(2022, 2, 2))
    with pytest.raises(ValidationError, match="there is no reporting period 'P7'; the periods"):
        choose_window(ctx, "P7", None)


def test_the_docs_say_what_the_definitions_say() -> None:
    text = (Path(__file__).resolve().parents[2] / "docs" / "reports.md").read_text("utf-8")
    for d in DEFINITIONS:
        assert f"| {d.area} | {d.figure} | {d.counts} | {d.excludes} |" in text, d.key
