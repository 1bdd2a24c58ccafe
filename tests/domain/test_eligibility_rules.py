"""Who may take part in an exchange, and for how long, stated from the programme's rules.

Visitors: cluster or business-network organisations; scaling-up support organisations
that are cluster members; SMEs that are cluster members (and name their cluster). All
in COSME countries (the EU, the UK until the end of 2020, and the associated
countries), host and visitor in different countries. A stay lasts from 3 working days
(weekends and the host country's public holidays left out) to one month; a visitor
takes part once. A non-member SME may host only with the Agency's prior approval.
"""

from __future__ import annotations

from datetime import date

import pytest

from blues_desktop.domain.exchanges.eligibility import (
    ExchangeFacts,
    Party,
    check_eligibility,
    host_needs_approval,
    stay_length,
)
from blues_desktop.domain.exchanges.rules import default_rules
from blues_desktop.domain.validation import ValidationReport

RULES = default_rules()
VISITOR = Party("Aguas del Ebro S.L.", "sme", "ES", True, "Zaragoza")
HOST = Party("Wodociągi Płock Sp. z o.o.", "sme", "PL", True, "Płock")
# Mon 13 – Fri 17 April 2026: five working days in Poland
START, END = date(2026, 4, 13), date(2026, 4, 17)


def facts(**changes: object) -> ExchangeFacts:
    base: dict[str, object] = dict(
        visitor=VISITOR, host=HOST, visitor_cluster="ZINNAE", start=START, end=END, distance_km=1961
    )
    base.update(changes)
    return ExchangeFacts(**base)  # type: ignore[arg-type]


def results(report: ValidationReport) -> list[tuple[str, str, str, str]]:
    return [(r.severity.value, r.field, r.code, r.message) for r in report.results]


def test_an_eligible_exchange_has_nothing_to_say() -> None:
    assert check_eligibility(facts(), RULES, require_host=True).results == []


# -- eligibility by type and membership -----------------------------------------------
@pytest.mark.parametrize(
    ("org_type", "member", "cluster", "codes"),
    [
        ("cluster", False, None, []),  # a cluster organisation needs no membership
        ("cluster", True, None, []),
        ("scaling_up", True, None, []),
        ("scaling_up", False, None, ["visitor_member"]),
        ("sme", True, "ZINNAE", []),
        ("sme", False, "ZINNAE", ["visitor_member"]),
        ("sme", True, None, ["visitor_cluster"]),
        ("sme", True, "  ", []),  # a named cluster, however spelt, is the service's concern
        ("sme", False, None, ["visitor_member", "visitor_cluster"]),
        ("large", True, None, ["visitor_type"]),
        ("public", True, None, ["visitor_type"]),
        ("rto", True, None, ["visitor_type"]),
        ("other", True, None, ["visitor_type"]),
    ],
)
def test_who_may_visit(org_type: str, member: bool, cluster: str | None, codes: list[str]) -> None:
    visitor = Party("Visitor Org", org_type, "ES", member)
    report = check_eligibility(facts(visitor=visitor, visitor_cluster=cluster), RULES)
    assert [r.code for r in report.errors] == codes
    assert report.warnings == []


def test_the_visitor_rules_say_what_is_wrong_in_words() -> None:
    large = Party("Grupo Grande S.A.", "large", "ES", True)
    assert results(check_eligibility(facts(visitor=large), RULES)) == [
        (
            "error",
            "visitor_org",
            "visitor_type",
            "rule 'visiting organisation type': Grupo Grande S.A. is a large company, which "
            "may only host; visitors are a cluster organisation, "
            "scaling-up support organisation, SME",
        )
    ]
    solo = Party("Solo S.L.", "sme", "ES", False)
    assert results(check_eligibility(facts(visitor=solo, visitor_cluster=None), RULES)) == [
        (
            "error",
            "visitor_org",
            "visitor_member",
            "rule 'visitor is a cluster member': Solo S.L. is a SME but not a cluster member",
        ),
        (
            "error",
            "visitor_cluster",
            "visitor_cluster",
            "rule 'SME names its cluster': name the cluster Solo S.L. is a member of",
        ),
    ]


