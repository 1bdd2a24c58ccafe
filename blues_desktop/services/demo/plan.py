"""What each demo part gets: the office, the sizes, a seeded random source, and the
ids that earlier parts created (so exchanges pick real organisations and persons)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from blues_desktop.domain.offices import OfficeInfo
from blues_desktop.services.records import take_revisions


@dataclass(frozen=True, slots=True)
class DemoOffice:
    info: OfficeInfo

    @property
    def code(self) -> str:
        return self.info.code


@dataclass
class DemoPlan:
    office: DemoOffice
    organisations: int
    persons_per_organisation: int
    scale: float
    rng: random.Random
    now: datetime
    # Filled by the members part: (id, country, org_type, city) and (id, organisation_id)
    organisation_rows: list[tuple[str, str, str, str]] = field(default_factory=list)
    person_rows: list[tuple[str, str | None]] = field(default_factory=list)
    staff_person_ids: list[str] = field(default_factory=list)
    # Keeps a file in the data folder and returns its SHA-256 (the evidence of paid
    # exchanges); without it no demo exchange is paid.
    store_file: Callable[[bytes], str] | None = None

    def sync_columns(self, session: Session, count: int) -> list[dict[str, object]]:
        """`count` sets of sync columns, each with its own revision of this office."""
        first = take_revisions(session, self.office.code, count)
        return [
            {
                "office_id": self.office.code,
                "created_at": self.now,
                "updated_at": self.now,
                "revision": first + i,
                "deleted_at": None,
            }
            for i in range(count)
        ]
