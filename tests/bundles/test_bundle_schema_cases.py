"""Bad bundles generated from the schema itself: for every unique constraint and every
foreign key of the travelling tables (so a table added later is covered without new
test code), a bundle signed with the office's real keys that breaks it.

For each: verify names the problem, the import refuses with the same words, the words
hold no table or column name and no id, and no record changes (the refusal is listed
in the history). A record sent under a new id is the one case that may merge (it takes
the place of its office's earlier record with the same natural key): then verify
predicted exactly what the import did.
"""

from __future__ import annotations

import re
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Boolean, Date, DateTime, Integer, Table, Time, UniqueConstraint, select

from blues_desktop.bundles.export import export_bundle
from blues_desktop.bundles.format import FILE_COLUMNS, MANIFEST, BundleError, sha256_hex
from blues_desktop.bundles.merge import import_bundle, verify_file
from blues_desktop.bundles.tables import sync_table, sync_tables
from blues_desktop.services.audit import json_value
from blues_desktop.services.context import AppContext, open_installation
from blues_desktop.services.demo import generate
from blues_desktop.store.types import Hours, Money, UTCDateTime
from tests.bundles.bundle_fixtures import (
    Offices,
    assert_refused,
    database_digest,
    forge,
    make_offices,
    open_payload,
    read_bundle,
    records_digest,
)

Rows = dict[str, list[dict[str, Any]]]
LEAF_ROWS = 10
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-")
IDENTIFIER = re.compile(r"\b[a-z]+_[a-z_]+\b")  # a table or column name


def _uniques() -> list[tuple[str, tuple[str, ...]]]:
    return [
        (table.name, tuple(c.name for c in constraint.columns))
        for table in sync_tables()
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint)
    ]


def _references() -> list[tuple[str, str, str]]:
    return [
        (table.name, fk.parent.name, fk.column.table.name)
        for table in sync_tables()
        for fk in table.foreign_keys
        if fk.column.table.name != "offices"
    ]


UNIQUES = _uniques()
REFERENCES = _references()
TABLES = [table.name for table in sync_tables()]


def _case_id(value: Any) -> str:
    return "-".join(value) if isinstance(value, tuple) else str(value)


# Records nothing refers to are cut to a few (every case reads the whole bundle twice);
# the ones that name stored files stay, so no file is left unnamed.
KEEP = {fk.column.table.name for t in sync_tables() for fk in t.foreign_keys} | {
    table for table, _column in FILE_COLUMNS
}


def _trim(rows: Rows) -> None:
    for table in rows:
        if table not in KEEP:
            del rows[table][LEAF_ROWS:]


def _synthesized(table: Table, office: str, rows: Rows, serial: int) -> dict[str, Any] | None:
    """A record of `table` made from its columns alone (a table the demo does not fill,
    or one added later): references to the first record of the bundle they name, unique
    values everywhere else. None when a required reference has nothing to point at."""
    row: dict[str, Any] = {}
    for column in table.columns:
        targets = [fk.column.table.name for fk in column.foreign_keys]
        kind = column.type
        if column.name == "id":
            value: Any = str(uuid.uuid4())
        elif column.name == "deleted_at":
            value = None
        elif targets and targets[0] == "offices":
            value = office
        elif targets:
            value = rows[targets[0]][0]["id"] if rows.get(targets[0]) else None
            if value is None and not column.nullable:
                return None
        elif isinstance(kind, Money | Hours):
            value = "1.00"
        elif isinstance(kind, UTCDateTime | DateTime):
            value = "2026-01-05T09:00:00+00:00"
        elif isinstance(kind, Date):
            value = "2026-01-05"
        elif isinstance(kind, Time):
            value = "09:00:00"
        elif isinstance(kind, Boolean):
            value = False
        elif isinstance(kind, Integer):
            value = 900_000 + serial
        else:
            length = getattr(kind, "length", None) or 64
            value = f"S{serial}{uuid.uuid4().hex}"[:length]
        row[column.name] = value
    return row


def _fill_empty_tables(office: str) -> Callable[[Rows], None]:
    """Give every travelling table the bundle does not hold one made-up record."""

    def fill(rows: Rows) -> None:
        _trim(rows)
        for serial, table in enumerate(sync_tables()):
            if not rows.get(table.name):
                row = _synthesized(table, office, rows, serial)
                if row is not None:
                    rows[table.name] = [row]

    return fill


