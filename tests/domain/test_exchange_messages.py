"""The exchange rules' sentences as messages: the English the CLI prints, and the
template, count and values the window needs to say them in another language."""

from __future__ import annotations

from datetime import date

import pytest

from blues_desktop.domain.exchanges.distance import resolve_distance
from blues_desktop.domain.exchanges.eligibility import (
    ExchangeFacts,
    Party,
    check_eligibility,
)
from blues_desktop.domain.exchanges.lump_sum import compute_lump_sum
from blues_desktop.domain.exchanges.rules import default_rules
from blues_desktop.domain.exchanges.workflow import State, WorkflowFacts, why_not
from blues_desktop.domain.translatable import (
    LABELS,
    QT_TRANSLATE_NOOP,
    Country,
    LabelInSentence,
    Message,
)
from blues_desktop.domain.wording import joined, listed

RULES = default_rules()
VISITOR = Party("Aguas del Ebro S.L.", "sme", "ES", True, "Zaragoza")
HOST = Party("Wodociągi Płock Sp. z o.o.", "sme", "PL", True, "Płock")


def _facts(**changes: object) -> ExchangeFacts:
    base: dict[str, object] = dict(
        visitor=VISITOR,
        host=HOST,
        visitor_cluster="ZINNAE",
        start=date(2026, 4, 13),
        end=date(2026, 4, 17),
        distance_km=1961,
    )
    base.update(changes)
    return ExchangeFacts(**base)  # type: ignore[arg-type]


def _said(report_message: str) -> Message:
    assert isinstance(report_message, Message)
    return report_message


# -- lists inside a sentence -------------------------------------------------------------
def test_a_list_keeps_each_item_for_the_window() -> None:
    assert joined([]) == "" and listed([]) == ""
    only = Message.label("paid")
    assert joined([only]) is only and listed([only]) is only
    three = joined(["a", "b", "c"])
    assert three == "a, b, c"
    assert isinstance(three, Message) and three.template == "{first}, {rest}"
    assert three.values["first"] == "a"
    inner = three.values["rest"]
    assert (
        isinstance(inner, Message)
        and inner == "b, c"
        and inner.values
        == {
            "first": "b",
            "rest": "c",
        }
    )
    both = joined(["the host", "the visitor"], both=True)
    assert both == "the host and the visitor" and both.template == "{first} and {rest}"  # type: ignore[attr-defined]
    assert joined(["x", "y", "z"], both=True) == "x and y and z"
    sentences = listed(["one", "two", "three"])
    assert sentences == "one; two; three"
    assert sentences.template == "{first}; {rest}"  # type: ignore[attr-defined]
    assert sentences.values["rest"].values == {"first": "two", "rest": "three"}  # type: ignore[attr-defined]


def test_a_country_and_a_label_inside_a_sentence_are_written_as_english_does() -> None:
    assert Country("ES").english() == "Spain"
    assert (
        Message(
            QT_TRANSLATE_NOOP("messages", "in {country}: a {type}, an {acronym}"),
            country=Country("PL"),
            type=LabelInSentence("Large company"),
            acronym=LabelInSentence("SME"),
        )
        == "in Poland: a large company, an SME"
    )
    assert LabelInSentence("Large company") == "Large company"  # the catalogued words
    assert LabelInSentence("").english() == ""


# -- eligibility -------------------------------------------------------------------------
def test_a_visitor_that_may_only_host_is_named_with_its_type_and_the_allowed_ones() -> None:
    large = Party("Grupo Grande S.A.", "large", "ES", True, "Madrid")
    (result,) = check_eligibility(_facts(visitor=large), RULES).errors
    said = _said(result.message)
    assert said.values["name"] == "Grupo Grande S.A."
    assert isinstance(said.values["type"], LabelInSentence)
    assert said.values["type"] == "Large company"
    kinds = said.values["kinds"]
    assert kinds == "cluster organisation, scaling-up support organisation, SME"
    assert isinstance(kinds, Message) and isinstance(kinds.values["first"], LabelInSentence)


def test_countries_and_dates_are_values_the_window_writes_in_its_language() -> None:
    swiss = Party("Zürich Wasser AG", "sme", "CH", True, "Zürich")
    (result,) = check_eligibility(_facts(host=swiss), RULES).errors
    said = _said(result.message)
    assert said == (
        "rule 'COSME countries': the host is in Switzerland, which does not take part in COSME"
    )
    assert said.values == {"country": "CH"} and isinstance(said.values["country"], Country)
    short = check_eligibility(_facts(start=date(2026, 4, 16), end=date(2026, 4, 16)), RULES)
    said = _said(short.errors[0].message)
    assert said == (
        "rule 'minimum duration': 16 April 2026 to 16 April 2026 is 1 working day; "
        "the stay needs at least 3"
    )
    assert said.n == 1
    assert said.values == {"start": date(2026, 4, 16), "end": date(2026, 4, 16), "minimum": 3}


