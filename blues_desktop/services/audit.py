"""The audit log: every change a service makes, with who, when, what and why."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from blues_desktop.store.models import AuditLog


def json_value(value: Any) -> Any:
    """A value as it appears in the audit log and in bundles' JSON."""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def record_audit(
    session: Session,
    ctx: Any,
    action: str,
    table_name: str,
    record_id: str,
    changes: dict[str, Any] | None = None,
    reason: str | None = None,
) -> AuditLog:
    """Add one audit row in the caller's transaction (so it commits or rolls back with it)."""
    entry = AuditLog(
        at=ctx.now(),
        user_name=ctx.user_name,
        office_id=ctx.office_code,
        action=action,
        table_name=table_name,
        record_id=str(record_id),
        changes=json.dumps(
            {k: json_value(v) for k, v in (changes or {}).items()}, ensure_ascii=False
        ),
        reason=reason,
    )
    session.add(entry)
    return entry