def test_an_unknown_organisation_type_is_named_as_typed() -> None:
    odd = Party("Odd", "guild", "ES", True)
    assert odd.type_label == "guild"
    assert "Odd is a guild, which may only host" in str(
        check_eligibility(facts(visitor=odd), RULES)
    )


@pytest.mark.parametrize(
    ("org_type", "member", "needs"),
    [
        ("sme", False, True),
        ("sme", True, False),
        ("cluster", False, False),
        ("scaling_up", False, False),
        ("large", False, False),
        ("cluster", True, False),
    ],
)
def test_only_a_non_member_sme_host_needs_the_agencys_approval(
    org_type: str, member: bool, needs: bool
) -> None:
    host = Party("Host Org", org_type, "PL", member)
    assert host_needs_approval(host) is needs
    report = check_eligibility(facts(host=host), RULES)
    assert report.ok
    expected = (
        [
            (
                "warning",
                "host_org",
                "host_approval",
                "Host Org is an SME that is not a cluster member: needs the Agency's prior "
                "approval",
            )
        ]
        if needs
        else []
    )
    assert results(report) == expected


# -- COSME countries ------------------------------------------------------------------
@pytest.mark.parametrize("country", ["FR", "DE", "CZ", "AL", "AM", "BA", "IS", "XK", "MD", "UA"])
def test_eu_and_associated_countries_take_part(country: str) -> None:
    visitor = Party("Visitor", "cluster", country, True)
    assert check_eligibility(facts(visitor=visitor), RULES).ok
    host = Party("Host", "cluster", country, True)
    assert check_eligibility(facts(host=host), RULES).ok


@pytest.mark.parametrize("country", ["CH", "US", "NO", "RU"])
def test_other_countries_do_not(country: str) -> None:
    visitor = Party("Visitor", "cluster", country, True)
    assert [r.code for r in check_eligibility(facts(visitor=visitor), RULES).errors] == [
        "visitor_country"
    ]
    host = Party("Host", "cluster", country, True)
    assert [r.code for r in check_eligibility(facts(host=host), RULES).errors] == ["host_country"]


def test_country_messages_name_the_country() -> None:
    swiss = Party("Basel Wasser AG", "cluster", "CH", True)
    assert results(check_eligibility(facts(visitor=swiss), RULES)) == [
        (
            "error",
            "visitor_org",
            "visitor_country",
            "rule 'COSME countries': the visitor is in Switzerland, which does not take part "
            "in COSME",
        )
    ]
    assert results(check_eligibility(facts(host=swiss), RULES)) == [
        (
            "error",
            "host_org",
            "host_country",
            "rule 'COSME countries': the host is in Switzerland, which does not take part in COSME",
        )
    ]


def test_the_uk_took_part_until_the_end_of_2020() -> None:
    uk = Party("Thames Water Cluster", "cluster", "GB", True)
    for on, ok in ((date(2020, 12, 31), True), (date(2021, 1, 1), False), (None, True)):
        assert check_eligibility(facts(visitor=uk, on=on), RULES).ok is ok
        assert check_eligibility(facts(host=uk, on=on), RULES).ok is ok
    assert RULES.is_cosme("GB", date(2019, 5, 1)) and not RULES.is_cosme("US")
    assert not RULES.is_cosme("GB", date(2021, 1, 1))


def test_host_and_visitor_are_in_different_countries() -> None:
    spanish_host = Party("Agua Sur S.L.", "sme", "ES", True)
    assert results(check_eligibility(facts(host=spanish_host), RULES)) == [
        (
            "error",
            "host_org",
            "different_countries",
            "rule 'different countries': host and visitor are both in Spain; an exchange "
            "crosses a border",
        )
    ]


