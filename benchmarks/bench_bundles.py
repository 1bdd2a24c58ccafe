"""Bundles: a full bundle of the five offices' demo data, exported by the coordinator and
imported by a partner, against a bare sqlite3 executemany upsert of the same rows in the
same run; peak memory of the import (its own process); an incremental bundle of 100
changed rows. How cost grows: the same full import at scales 25, 50, 100 and 200 in one
run, each scale's demo made once and used for all its figures: rows per second, the
ratio to the bare upsert and the peak memory of each (printed as a table too).

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
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pyrage
from sqlalchemy import select

from benchmarks.common import Figure, print_table, scratch_dir
from blues_desktop.bundles.export import export_bundle
from blues_desktop.bundles.tables import sync_tables
from blues_desktop.services import records
from blues_desktop.services.bundle_state import SETTING_ACK_REVISION, set_setting
from blues_desktop.services.context import AppContext, open_installation
from blues_desktop.services.demo import generate
from blues_desktop.services.keys import load_keys
from blues_desktop.services.partners import register_card
from blues_desktop.services.setup import initialise, own_card
from blues_desktop.store.models import Organisation, RevisionCounter

IMPORT_CHILD = """
import resource, sys, time, json
from pathlib import Path
from blues_desktop.services.context import AppContext, open_installation
from blues_desktop.bundles.merge import import_bundle
def peak_mb():
    # This process's own high-water mark (VmHWM). ru_maxrss can carry the parent's size
    # over the fork, which made a small import look as large as the benchmark around it.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
