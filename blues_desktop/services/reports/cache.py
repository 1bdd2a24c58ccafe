"""The dashboard's last figures, kept while nothing they are read from has changed: a
refresh with the same data, period and as-of date costs a few index look-ups instead
of reading every exchange, member, event and timesheet again.

"Nothing changed" is told by the data's stamp: for every travelling table, its row
count and the highest revision of each office. Every change, a bundle's included,
gives the record a new revision of its office, and a record removed lowers the count,
so a different stamp means different data. The stamp is read before the figures: a
change landing between the two leaves a stamp older than the figures, which only
means the next refresh reads them again. The page also drops the figures when the
change hub announces a change it shows.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from blues_desktop.domain.offices import OFFICE_CODES
from blues_desktop.services.context import AppContext
from blues_desktop.services.reports.pack import ReportPack
from blues_desktop.services.reports.periods import Window
from blues_desktop.store.models import Base
from blues_desktop.store.models.base import is_sync_table

Stamp = tuple[int | None, ...]


def data_stamp(session: Session) -> Stamp:
    """Each travelling table's row count and each office's highest revision in it, in
    one statement: every part is read from an index (office, revision) or a count."""
    parts = []
    for table in Base.metadata.sorted_tables:
        if not is_sync_table(table):
            continue
        parts.append(select(func.count()).select_from(table).scalar_subquery())
        parts += [
            select(func.max(table.c.revision)).where(table.c.office_id == code).scalar_subquery()
            for code in OFFICE_CODES
        ]
    return tuple(session.execute(select(*parts)).one())


class FiguresCache:
    """One window's figures and the stamp of the data they were read from (the last
    asked for: switching back and forth between two periods reads each again)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # asked from the database thread, cleared from the GUI
        self._kept: tuple[Window, Stamp, ReportPack] | None = None

    def clear(self) -> None:
        with self._lock:
            self._kept = None

    def figures(
        self, ctx: AppContext, window: Window, read: Callable[[AppContext, Window], ReportPack]
    ) -> ReportPack:
        """The figures of `window`: kept ones while the data's stamp is the same, else
        read with `read` and kept."""
        with ctx.read() as session:
            stamp = data_stamp(session)
        with self._lock:
            kept = self._kept
        if kept is not None and kept[0] == window and kept[1] == stamp:
            return kept[2]
        pack = read(ctx, window)
        with self._lock:
            self._kept = (window, stamp, pack)
        return pack