# -- one visit per visitor --------------------------------------------------------------
def test_a_visitor_takes_part_once() -> None:
    second = facts(other_visits=("ZIN-X-2026-001", "ZIN-X-2026-004"))
    assert results(check_eligibility(second, RULES)) == [
        (
            "error",
            "visitor_org",
            "one_visit",
            "rule 'one visit per visiting organisation': Aguas del Ebro S.L. already has "
            "exchange ZIN-X-2026-001, ZIN-X-2026-004; an override needs a reason",
        )
    ]


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_an_override_without_a_reason_is_no_override(reason: str | None) -> None:
    second = facts(other_visits=("ZIN-X-2026-001",), override_reason=reason)
    assert [r.code for r in check_eligibility(second, RULES).errors] == ["one_visit"]


def test_an_override_with_a_reason_is_a_warning_that_quotes_it() -> None:
    second = facts(other_visits=("ZIN-X-2026-001",), override_reason="  follow-up agreed  ")
    assert results(check_eligibility(second, RULES)) == [
        (
            "warning",
            "visitor_org",
            "one_visit_override",
            "second visit of Aguas del Ebro S.L. (also in ZIN-X-2026-001) allowed by "
            "override: follow-up agreed",
        )
    ]


def test_a_host_may_host_many() -> None:
    # the rule is about the visitor: the same host in two exchanges is no problem
    assert check_eligibility(facts(), RULES).ok
    other_visitor = Party("Clúster del Agua", "cluster", "ES", False)
    assert check_eligibility(facts(visitor=other_visitor), RULES).ok


# -- duration: 3 working days to one month ------------------------------------------------
@pytest.mark.parametrize(
    ("start", "end", "days", "codes"),
    [
        (date(2026, 4, 15), date(2026, 4, 17), 3, []),  # Wed–Fri: exactly the minimum
        (date(2026, 4, 16), date(2026, 4, 17), 2, ["min_duration"]),
        (date(2026, 4, 16), date(2026, 4, 19), 2, ["min_duration"]),  # the weekend is no stay
        (date(2026, 4, 17), date(2026, 4, 20), 2, ["min_duration"]),
        # Easter Monday (6 April) is a Polish public holiday: Mon–Wed is two working days
        (date(2026, 4, 6), date(2026, 4, 8), 2, ["min_duration"]),
        (date(2026, 4, 6), date(2026, 4, 9), 3, []),
        # over the end of April: 1 May (Fri) and 3 May (Sun) are Polish holidays
        (date(2026, 4, 29), date(2026, 5, 4), 3, []),
        (date(2026, 4, 30), date(2026, 5, 4), 2, ["min_duration"]),
        # one month: 22 working days at most
        (date(2026, 6, 1), date(2026, 7, 1), 22, []),  # Corpus Christi (4 June) left out
        (date(2026, 6, 1), date(2026, 7, 2), 23, ["max_duration"]),
        (date(2026, 9, 1), date(2026, 9, 30), 22, []),
        (date(2026, 9, 1), date(2026, 10, 1), 23, ["max_duration"]),
    ],
)
def test_the_stay_lasts_from_3_working_days_to_one_month(
    start: date, end: date, days: int, codes: list[str]
) -> None:
    exchange = facts(start=start, end=end)
    assert stay_length(exchange) == days
    assert [r.code for r in check_eligibility(exchange, RULES).errors] == codes


def test_the_host_countrys_holidays_count_not_the_visitors() -> None:
    # 12 October is a Spanish holiday, not a Polish one; the stay is in Poland
    in_poland = facts(start=date(2026, 10, 12), end=date(2026, 10, 14))
    assert stay_length(in_poland) == 3
    in_spain = facts(
        visitor=Party("Wodociągi", "cluster", "PL", True),
        host=Party("Aguas", "cluster", "ES", True),
        start=date(2026, 10, 12),
        end=date(2026, 10, 14),
    )
    assert stay_length(in_spain) == 2
    assert stay_length(facts(host=None, start=date(2026, 10, 12), end=date(2026, 10, 14))) == 3


