"""Exchanges: financial agreements in one batch (vs a bare reportlab canvas drawing the
same text in the same run) and the list + KPI refresh at 10,000 exchanges after a change.

Run: python -m benchmarks.bench_exchanges [--quick]
"""

from __future__ import annotations

import io
import os
import random
import sys
from datetime import UTC, datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from benchmarks.common import Figure, print_table, ratio_target, scratch_dir, stopwatch
from blues_desktop.documents import pdf as pdf_module
from blues_desktop.documents.exchanges import agreement as agreement_module
from blues_desktop.documents.exchanges import write_agreements
from blues_desktop.documents.fonts import FONT, register_fonts
from blues_desktop.domain.offices import OFFICE_CODES, office_info
from blues_desktop.services import exchanges as cx
from blues_desktop.services.attachments import store_bytes
from blues_desktop.services.context import AppContext, open_installation
from blues_desktop.services.demo import generate
from blues_desktop.services.demo.exchanges import add_exchanges
from blues_desktop.services.demo.plan import DemoOffice, DemoPlan
from blues_desktop.services.exchanges.detail import print_detail_in
from blues_desktop.services.setup import initialise
from blues_desktop.store.models import Exchange, Organisation, Person


def _setup(per_office: int) -> AppContext:
    installation = open_installation(scratch_dir("exchanges"))
    initialise(installation, "BPT", "Bench User")
    ctx = installation.context()
    generate(ctx, scale=1)
    with ctx.transaction() as session:
        for code in OFFICE_CODES:
            plan = DemoPlan(
                DemoOffice(office_info(code)),
                0,
                0,
                1.0,
                random.Random(code),
                ctx.now(),
                store_file=lambda data: store_bytes(ctx, data).name,
            )
            plan.organisation_rows = [
                tuple(r)
                for r in session.execute(
                    select(
                        Organisation.id,
                        Organisation.country,
                        Organisation.org_type,
                        Organisation.city,
                    ).where(Organisation.office_id == code)
                )
            ]
            plan.person_rows = [
                tuple(r)
                for r in session.execute(
                    select(Person.id, Person.organisation_id).where(Person.office_id == code)
                )
            ]
            add_exchanges(session, plan, per_office)
    return ctx


def _text_lines(ctx: AppContext, exchange_ids: list[str]) -> list[list[str]]:
    """The strings each agreement prints, captured from its flowables (not timed)."""
    captured: list[list[str]] = []

    def collect(flowables, setup, printed_at, **_kw):  # type: ignore[no-untyped-def]
        lines: list[str] = []

        def walk(item: object) -> None:
            if isinstance(item, str) and item:
                lines.append(item)
            elif hasattr(item, "getPlainText"):
                lines.append(item.getPlainText())
            for attr in ("_content", "_cellvalues"):
                for child in getattr(item, attr, []) or []:
                    for sub in child if isinstance(child, list | tuple) else [child]:
                        walk(sub)

        for flowable in flowables:
            walk(flowable)
        captured.append(lines)
        return b""

    original = agreement_module.render_pdf
    agreement_module.render_pdf = collect  # type: ignore[assignment]
    try:
        with ctx.read() as session:
            for exchange_id in exchange_ids:
                detail = print_detail_in(session, session.get(Exchange, exchange_id), ctx)  # type: ignore[arg-type]
                agreement_module.financial_agreement(detail, ctx.now())
    finally:
        agreement_module.render_pdf = original  # type: ignore[assignment]
    return captured


def _bare_canvas(documents: list[list[str]], folder: Path) -> int:
    """Draw the same text with a bare canvas: one line per string, same font, same pages."""
    register_fonts()
    pages = 0
    stamp = pdf_module.stamp_text(datetime.now(UTC))
    for index, lines in enumerate(documents):
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=A4, invariant=1)
        y = 800.0
        canvas.setFont(FONT, 9)
        for line in [*lines, stamp]:
            if y < 60:
                canvas.showPage()
                canvas.setFont(FONT, 9)
                pages += 1
                y = 800.0
            canvas.drawString(42, y, line[:120])
            y -= 12
        canvas.showPage()
        pages += 1
        canvas.save()
        (folder / f"bare-{index}.pdf").write_bytes(buffer.getvalue())
    return pages


def agreements_figures(quick: bool) -> list[Figure]:
    count = 100 if quick else 1_000
    # States are taken in turn; six of eleven have an agreement.
    ctx = _setup(per_office=(count * 11 // 6) // len(OFFICE_CODES) + 20)
    with ctx.read() as session:
        ids = list(
            session.scalars(
                select(Exchange.id).where(Exchange.agreement_number.is_not(None)).limit(count)
            )
        )
    out = scratch_dir("agreements")
    with stopwatch() as elapsed:
        written = write_agreements(ctx, ids, out)
    seconds = elapsed()
    pages = sum(w.pages for w in written)
    lines = _text_lines(ctx, ids)
    bare_out = scratch_dir("bare")
    with stopwatch() as bare_elapsed:
        bare_pages = _bare_canvas(lines, bare_out)
    bare = bare_elapsed()
    return [
        Figure(
            f"financial agreements, {len(ids)} in one batch",
            seconds,
            "s",
            baseline=bare,
            target="≤ 3x baseline",
            ok=ratio_target(seconds, bare, 3.0),
            note=f"{pages} pages, {pages / seconds:.1f} pages/s; bare canvas {bare_pages} pages, "
            f"{bare_pages / bare:.1f} pages/s (same text, one drawString per string, no layout; "
            f"the batch also reads each exchange from the database)",
        ),
        Figure("financial agreements: pages per second", pages / seconds, "pages/s"),
    ]


def refresh_figures(quick: bool) -> list[Figure]:
    total = 2_000 if quick else 10_000
    ctx = _setup(per_office=total // len(OFFICE_CODES))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from blues_desktop.ui.exchanges.table_model import ExchangeTableModel

    _app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    model = ExchangeTableModel(ctx)
    with ctx.read() as session:
        some = session.scalars(
            select(Exchange.reference)
            .where(Exchange.office_id == "BPT", Exchange.state == "registered")
            .limit(1)
        ).one()
    counter = iter(range(1_000_000))

    def change_then_refresh() -> None:
        cx.update_exchange(
            ctx,
            some,
            {"motivation": f"revised {next(counter)}", "override_reason": "benchmark data set"},
        )

    waiting = QEventLoop()
    model.loaded.connect(waiting.quit)

    def reload_and_wait() -> None:
        # The list reads in the background (ui/paged_model.py): the refresh is done when
        # its first page has arrived.
        model.reload()
        if model.loading:
            QTimer.singleShot(60_000, waiting.quit)  # a failed read: stop, not hang
            waiting.exec()
        assert not model.loading, "the exchange list did not load"

    timings = []
    for _ in range(5):
        change_then_refresh()
        with stopwatch() as elapsed:
            reload_and_wait()
            kpis = cx.exchange_kpis(ctx)
        timings.append(elapsed())
    best = min(timings) * 1000
    return [
        Figure(
            f"exchange list + KPI refresh after a change, {model.total:,} exchanges",
            best,
            "ms",
            target="< 200 ms",
            ok=best < 200,
            note=f"best of 5 (worst {max(timings) * 1000:.0f} ms); count + first page of 200 rows "
            f"+ KPIs over all rows; held {kpis.held}",
        )
    ]


def collect(quick: bool) -> list[Figure]:
    return agreements_figures(quick) + refresh_figures(quick)


if __name__ == "__main__":
    print_table(collect("--quick" in sys.argv))
