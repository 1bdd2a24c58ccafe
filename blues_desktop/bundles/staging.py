"""A bundle's verified rows, kept on disk from the checks to the merge.

The merge plan reads across tables (a person's organisation, an exchange's host), so the
rows of every table were held in memory from the checks to the merge: hundreds of
megabytes for a large bundle. Here each verified row is written to a scratch SQLite file,
its values pickled with the other rows of its chunk, beside the few facts the plan asks
about across rows (id, owner, revision, deletion, each natural key, each reference). The plan queries those facts; the merge and
the rare row the plan names are read back a chunk at a time. Memory stays about the
same whatever the size of the bundle.

The file lives in a folder of its own, made private by `tempfile.mkdtemp`, and is deleted
when the rows are closed (after an import) or no longer referenced.
"""

from __future__ import annotations

import pickle
import shutil
import sqlite3
import tempfile
import weakref
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from operator import itemgetter
from pathlib import Path
from typing import Any, overload

from sqlalchemy import Table, UniqueConstraint

CHUNK = 5_000  # rows pickled, written and read back at once
LOOKUP = 500  # values asked at once (under SQLite's limit on bound values)


def _canonical(value: Any) -> Any:
    """A key value whose text is equal exactly when the values are."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, Decimal):
        return str(value.normalize())
    return value


def key_text(values: Sequence[Any]) -> str | None:
    """A natural key as text to compare in SQL; None when a value is empty (empty values
    never collide, as in the database)."""
    if len(values) == 1 and type(values[0]) is str:
        return values[0]  # the usual key (a reference, a version): its text as it is
    if any(value is None for value in values):
        return None
    return repr(tuple(_canonical(value) for value in values))


def _close(connection: sqlite3.Connection, folder: str) -> None:
    connection.close()
    shutil.rmtree(folder, ignore_errors=True)


class Staging:
    """The scratch file of one bundle's rows; a table of it per table of the bundle."""

    def __init__(self) -> None:
        self.folder = tempfile.mkdtemp(prefix="blues-staging-")
        # The verify runs on a worker thread, its rows are read on another: one user at a time.
        self.connection = sqlite3.connect(
            Path(self.folder) / "rows.sqlite", isolation_level=None, check_same_thread=False
        )
        # A scratch file: nothing to recover after a crash, so no journal and no syncing.
        self.connection.execute("PRAGMA journal_mode = OFF")
        self.connection.execute("PRAGMA synchronous = OFF")
        self.tables = 0
        self._finalizer = weakref.finalize(self, _close, self.connection, self.folder)

    def table(self, table: Table) -> StagedRows:
        self.tables += 1
        return StagedRows(self, table, f"t{self.tables}")

    def close(self) -> None:
        self._finalizer()

    @property
    def closed(self) -> bool:
        return not self._finalizer.alive


