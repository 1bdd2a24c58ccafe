"""Reports: the coordinator's dashboard and the periodic report pack over five offices'
demo data at scale 100, merged at the coordinator (the demo writes each office's records
as its bundles would, as bench_bundles builds it).

- dashboard refresh: from asking for the figures to the first tab's charts drawn, on an
  offscreen Reports page; the figures are read on the database thread (the page's kept
  figures dropped before each, so they are read every time), and a 5 ms QTimer on the
  GUI thread records the longest gap between its ticks (the longest stall);
- dashboard refresh with nothing changed: the page keeps the figures and its charts
  while the data's stamp is the same, so only the stamp, the periods and the freshness
  are read;
- report pack: the figures read and the workbook and the PDF written;
- baseline: the same rows read with bare sqlite3 (the columns the figures need, no
  logic), in the same run.

Run: python -m benchmarks.bench_reports [--quick]
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import Figure, best_of, print_table, scratch_dir
from blues_desktop.documents.report_pdf import write_report_pdf
from blues_desktop.documents.report_workbook import write_report_workbook
from blues_desktop.services.context import AppContext, open_installation
from blues_desktop.services.demo import generate
from blues_desktop.services.reports.pack import report_pack
from blues_desktop.services.setup import initialise

BARE_QUERIES = (
    "SELECT exchange_id, to_state, changed_on FROM exchange_status_changes "
    "WHERE deleted_at IS NULL ORDER BY changed_on, revision",
    "SELECT e.id, e.visitor_partnership, e.start_date, e.lump_sum, v.country, h.country, "
    "v.org_type FROM exchanges e JOIN organisations v ON v.id = e.visitor_org_id "
    "LEFT JOIN organisations h ON h.id = e.host_org_id WHERE e.deleted_at IS NULL",
    "SELECT id, office_id, country, org_type, member_since, member_until, created_at "
    "FROM organisations WHERE deleted_at IS NULL AND is_member = 1",
    "SELECT r.id, r.event_id, p.organisation_id FROM registrations r "
    "JOIN persons p ON p.id = r.person_id WHERE r.deleted_at IS NULL",
    "SELECT registration_id FROM attendance WHERE present = 1 AND deleted_at IS NULL",
    "SELECT staff_id, category, sum(hours) FROM timesheet_entries WHERE deleted_at IS NULL "
    "GROUP BY staff_id, strftime('%Y-%m', day), category",
)


def _bare(database: Path) -> None:
    with sqlite3.connect(database) as connection:
        for query in BARE_QUERIES:
            connection.execute(query).fetchall()


def _dashboard(ctx: AppContext, runs: int) -> tuple[list[float], float, list[float]]:
    """Refresh times of the Reports page with the figures read again (the page's kept
    figures dropped first, as a change does), the longest event-loop stall seen during
    those, and refresh times with nothing changed (the kept figures shown)."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from blues_desktop.ui.pages.reports import ReportsPage

    _app = QApplication.instance() or QApplication([])  # kept: the pages need it alive
    loop = QEventLoop()
    page = ReportsPage(ctx)
    # the tab's charts all built; quit after the paint that follows
    page.drawn.connect(lambda: QTimer.singleShot(0, loop.quit))
    page.resize(1366, 700)
    page.show()
    loop.exec()  # the first load warms SQLite's cache, as a user's first look does
    clock = QElapsedTimer()
    gaps: list[float] = []
    last = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    times: list[float] = []
    for _ in range(runs):
        page.figures.clear()
        clock.start()
        last[0] = 0.0
        timer.start()
        started = time.perf_counter()
        page.refresh()
        loop.exec()
        times.append(time.perf_counter() - started)
        timer.stop()
    stall = max(gaps, default=0.0)
    unchanged: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        page.refresh()
        loop.exec()
        unchanged.append(time.perf_counter() - started)
    page.close()
    return times, stall, unchanged


def collect(quick: bool) -> list[Figure]:
    scale = 5 if quick else 100
    root = scratch_dir("reports")
    try:
        installation = open_installation(root / "bpt")
        initialise(installation, "BPT", "Benchmark")
        ctx = installation.context()
        generate(ctx, scale=scale)
        bare_s = best_of(3, lambda: _bare(ctx.paths.database))
        figures_s = best_of(3, lambda: report_pack(ctx))
        times, stall_ms, unchanged = _dashboard(ctx, 3)
        started = time.perf_counter()
        pack = report_pack(ctx)
        write_report_workbook(pack, root / "pack.xlsx")
        write_report_pdf(pack, root / "pack.pdf")
        pack_s = time.perf_counter() - started
        installation.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    refresh, kept = statistics.median(times), statistics.median(unchanged)
    data = f"5-office demo at scale {scale:g} at the coordinator"
    return [
        Figure(f"the figures of the whole project read, {data}", figures_s, "s",
               baseline=bare_s, note="baseline: the same rows read with bare sqlite3"),
        Figure("dashboard refresh (figures read off the GUI thread, first tab drawn)", refresh,
               "s", target="< 1 s", ok=refresh < 1,
               note=f"median of {len(times)}: " + ", ".join(f"{t:.2f}" for t in times)),
        Figure("dashboard refresh with nothing changed (the kept figures shown)", kept, "s",
               target="< 1 s", ok=kept < 1,
               note=f"median of {len(unchanged)}: " + ", ".join(f"{t:.3f}" for t in unchanged)),
        Figure("longest event-loop stall during the refreshes that read the figures", stall_ms, "ms",
               target="< 100 ms", ok=stall_ms < 100, note="a 5 ms QTimer's longest gap"),
        Figure("report pack: figures, workbook and PDF written", pack_s, "s",
               target="< 15 s", ok=pack_s < 15),
    ]  # fmt: skip


if __name__ == "__main__":
    print_table(collect(quick="--quick" in sys.argv))
