"""Writing one table's planned rows with the driver's executemany.

The rows arrive verified, as value tuples in the table's column order; each column's
bind conversion (an aware moment to the stored form, euros to cents) is looked up once
per table and applied here, so no statement is compiled per chunk and no dict is built
per row: the write costs about what a bare executemany of the same rows costs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from blues_desktop.bundles.plan import NEW, REPLACE, UPDATE, TablePlan
from blues_desktop.bundles.rows import REMEMBERED
from blues_desktop.services.context import AppContext
from blues_desktop.services.merge_trail import note_merged

_MARKS = {"qmark": "?", "format": "%s", "pyformat": "%s"}
_UNSEEN = object()


class TableWriter:
    def __init__(self, session: Session, table: Table, columns: Sequence[str]) -> None:
        dialect = session.connection().dialect
        quote = dialect.identifier_preparer.quote
        mark = _MARKS.get(dialect.paramstyle, "?")
        self.table = table.name
        self.id_at = list(columns).index("id")
        self.revision_at = list(columns).index("revision")
        self.office_at = list(columns).index("office_id")
        # (column, its conversion, the values converted so far): a moment or an amount
        # repeated across rows is converted once.
        self.convert: list[tuple[int, Callable[[Any], Any], dict[Any, Any]]] = []
        for at, name in enumerate(columns):
            kind = table.columns[name].type
            process = kind.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                self.convert.append((at, process, {}))
        names = ", ".join(quote(name) for name in columns)
        self.insert = (
            f"INSERT INTO {quote(table.name)} ({names}) VALUES ({', '.join([mark] * len(columns))})"
        )
        # The values without the id, then the id: the order of the UPDATE's markers.
        self.others = [at for at in range(len(columns)) if at != self.id_at]
        sets = ", ".join(f"{quote(columns[at])} = {mark}" for at in self.others)
        self.update = f"UPDATE {quote(table.name)} SET {sets} WHERE {quote('id')} = {mark}"
        self.replace = (
            f"UPDATE {quote(table.name)} SET {sets}, {quote('id')} = {mark} "
            f"WHERE {quote('id')} = {mark}"
        )

    def _stored(self, row: tuple[Any, ...]) -> list[Any]:
        values = list(row)
        for at, process, known in self.convert:
            value = values[at]
            stored = known.get(value, _UNSEEN)
            if stored is _UNSEEN:
                stored = process(value)
                if len(known) < REMEMBERED:
                    known[value] = stored
            values[at] = stored
        return values

    def write(
        self,
        session: Session,
        ctx: AppContext,
        rows: Sequence[tuple[Any, ...]],
        plan: TablePlan,
        start: int,
    ) -> int:
        """Write a chunk of rows (those from row `start` of the table) as the plan says;
        the highest revision of this office's own records among the new ones."""
        actions = plan.actions[start : start + len(rows)]
        new: list[tuple[Any, ...]] = []
        changed: list[tuple[Any, ...]] = []
        replacing: list[tuple[Any, ...]] = []
        noted: list[tuple[str, int]] = []
        own_highest = 0
        id_at, revision_at, office_at = self.id_at, self.revision_at, self.office_at
        for row, action in zip(rows, actions, strict=True):
            if action == NEW:
                new.append(tuple(self._stored(row)))
                if row[office_at] == ctx.office_code and row[revision_at] > own_highest:
                    own_highest = row[revision_at]
            elif action == UPDATE:
                values = self._stored(row)
                changed.append((*[values[at] for at in self.others], row[id_at]))
            elif action == REPLACE:
                # A record new here that takes the place of the owner's earlier record
                # with the same natural key: that record gets the incoming id and values.
                values = self._stored(row)
                replacing.append(
                    (*[values[at] for at in self.others], row[id_at], plan.replaces[row[id_at]])
                )
            else:
                continue
            noted.append((row[id_at], row[revision_at]))
        note_merged(session, self.table, noted)
        connection = session.connection()
        if new:
            connection.exec_driver_sql(self.insert, new)
        if changed:
            connection.exec_driver_sql(self.update, changed)
        if replacing:
            connection.exec_driver_sql(self.replace, replacing)
        return own_highest
