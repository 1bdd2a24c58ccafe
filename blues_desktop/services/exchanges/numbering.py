"""Stable, office-prefixed references: ZIN-X-2026-007 for an exchange, ZIN-CX-2026-007
for its financial agreement. Numbers are never reused: cancelled and deleted rows
keep theirs, and the next number is one above the highest ever given."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from blues_desktop.store.models import Exchange


def next_exchange_number(session: Session, office: str, year: int) -> tuple[int, str]:
    highest = session.scalar(
        select(func.max(Exchange.number)).where(Exchange.office_id == office, Exchange.year == year)
    )
    number = int(highest or 0) + 1
    return number, f"{office}-X-{year}-{number:03d}"


def next_agreement_number(session: Session, office: str, year: int) -> str:
    prefix = f"{office}-CX-{year}-"
    taken = session.scalars(
        select(Exchange.agreement_number).where(Exchange.agreement_number.like(f"{prefix}%"))
    ).all()
    highest = max((int(n.rsplit("-", 1)[1]) for n in taken if n), default=0)
    return f"{prefix}{highest + 1:03d}"
