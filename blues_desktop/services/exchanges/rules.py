"""The programme rules as stored versions: read the one in force, publish a new one.

Only the coordinator publishes rules; partners receive them in the coordinator's
bundle. Without any stored version the built-in defaults (version 1) apply, the same
values the coordinator's first version holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.domain.errors import NotFoundError, PermissionDeniedError
from blues_desktop.domain.exchanges.rules import (
    Rules,
    default_rules,
    rules_from_dict,
    rules_from_json,
)
from blues_desktop.domain.offices import COORDINATOR_CODE
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.services import records
from blues_desktop.services.context import AppContext
from blues_desktop.store.models import ProgrammeRules


@dataclass(frozen=True, slots=True)
class RulesVersion:
    version: int
    valid_from: date
    note: str
    office_id: str
    stored: bool  # False for the built-in defaults when nothing is stored yet


@dataclass(frozen=True, slots=True)
class RulesResult:
    rules: Rules
    changes: Changes


def _from_row(row: ProgrammeRules) -> Rules:
    return rules_from_json(row.rules_json, row.version, row.valid_from, row.note or "")


def rules_in_force(session: Session, on: date | None = None) -> Rules:
    """The newest version valid on `on` (default: the newest of all); defaults if none."""
    query = select(ProgrammeRules).where(ProgrammeRules.deleted_at.is_(None))
    if on is not None:
        query = query.where(ProgrammeRules.valid_from <= on)
    row = session.scalars(query.order_by(ProgrammeRules.version.desc()).limit(1)).first()
    if row is None:
        return default_rules()
    return _from_row(row)


def rules_version(session: Session, version: int) -> Rules:
    """A given version (the one an agreement was computed under)."""
    row = session.scalars(
        select(ProgrammeRules).where(
            ProgrammeRules.version == version, ProgrammeRules.deleted_at.is_(None)
        )
    ).first()
    if row is None:
        if version == 1:
            return default_rules()
        raise NotFoundError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "programme rules version {version} are not in this database"
                ),
                version=version,
            )
        )
    return _from_row(row)


def current_rules(ctx: AppContext) -> Rules:
    with ctx.read() as session:
        return rules_in_force(session)


def list_versions(ctx: AppContext) -> list[RulesVersion]:
    with ctx.read() as session:
        rows = session.scalars(
            select(ProgrammeRules)
            .where(ProgrammeRules.deleted_at.is_(None))
            .order_by(ProgrammeRules.version)
        ).all()
        if not rows:
            d = default_rules()
            return [RulesVersion(d.version, d.valid_from, d.note, COORDINATOR_CODE, False)]
        return [
            RulesVersion(r.version, r.valid_from, r.note or "", r.office_id, True) for r in rows
        ]


def _store(session: Session, ctx: AppContext, rules: Rules, reason: str | None) -> None:
    records.create(
        session,
        ctx,
        ProgrammeRules(
            version=rules.version,
            valid_from=rules.valid_from,
            rules_json=rules.to_json(),
            note=rules.note or None,
        ),
        reason=reason,
    )


def ensure_defaults(session: Session, ctx: AppContext) -> bool:
    """Store version 1 (the defaults) if the coordinator has none yet; True if stored."""
    if ctx.office_code != COORDINATOR_CODE:
        return False
    count = session.scalar(select(func.count()).select_from(ProgrammeRules))
    if count:
        return False
    _store(session, ctx, default_rules(), "default programme rules")
    return True


def publish_rules(
    ctx: AppContext, rules: str | dict[str, Any], valid_from: date, note: str = ""
) -> RulesResult:
    """Store a new version of the rules (coordinator only); earlier versions stay as they were.

    `rules` is their stored form: JSON text (a file given to the CLI) or the dict a form
    builds. Every field is checked before anything is written."""
    if ctx.office_code != COORDINATOR_CODE:
        raise PermissionDeniedError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "the programme rules are kept by the coordinator ({coordinator}); office "
                    "{office} receives them in the coordinator's bundle",
                ),
                coordinator=COORDINATOR_CODE,
                office=ctx.office_code,
            )
        )
    with ctx.transaction() as session:
        ensure_defaults(session, ctx)
        latest = session.scalar(select(func.max(ProgrammeRules.version))) or 0
        version = latest + 1
        new = (
            rules_from_json(rules, version, valid_from, note)
            if isinstance(rules, str)
            else rules_from_dict(rules, version, valid_from, note)
        )
        _store(session, ctx, new, note or "new version of the programme rules")
    return RulesResult(new, Changes.of(Kind.RULES, Kind.EXCHANGES))