ctx = open_installation(sys.argv[1]).context()
started = time.perf_counter()
result = import_bundle(ctx, Path(sys.argv[2]))
elapsed = time.perf_counter() - started
rows = sum(c.new + c.updated for c in result.counts.values())
print(json.dumps({"seconds": elapsed, "rows": rows, "peak_mb": peak_mb(),
                  "ru_maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
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


IMPORT_LIMIT = 2.0  # x the bare upsert
MEMORY_LIMIT_MB = 250.0
SCALES = (25, 50, 100, 200)  # how cost grows: the same import at each scale, one run
QUICK_SCALES = (2, 5)
MAIN_SCALE = {False: 100, True: 5}


def two_offices(root: Path, scale: float) -> tuple[AppContext, AppContext]:
    """The coordinator (BPT) with the five offices' demo data at `scale`, and a partner
    (NPG) with nothing yet; each has registered the other's card."""
    coordinator = open_installation(root / "bpt")
    initialise(coordinator, "BPT", "Benchmark")
    partner = open_installation(root / "npg")
    initialise(partner, "NPG", "Benchmark")
    c, p = coordinator.context(), partner.context()
    register_card(c, own_card(p))
    register_card(p, own_card(c))
    generate(c, scale=scale)
    return c, p


def _full_import(root: Path, scale: float) -> dict[str, Any]:
    """A coordinator with the demo data at `scale` exports a full bundle; a partner imports
    it in its own process (time and peak memory); the bare upsert of the same rows on a
    copy of the partner's database. The folders are kept for the incremental figure."""
    c, p = two_offices(root, scale)
    out = root / "out"
    out.mkdir()
    started = time.perf_counter()
    full = export_bundle(c, out)
    export_s = time.perf_counter() - started
    p.installation.close()
    shutil.copyfile(p.paths.database, root / "bare.sqlite")
    tables = _payload_tables(full.path, p.paths.keys, "NPG")
    bare_s = _bare_upsert(root / "bare.sqlite", tables)
    del tables
    (root / "bare.sqlite").unlink()
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_CHILD, str(p.paths.root), str(full.path)],
        capture_output=True,
        text=True,
        check=True,
    )
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    c.installation.close()
    return {
        **measured,
        "scale": scale,
        "exported": sum(full.rows.values()),
        "export_s": export_s,
        "bare_s": bare_s,
        "partner": p.paths.root,
        "out": out,
    }


def _incremental_export(partner_root: Path, out: Path) -> tuple[float, int]:
    """An incremental bundle of 100 changed rows, from the coordinator's partner view:
    NPG changes 100 of the organisations it took back, then sends them."""
    partner_ctx = open_installation(partner_root).context()
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
            records.update_fields(session, partner_ctx, org, {"notes": "checked in the benchmark"})
    started = time.perf_counter()
    incremental = export_bundle(partner_ctx, out)
    seconds = time.perf_counter() - started
    partner_ctx.installation.close()
    return seconds, sum(incremental.rows.values())


def growth_table(runs: list[dict[str, Any]]) -> str:
    """How cost grows with the data: one line per scale."""
    lines = [
        f"{'scale':>6} {'rows':>9} {'import s':>9} {'rows/s':>8} {'x bare':>7} {'peak MB':>8}",
    ]
    for run in runs:
        lines.append(
            f"{run['scale']:>6g} {run['rows']:>9,} {run['seconds']:>9.2f} "
            f"{run['rows'] / run['seconds']:>8,.0f} {run['seconds'] / run['bare_s']:>7.2f} "
            f"{run['peak_mb']:>8.0f}"
        )
    return "\n".join(lines)


def collect(quick: bool) -> list[Figure]:
    scales = QUICK_SCALES if quick else SCALES
    scale = MAIN_SCALE[quick]
    runs: list[dict[str, Any]] = []
    roots = [scratch_dir(f"bundles-{n:g}") for n in scales]
    try:
        for root, n in zip(roots, scales, strict=True):
            runs.append(_full_import(root, n))
            if n != scale:  # only the main scale's folders serve again
                shutil.rmtree(root, ignore_errors=True)
        main = next(run for run in runs if run["scale"] == scale)
        incremental_s, incremental_rows = _incremental_export(main["partner"], main["out"])
    finally:
        for root in roots:
            shutil.rmtree(root, ignore_errors=True)
    print(growth_table(runs), file=sys.stderr)
    ratio = main["seconds"] / main["bare_s"]
    figures = [
        Figure(
            f"full bundle export, 5-office demo at scale {scale:g} ({main['exported']:,} rows)",
            main["export_s"],
            "s",
            note=f"{main['exported'] / main['export_s']:,.0f} rows/s",
        ),
        Figure(
            f"full bundle import by a partner ({main['rows']:,} rows merged)",
            main["seconds"],
            "s",
            baseline=main["bare_s"],
            target=f"≤ {IMPORT_LIMIT:g}x bare upsert",
            ok=ratio <= IMPORT_LIMIT,
            note=f"{main['rows'] / main['seconds']:,.0f} rows/s; baseline: sqlite3 executemany upsert of the same JSON lines, no checks",
        ),  # fmt: skip
        Figure(
            "peak memory of that import (its own process)",
            main["peak_mb"],
            "MB",
            target=f"< {MEMORY_LIMIT_MB:g} MB",
            ok=main["peak_mb"] < MEMORY_LIMIT_MB,
            note=f"the process's own high-water mark (VmHWM); ru_maxrss says {main['ru_maxrss_mb']:.0f} MB, "
            "which can include the benchmark process it was started from",
        ),
        Figure(
            f"incremental bundle of {incremental_rows} changed rows, export",
            incremental_s,
            "s",
            target="< 0.5 s",
            ok=incremental_s < 0.5,
        ),
    ]
    for run in runs:
        figures.append(
            Figure(
                f"import growth: scale {run['scale']:g}, {run['rows']:,} rows merged",
                run["rows"] / run["seconds"],
                "rows/s",
                note=f"{run['seconds']:.2f} s, {run['seconds'] / run['bare_s']:.2f}x the bare upsert "
                f"({run['bare_s']:.2f} s); peak memory {run['peak_mb']:.0f} MB (its own process)",
            )
        )
    return figures


if __name__ == "__main__":
    print_table(collect(quick="--quick" in sys.argv))
