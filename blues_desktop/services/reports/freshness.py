"""How fresh each office's data is here: the newest bundle merged from each office (its
number, when it was written and imported) and, on a partner's laptop, the last of its
own bundles the coordinator acknowledged. An office whose newest data is older than a
chosen number of days, or that never sent any, is flagged."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from blues_desktop.domain.offices import COORDINATOR_CODE, OFFICE_CODES
from blues_desktop.services.bundle_state import (
    SETTING_ACK_SEQUENCE,
    get_setting,
    imported,
    last_export,
)
from blues_desktop.services.context import AppContext
from blues_desktop.store.models import BundleLog

DEFAULT_MAX_DAYS = 30


@dataclass(frozen=True, slots=True)
class OfficeFreshness:
    office: str
    sequence: int | None  # None: nothing merged from this office yet
    written_at: datetime | None
    imported_at: datetime | None
    age_days: int | None  # days since it was written

    def stale(self, max_days: int) -> bool:
        return self.age_days is None or self.age_days > max_days


@dataclass(frozen=True, slots=True)
class Acknowledged:
    """A partner's own data as the coordinator last confirmed it."""

    sequence: int | None  # None: no bundle acknowledged yet
    written_at: datetime | None
    confirmed_at: datetime | None  # when the coordinator's bundle saying so was imported
    age_days: int | None
    last_sent: int | None  # the newest bundle written here, acknowledged or not


@dataclass(frozen=True, slots=True)
class Freshness:
    office: str  # this installation's office
    checked_at: datetime
    max_days: int
    offices: tuple[OfficeFreshness, ...]  # the partners (coordinator) or the coordinator
    own: Acknowledged | None  # on a partner's laptop; None at the coordinator

    @property
    def stale(self) -> tuple[OfficeFreshness, ...]:
        return tuple(o for o in self.offices if o.stale(self.max_days))


def _age(now: datetime, then: datetime | None) -> int | None:
    return None if then is None else max((now - then).days, 0)


def _newest(session: Session, office: str, now: datetime) -> OfficeFreshness:
    merged = imported(session, office)
    if not merged:
        return OfficeFreshness(office, None, None, None, None)
    newest = merged[-1]
    return OfficeFreshness(
        office,
        newest.sequence,
        newest.bundle_created_at,
        newest.processed_at,
        _age(now, newest.bundle_created_at),
    )


def _acknowledged(session: Session, office: str, now: datetime) -> Acknowledged:
    raw = json.loads(get_setting(session, SETTING_ACK_SEQUENCE, "null"))
    sequence = raw if isinstance(raw, int) and not isinstance(raw, bool) else None
    sent = last_export(session, office)
    written = None
    if sequence is not None:
        written = session.scalars(
            select(BundleLog.bundle_created_at).where(
                BundleLog.direction == "export",
                BundleLog.office_id == office,
                BundleLog.sequence == sequence,
            )
        ).first()
    from_coordinator = imported(session, COORDINATOR_CODE)
    confirmed = from_coordinator[-1].processed_at if sequence and from_coordinator else None
    return Acknowledged(
        sequence, written, confirmed, _age(now, written), sent.sequence if sent else None
    )


def freshness(ctx: AppContext, max_days: int = DEFAULT_MAX_DAYS) -> Freshness:
    now = ctx.now()
    own_office = ctx.office_code
    # the coordinator hears from every partner; a partner only from the coordinator
    codes = (
        [code for code in OFFICE_CODES if code != own_office]
        if ctx.office.is_coordinator
        else [COORDINATOR_CODE]
    )
    with ctx.read() as session:
        offices = tuple(_newest(session, code, now) for code in codes)
        own = None if ctx.office.is_coordinator else _acknowledged(session, own_office, now)
    return Freshness(own_office, now, max_days, offices, own)
