"""The one way services create, change and delete travelling records.

Every change takes the next revision of the owning office, sets the timestamps and
writes an audit row in the same transaction. Records of another office are
refused: only the owner edits a record; others see it read-only.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import update
from sqlalchemy.orm import Session

from blues_desktop.domain.errors import NotFoundError, PermissionDeniedError
from blues_desktop.services.audit import json_value, record_audit
from blues_desktop.store.models import RevisionCounter, SyncMixin

T = TypeVar("T", bound=SyncMixin)


def next_revision(session: Session, office_code: str) -> int:
    """Take the next revision number of `office_code` (inside the caller's transaction)."""
    statement = (
        update(RevisionCounter)
        .where(RevisionCounter.office_id == office_code)
        .values(last_revision=RevisionCounter.last_revision + 1)
        .returning(RevisionCounter.last_revision)
    )
    value = session.execute(statement).scalar_one_or_none()
    if value is None:
        session.add(RevisionCounter(office_id=office_code, last_revision=1))
        session.flush()
        return 1
    return int(value)


def take_revisions(session: Session, office_code: str, count: int) -> int:
    """Reserve `count` revisions at once (bulk work); returns the first of them."""
    statement = (
        update(RevisionCounter)
        .where(RevisionCounter.office_id == office_code)
        .values(last_revision=RevisionCounter.last_revision + count)
        .returning(RevisionCounter.last_revision)
    )
    last = session.execute(statement).scalar_one()
    return int(last) - count + 1


def describe(record: SyncMixin) -> str:
    return type(record).__tablename__  # type: ignore[attr-defined, no-any-return]


def ensure_owned(ctx: Any, record: SyncMixin) -> None:
    if record.office_id != ctx.office_code:
        raise PermissionDeniedError(
            f"this record belongs to office {record.office_id}; only that office can change it "
            f"(you are {ctx.office_code})"
        )


def get_live(session: Session, model: type[T], record_id: str, what: str | None = None) -> T:
    """A record by id that is not deleted, or a NotFoundError naming what was looked for."""
    record = session.get(model, record_id)
    if record is None or record.deleted_at is not None:
        raise NotFoundError(f"no {what or model.__tablename__} with id {record_id}")  # type: ignore[attr-defined]
    return record


def create(session: Session, ctx: Any, record: T, *, reason: str | None = None) -> T:
    """Stamp a new record for this office and add it, with an audit row."""
    now = ctx.now()
    record.office_id = ctx.office_code
    record.created_at = now
    record.updated_at = now
    record.revision = next_revision(session, ctx.office_code)
    session.add(record)
    session.flush()
    values = {
        column.key: getattr(record, column.key)
        for column in record.__table__.columns  # type: ignore[attr-defined]
        if column.key not in ("created_at", "updated_at", "revision")
    }
    record_audit(session, ctx, "create", describe(record), record.id, values, reason)
    return record


def update_fields(
    session: Session, ctx: Any, record: T, values: dict[str, Any], *, reason: str | None = None
) -> dict[str, tuple[Any, Any]]:
    """Apply changed fields only; returns {field: (old, new)}. No change, no revision."""
    ensure_owned(ctx, record)
    changed: dict[str, tuple[Any, Any]] = {}
    for key, new in values.items():
        old = getattr(record, key)
        if old != new:
            changed[key] = (old, new)
            setattr(record, key, new)
    if changed:
        record.updated_at = ctx.now()
        record.revision = next_revision(session, ctx.office_code)
        record_audit(
            session,
            ctx,
            "update",
            describe(record),
            record.id,
            {k: [json_value(o), json_value(n)] for k, (o, n) in changed.items()},
            reason,
        )
    return changed


def tombstone(session: Session, ctx: Any, record: SyncMixin, *, reason: str | None = None) -> None:
    """Delete by tombstone, so the deletion travels in bundles."""
    ensure_owned(ctx, record)
    now = ctx.now()
    record.deleted_at = now
    record.updated_at = now
    record.revision = next_revision(session, ctx.office_code)
    record_audit(session, ctx, "delete", describe(record), record.id, None, reason)


def restore(session: Session, ctx: Any, record: SyncMixin, *, reason: str | None = None) -> None:
    """Undo a tombstone (undo of the last delete)."""
    ensure_owned(ctx, record)
    record.deleted_at = None
    record.updated_at = ctx.now()
    record.revision = next_revision(session, ctx.office_code)
    record_audit(session, ctx, "restore", describe(record), record.id, None, reason)
