"""Bundles: a full bundle of the five offices' demo data, exported by the coordinator and
imported by a partner, against a bare sqlite3 executemany upsert of the same rows in the
same run; peak memory of the import (its own process); an incremental bundle of 100
changed rows.

Run: python -m benchmarks.bench_bundles [--quick]
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pyrage
from sqlalchemy import select

from benchmarks.common import Figure, print_table, scratch_dir
from blues_desktop.bundles.export import export_bundle
from blues_desktop.bundles.tables import sync_tables
from blues_desktop.services import records
from blues_desktop.services.bundle_state import SETTING_ACK_REVISION, set_setting
from blues_desktop.services.context import open_installation
from blues_desktop.services.demo import generate
from blues_desktop.services.keys import load_keys
from blues_desktop.services.partners import register_card
from blues_desktop.services.setup import initialise, own_card
from blues_desktop.store.models import Organisation, RevisionCounter

IMPORT_CHILD = """
import resource, sys, time, json
from pathlib import Path
from blues_desktop.services.context import open_installation
from blues_desktop.bundles.merge import import_bundle
ctx = open_installation(sys.argv[1]).context()
started = time.perf_counter()
result = import_bundle(ctx, Path(sys.argv[2]))
elapsed = time.perf_counter() - started
rows = sum(c.new + c.updated for c in result.counts.values())
print(json.dumps({"seconds": elapsed, "rows": rows, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _bare_upsert(database: Path, tables: dict[str, list[bytes]]) -> float:
    """The same rows, parsed from the same JSON lines, upserted with sqlite3 and no checks."""
    connection = sqlite3.connect(database)
    started = time.perf_counter()
    connection.execute("BEGIN")
    connection.execute("PRAGMA defer_foreign_keys = ON")
    for table in sync_tables():
        lines = tables.get(table.name)
        if not lines:
            continue
        names = list(table.columns.keys())
        marks = ", ".join("?" for _ in names)
        updates = ", ".join(f"{n} = excluded.{n}" for n in names if n != "id")
        statement = (
            f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates} WHERE excluded.revision > {table.name}.revision"
        )
        parsed = (json.loads(line) for line in lines)
        connection.executemany(statement, ([row[n] for n in names] for row in parsed))
    connection.commit()
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def _payload_tables(bundle: Path, keys_dir: Path, office: str) -> dict[str, list[bytes]]:
    identity = load_keys(keys_dir, office, office).age_identity
    with zipfile.ZipFile(bundle) as outer:
        inner = pyrage.decrypt(outer.read("payload.age"), [identity])
    scratch = bundle.with_suffix(".inner.zip")
    scratch.write_bytes(inner)
    with zipfile.ZipFile(scratch) as archive:
        return {
            name.removesuffix(".jsonl"): archive.read(name).splitlines()
            for name in archive.namelist()
        }


def collect(quick: bool) -> list[Figure]:
    scale = 5 if quick else 100
    root = scratch_dir("bundles")
    try:
        coordinator = open_installation(root / "bpt")
        initialise(coordinator, "BPT", "Benchmark")
        partner = open_installation(root / "npg")
        initialise(partner, "NPG", "Benchmark")
        c, p = coordinator.context(), partner.context()
        register_card(c, own_card(p))
        register_card(p, own_card(c))
        generate(c, scale=scale)
        out = root / "out"
        out.mkdir()
        started = time.perf_counter()
        full = export_bundle(c, out)
        export_s = time.perf_counter() - started
        rows = sum(full.rows.values())
        partner.close()
        shutil.copyfile(p.paths.database, root / "bare.sqlite")
        tables = _payload_tables(full.path, p.paths.keys, "NPG")
        bare_s = _bare_upsert(root / "bare.sqlite", tables)
        done = subprocess.run(
            [sys.executable, "-c", IMPORT_CHILD, str(p.paths.root), str(full.path)],
            capture_output=True,
            text=True,
            check=True,
        )
        measured = json.loads(done.stdout.strip().splitlines()[-1])
        # An incremental bundle of 100 changed rows, from the coordinator's partner view:
        # NPG changes 100 of the organisations it took back, then sends them.
        partner_ctx = open_installation(p.paths.root).context()
        with partner_ctx.transaction() as session:
            # Setup shortcut: as if the coordinator had acknowledged everything NPG has now
            # (the real path is a coordinator bundle back; it would only add minutes here).
            last = session.scalar(
                select(RevisionCounter.last_revision).where(RevisionCounter.office_id == "NPG")
            )
            set_setting(session, SETTING_ACK_REVISION, str(last))
        with partner_ctx.transaction() as session:
            for org in session.scalars(
                select(Organisation).where(Organisation.office_id == "NPG").limit(100)
            ):
                records.update_fields(
                    session, partner_ctx, org, {"notes": "checked in the benchmark"}
                )
        started = time.perf_counter()
        incremental = export_bundle(partner_ctx, out)
        incremental_s = time.perf_counter() - started
        partner_ctx.installation.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    ratio = measured["seconds"] / bare_s
    return [
        Figure(
            f"full bundle export, 5-office demo at scale {scale:g} ({rows:,} rows)",
            export_s,
            "s",
            note=f"{rows / export_s:,.0f} rows/s",
        ),
        Figure(
            f"full bundle import by a partner ({measured['rows']:,} rows merged)",
            measured["seconds"],
            "s",
            baseline=bare_s,
            target="≤ 4x bare upsert",
            ok=ratio <= 4,
            note=f"{measured['rows'] / measured['seconds']:,.0f} rows/s; baseline: sqlite3 executemany upsert of the same JSON lines, no checks",
        ),  # fmt: skip
        Figure(
            "peak memory of that import (its own process)",
            measured["peak_mb"],
            "MB",
            target="< 500 MB",
            ok=measured["peak_mb"] < 500,
        ),
        Figure(
            f"incremental bundle of {sum(incremental.rows.values())} changed rows, export",
            incremental_s,
            "s",
            target="< 0.5 s",
            ok=incremental_s < 0.5,
        ),
    ]


if __name__ == "__main__":
    print_table(collect(quick="--quick" in sys.argv))
