"""What merging a verified bundle would do, row by row, before anything is written.

The same plan serves `bundle verify` (which reports it, after trying it in a transaction
that is rolled back) and `bundle import` (which writes it), so the two cannot disagree.
Every constraint of the schema is checked here, found from the schema itself (each
unique constraint, each foreign key of a travelling table), so a table added later is
covered without new code:

- a record is known here under its id: it is replaced if the incoming revision is
  higher, left alone if lower; the same revision with other content is a conflict, and
  a record may never change its owner office;
- a record new here whose natural key (programme rules' version, an office's planned
  effort on a work package, an exchange's reference …) is held by another record of the
  same owner takes that record's place; held by another office's record, it is refused;
- every reference is found in the bundle or here; a new live record may not refer to a
  record that was deleted before the new one was created.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Table, func, select, tuple_
from sqlalchemy.orm import Session

from blues_desktop.bundles.describe import (
    OWNER_HINTS,
    Namer,
    a_record,
    column_words,
    noun,
)
from blues_desktop.bundles.staging import StagedRows
from blues_desktop.bundles.tables import sync_tables
from blues_desktop.domain.labels.records import RECORD_KINDS
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message, ShortDate
from blues_desktop.domain.wording import joined, listed
from blues_desktop.store.models import Office

SKIP, NEW, UPDATE, REPLACE = 0, 1, 2, 3
CHUNK = 500  # ids or keys asked at once (under SQLite's limit on bound values)
MAX_REFUSALS = 20


@dataclass(frozen=True, slots=True)
class Refusal:
    """One record that cannot merge: which, what conflicts, what to do."""

    record: str  # each a Message (or a str), said in the window's language
    problem: str
    action: str

    def __str__(self) -> str:
        return self.message()

    def message(self) -> str:
        return Message(
            QT_TRANSLATE_NOOP("messages", "{record} {problem}: {action}"),
            record=self.record,
            problem=self.problem,
            action=self.action,
        )


@dataclass
class TablePlan:
    """What happens to each row of one table (a code per row, in the bundle's order) and
    which local record each REPLACE row takes the place of."""

    actions: bytearray
    replaces: dict[str, str] = field(default_factory=dict)  # incoming id -> local id

    def count(self, action: int) -> int:
        return self.actions.count(action)


@dataclass
class MergePlan:
    tables: dict[str, TablePlan] = field(default_factory=dict)
    refusals: list[Refusal] = field(default_factory=list)


def _chunks(items: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _by_id(session: Session, table: Table, ids: list[str], *columns: str) -> dict[str, tuple]:
    """{id: (columns…)} of the records with these ids held here."""
    found: dict[str, tuple[Any, ...]] = {}
    wanted = [table.c[name] for name in columns]
    for chunk in _chunks(ids):
        for row in session.execute(select(table.c.id, *wanted).where(table.c.id.in_(chunk))):
            found[row[0]] = tuple(row[1:])
    return found


class Planner:
    """The plan, table by table, parents first. The bundle's rows stay on disk
    (bundles/staging.py): what is asked across rows (ids, natural keys, references) is
    asked of the scratch file, and rows are read back a chunk at a time, so the plan's
    memory does not grow with the bundle (only its one byte of action per row)."""

    def __init__(
        self, session: Session, own_office: str, bundle_rows: Mapping[str, StagedRows]
    ) -> None:
        self.session = session
        self.own = own_office
        self.rows = {name: r for name, r in bundle_rows.items() if len(r)}
        self.plan = MergePlan()
        self.namer = Namer(session, self._bundle_row)
        self.offices = set(session.scalars(select(Office.code)))
        self.empty: dict[str, bool] = {}

    # -- helpers ------------------------------------------------------------------------
    def _bundle_row(self, table_name: str, record_id: str) -> Mapping[str, Any] | None:
        rows = self.rows.get(table_name)
        at = None if rows is None else rows.index_of([record_id]).get(record_id)
        return None if rows is None or at is None else rows.mapping(at)

    def _refuse(self, record: str, problem: str, action: str) -> None:
        self.plan.refusals.append(Refusal(record, problem, action))

    def _name(self, table: Table, rows: StagedRows, i: int) -> str:
        return self.namer.name(table.name, rows.mapping(i))

    def full(self) -> bool:
        return len(self.plan.refusals) >= MAX_REFUSALS

    def _empty(self, table: Table) -> bool:
        """Whether this database holds no record of `table` (nothing is written while
        the plan is made, so it is asked once)."""
        if table.name not in self.empty:
            self.empty[table.name] = (
                self.session.execute(select(table.c.id).limit(1)).first() is None
            )
        return self.empty[table.name]

    # -- the plan -----------------------------------------------------------------------
    def run(self) -> MergePlan:
        for table in sync_tables():
            rows = self.rows.get(table.name)
            if rows is None:
                continue
            plan = TablePlan(bytearray(len(rows)))
            self.plan.tables[table.name] = plan
            self._by_revision(table, rows, plan)
            rows.mark_skipped(plan.actions, SKIP)  # a natural key never makes a row SKIP
            self._natural_keys(table, rows, plan)
            self._references(table, rows, plan)
            if self.full():
                break
        return self.plan

    def _by_revision(self, table: Table, rows: StagedRows, plan: TablePlan) -> None:
        repeat = rows.first_repeat("id")
        if repeat is not None:
            self._refuse(
                self._name(table, rows, repeat[1]),
                Message(QT_TRANSLATE_NOOP("messages", "is in the bundle twice")),
                _damaged(),
            )
            return
        if self._empty(table):  # the first bundle here: every record is new
            plan.actions[:] = bytes([NEW]) * len(rows)
            return
        same_revision = array("q")
        for facts in rows.facts():
            held = _by_id(self.session, table, [f[1] for f in facts], "office_id", "revision")
            for i, record_id, incoming_owner, incoming in facts:
                local = held.get(record_id)
                if local is None:
                    plan.actions[i] = NEW
                    continue
                owner, revision = local
                if owner != incoming_owner:
                    self._refuse(
                        self._name(table, rows, i),
                        Message(
                            QT_TRANSLATE_NOOP(
                                "messages",
                                "is kept here by office {owner}, and the bundle gives it to "
                                "office {incoming}",
                            ),
                            owner=owner,
                            incoming=incoming_owner,
                        ),
                        Message(
                            QT_TRANSLATE_NOOP(
                                "messages",
                                "a record never changes office; ask the sending office to check it",
                            )
                        ),
                    )
                elif incoming == revision:
                    same_revision.append(i)
                elif incoming > revision and owner != self.own:
                    # Nobody else changes our records, not even by relay.
                    plan.actions[i] = UPDATE
        for start in range(0, len(same_revision), CHUNK):
            self._same_content(table, rows, list(same_revision[start : start + CHUNK]))

    def _same_content(self, table: Table, rows: StagedRows, indexes: list[int]) -> None:
        """A revision is one state of a record: sent again, it must hold the same values."""
        values = rows.rows_at(indexes)
        id_at = rows.at["id"]
        names = list(rows.columns)
        held = _by_id(self.session, table, [values[i][id_at] for i in indexes], *names)
        for i in indexes:
            row = values[i]
            stored = held.get(row[id_at])
            if stored is None or stored == row:
                continue
            differ = [
                column_words(table.name, n)
                for n, a, b in zip(names, stored, row, strict=True)
                if a != b
            ]
            self._refuse(
                self.namer.name(table.name, dict(zip(names, stored, strict=True))),
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "arrives with revision {revision}, which is already here with other "
                        "content ({columns})",
                    ),
                    revision=row[rows.at["revision"]],
                    columns=joined(differ[:4]),
                ),
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "the two copies differ; ask office {office} to save the record again (a "
                        "new revision) and send a new bundle",
                    ),
                    office=row[rows.at["office_id"]],
                ),
            )

    def _natural_keys(self, table: Table, rows: StagedRows, plan: TablePlan) -> None:
        for key, columns in enumerate(rows.uniques):
            if not self.full():
                self._natural_key(table, key, list(columns), rows, plan)

    def _key_words(self, table: Table, columns: list[str]) -> str:
        return joined([column_words(table.name, c) for c in columns], both=True)

    def _natural_key(
        self, table: Table, key: int, columns: list[str], rows: StagedRows, plan: TablePlan
    ) -> None:
        repeat = rows.first_repeat(f"key_{key}")  # empty values never collide (as here)
        if repeat is not None:
            first, i = repeat
            self._refuse(
                self._name(table, rows, i),
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "has the same {key} as {other} in the same bundle"
                    ),
                    key=self._key_words(table, columns),
                    other=self._name(table, rows, first),
                ),
                _damaged(),
            )
            return
        at = [rows.at[c] for c in columns]
        local_count = self.session.scalar(select(func.count()).select_from(table)) or 0
        if local_count == 0:
            return
        for part in rows.keyed(key):
            written = {tuple(row[a] for a in at): (i, row) for i, row in part}
            held = self._held_keys(table, columns, list(written), local_count)
            for key_values, (i, row) in written.items():
                local = held.get(key_values)
                if local is not None:
                    self._held_key(table, columns, rows, plan, i, row, key_values, local)

    def _held_key(
        self,
        table: Table,
        columns: list[str],
        rows: StagedRows,
        plan: TablePlan,
        i: int,
        row: tuple[Any, ...],
        key: tuple[Any, ...],
        local: tuple[str, str],
    ) -> None:
        """Row `i` of the bundle has natural key `key`, held here by record `local`."""
        local_id, owner = local
        record_id = row[rows.at["id"]]
        if local_id == record_id:
            return
        moved = rows.index_of([local_id]).get(local_id)
        if moved is not None and plan.actions[moved] != SKIP:
            other_row = rows.row(moved)
            other = tuple(other_row[rows.at[c]] for c in columns)
            if other != key:
                return  # the bundle gives the local record another key
        incoming_owner = row[rows.at["office_id"]]
        here = self.namer.name_id(table.name, local_id)
        if plan.actions[i] == NEW and owner == incoming_owner and owner != self.own:
            referrers = self._referred(table, local_id)
            if not referrers:
                plan.actions[i] = REPLACE
                plan.replaces[record_id] = local_id
                return
            self._refuse(
                self._name(table, rows, i),
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "would take the place of {here} (the same {key}), which {referrer} here "
                        "refers to",
                    ),
                    here=here,
                    key=self._key_words(table, columns),
                    referrer=referrers,
                ),
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "ask office {office} to send a full bundle (“Everything”, or `bundle "
                        "export --full`)",
                    ),
                    office=owner,
                ),
            )
            return
        if owner == self.own:
            problem = Message(
                QT_TRANSLATE_NOOP(
                    "messages", "has the same {key} as {here}, this office's own; both cannot exist"
                ),
                key=self._key_words(table, columns),
                here=here,
            )
            action = Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "office {incoming} and this office must agree which record is right; the one "
                    "that is wrong is deleted by its office, then its bundle sent again",
                ),
                incoming=incoming_owner,
            )
        else:
            problem = Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "has the same {key} as {here}, kept by office {owner}; both cannot exist",
                ),
                key=self._key_words(table, columns),
                here=here,
                owner=owner,
            )
            action = Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "office {incoming} and office {owner} must agree which record is right; the "
                    "one that is wrong is deleted by its office, then its bundle sent again",
                ),
                incoming=incoming_owner,
                owner=owner,
            )
        self._refuse(self._name(table, rows, i), problem, action)

    def _held_keys(
        self, table: Table, columns: list[str], keys: list[tuple[Any, ...]], local_count: int
    ) -> dict[tuple[Any, ...], tuple[str, str]]:
        """{key: (id, owner)} of the records here holding one of these natural keys."""
        cols = [table.c[c] for c in columns]
        held: dict[tuple[Any, ...], tuple[str, str]] = {}
        if local_count <= 4 * len(keys):
            wanted = set(keys)
            for row in self.session.execute(select(*cols, table.c.id, table.c.office_id)):
                key = tuple(row[: len(cols)])
                if key in wanted:
                    held[key] = (row[-2], row[-1])
            return held
        match = cols[0] if len(cols) == 1 else tuple_(*cols)
        for chunk in _chunks(keys):
            values = [k[0] for k in chunk] if len(cols) == 1 else chunk
            for row in self.session.execute(
                select(*cols, table.c.id, table.c.office_id).where(match.in_(values))
            ):
                held[tuple(row[: len(cols)])] = (row[-2], row[-1])
        return held

    def _referred(self, table: Table, record_id: str) -> str | None:
        """In words, a record here or in the bundle that refers to `record_id`, if any."""
        for child in sync_tables():
            for fk in child.foreign_keys:
                if fk.column.table is not table:
                    continue
                column = child.c[fk.parent.name]
                found = self.session.execute(
                    select(child).where(column == record_id).limit(1)
                ).first()
                if found is not None:
                    return self.namer.name(child.name, dict(found._mapping))
                rows = self.rows.get(child.name)
                if rows is not None:
                    referring = rows.referring(fk.parent.name, record_id, written=False)
                    if referring:
                        return self.namer.name(child.name, rows.mapping(referring[0]))
        return None

    def _references(self, table: Table, rows: StagedRows, plan: TablePlan) -> None:
        for fk in table.foreign_keys:
            if self.full():
                return
            column, target = fk.parent.name, fk.column.table
            if target.name == "offices":
                outside = rows.first_outside(column, self.offices)
                if outside is not None:
                    i, code = outside
                    self._refuse(
                        self._name(table, rows, i),
                        Message(
                            QT_TRANSLATE_NOOP(
                                "messages", "names office {office}, which is not a BLUES office"
                            ),
                            office=repr(code),
                        ),
                        _damaged(),
                    )
                    return
                continue
            for part in rows.referred(column):
                if self._check_parents(table, rows, column, target, part):
                    return

    def _parent_deleted(
        self, target: Table, ids: list[str]
    ) -> tuple[dict[str, tuple[str, datetime | None]], set[str]]:
        """{id: (owner, deleted_at)} of the referred records as they will be after the
        merge, and the local ids that the bundle's records take the place of (gone)."""
        state: dict[str, tuple[str, datetime | None]] = {}
        gone: set[str] = set()
        target_plan = self.plan.tables.get(target.name)
        target_rows = self.rows.get(target.name)
        if target_plan is not None:
            gone = set(target_plan.replaces.values())
        ask: list[str] = []
        in_bundle: dict[str, tuple[int, str, datetime | None]] = {}
        if target_plan is not None and target_rows is not None:
            in_bundle = target_rows.states(ids)
        for record_id in ids:
            found = in_bundle.get(record_id)
            if (
                found is not None
                and target_plan is not None
                and target_plan.actions[found[0]] != SKIP
            ):
                state[record_id] = found[1:]
                continue
            ask.append(record_id)
        held = (
            {}
            if self._empty(target)
            else _by_id(self.session, target, ask, "office_id", "deleted_at")
        )
        for record_id, (owner, deleted) in held.items():
            if record_id not in gone:
                state[record_id] = (owner, deleted)
        return state, gone

    def _check_parents(
        self,
        table: Table,
        rows: StagedRows,
        column: str,
        target: Table,
        wanted: list[tuple[str, int]],
    ) -> bool:
        """Each referred record (with the first row referring to it, in the bundle's
        order) is in the bundle or here, and not deleted before a new record of its own
        office refers to it. True once the refusals are full."""
        state, gone = self._parent_deleted(target, [parent_id for parent_id, _ in wanted])
        what = column_words(table.name, column)
        for parent_id, i in wanted:
            if self.full():
                return True
            if parent_id not in state:
                self._refuse(
                    self._name(table, rows, i),
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "refers to {record} (its {column}) that is neither in the bundle nor "
                            "here any more",
                        ),
                        record=a_record(target.name),
                        column=what,
                    )
                    if parent_id in gone
                    else Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "refers to {record} (its {column}) that is neither in the bundle nor "
                            "here",
                        ),
                        record=a_record(target.name),
                        column=what,
                    ),
                    self._missing_action(table, rows, i, column),
                )
                continue
            owner, deleted = state[parent_id]
            if deleted is None:
                continue
            indexes = rows.referring(column, parent_id, written=True)
            for start in range(0, len(indexes), CHUNK):
                part = indexes[start : start + CHUNK]
                if self._created_after(
                    table, rows, column, target, parent_id, owner, deleted, part
                ):
                    break
        return False

    def _created_after(
        self,
        table: Table,
        rows: StagedRows,
        column: str,
        target: Table,
        parent_id: str,
        owner: str,
        deleted: datetime,
        indexes: list[int],
    ) -> bool:
        """Refuses the first of these rows created by the parent's own office after it
        deleted the parent; True if one was."""
        what = column_words(table.name, column)
        found = rows.rows_at(indexes)
        office_at, created_at, deleted_at = (
            rows.at["office_id"], rows.at["created_at"], rows.at["deleted_at"],
        )  # fmt: skip
        for j in indexes:
            row = found[j]
            created = row[created_at]
            # An office knows its own deletions: a record it created afterwards under
            # one of them cannot come from the app. (Another office may not have
            # heard of the deletion yet, e.g. a host organisation merged away.)
            if (
                owner == row[office_at]
                and plan_is_new(self.plan.tables[table.name], j)
                and row[deleted_at] is None
                and created > deleted
            ):
                parent = self.namer.name_id(target.name, parent_id)
                self._refuse(
                    self._name(table, rows, j),
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "was created on {created} for {parent} (its {column}), which had "
                            "been deleted on {deleted}",
                        ),
                        created=ShortDate.of(created),
                        parent=parent,
                        column=what,
                        deleted=ShortDate.of(deleted),
                    ),
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "ask office {office} to restore or correct it and send a new bundle",
                        ),
                        office=row[office_at],
                    ),
                )
                return True
        return False

    def _missing_action(self, table: Table, rows: StagedRows, i: int, column: str) -> str:
        hint = OWNER_HINTS.get((table.name, column))
        keeper = rows.get(i, hint) if hint and hint in rows.at else None
        sender = rows.get(i, "office_id")
        if keeper and keeper != sender:
            return Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "it is kept by office {keeper}: import {keeper}'s bundle first (or the "
                    "coordinator's), then this one again",
                ),
                keeper=keeper,
            )
        return Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "import the bundles that carry it first (office {sender}'s earlier bundles, or "
                "the coordinator's), or ask office {sender} for a full bundle (“Everything”, or "
                "`bundle export --full`)",
            ),
            sender=sender,
        )