def test_duration_messages_give_the_dates_and_the_limit() -> None:
    short = facts(start=date(2026, 4, 16), end=date(2026, 4, 19))
    assert results(check_eligibility(short, RULES)) == [
        (
            "error",
            "end_date",
            "min_duration",
            "rule 'minimum duration': 16 April 2026 to 19 April 2026 is 2 working days; the stay "
            "needs at least 3",
        )
    ]
    long = facts(start=date(2026, 9, 1), end=date(2026, 10, 1))
    assert results(check_eligibility(long, RULES)) == [
        (
            "error",
            "end_date",
            "max_duration",
            "rule 'maximum duration': 1 September 2026 to 1 October 2026 is 23 working days; the stay "
            "lasts at most one month (22 working days)",
        )
    ]
    backwards = facts(start=date(2026, 4, 17), end=date(2026, 4, 13))
    assert stay_length(backwards) is None
    assert results(check_eligibility(backwards, RULES)) == [
        (
            "error",
            "end_date",
            "dates_order",
            "rule 'dates in order': the stay ends (13 April 2026) before it starts (17 April 2026)",
        )
    ]


def test_a_one_day_stay_on_a_working_day_is_too_short() -> None:
    one = facts(start=date(2026, 4, 15), end=date(2026, 4, 15))
    assert stay_length(one) == 1
    assert [r.code for r in check_eligibility(one, RULES).errors] == ["min_duration"]
    weekend = facts(start=date(2026, 4, 18), end=date(2026, 4, 19))
    assert stay_length(weekend) == 0
    assert "is 0 working days" in str(check_eligibility(weekend, RULES))


# -- what registration may leave open, and what a match needs -----------------------------
def test_a_registration_may_leave_host_and_dates_open() -> None:
    open_ = ExchangeFacts(VISITOR, visitor_cluster="ZINNAE")
    assert check_eligibility(open_, RULES).results == []
    assert stay_length(open_) is None
    assert stay_length(ExchangeFacts(VISITOR, start=START)) is None
    assert stay_length(ExchangeFacts(VISITOR, end=END)) is None


def test_a_match_needs_the_host_the_dates_and_the_distance() -> None:
    open_ = ExchangeFacts(VISITOR, visitor_cluster="ZINNAE")
    assert results(check_eligibility(open_, RULES, require_host=True)) == [
        ("error", "host_org", "host_missing", "rule 'host organisation': choose the host"),
        (
            "error",
            "start_date",
            "dates_missing",
            "rule 'dates': give the first and last day of the stay",
        ),
    ]
    only_start = ExchangeFacts(VISITOR, HOST, "ZINNAE", start=START, distance_km=1961)
    assert [r.code for r in check_eligibility(only_start, RULES, require_host=True).errors] == [
        "dates_missing"
    ]
    only_end = ExchangeFacts(VISITOR, HOST, "ZINNAE", end=END, distance_km=1961)
    assert [r.code for r in check_eligibility(only_end, RULES, require_host=True).errors] == [
        "dates_missing"
    ]
    no_km = facts(distance_km=None)
    assert results(check_eligibility(no_km, RULES)) == [
        ("error", "distance_km", "distance", "rule 'distance': the distance is not known")
    ]
    told = facts(distance_km=None, distance_problem="the gazetteer does not know Płock (PL)")
    assert results(check_eligibility(told, RULES))[0][3] == (
        "rule 'distance': the gazetteer does not know Płock (PL)"
    )
    assert check_eligibility(facts(distance_km=0), RULES).ok


def test_every_broken_rule_is_reported_at_once() -> None:
    bad = ExchangeFacts(
        Party("Solo S.L.", "sme", "CH", False),
        Party("Agua", "sme", "CH", False),
        None,
        date(2026, 4, 16),
        date(2026, 4, 17),
        other_visits=("ZIN-X-2026-001",),
    )
    report = check_eligibility(bad, RULES, require_host=True)
    assert [r.code for r in report.results] == [
        "visitor_member",
        "visitor_cluster",
        "visitor_country",
        "one_visit",
        "host_country",
        "different_countries",
        "host_approval",
        "min_duration",
        "distance",
    ]
