"""Registering an exchange and changing it later; eligibility is checked every time.

Organisations and persons come from the register or are created here in the same
transaction, so a refused registration leaves nothing behind.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.domain.countries import is_known, normalise_code
from blues_desktop.domain.errors import PermissionDeniedError, ValidationError
from blues_desktop.domain.exchanges.rules import ORG_TYPE_LABELS
from blues_desktop.domain.exchanges.workflow import (
    CLOSED,
    LUMP_SUM_FIXED_FROM,
    State,
    at_least,
)
from blues_desktop.domain.labels import label_of_field
from blues_desktop.domain.names import name_key
from blues_desktop.domain.offices import OFFICE_CODES
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services import records
from blues_desktop.services.attachments import attach_file
from blues_desktop.services.context import AppContext
from blues_desktop.services.exchanges.assess import (
    Assessment,
    ExchangeDraft,
    assess,
    require_ok,
    requires_host,
)
from blues_desktop.services.exchanges.numbering import next_exchange_number
from blues_desktop.services.exchanges.queries import resolve_exchange
from blues_desktop.services.exchanges.rules import rules_in_force
from blues_desktop.store.models import Exchange, ExchangeStatusChange, Organisation, Person

CV_MAX_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class NewOrganisation:
    legal_name: str
    org_type: str
    country: str
    city: str | None = None
    is_member: bool = True


@dataclass(frozen=True, slots=True)
class NewPerson:
    first_name: str
    last_name: str
    email: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Registration:
    visitor_org_id: str | None = None
    new_visitor_org: NewOrganisation | None = None
    visitor_person_id: str | None = None
    new_visitor_person: NewPerson | None = None
    visitor_cluster_id: str | None = None
    host_org_id: str | None = None
    new_host_org: NewOrganisation | None = None
    visitor_partnership: str | None = None  # default: this office
    host_partnership: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    manual_km: int | None = None
    motivation: str | None = None
    preferences: dict[str, str] = field(default_factory=dict)  # sector, country, dates
    cv_path: Path | None = None
    override_reason: str | None = None


@dataclass(frozen=True, slots=True)
class ExchangeResult:
    exchange_id: str
    reference: str
    state: str
    warnings: tuple[str, ...]
    changes: Changes


def _new_organisation(session: Session, ctx: AppContext, data: NewOrganisation, role: str) -> str:
    report = ValidationReport()
    name = data.legal_name.strip()
    if not name:
        report.error(
            f"{role}_org",
            Message(QT_TRANSLATE_NOOP("messages", "give the visitor organisation's name"))
            if role == "visitor"
            else Message(QT_TRANSLATE_NOOP("messages", "give the host organisation's name")),
        )
    if data.org_type not in ORG_TYPE_LABELS:
        report.error(
            f"{role}_org",
            Message(
                QT_TRANSLATE_NOOP("messages", "{type} is not an organisation type"),
                type=repr(data.org_type),
            ),
        )
    country = normalise_code(data.country or "")
    if not is_known(country):
        report.error(
            f"{role}_org",
            Message(
                QT_TRANSLATE_NOOP("messages", "{code} is not a country code (e.g. ES, PL)"),
                code=repr(data.country),
            ),
        )
    if not report.ok:
        raise ValidationError(report)
    org = records.create(
        session,
        ctx,
        Organisation(
            legal_name=name,
            org_type=data.org_type,
            country=country,
            city=(data.city or "").strip() or None,
            is_member=data.is_member,
            name_key=name_key(name),
        ),
    )
    return org.id


def _new_person(session: Session, ctx: AppContext, data: NewPerson, org_id: str) -> str:
    if not data.first_name.strip() or not data.last_name.strip():
        report = ValidationReport()
        report.error(
            "visitor_person",
            Message(
                QT_TRANSLATE_NOOP("messages", "give the travelling person's first and last name")
            ),
        )
        raise ValidationError(report)
    person = records.create(
        session,
        ctx,
        Person(
            first_name=data.first_name.strip(),
            last_name=data.last_name.strip(),
            email=(data.email or "").strip() or None,
            country=normalise_code(data.country) if data.country else None,
            organisation_id=org_id,
        ),
    )
    return person.id


def _partnership(code: str | None, default: str, what: str) -> str:
    chosen = (code or default).strip().upper()
    if chosen not in OFFICE_CODES:
        report = ValidationReport()
        report.error(
            what,
            Message(
                QT_TRANSLATE_NOOP("messages", "{code} is not a BLUES partnership ({codes})"),
                code=repr(code),
                codes=", ".join(OFFICE_CODES),
            ),
        )
        raise ValidationError(report)
    return chosen


def add_status_change(
    session: Session,
    ctx: AppContext,
    exchange: Exchange,
    before: str | None,
    after: str,
    on: date,
    reason: str | None = None,
) -> None:
    records.create(
        session,
        ctx,
        ExchangeStatusChange(
            exchange_id=exchange.id,
            from_state=before,
            to_state=after,
            changed_on=on,
            changed_by=ctx.user_name,
            reason=reason,
        ),
        reason=reason,
    )


def _lump_values(assessment: Assessment) -> dict[str, Any]:
    lump = assessment.lump_sum
    distance = assessment.distance
    return {
        "working_days": assessment.working_days,
        "distance_km": distance.km if distance else None,
        "distance_manual": bool(distance and distance.manual),
        "lump_sum": lump.amount if lump else None,
        "rules_version": lump.rules_version if lump else None,
    }


def register(ctx: AppContext, data: Registration) -> ExchangeResult:
    """Register an exchange in state `registered`; refused whole if any rule fails."""
    today = ctx.now().date()
    with ctx.transaction() as session:
        visitor_id = data.visitor_org_id
        if data.new_visitor_org is not None:
            visitor_id = _new_organisation(session, ctx, data.new_visitor_org, "visitor")
        if not visitor_id:
            report = ValidationReport()
            report.error(
                "visitor_org",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "choose the visiting organisation or enter a new one"
                    )
                ),
            )
            raise ValidationError(report)
        host_id = data.host_org_id
        if data.new_host_org is not None:
            host_id = _new_organisation(session, ctx, data.new_host_org, "host")
        person_id = data.visitor_person_id
        if data.new_visitor_person is not None:
            person_id = _new_person(session, ctx, data.new_visitor_person, visitor_id)
        draft = ExchangeDraft(
            visitor_org_id=visitor_id,
            visitor_cluster_id=data.visitor_cluster_id,
            host_org_id=host_id,
            start_date=data.start_date,
            end_date=data.end_date,
            manual_km=data.manual_km,
            override_reason=(data.override_reason or "").strip() or None,
        )
        rules = rules_in_force(session)
        assessment = assess(session, draft, rules, today, require_host=False)
        require_ok(assessment)
        number, reference = next_exchange_number(session, ctx.office_code, today.year)
        exchange = records.create(
            session,
            ctx,
            Exchange(
                reference=reference,
                number=number,
                year=today.year,
                state=State.REGISTERED.value,
                visitor_org_id=visitor_id,
                visitor_person_id=person_id,
                visitor_cluster_id=data.visitor_cluster_id,
                host_org_id=host_id,
                visitor_partnership=_partnership(
                    data.visitor_partnership, ctx.office_code, "visitor_partnership"
                ),
                host_partnership=_partnership(
                    data.host_partnership, ctx.office_code, "host_partnership"
                )
                if data.host_partnership
                else None,
                start_date=data.start_date,
                end_date=data.end_date,
                motivation=data.motivation,
                preferences=json.dumps(data.preferences, ensure_ascii=False)
                if data.preferences
                else None,
                override_reason=draft.override_reason,
                **_lump_values(assessment),
            ),
            reason=draft.override_reason,
        )
        add_status_change(session, ctx, exchange, None, State.REGISTERED.value, today)
        if data.cv_path is not None:
            attach_file(
                session,
                ctx,
                data.cv_path,
                owner_table="exchanges",
                owner_id=exchange.id,
                kind="cv",
                max_bytes=CV_MAX_BYTES,
            )
        warnings = tuple(r.message for r in assessment.report.warnings)
        return ExchangeResult(
            exchange.id,
            reference,
            exchange.state,
            warnings,
            Changes.of(Kind.EXCHANGES, Kind.MEMBERS),
        )


# Fields a user may change, and the states after which each is frozen.
EDITABLE: dict[str, State | None] = {
    "visitor_person_id": None,
    "visitor_cluster_id": State.MATCHED,
    "host_org_id": State.MATCHED,
    "host_partnership": State.MATCHED,
    "start_date": State.CTQ_SIGNED,
    "end_date": State.CTQ_SIGNED,
    "manual_km": State.CTQ_SIGNED,
    "motivation": None,
    "preferences": None,
    "goals": State.CTQ_SIGNED,
    "objectives": State.CTQ_SIGNED,
    "agenda": State.CTQ_SIGNED,
    "override_reason": State.CTQ_SIGNED,
}


def _check_frozen(exchange: Exchange, values: dict[str, Any]) -> None:
    state = State(exchange.state)
    report = ValidationReport()
    if state in CLOSED:
        report.error(
            "state",
            Message(
                QT_TRANSLATE_NOOP("messages", "{reference} is {state}; it can no longer change"),
                reference=exchange.reference,
                state=Message.label(state.label),
            ),
        )
    for key in values:
        field = Message.label(label_of_field("exchanges", key))
        if key not in EDITABLE:
            report.error(
                key,
                Message(
                    QT_TRANSLATE_NOOP("messages", "{field} cannot be changed here"), field=field
                ),
            )
            continue
        frozen_at = EDITABLE[key]
        if frozen_at is not None and at_least(state, frozen_at):
            report.error(
                key,
                Message(
                    QT_TRANSLATE_NOOP("messages", "{field} is fixed once the exchange is {state}"),
                    field=field,
                    state=Message.label(frozen_at.label),
                ),
            )
    if not report.ok:
        raise ValidationError(report)


def _agenda_json(agenda: Any) -> str | None:
    if agenda is None:
        return None
    items = [{"day": str(day), "text": str(text).strip()} for day, text in agenda]
    return json.dumps(items, ensure_ascii=False)


def update_exchange(
    ctx: AppContext, id_or_reference: str, values: dict[str, Any], *, reason: str | None = None
) -> ExchangeResult:
    """Change fields of an exchange; eligibility and the lump sum are checked again."""
    today = ctx.now().date()
    with ctx.transaction() as session:
        exchange = resolve_exchange(session, id_or_reference)
        if exchange.office_id != ctx.office_code:
            raise PermissionDeniedError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{reference} belongs to office {office}; only that office can change it",
                    ),
                    reference=exchange.reference,
                    office=exchange.office_id,
                )
            )
        _check_frozen(exchange, values)
        updates = dict(values)
        manual_km = updates.pop(
            "manual_km", exchange.distance_km if exchange.distance_manual else None
        )
        if "agenda" in updates:
            updates["agenda"] = _agenda_json(updates["agenda"])
        if "preferences" in updates and isinstance(updates["preferences"], dict):
            updates["preferences"] = json.dumps(updates["preferences"], ensure_ascii=False)
        if "host_partnership" in updates and updates["host_partnership"]:
            updates["host_partnership"] = _partnership(
                updates["host_partnership"], ctx.office_code, "host_partnership"
            )
        draft_values = {
            "visitor_org_id": exchange.visitor_org_id,
            "visitor_cluster_id": updates.get("visitor_cluster_id", exchange.visitor_cluster_id),
            "host_org_id": updates.get("host_org_id", exchange.host_org_id),
            "start_date": updates.get("start_date", exchange.start_date),
            "end_date": updates.get("end_date", exchange.end_date),
            "manual_km": manual_km,
            "override_reason": updates.get("override_reason", exchange.override_reason),
            "exchange_id": exchange.id,
        }
        draft = ExchangeDraft(**draft_values)
        state = State(exchange.state)
        rules = rules_in_force(session)
        assessment = assess(session, draft, rules, today, require_host=requires_host(state))
        require_ok(assessment)
        if not at_least(state, LUMP_SUM_FIXED_FROM):
            updates.update(_lump_values(assessment))
        records.update_fields(session, ctx, exchange, updates, reason=reason)
        warnings = tuple(r.message for r in assessment.report.warnings)
        return ExchangeResult(
            exchange.id, exchange.reference, exchange.state, warnings, Changes.of(Kind.EXCHANGES)
        )