class StagedRows:
    """One table's verified rows as value tuples in the table's column order, on disk.

    Row numbers count from 0 in the bundle's order; chunk k holds rows k*CHUNK onwards,
    pickled at once (a value repeated in a chunk, a moment or an owner, is written once).
    Beside them, each row keeps its id, owner, revision, deletion moment, the text of each natural key (`key_<n>`, in the order
    of `uniques`) and each reference (`ref_<n>`, in the order of `refs`), and `written`:
    whether the plan writes it (set by `mark_skipped`)."""

    def __init__(self, staging: Staging, table: Table, name: str) -> None:
        self.staging = staging
        self.db = staging.connection
        self.table = table
        self.name = name
        self.columns: tuple[str, ...] = tuple(table.columns.keys())
        self.at = {column: i for i, column in enumerate(self.columns)}
        self.uniques: list[tuple[str, ...]] = [
            tuple(c.name for c in constraint.columns)
            for constraint in table.constraints
            if isinstance(constraint, UniqueConstraint)
        ]
        self.refs: list[str] = sorted({fk.parent.name for fk in table.foreign_keys})
        self._key_at = [tuple(self.at[c] for c in key) for key in self.uniques]
        self._ref_at = [self.at[c] for c in self.refs]
        # id, owner, revision, deletion moment, then the references: one C call per row
        self._facts = itemgetter(
            *(self.at[c] for c in ("id", "office_id", "revision", "deleted_at")), *self._ref_at
        )
        extra = [f"key_{k} TEXT" for k in range(len(self.uniques))]
        extra += [f"ref_{k} TEXT" for k in range(len(self.refs))]
        self.db.execute(
            f"CREATE TABLE {name} (n INTEGER PRIMARY KEY, id TEXT, office TEXT, revision INTEGER, "
            f"deleted TEXT, written INTEGER NOT NULL DEFAULT 1, {', '.join(extra)})"
        )
        self.db.execute(f"CREATE TABLE {name}_chunks (k INTEGER PRIMARY KEY, data BLOB)")
        names = (
            ["id", "office", "revision", "deleted"]
            + [f"ref_{k}" for k in range(len(self.refs))]
            + [f"key_{k}" for k in range(len(self.uniques))]
        )
        self._insert = (
            f"INSERT INTO {name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
        )
        self._insert_first = f"INSERT INTO {name} (n, {', '.join(names)}) VALUES ({', '.join('?' * (1 + len(names)))})"
        self._deleted = itemgetter(self.at["deleted_at"])
        self._rows: list[tuple[Any, ...]] = []
        self._cached: tuple[int, list[tuple[Any, ...]]] = (-1, [])
        self.count = 0
        self._indexed: set[str] = set()

    # -- writing ------------------------------------------------------------------------
    def add(self, row: tuple[Any, ...]) -> None:
        self._rows.append(row)
        if len(self._rows) >= CHUNK:
            self._flush()

    def _flush(self) -> None:
        """The rows added since the last chunk, as a chunk: its facts taken a chunk at a
        time (the row numbers given by SQLite, counting on from the first row's 0)."""
        rows = self._rows
        if not rows:
            return
        facts: list[tuple[Any, ...]] = list(map(self._facts, rows))
        if any(map(self._deleted, rows)):
            facts = [f if f[3] is None else (*f[:3], f[3].isoformat(), *f[4:]) for f in facts]
        if self._key_at:
            facts = [
                f + tuple(key_text([row[a] for a in at]) for at in self._key_at)
                for f, row in zip(facts, rows, strict=True)
            ]
        first = self.count
        self.db.execute("BEGIN")
        if first == 0:
            self.db.execute(self._insert_first, (0, *facts[0]))
        self.db.executemany(self._insert, facts[1:] if first == 0 else facts)
        self.db.execute(
            f"INSERT INTO {self.name}_chunks (k, data) VALUES (?, ?)",
            (first // CHUNK, pickle.dumps(rows, 5)),
        )
        self.db.execute("COMMIT")
        self.count += len(rows)
        self._rows = []

    def finish(self) -> None:
        """Every row is in: index the ids (the plan and the names look rows up by id)."""
        self._flush()
        self._index("id")

    def _index(self, column: str) -> None:
        if column not in self._indexed:
            self.db.execute(
                f"CREATE INDEX IF NOT EXISTS {self.name}_{column} ON {self.name} ({column})"
            )
            self._indexed.add(column)

    # -- reading ------------------------------------------------------------------------
    def __len__(self) -> int:
        return self.count

    @property
    def values(self) -> _Values:
        """The rows as a read-only sequence (a slice is read from disk at once)."""
        return _Values(self)

    def _chunk(self, k: int) -> list[tuple[Any, ...]]:
        """The rows of chunk k; the last one read is kept (rows are mostly asked in order)."""
        if self._cached[0] != k:
            (data,) = self.db.execute(
                f"SELECT data FROM {self.name}_chunks WHERE k = ?", (k,)
            ).fetchone()
            self._cached = (k, pickle.loads(data))
        return self._cached[1]

    def chunks(self) -> Iterator[tuple[int, list[tuple[Any, ...]]]]:
        """(number of the first row, the rows) a chunk at a time, in the bundle's order."""
        for start in range(0, self.count, CHUNK):
            yield start, self._chunk(start // CHUNK)

    def slice(self, start: int, stop: int) -> list[tuple[Any, ...]]:
        stop = min(stop, self.count)
        rows: list[tuple[Any, ...]] = []
        at = start
        while at < stop:
            k = at // CHUNK
            rows += self._chunk(k)[at - k * CHUNK : stop - k * CHUNK]
            at = (k + 1) * CHUNK
        return rows

    def row(self, index: int) -> tuple[Any, ...]:
        return self._chunk(index // CHUNK)[index % CHUNK]

    def rows_at(self, indexes: Iterable[int]) -> dict[int, tuple[Any, ...]]:
        """{row number: values} of these rows."""
        return {n: self.row(n) for n in sorted(indexes)}

    def get(self, index: int, column: str) -> Any:
        return self.row(index)[self.at[column]]

    def mapping(self, index: int) -> dict[str, Any]:
        return dict(zip(self.columns, self.row(index), strict=True))

    def column(self, name: str) -> Iterator[Any]:
        at = self.at[name]
        for _start, rows in self.chunks():
            for row in rows:
                yield row[at]

    def dicts(self, start: int, stop: int) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.slice(start, stop)]

    # -- what the plan asks -------------------------------------------------------------
    def facts(self, size: int = LOOKUP) -> Iterator[list[tuple[int, str, str, int]]]:
        """(row number, id, owner, revision) of every row, `size` rows at a time."""
        for start in range(0, self.count, size):
            yield list(
                self.db.execute(
                    f"SELECT n, id, office, revision FROM {self.name} "
                    "WHERE n >= ? AND n < ? ORDER BY n",
                    (start, start + size),
                )
            )

    def index_of(self, ids: Iterable[str]) -> dict[str, int]:
        """{id: row number} of the rows of the bundle with these ids (the last, if twice)."""
        found: dict[str, int] = {}
        wanted = list(ids)
        for start in range(0, len(wanted), LOOKUP):
            part = wanted[start : start + LOOKUP]
            marks = ", ".join("?" * len(part))
            for record_id, n in self.db.execute(
                f"SELECT id, max(n) FROM {self.name} WHERE id IN ({marks}) GROUP BY id", part
            ):
                found[record_id] = n
        return found

    def first_repeat(self, column: str) -> tuple[int, int] | None:
        """(first row, the earliest row that repeats it) of a value of `column` (id or a
        natural key) found twice, empty values left out; None if none is."""
        # the ids are indexed: a repeat is looked for at once (there is none, usually)
        repeated = f"SELECT 1 FROM {self.name} GROUP BY id HAVING count(*) > 1 LIMIT 1"
        if column == "id" and self.db.execute(repeated).fetchone() is None:
            return None
        found = self.db.execute(
            f"SELECT n, {column} FROM (SELECT n, {column}, row_number() OVER "
            f"(PARTITION BY {column} ORDER BY n) AS k FROM {self.name} "
            f"WHERE {column} IS NOT NULL) WHERE k = 2 ORDER BY n LIMIT 1"
        ).fetchone()
        if found is None:
            return None
        repeat, value = found
        first = self.db.execute(
            f"SELECT min(n) FROM {self.name} WHERE {column} = ?", (value,)
        ).fetchone()[0]
        return first, repeat

    def mark_skipped(self, actions: bytearray, skip: int) -> None:
        """The plan's actions so far: rows it does not write are left out of the queries
        below (rows are written unless marked)."""
        self.db.execute("BEGIN")
        # a plan made again (under the write lock, after another import) starts afresh
        self.db.execute(f"UPDATE {self.name} SET written = 1 WHERE NOT written")
        self.db.executemany(
            f"UPDATE {self.name} SET written = 0 WHERE n = ?",
            ((n,) for n, action in enumerate(actions) if action == skip),
        )
        self.db.execute("COMMIT")

    def keyed(self, key: int, size: int = LOOKUP) -> Iterator[list[tuple[int, tuple[Any, ...]]]]:
        """(row number, values) of the written rows with natural key `key` (none empty),
        in the bundle's order, `size` at a time."""
        cursor = self.db.execute(
            f"SELECT n FROM {self.name} WHERE written AND key_{key} IS NOT NULL ORDER BY n"
        )
        while part := cursor.fetchmany(size):
            yield [(n, self.row(n)) for (n,) in part]

    def states(self, ids: Iterable[str]) -> dict[str, tuple[int, str, datetime | None]]:
        """{id: (row number, owner, deletion moment)} of the rows with these ids (the last,
        if twice)."""
        found: dict[str, tuple[int, str, datetime | None]] = {}
        wanted = list(ids)
        for start in range(0, len(wanted), LOOKUP):
            part = wanted[start : start + LOOKUP]
            marks = ", ".join("?" * len(part))
            for record_id, n, office, deleted in self.db.execute(
                f"SELECT id, n, office, deleted FROM {self.name} WHERE id IN ({marks}) ORDER BY n",
                part,
            ):
                moment = None if deleted is None else datetime.fromisoformat(deleted)
                found[record_id] = (n, office, moment)
        return found

    def first_outside(self, column: str, allowed: Iterable[str]) -> tuple[int, str] | None:
        """(row number, value) of the first written row whose reference `column` is set
        and not one of `allowed`; None if there is none."""
        ref = f"ref_{self.refs.index(column)}"
        known = sorted(allowed)
        return self.db.execute(
            f"SELECT n, {ref} FROM {self.name} WHERE written AND {ref} IS NOT NULL "
            f"AND {ref} NOT IN ({', '.join('?' * len(known))}) ORDER BY n LIMIT 1",
            known,
        ).fetchone()

    def referred(self, column: str, size: int = LOOKUP) -> Iterator[list[tuple[str, int]]]:
        """(value, first row) of each value of reference `column` among the written rows,
        in the order the values first appear, `size` values at a time."""
        ref = f"ref_{self.refs.index(column)}"
        cursor = self.db.execute(
            f"SELECT {ref}, min(n) AS first FROM {self.name} "
            f"WHERE written AND {ref} IS NOT NULL GROUP BY {ref} ORDER BY first"
        )
        while part := cursor.fetchmany(size):
            yield part

    def referring(self, column: str, value: str, *, written: bool) -> list[int]:
        """The rows whose reference `column` is `value`, in the bundle's order."""
        ref = f"ref_{self.refs.index(column)}"
        self._index(ref)
        only = " AND written" if written else ""
        return [
            n
            for (n,) in self.db.execute(
                f"SELECT n FROM {self.name} WHERE {ref} = ?{only} ORDER BY n", (value,)
            )
        ]


class _Values(Sequence[tuple[Any, ...]]):
    """A table's rows by number, read from disk when asked."""

    def __init__(self, rows: StagedRows) -> None:
        self.rows = rows

    def __len__(self) -> int:
        return len(self.rows)

    @overload
    def __getitem__(self, index: int) -> tuple[Any, ...]: ...
    @overload
    def __getitem__(self, index: slice) -> list[tuple[Any, ...]]: ...
    def __getitem__(self, index: int | slice) -> tuple[Any, ...] | list[tuple[Any, ...]]:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            return self.rows.slice(start, stop)[::step] if start < stop else []
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self.rows.row(index)
