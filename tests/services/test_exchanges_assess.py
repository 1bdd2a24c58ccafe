"""What the rules say of an exchange as the register holds it: eligibility, working days
in the host country, the distance and the lump sum, from real rows in a real database."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from blues_desktop.domain.errors import NotFoundError, ValidationError
from blues_desktop.domain.exchanges.rules import default_rules
from blues_desktop.domain.exchanges.workflow import State
from blues_desktop.services import exchanges as cx
from blues_desktop.services import records
from blues_desktop.services.context import AppContext
from blues_desktop.services.exchanges.assess import (
    Assessment,
    ExchangeDraft,
    assess,
    organisation,
    other_visits,
    party,
    require_ok,
    requires_host,
)
from blues_desktop.store.models import Exchange, Organisation
from tests.services.test_exchanges_workflow import org, parties, registration

RULES = default_rules()
TODAY = date(2026, 3, 2)
START, END = date(2026, 4, 13), date(2026, 4, 17)  # Mon–Fri, no holidays in Poland


def draft(p: dict[str, str], **changes: object) -> ExchangeDraft:
    values: dict[str, object] = dict(
        visitor_org_id=p["visitor"],
        visitor_cluster_id=p["cluster"],
        host_org_id=p["host"],
        start_date=START,
        end_date=END,
    )
    values.update(changes)
    return ExchangeDraft(**values)  # type: ignore[arg-type]


def assessed(
    ctx: AppContext, d: ExchangeDraft, *, require_host: bool = True, rules=RULES, today=TODAY
) -> Assessment:  # type: ignore[no-untyped-def]
    with ctx.transaction() as session:
        return assess(session, d, rules, today, require_host=require_host)


def codes(a: Assessment) -> list[str]:
    return [r.code for r in a.report.errors]


def test_an_eligible_exchange_gets_its_days_distance_and_lump_sum(ctx: AppContext) -> None:
    p = parties(ctx)
    a = assessed(ctx, draft(p))
    assert a.report.results == [] and a.errors == ()
    assert a.working_days == 5 and a.host_country == "PL"
    assert a.distance is not None and not a.distance.manual and a.distance.problem is None
    assert a.distance.km is not None and 1900 < a.distance.km < 2000  # Zaragoza–Płock
    assert a.lump_sum is not None
    assert (a.lump_sum.amount, a.lump_sum.halved, a.lump_sum.host_country) == (
        Decimal("780.00"),
        False,
        "PL",
    )
    assert (a.lump_sum.working_days, a.lump_sum.distance_km) == (5, a.distance.km)
    require_ok(a)


def test_a_distance_typed_by_hand_decides_the_halving(ctx: AppContext) -> None:
    p = parties(ctx)
    a = assessed(ctx, draft(p, manual_km=199))
    assert a.distance is not None and (a.distance.km, a.distance.manual) == (199, True)
    assert a.lump_sum is not None and a.lump_sum.amount == Decimal("390.00")
    assert a.lump_sum.halving_reasons == ("the distance is 199 km (under 200 km)",)
    exactly = assessed(ctx, draft(p, manual_km=200))
    assert exactly.lump_sum is not None and exactly.lump_sum.amount == Decimal("780.00")


def test_the_host_countrys_holidays_shorten_the_stay(ctx: AppContext) -> None:
    p = parties(ctx)
    # 28 April – 4 May 2026: 1 May and 3 May are Polish holidays; 4 working days
    a = assessed(ctx, draft(p, start_date=date(2026, 4, 28), end_date=date(2026, 5, 4)))
    assert a.working_days == 4
    assert a.lump_sum is not None and a.lump_sum.amount == Decimal("390.00")
    assert a.lump_sum.halving_reasons == ("the stay has 4 working days (under 5)",)


def test_without_a_host_there_is_no_distance_and_no_lump_sum(ctx: AppContext) -> None:
    p = parties(ctx)
    a = assessed(ctx, draft(p, host_org_id=None), require_host=False)
    assert a.report.results == []
    assert (a.distance, a.lump_sum, a.host_country) == (None, None, None)
    assert a.working_days == 5  # weekends only, no host country yet
    matched = assessed(ctx, draft(p, host_org_id=None))
    assert codes(matched) == ["host_missing"]
    assert matched.errors == ("rule 'host organisation': choose the host",)
    with pytest.raises(ValidationError, match="choose the host"):
        require_ok(matched)


def test_without_dates_there_are_no_working_days_and_no_lump_sum(ctx: AppContext) -> None:
    p = parties(ctx)
    a = assessed(ctx, draft(p, start_date=None, end_date=None), require_host=False)
    assert a.report.results == [] and a.working_days is None and a.lump_sum is None
    assert a.distance is not None and a.distance.km is not None
    backwards = assessed(ctx, draft(p, start_date=END, end_date=START))
    assert codes(backwards) == ["dates_order"] and backwards.lump_sum is None


def test_a_city_the_gazetteer_lacks_needs_the_distance_by_hand(ctx: AppContext) -> None:
    p = parties(ctx)
    a = assessed(ctx, draft(p, visitor_org_id=p["nowhere"]))
    assert codes(a) == ["distance"] and a.lump_sum is None
    assert a.distance is not None and a.distance.km is None
    assert "Villanueva de Gállego (ES)" in a.errors[0]
    typed = assessed(ctx, draft(p, visitor_org_id=p["nowhere"], manual_km=1700))
    assert typed.report.ok and typed.lump_sum is not None


def test_a_host_country_without_a_threshold_is_reported_not_raised(ctx: AppContext) -> None:
    p = parties(ctx)
    rules = replace(RULES, thresholds={"ES": Decimal("780.00")}, version=2)
    a = assessed(ctx, draft(p), rules=rules)
    assert codes(a) == ["threshold"] and a.lump_sum is None
    assert a.errors == (
        "rule 'threshold per host country': rules version 2 have no threshold for Poland (PL)",
    )


def test_the_register_decides_type_membership_cluster_and_countries(ctx: AppContext) -> None:
    p = parties(ctx)
    assert codes(assessed(ctx, draft(p, visitor_org_id=p["large"]))) == ["visitor_type"]
    assert codes(assessed(ctx, draft(p, host_org_id=p["spanish_host"]))) == ["different_countries"]
    # Switzerland is no COSME country, and the rules have no threshold for it either
    assert codes(assessed(ctx, draft(p, host_org_id=p["outside"]))) == ["host_country", "threshold"]
    assert codes(assessed(ctx, draft(p, visitor_cluster_id=None))) == ["visitor_cluster"]
    loner = org(ctx, "Solo S.L.", "sme", "ES", "Zaragoza", member=False)
    assert codes(assessed(ctx, draft(p, visitor_org_id=loner))) == ["visitor_member"]
    guest = org(ctx, "Mała Firma", "sme", "PL", "Płock", member=False)
    warned = assessed(ctx, draft(p, host_org_id=guest))
    assert warned.report.ok and [r.code for r in warned.report.warnings] == ["host_approval"]


def test_the_rules_apply_on_the_first_day_of_the_stay_or_today(ctx: AppContext) -> None:
    p = parties(ctx)
    london = org(ctx, "Thames Water Cluster", "cluster", "GB", "London")
    in_2020 = draft(
        p, visitor_org_id=london, start_date=date(2020, 11, 2), end_date=date(2020, 11, 6)
    )
    assert assessed(ctx, in_2020).report.ok
    in_2021 = draft(
        p, visitor_org_id=london, start_date=date(2021, 1, 4), end_date=date(2021, 1, 8)
    )
    assert codes(assessed(ctx, in_2021)) == ["visitor_country"]
    undated = draft(p, visitor_org_id=london, start_date=None, end_date=None)
    assert assessed(ctx, undated, require_host=False, today=date(2020, 6, 1)).report.ok
    assert codes(assessed(ctx, undated, require_host=False)) == ["visitor_country"]


def test_one_visit_per_visitor_counts_only_live_exchanges(ctx: AppContext) -> None:
    p = parties(ctx)
    assert assessed(ctx, draft(p)).report.ok
    first = cx.register(ctx, registration(p))
    second = assessed(ctx, draft(p))
    assert codes(second) == ["one_visit"] and first.reference in second.errors[0]
    # the exchange itself is not its own second visit
    assert assessed(ctx, draft(p, exchange_id=first.exchange_id)).report.ok
    with ctx.transaction() as session:
        assert other_visits(session, p["visitor"], None) == (first.reference,)
        assert other_visits(session, p["visitor"], first.exchange_id) == ()
        assert other_visits(session, p["host"], None) == ()
    overridden = assessed(ctx, draft(p, override_reason="agreed by the Agency"))
    assert overridden.report.ok
    assert [r.code for r in overridden.report.warnings] == ["one_visit_override"]
    cx.move(ctx, first.reference, "cancelled", reason="dates did not suit the host")
    assert assessed(ctx, draft(p)).report.ok
    with ctx.transaction() as session:
        assert other_visits(session, p["visitor"], None) == ()


def test_a_deleted_exchange_is_no_visit(ctx: AppContext) -> None:
    p = parties(ctx)
    first = cx.register(ctx, registration(p))
    with ctx.transaction() as session:
        row = session.get(Exchange, first.exchange_id)
        assert row is not None
        records.tombstone(session, ctx, row)
    assert assessed(ctx, draft(p)).report.ok


def test_organisations_that_are_not_in_the_register_are_named(ctx: AppContext) -> None:
    p = parties(ctx)
    with pytest.raises(NotFoundError) as caught:
        assessed(ctx, draft(p, host_org_id="no-such-id"))
    assert str(caught.value) == "the host organisation no-such-id is not in the register"
    with pytest.raises(NotFoundError, match="the visiting organisation x is not"):
        assessed(ctx, draft(p, visitor_org_id="x"))
    with pytest.raises(NotFoundError, match="the cluster organisation y is not"):
        assessed(ctx, draft(p, visitor_cluster_id="y"))
    with ctx.transaction() as session:
        host = session.get(Organisation, p["host"])
        assert host is not None
        records.tombstone(session, ctx, host)
    with pytest.raises(NotFoundError, match="the host organisation"):
        assessed(ctx, draft(p))
    with ctx.transaction() as session:
        assert organisation(session, p["visitor"], "visiting").legal_name == (
            "Aguas del Ebro y Niño S.L."
        )


def test_a_stored_exchange_is_assessed_as_it_was_registered(ctx: AppContext) -> None:
    p = parties(ctx)
    typed = cx.register(ctx, registration(p, manual_km=150))
    looked_up = cx.register(
        ctx,
        registration(
            p, visitor_org_id=p["cluster"], visitor_cluster_id=None, override_reason="agreed"
        ),
    )
    with ctx.transaction() as session:
        row = session.get(Exchange, typed.exchange_id)
        assert row is not None
        d = ExchangeDraft.of(row)
        assert d == ExchangeDraft(
            p["visitor"], p["cluster"], p["host"], START, END, 150, None, typed.exchange_id
        )
        other = session.get(Exchange, looked_up.exchange_id)
        assert other is not None and ExchangeDraft.of(other).manual_km is None
        assert other.override_reason == "agreed"
        assert ExchangeDraft.of(other).override_reason == "agreed"
        host = session.get(Organisation, p["host"])
        assert host is not None
        assert party(host).is_member is True and party(host).city == "Płock"
        host.is_member = False
        assert party(host).is_member is False
        session.rollback()


def test_a_host_is_required_from_the_match_on() -> None:
    assert not requires_host(State.REGISTERED) and not requires_host(State.VALIDATED)
    assert requires_host(State.MATCHED) and requires_host(State.PAID)
    assert not requires_host(State.CANCELLED) and not requires_host(State.WITHDRAWN)


def test_the_other_visits_are_named_in_reference_order(ctx: AppContext) -> None:
    p = parties(ctx)
    first = cx.register(ctx, registration(p))
    second = cx.register(ctx, registration(p, override_reason="a second host agreed"))
    with ctx.transaction() as session:
        assert other_visits(session, p["visitor"], None) == (first.reference, second.reference)
        assert other_visits(session, p["visitor"], first.exchange_id) == (second.reference,)
        assert other_visits(session, p["visitor"], second.exchange_id) == (first.reference,)
    third = assessed(ctx, draft(p))
    assert third.errors == (
        "rule 'one visit per visiting organisation': Aguas del Ebro y Niño S.L. already has "
        f"exchange {first.reference}, {second.reference}; an override needs a reason",
    )