def plan_is_new(plan: TablePlan, index: int) -> bool:
    return plan.actions[index] in (NEW, REPLACE)


def plan_merge(session: Session, own_office: str, bundle_rows: Mapping[str, Any]) -> MergePlan:
    """The plan of merging these verified rows ({table: TableRows}) into this database."""
    return Planner(session, own_office, bundle_rows).run()


def _damaged() -> str:
    return Message(
        QT_TRANSLATE_NOOP("messages", "the bundle is damaged; ask its office to write it again")
    )


def refusal_text(refusals: list[Refusal]) -> str:
    shown = listed([r.message() for r in refusals[:MAX_REFUSALS]])
    if len(refusals) < MAX_REFUSALS:
        return Message(
            QT_TRANSLATE_NOOP("messages", "{count} record(s) cannot be merged: {refusals}"),
            count=len(refusals),
            refusals=shown,
        )
    return Message(
        QT_TRANSLATE_NOOP("messages", "{count}+ record(s) cannot be merged: {refusals} …"),
        count=len(refusals),
        refusals=shown,
    )


def constraint_refusal(error: Exception) -> str:
    """A database constraint the plan did not foresee, in words (the plan checks every
    constraint of the schema, so this is the last line, never a raw database message)."""
    text = str(getattr(error, "orig", error))
    if "UNIQUE" in text:
        _, _, where = text.partition(":")
        columns = [part.strip().split(".") for part in where.split(",") if "." in part]
        if columns:
            table = columns[0][0]
            words = joined([column_words(table, c[-1]) for c in columns], both=True)
            return Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{record} of the bundle has the same {key} as another {kind} here; both "
                    "cannot exist: the offices that keep them must agree which is right",
                ),
                record=a_record(table),
                key=words,
                kind=Message.label(noun(table)) if table in RECORD_KINDS else noun(table),
            )
    if "FOREIGN KEY" in text:
        return Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "a record of the bundle refers to one that is neither in the bundle nor here: "
                "import the other offices' bundles (or the coordinator's) first, then this one "
                "again",
            )
        )
    return Message(
        QT_TRANSLATE_NOOP(
            "messages",
            "a record of the bundle breaks a rule of this database (an empty required value or "
            "a value out of range): ask its office to check it and send a new bundle",
        )
    )
