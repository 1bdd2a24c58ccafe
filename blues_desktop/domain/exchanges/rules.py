"""The ClusterXchange programme rules, kept as data because they change between calls.

A `Rules` value is one version of the rules: thresholds per host country, the cap per
visiting organisation, the halving limits, the duration limits, the visitor types
allowed, the COSME countries, the payment deadline, the evidence required and the
evaluation questions. It is stored as JSON in the `programme_rules` table, owned by
the coordinator; each financial agreement records the version it was computed under.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from blues_desktop.domain.countries import COSME_ASSOCIATED, EU27, UK_COSME_UNTIL
from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.labels import org_type_label, org_type_labels
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Country, Message
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.domain.wording import listed

CENT = Decimal("0.01")

# The words live in domain/labels (one wording for every page, rule and document).
ORG_TYPE_LABELS: dict[str, str] = org_type_labels()

EVIDENCE_LABELS: dict[str, str] = {
    "travel_invoice": QT_TRANSLATE_NOOP("labels", "travel invoice or ticket"),
    "accommodation_invoice": QT_TRANSLATE_NOOP("labels", "accommodation invoice"),
    "boarding_pass": QT_TRANSLATE_NOOP("labels", "boarding pass"),
}


@dataclass(frozen=True, slots=True)
class VisitorType:
    """An organisation type that may visit, and what it must show."""

    org_type: str
    member_required: bool = False
    cluster_required: bool = False

    @property
    def label(self) -> str:
        """The type inside a sentence: "a scaling-up support organisation"."""
        return org_type_label(self.org_type, in_sentence=True)


@dataclass(frozen=True, slots=True)
class EvaluationQuestion:
    id: str
    text: str


@dataclass(frozen=True)
class Rules:
    version: int
    valid_from: date
    thresholds: dict[str, Decimal]  # host country -> EUR for a full stay
    cap: Decimal = Decimal("1100.00")
    halve_below_days: int = 5
    halve_below_km: int = 200
    min_working_days: int = 3
    max_working_days: int = 22  # one month of working days
    visitor_types: tuple[VisitorType, ...] = ()
    cosme_countries: tuple[str, ...] = ()
    uk_until: date | None = UK_COSME_UNTIL
    payment_days: int = 10
    evidence_required: tuple[str, ...] = ("travel_invoice", "accommodation_invoice")
    evidence_accepted: tuple[str, ...] = ("boarding_pass",)
    evaluation_questions: tuple[EvaluationQuestion, ...] = ()
    note: str = field(default="", compare=False)

    def visitor_type(self, org_type: str) -> VisitorType | None:
        for rule in self.visitor_types:
            if rule.org_type == org_type:
                return rule
        return None

    def is_cosme(self, country: str, on: date | None = None) -> bool:
        if country in self.cosme_countries:
            return True
        if country == "GB" and self.uk_until is not None:
            return on is None or on <= self.uk_until
        return False

    def threshold(self, country: str) -> Decimal | None:
        return self.thresholds.get(country)

    def to_json(self) -> str:
        return json.dumps(rules_to_dict(self), ensure_ascii=False, indent=1, sort_keys=True)


DEFAULT_QUESTIONS: tuple[EvaluationQuestion, ...] = (
    # Marked so that the closing report's form asks them in the window's language; a
    # question the coordinator rewrites is shown as written.
    EvaluationQuestion(
        "objectives",
        QT_TRANSLATE_NOOP("labels", "The exchange met the objectives set in the Commitment to Quality"),
    ),
    EvaluationQuestion(
        "host", QT_TRANSLATE_NOOP("labels", "The host organisation was well prepared and helpful")
    ),
    EvaluationQuestion(
        "contacts", QT_TRANSLATE_NOOP("labels", "The exchange gave me useful business contacts")
    ),
    EvaluationQuestion(
        "knowledge", QT_TRANSLATE_NOOP("labels", "I learnt something I will use in my organisation")
    ),
    EvaluationQuestion(
        "support",
        QT_TRANSLATE_NOOP("labels", "The support of the partnership before and during the stay"),
    ),
)

DEFAULT_THRESHOLD = Decimal("780.00")


def default_rules(valid_from: date = date(2020, 1, 1)) -> Rules:
    """Version 1: the rules every installation starts with (the coordinator may publish newer)."""
    countries = tuple(sorted(EU27 | COSME_ASSOCIATED))
    return Rules(
        version=1,
        valid_from=valid_from,
        thresholds={code: DEFAULT_THRESHOLD for code in (*countries, "GB")},
        visitor_types=(
            VisitorType("cluster"),
            VisitorType("scaling_up", member_required=True),
            VisitorType("sme", member_required=True, cluster_required=True),
        ),
        cosme_countries=countries,
        evaluation_questions=DEFAULT_QUESTIONS,
        note="Defaults of the ClusterXchange pilot",
    )


def rules_to_dict(rules: Rules) -> dict[str, Any]:
    return {
        "thresholds": {k: str(v) for k, v in sorted(rules.thresholds.items())},
        "cap": str(rules.cap),
        "halve_below_days": rules.halve_below_days,
        "halve_below_km": rules.halve_below_km,
        "min_working_days": rules.min_working_days,
        "max_working_days": rules.max_working_days,
        "visitor_types": [
            {
                "org_type": v.org_type,
                "member_required": v.member_required,
                "cluster_required": v.cluster_required,
            }
            for v in rules.visitor_types
        ],
        "cosme_countries": list(rules.cosme_countries),
        "uk_until": rules.uk_until.isoformat() if rules.uk_until else None,
        "payment_days": rules.payment_days,
        "evidence_required": list(rules.evidence_required),
        "evidence_accepted": list(rules.evidence_accepted),
        "evaluation_questions": [{"id": q.id, "text": q.text} for q in rules.evaluation_questions],
    }


def _money(report: ValidationReport, where: str, raw: Any) -> Decimal:
    try:
        value = Decimal(str(raw))
    except (InvalidOperation, ValueError):
        report.error(
            where,
            Message(
                QT_TRANSLATE_NOOP("messages", "{raw} is not an amount in euros"), raw=repr(raw)
            ),
        )
        return Decimal(0)
    if not value.is_finite() or value <= 0:
        report.error(
            where,
            Message(
                QT_TRANSLATE_NOOP("messages", "the amount must be above 0, got {raw}"), raw=raw
            ),
        )
        return Decimal(0)
    if value != value.quantize(CENT):
        report.error(
            where,
            Message(
                QT_TRANSLATE_NOOP("messages", "amounts have at most 2 decimal places, got {raw}"),
                raw=raw,
            ),
        )
    return value.quantize(CENT)


def _whole(report: ValidationReport, where: str, raw: Any, low: int, high: int) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int):
        report.error(
            where,
            Message(
                QT_TRANSLATE_NOOP("messages", "must be a whole number, got {raw}"), raw=repr(raw)
            ),
        )
        return low
    if not low <= raw <= high:
        report.error(
            where,
            Message(
                QT_TRANSLATE_NOOP("messages", "must be between {low} and {high}, got {raw}"),
                low=low,
                high=high,
                raw=raw,
            ),
        )
    return raw


def rules_from_dict(data: dict[str, Any], version: int, valid_from: date, note: str = "") -> Rules:
    """Rules from their stored form; a ValidationError naming each bad field otherwise."""
    report = ValidationReport()
    defaults = default_rules()
    thresholds: dict[str, Decimal] = {}
    for code, raw in (data.get("thresholds") or {}).items():
        if len(code) != 2 or not code.isalpha() or code != code.upper():
            report.error(
                "thresholds",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "{code} is not an ISO country code (two capital letters)"
                    ),
                    code=repr(code),
                ),
            )
            continue
        thresholds[code] = _money(report, f"thresholds.{code}", raw)
    cap = _money(report, "cap", data.get("cap", defaults.cap))
    halve_days = _whole(report, "halve_below_days", data.get("halve_below_days", 5), 1, 60)
    halve_km = _whole(report, "halve_below_km", data.get("halve_below_km", 200), 0, 20_000)
    min_days = _whole(report, "min_working_days", data.get("min_working_days", 3), 1, 60)
    max_days = _whole(report, "max_working_days", data.get("max_working_days", 22), 1, 120)
    if min_days > max_days:
        report.error(
            "max_working_days",
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "the maximum ({maximum}) is below the minimum ({minimum})"
                ),
                maximum=max_days,
                minimum=min_days,
            ),
        )
    payment_days = _whole(report, "payment_days", data.get("payment_days", 10), 0, 365)
    visitor_types = tuple(
        VisitorType(
            str(v.get("org_type", "")),
            bool(v.get("member_required", False)),
            bool(v.get("cluster_required", False)),
        )
        for v in data.get("visitor_types") or []
    )
    for v in visitor_types:
        if v.org_type not in ORG_TYPE_LABELS:
            report.error(
                "visitor_types",
                Message(
                    QT_TRANSLATE_NOOP("messages", "{type} is not an organisation type"),
                    type=repr(v.org_type),
                ),
            )
    if not visitor_types:
        report.error(
            "visitor_types",
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "at least one organisation type must be allowed to visit"
                )
            ),
        )
    countries = tuple(sorted({str(c).upper() for c in data.get("cosme_countries") or []}))
    if not countries:
        report.error(
            "cosme_countries",
            Message(QT_TRANSLATE_NOOP("messages", "the list of COSME countries is empty")),
        )
    for code in countries:
        if code not in thresholds:
            report.error(
                "thresholds",
                Message(
                    QT_TRANSLATE_NOOP("messages", "no threshold for {country} ({code})"),
                    country=Country(code),
                    code=code,
                ),
            )
    uk_raw = data.get("uk_until")
    uk_until: date | None = None
    if uk_raw:
        try:
            uk_until = date.fromisoformat(str(uk_raw))
        except ValueError:
            report.error(
                "uk_until",
                Message(
                    QT_TRANSLATE_NOOP("messages", "{raw} is not a date (YYYY-MM-DD)"),
                    raw=repr(uk_raw),
                ),
            )
    questions = tuple(
        EvaluationQuestion(str(q.get("id", "")).strip(), str(q.get("text", "")).strip())
        for q in data.get("evaluation_questions") or []
    )
    ids = [q.id for q in questions]
    if any(not q.id or not q.text for q in questions):
        report.error(
            "evaluation_questions",
            Message(QT_TRANSLATE_NOOP("messages", "every question needs an id and a text")),
        )
    if len(set(ids)) != len(ids):
        report.error(
            "evaluation_questions",
            Message(QT_TRANSLATE_NOOP("messages", "two questions share the same id")),
        )
    if not report.ok:
        raise ValidationError(
            report,
            Message(
                QT_TRANSLATE_NOOP("messages", "programme rules version {version}: {problems}"),
                version=version,
                problems=listed([str(r) for r in report.errors]),
            ),
        )
    return Rules(
        version=version,
        valid_from=valid_from,
        thresholds=thresholds,
        cap=cap,
        halve_below_days=halve_days,
        halve_below_km=halve_km,
        min_working_days=min_days,
        max_working_days=max_days,
        visitor_types=visitor_types,
        cosme_countries=countries,
        uk_until=uk_until,
        payment_days=payment_days,
        evidence_required=tuple(data.get("evidence_required") or ()),
        evidence_accepted=tuple(data.get("evidence_accepted") or ()),
        evaluation_questions=questions,
        note=note,
    )


def rules_from_json(text: str, version: int, valid_from: date, note: str = "") -> Rules:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        report = ValidationReport()
        report.error(
            "rules_json",
            Message(
                QT_TRANSLATE_NOOP("messages", "not valid JSON (line {line}, column {column})"),
                line=exc.lineno,
                column=exc.colno,
            ),
        )
        raise ValidationError(report) from exc
    if not isinstance(data, dict):
        report = ValidationReport()
        report.error(
            "rules_json", Message(QT_TRANSLATE_NOOP("messages", "the rules must be a JSON object"))
        )
        raise ValidationError(report)
    return rules_from_dict(data, version, valid_from, note)