class Source:
    """A first bundle of `signer`, not imported by `receiver` (which holds its own demo)."""

    def __init__(
        self, bundle: Path, signer: AppContext, receiver: AppContext, *, fill: bool = False
    ) -> None:
        self.signer, self.receiver = signer, receiver
        base = bundle.with_name(f"base-{signer.office_code}.blues")
        change = _fill_empty_tables(signer.office_code) if fill else _trim
        self.bundle = forge(bundle, base, signer, receiver, tables=change)
        self.rows, _files = open_payload(self.bundle, receiver)

    def forged(self, target: Path, change: Callable[[Rows], None]) -> Path:
        return forge(self.bundle, target, self.signer, self.receiver, tables=change)


class World:
    """A partner's bundle to the coordinator and the coordinator's to the partner (the
    coordinator's own tables, programme rules and planned effort, travel that way)."""

    def __init__(self, offices: Offices) -> None:
        self.offices = offices
        zin = export_bundle(offices.partner, offices.out).path
        bpt = export_bundle(offices.coordinator, offices.out).path
        self.partner = Source(zin, offices.partner, offices.coordinator, fill=True)
        self.sources = (self.partner, Source(bpt, offices.coordinator, offices.partner))

    def source(self, table: str) -> Source:
        """The first direction whose bundle holds records of `table`."""
        for source in self.sources:
            if source.rows.get(table):
                return source
        pytest.skip(f"no demo bundle holds {table}")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    offices = make_offices(tmp_path_factory.mktemp("schema"))
    generate(offices.coordinator, scale=0.05, offices=["BPT"])
    generate(offices.partner, scale=0.05, offices=["ZIN"])
    return World(offices)


def _in_words(message: str) -> None:
    assert "Traceback" not in message and "constraint failed" not in message, message
    assert not UUID.search(message), message
    assert not IDENTIFIER.search(message), message


def refused_alike(receiver: AppContext, path: Path, phrase: str) -> str:
    """Verify and import refuse `path` with the same words, naming `phrase`."""
    with pytest.raises(BundleError) as verified:
        verify_file(receiver, path)
    message = assert_refused(receiver, path, phrase)
    assert str(verified.value) == message
    _in_words(message)
    return message


@pytest.mark.parametrize(("table", "columns"), UNIQUES, ids=_case_id)
def test_a_natural_key_twice_in_the_bundle(
    world: World, tmp_path: Path, table: str, columns: tuple[str, ...]
) -> None:
    source = world.source(table)

    def twice(rows: Rows) -> None:
        rows[table].append({**rows[table][0], "id": str(uuid.uuid4())})

    refused_alike(source.receiver, source.forged(tmp_path / "t.blues", twice), "in the same bundle")


def _held_here(source: Source, table: Table) -> dict[str, Any] | None:
    """A live record of the receiver's own, as a bundle carries it."""
    with source.receiver.read() as session:
        row = session.execute(
            select(table)
            .where(table.c.office_id == source.receiver.office_code, table.c.deleted_at.is_(None))
            .limit(1)
        ).first()
    return None if row is None else {k: json_value(v) for k, v in row._mapping.items()}


@pytest.mark.parametrize(("table", "columns"), UNIQUES, ids=_case_id)
def test_a_natural_key_held_by_another_office(
    world: World, tmp_path: Path, table: str, columns: tuple[str, ...]
) -> None:
    described = sync_table(table)
    assert described is not None
    for source in world.sources:
        held = _held_here(source, described)
        if held is not None:
            break
    else:
        pytest.skip(f"no demo holds {table}")
    sender = source.signer.office_code

    def claim(rows: Rows) -> None:
        rows.setdefault(table, []).append({**held, "id": str(uuid.uuid4()), "office_id": sender})

    message = refused_alike(
        source.receiver,
        source.forged(tmp_path / "k.blues", claim),
        "this office's own; both cannot exist",
    )
    assert f"office {sender} and this office must agree which record is right" in message


@pytest.mark.parametrize(("table", "column", "target"), REFERENCES, ids=_case_id)
def test_a_reference_to_a_missing_record(
    world: World, tmp_path: Path, table: str, column: str, target: str
) -> None:
    source = world.source(table)

    def dangle(rows: Rows) -> None:
        rows[table][0][column] = str(uuid.uuid4())

    message = refused_alike(
        source.receiver,
        source.forged(tmp_path / "r.blues", dangle),
        "neither in the bundle nor here",
    )
    assert "import" in message  # what to do


