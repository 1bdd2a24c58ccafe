"""Who may visit whom, for how long: each failed rule named in plain words.

The service layer gathers the facts of an exchange (`ExchangeFacts`) and this module
answers with a ValidationReport; a form shows its errors next to the fields. Codes
name the rules so tests and the UI can tell them apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from blues_desktop.domain.exchanges.rules import Rules
from blues_desktop.domain.exchanges.working_days import working_days
from blues_desktop.domain.labels import org_type_label
from blues_desktop.domain.translatable import (
    PLURAL,
    QT_TRANSLATE_NOOP,
    Country,
    LabelInSentence,
    Message,
)
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.domain.wording import joined


@dataclass(frozen=True, slots=True)
class Party:
    name: str
    org_type: str
    country: str
    is_member: bool
    city: str | None = None

    @property
    def type_label(self) -> LabelInSentence:
        return LabelInSentence(org_type_label(self.org_type))


@dataclass(frozen=True, slots=True)
class ExchangeFacts:
    visitor: Party
    host: Party | None = None
    visitor_cluster: str | None = None  # the cluster an SME visitor names
    start: date | None = None
    end: date | None = None
    distance_km: int | None = None
    distance_problem: str | None = None  # a sentence (a Message) from distance.py
    other_visits: tuple[str, ...] = ()  # references of the VO's other live exchanges
    override_reason: str | None = None
    on: date | None = None  # the day the rules are applied (for the UK's end date)


def host_needs_approval(host: Party) -> bool:
    """A non-member SME may host only with the Agency's prior approval."""
    return host.org_type == "sme" and not host.is_member


def stay_length(facts: ExchangeFacts) -> int | None:
    if facts.start is None or facts.end is None or facts.end < facts.start:
        return None
    return working_days(facts.start, facts.end, facts.host.country if facts.host else None)


def _check_visitor(facts: ExchangeFacts, rules: Rules, report: ValidationReport) -> None:
    visitor = facts.visitor
    allowed = rules.visitor_type(visitor.org_type)
    if allowed is None:
        kinds = joined([LabelInSentence(org_type_label(v.org_type)) for v in rules.visitor_types])
        report.error(
            "visitor_org",
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "rule 'visiting organisation type': {name} is a {type}, which may only host; "
                    "visitors are a {kinds}",
                ),
                name=visitor.name,
                type=visitor.type_label,
                kinds=kinds,
            ),
            "visitor_type",
        )
        return
    if allowed.member_required and not visitor.is_member:
        report.error(
            "visitor_org",
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "rule 'visitor is a cluster member': {name} is a {type} but not a cluster "
                    "member",
                ),
                name=visitor.name,
                type=visitor.type_label,
            ),
            "visitor_member",
        )
    if allowed.cluster_required and not facts.visitor_cluster:
        report.error(
            "visitor_cluster",
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "rule 'SME names its cluster': name the cluster {name} is a member of",
                ),
                name=visitor.name,
            ),
            "visitor_cluster",
        )
    if not rules.is_cosme(visitor.country, facts.on):
        report.error(
            "visitor_org",
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "rule 'COSME countries': the visitor is in {country}, which does not take "
                    "part in COSME",
                ),
                country=Country(visitor.country),
            ),
            "visitor_country",
        )


def _check_host(facts: ExchangeFacts, rules: Rules, report: ValidationReport) -> None:
    host, visitor = facts.host, facts.visitor
    assert host is not None
    if not rules.is_cosme(host.country, facts.on):
        report.error(
            "host_org",
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "rule 'COSME countries': the host is in {country}, which does not take part "
                    "in COSME",
                ),
                country=Country(host.country),
            ),
            "host_country",
        )
    if host.country == visitor.country:
        report.error(
            "host_org",
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "rule 'different countries': host and visitor are both in {country}; an "
                    "exchange crosses a border",
                ),
                country=Country(host.country),
            ),
            "different_countries",
        )
    if host_needs_approval(host):
        report.warning(
            "host_org",
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name} is an SME that is not a cluster member: needs the Agency's prior "
                    "approval",
                ),
                name=host.name,
            ),
            "host_approval",
        )


def _check_dates(facts: ExchangeFacts, rules: Rules, report: ValidationReport) -> None:
    if facts.start is None or facts.end is None:
        return
    if facts.end < facts.start:
        report.error(
            "end_date",
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "rule 'dates in order': the stay ends ({end}) before it starts ({start})",
                ),
                end=facts.end,
                start=facts.start,
            ),
            "dates_order",
        )
        return
    days = stay_length(facts) or 0
    if days < rules.min_working_days:
        report.error(
            "end_date",
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "rule 'minimum duration': {start} to {end} is %n working day(s); the stay "
                    "needs at least {minimum}",
                    None,
                    PLURAL,
                ),
                n=days,
                start=facts.start,
                end=facts.end,
                minimum=rules.min_working_days,
            ),
            "min_duration",
        )
    elif days > rules.max_working_days:
        report.error(
            "end_date",
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "rule 'maximum duration': {start} to {end} is %n working day(s); the stay "
                    "lasts at most one month ({maximum} working days)",
                    None,
                    PLURAL,
                ),
                n=days,
                start=facts.start,
                end=facts.end,
                maximum=rules.max_working_days,
            ),
            "max_duration",
        )


def _check_one_visit(facts: ExchangeFacts, report: ValidationReport) -> None:
    if not facts.other_visits:
        return
    others = ", ".join(facts.other_visits)  # references: the same in every language
    if facts.override_reason and facts.override_reason.strip():
        report.warning(
            "visitor_org",
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "second visit of {name} (also in {others}) allowed by override: {reason}",
                ),
                name=facts.visitor.name,
                others=others,
                reason=facts.override_reason.strip(),
            ),
            "one_visit_override",
        )
        return
    report.error(
        "visitor_org",
        Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "rule 'one visit per visiting organisation': {name} already has exchange "
                "{others}; an override needs a reason",
            ),
            name=facts.visitor.name,
            others=others,
        ),
        "one_visit",
    )


def check_eligibility(
    facts: ExchangeFacts, rules: Rules, *, require_host: bool = False
) -> ValidationReport:
    """Every rule the exchange breaks (errors) and what needs attention (warnings)."""
    report = ValidationReport()
    _check_visitor(facts, rules, report)
    _check_one_visit(facts, report)
    if facts.host is not None:
        _check_host(facts, rules, report)
    elif require_host:
        report.error(
            "host_org",
            Message(QT_TRANSLATE_NOOP("messages", "rule 'host organisation': choose the host")),
            "host_missing",
        )
    _check_dates(facts, rules, report)
    if require_host and (facts.start is None or facts.end is None):
        report.error(
            "start_date",
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "rule 'dates': give the first and last day of the stay"
                )
            ),
            "dates_missing",
        )
    if facts.host is not None and facts.distance_km is None:
        report.error(
            "distance_km",
            Message(
                QT_TRANSLATE_NOOP("messages", "rule 'distance': {problem}"),
                problem=facts.distance_problem
                or Message(QT_TRANSLATE_NOOP("messages", "the distance is not known")),
            ),
            "distance",
        )
    return report