def test_an_unknown_distance_says_so_in_a_message() -> None:
    (result,) = check_eligibility(_facts(distance_km=None), RULES).errors
    said = _said(result.message)
    assert said == "rule 'distance': the distance is not known"
    assert isinstance(said.values["problem"], Message)


# -- distance ------------------------------------------------------------------------------
def test_the_places_the_gazetteer_lacks_are_named_one_or_both() -> None:
    both = resolve_distance(None, "ES", "Nowhereville", "PL").problem
    assert both == (
        "the gazetteer does not know (no city) (ES) or Nowhereville (PL); type the distance in km"
    )
    assert isinstance(both, Message)
    places = both.values["places"]
    assert isinstance(places, Message) and places.template == "{first} or {second}"
    assert places.values["first"] == "(no city) (ES)"
    assert places.values["first"].values == {"country": "ES"}  # type: ignore[attr-defined]
    one = resolve_distance("Zaragoza", "ES", "Nowhereville", None).problem
    assert one == "the gazetteer does not know Nowhereville (?); type the distance in km"
    assert resolve_distance(None, None, "Zaragoza", "ES").problem == (
        "the gazetteer does not know (no city) (?); type the distance in km"
    )
    negative = resolve_distance("a", "ES", "b", "PL", manual_km=-5).problem
    assert negative == "the distance cannot be negative (-5 km)"
    assert isinstance(negative, Message) and negative.values == {"km": -5}


# -- lump sum ------------------------------------------------------------------------------
def test_the_halving_reasons_count_the_days_in_the_right_form() -> None:
    one_day = compute_lump_sum(RULES, "PL", 1, 150)
    assert one_day.halving_reasons == (
        "the stay has 1 working day (under 5)",
        "the distance is 150 km (under 200 km)",
    )
    days, km = one_day.halving_reasons
    assert isinstance(days, Message) and days.n == 1 and days.values == {"limit": 5}
    assert isinstance(km, Message) and km.values == {"km": 150, "limit": 200}


# -- workflow ------------------------------------------------------------------------------
def test_a_move_out_of_order_names_the_states_as_labels() -> None:
    facts = WorkflowFacts(State.REGISTERED, date(2026, 5, 4))
    said = why_not(facts, State.MATCHED)
    assert isinstance(said, Message)
    assert said == (
        "moves go in order: from 'registered' the next step is "
        "'validated by the partnership', not 'matched (host and visitor accepted)'"
    )
    assert all(isinstance(v, Message) and v.context == LABELS for v in said.values.values())
    paid = WorkflowFacts(State.PAID, date(2026, 5, 4))
    closed = why_not(paid, State.CANCELLED)
    assert closed == "the exchange is paid; nothing more can happen"
    assert isinstance(closed, Message)
    state = closed.values["state"]
    assert isinstance(state, Message) and state.context == LABELS


def test_the_evidence_missing_for_payment_is_named_in_words() -> None:
    facts = WorkflowFacts(
        State.REPORT_VALIDATED,
        date(2026, 5, 4),
        report_validated=True,
        evidence_kinds=frozenset(),
        evidence_required=("travel_invoice", "accommodation_invoice", "odd_kind"),
    )
    said = why_not(facts, State.PAID)
    assert said == (
        "rule 'payment': attach the evidence first (travel invoice or ticket, "
        "accommodation invoice, odd_kind)"
    )
    assert isinstance(said, Message)
    names = said.values["names"]
    assert isinstance(names, Message)
    first = names.values["first"]
    assert isinstance(first, Message) and first.context == LABELS


@pytest.mark.parametrize(
    ("host", "visitor", "english"),
    [
        (False, False, "waiting for the host and the visitor to accept the match"),
        (True, False, "waiting for the visitor to accept the match"),
        (False, True, "waiting for the host to accept the match"),
    ],
)
def test_who_has_still_to_accept(host: bool, visitor: bool, english: str) -> None:
    facts = WorkflowFacts(
        State.VALIDATED,
        date(2026, 5, 4),
        has_host=True,
        host_accepted=host,
        visitor_accepted=visitor,
    )
    said = why_not(facts, State.MATCHED)
    assert said == english and isinstance(said, Message)