def _child_of_the_bundle(world: World, table: str, column: str, target: str) -> tuple[Source, str]:
    """A direction with a live record of `table` whose `column` refers to a record of
    the bundle, and that record's id."""
    for source in world.sources:
        parents = {row["id"] for row in source.rows.get(target, [])}
        for row in source.rows.get(table, []):
            if row[column] in parents and row["deleted_at"] is None and row[column] != row["id"]:
                return source, row[column]
    pytest.skip(f"no live {table} refers to a {target} of a demo bundle")


@pytest.mark.parametrize(("table", "column", "target"), REFERENCES, ids=_case_id)
def test_a_new_record_under_a_deleted_one(
    world: World, tmp_path: Path, table: str, column: str, target: str
) -> None:
    source, parent_id = _child_of_the_bundle(world, table, column, target)

    def delete_parent(rows: Rows) -> None:
        parent = next(row for row in rows[target] if row["id"] == parent_id)
        parent["deleted_at"] = "2001-01-01T00:00:00+00:00"

    refused_alike(
        source.receiver,
        source.forged(tmp_path / "d.blues", delete_parent),
        "which had been deleted on 01 Jan 2001",
    )


def _partner_row(world: World, table: str) -> dict[str, Any]:
    rows = world.partner.rows.get(table)
    if not rows:
        pytest.skip(f"ZIN's demo bundle holds no {table}")
    return rows[0]


@pytest.mark.parametrize("table", TABLES)
def test_a_record_given_to_another_office(world: World, tmp_path: Path, table: str) -> None:
    _partner_row(world, table)  # (the coordinator relays other offices' records)

    def give(rows: Rows) -> None:
        rows[table][0]["office_id"] = "MCI"

    refused_alike(
        world.offices.coordinator,
        world.partner.forged(tmp_path / "o.blues", give),
        "belongs to office MCI; ZIN may only send its own records",
    )


@pytest.fixture(scope="module")
def merged(world: World, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A copy of the coordinator's data folder after it merged ZIN's bundle 1, and the
    manifest hash of that bundle (a bundle 2 continues it)."""
    root = tmp_path_factory.mktemp("merged")
    database_digest(world.offices.coordinator)  # the write-ahead log folded in
    shutil.copytree(world.offices.coordinator.paths.root, root / "template")
    template = open_installation(root / "template").context()
    import_bundle(template, world.partner.bundle)
    database_digest(template)
    template.installation.close()
    return root / "template", sha256_hex(read_bundle(world.partner.bundle)[MANIFEST])


@pytest.mark.parametrize(("table", "columns"), UNIQUES, ids=_case_id)
def test_a_record_sent_again_under_a_new_id(
    world: World,
    merged: tuple[Path, str],
    tmp_path: Path,
    table: str,
    columns: tuple[str, ...],
) -> None:
    """The owner's record with the same natural key under a new id: verify predicts the
    import exactly (it takes the earlier record's place, or both refuse alike)."""
    original = _partner_row(world, table)
    template, first_manifest = merged
    shutil.copytree(template, tmp_path / "coordinator")
    receiver = open_installation(tmp_path / "coordinator").context()
    new_id = str(uuid.uuid4())

    def renew(rows: Rows) -> None:
        rows[table][0]["id"] = new_id

    def second(manifest: dict[str, Any]) -> None:
        manifest.update(sequence=2, previous_sequence=1, previous_manifest_sha256=first_manifest)

    forged = forge(
        world.partner.bundle,
        tmp_path / "n.blues",
        world.offices.partner,
        world.offices.coordinator,
        tables=renew,
        manifest=second,
    )
    try:
        report = verify_file(receiver, forged)
    except BundleError as exc:
        message = assert_refused(receiver, forged, "would take the place of")
        assert str(exc) == message
        _in_words(message)
        return
    before = records_digest(receiver)
    result = import_bundle(receiver, forged)
    assert {t: vars(c) for t, c in result.counts.items()} == {
        t: vars(c) for t, c in report.counts.items()
    }
    assert result.counts[table].updated == 1 and result.counts[table].new == 0
    assert records_digest(receiver) != before
    described = sync_table(table)
    assert described is not None
    with receiver.read() as session:
        ids = set(session.scalars(select(described.c.id)))
    assert new_id in ids and original["id"] not in ids
