"""The verified rows wait on disk from the checks to the merge (bundles/staging.py): read
back whole and in order across chunks, asked about across rows as the plan asks, and the
scratch file gone after an import, merged or refused."""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from blues_desktop.bundles import staging
from blues_desktop.bundles.export import export_bundle
from blues_desktop.bundles.format import BundleError
from blues_desktop.bundles.merge import import_bundle
from blues_desktop.bundles.plan import NEW, SKIP
from blues_desktop.bundles.staging import Staging
from blues_desktop.bundles.tables import sync_table
from blues_desktop.services.demo import generate
from tests.bundles.bundle_fixtures import make_offices, table_dump

TABLES = ("organisations", "persons", "registrations", "attendance")
DELETED = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)


def _person(table: Any, n: int, record_id: str, organisation: str | None) -> tuple[Any, ...]:
    values = dict.fromkeys(table.columns.keys())
    values.update(
        id=record_id,
        office_id="ZIN",
        revision=n + 1,
        organisation_id=organisation,
        deleted_at=DELETED if n == 4 else None,
        last_name=f"Person {n}",
    )
    return tuple(values.values())


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(staging, "CHUNK", 3)


def test_rows_read_back_whole_and_in_order_across_chunks(small_chunks: None) -> None:
    table = sync_table("persons")
    assert table is not None
    store = Staging()
    rows = store.table(table)
    ids = [f"p{n}" for n in range(9)] + ["p2"]  # the last repeats an id
    organisations = ["o1", "o2", None, "o1", "o3", "o2", "o1", None, "o3", "o2"]
    sent = [
        _person(table, n, i, o) for n, (i, o) in enumerate(zip(ids, organisations, strict=True))
    ]
    for row in sent:
        rows.add(row)
    rows.finish()
    assert len(rows) == 10 and rows.columns == tuple(table.columns.keys())
    assert [rows.values[n] for n in range(10)] == sent and rows.values[-1] == sent[-1]
    assert rows.values[2:8] == sent[2:8] and rows.values[8:20] == sent[8:]
    assert [start for start, _ in rows.chunks()] == [0, 3, 6, 9]
    assert [row for _, chunk in rows.chunks() for row in chunk] == sent
    assert rows.dicts(5, 7)[1]["last_name"] == "Person 6"
    assert list(rows.column("organisation_id")) == organisations
    assert rows.rows_at([7, 1]) == {1: sent[1], 7: sent[7]}
    # an id twice: the first and the repeat, and the last when looked up
    assert rows.first_repeat("id") == (2, 9)
    assert rows.index_of(["p2", "p5", "nobody"]) == {"p2": 9, "p5": 5}
    assert rows.states(["p4"]) == {"p4": (4, "ZIN", DELETED)}
    # the rows the plan does not write are left out of its questions
    actions = bytearray([NEW] * 10)
    actions[0] = actions[6] = SKIP
    rows.mark_skipped(actions, SKIP)
    assert rows.first_outside("organisation_id", {"o1", "o2"}) == (4, "o3")
    assert rows.first_outside("organisation_id", {"o1", "o2", "o3"}) is None
    assert [pair for part in rows.referred("organisation_id", size=2) for pair in part] == [
        ("o2", 1), ("o1", 3), ("o3", 4),
    ]  # fmt: skip
    assert rows.referring("organisation_id", "o1", written=True) == [3]
    assert rows.referring("organisation_id", "o1", written=False) == [0, 3, 6]
    rows.mark_skipped(bytearray([NEW] * 9 + [SKIP]), SKIP)  # a plan made again
    assert rows.referring("organisation_id", "o1", written=True) == [0, 3, 6]
    folder = Path(store.folder)
    assert folder.is_dir()
    store.close()
    assert store.closed and not folder.exists()


def test_natural_keys_compare_as_values(small_chunks: None) -> None:
    table = sync_table("timesheet_months")
    assert table is not None
    rows = Staging().table(table)
    assert rows.uniques == [("staff_id", "month")]
    base = dict.fromkeys(table.columns.keys())
    for n, (staff, month) in enumerate([("s1", "2026-01"), ("s1", None), ("s2", "2026-01"),
                                        ("s1", None), ("s2", "2026-02"), ("s1", "2026-01")]):  # fmt: skip
        base.update(id=f"m{n}", office_id="ZIN", revision=1, staff_id=staff, month=month)
        rows.add(tuple(base.values()))
    rows.finish()
    # empty values never collide; the same staff and month twice does
    assert rows.first_repeat("key_0") == (0, 5)
    assert staging.key_text([datetime(2026, 1, 1, 12, tzinfo=UTC)]) == staging.key_text(
        [datetime.fromisoformat("2026-01-01T13:00:00+01:00")]
    )


def test_an_import_in_many_chunks_merges_every_record_and_leaves_no_scratch_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offices = make_offices(tmp_path / "offices")
    generate(offices.partner, scale=0.1, offices=["ZIN"])
    sent = export_bundle(offices.partner, offices.out).path
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setattr(staging, "CHUNK", 3)  # every table in several chunks
    result = import_bundle(offices.coordinator, sent)
    assert all(result.counts[name].new > 3 for name in TABLES)
    assert table_dump(offices.coordinator, TABLES) == table_dump(offices.partner, TABLES)
    assert not list(scratch.glob("blues-staging-*"))
    # a bundle refused by its merge plan, after its rows were staged: no file left either
    connection = sqlite3.connect(offices.coordinator.paths.database)
    with connection:
        connection.execute("UPDATE organisations SET city = 'Elsewhere' WHERE office_id = 'ZIN'")
    connection.close()
    again = export_bundle(offices.partner, offices.out, full=True).path
    with pytest.raises(BundleError, match="already here with other content"):
        import_bundle(offices.coordinator, again)
    assert not list(scratch.glob("blues-staging-*"))
