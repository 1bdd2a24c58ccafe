"""Realistic demo data for one or all five offices, at a chosen scale.

Scale 1 gives each office about 100 organisations and 200 persons (500 and 1,000
in all), a handful of staff, and whatever the exchanges, events and timesheets
modules add; scale 100 gives about 50,000 organisations and 100,000 persons. The
benchmarks reuse this generator. Rows are inserted with Core executemany in one
transaction per office: the ORM is too slow for 150,000 rows.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from blues_desktop.domain.cancel import CancelToken, ProgressFn, report
from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.domain.errors import ConfigurationError
from blues_desktop.domain.offices import OFFICE_CODES, office_info
from blues_desktop.services.attachments import store_bytes
from blues_desktop.services.audit import record_audit
from blues_desktop.services.context import AppContext
from blues_desktop.services.demo import members as demo_members
from blues_desktop.services.demo.plan import DemoOffice, DemoPlan

ORGANISATIONS_PER_OFFICE = 100
PERSONS_PER_ORGANISATION = 2


@dataclass(frozen=True, slots=True)
class DemoResult:
    offices: tuple[str, ...]
    rows: dict[str, int] = field(default_factory=dict)
    changes: Changes = Changes.of(Kind.MEMBERS, Kind.EXCHANGES, Kind.EVENTS, Kind.TIMESHEETS)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def _extra_generators() -> list:  # type: ignore[type-arg]
    """The other modules' demo parts, in dependency order (members first)."""
    from blues_desktop.services.demo import events, exchanges, timesheets

    return [timesheets.add_demo, exchanges.add_demo, events.add_demo]


def generate(
    ctx: AppContext,
    *,
    scale: float = 1.0,
    offices: Sequence[str] | None = None,
    seed: int = 874426,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> DemoResult:
    """Fill the database with demo data for `offices` (default: all five)."""
    if scale <= 0:
        raise ConfigurationError(f"the scale must be above 0, got {scale}")
    codes = tuple(office_info(code).code for code in (offices or OFFICE_CODES))
    rng = random.Random(seed)
    rows: dict[str, int] = {}
    for index, code in enumerate(codes):
        if cancel is not None:
            cancel.raise_if_cancelled()
        report(progress, index, len(codes), f"office {code}")
        plan = DemoPlan(
            office=DemoOffice(office_info(code)),
            organisations=max(5, round(ORGANISATIONS_PER_OFFICE * scale)),
            persons_per_organisation=PERSONS_PER_ORGANISATION,
            scale=scale,
            rng=random.Random(rng.random()),
            now=ctx.now(),
            store_file=lambda data: store_bytes(ctx, data).name,
        )
        with ctx.transaction() as session:
            counts = demo_members.add_demo(session, plan)
            for add in _extra_generators():
                counts.update(add(session, plan))
            record_audit(session, ctx, "demo", "offices", code, {k: v for k, v in counts.items()})
        for table, count in counts.items():
            rows[table] = rows.get(table, 0) + count
    report(progress, len(codes), len(codes), "done")
    return DemoResult(codes, rows)
