"""The Commitment to Quality: goals, objectives and the day-by-day agenda, signed by the
host, the host's partnership, the visitor and the visitor's partnership."""

from __future__ import annotations

from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, TableStyle

from blues_desktop.documents.exchanges.common import (
    CONTENT_WIDTH,
    exchange_facts,
    facts_table,
    heading,
    para,
    partnership_line,
    signature_boxes,
    title,
)
from blues_desktop.documents.pdf import PageSetup, Table, render_pdf
from blues_desktop.services.exchanges.detail import ExchangeDetail


def _agenda(detail: ExchangeDetail) -> Flowable:
    rows = [[para("Day", "CellBold"), para("Programme", "CellBold")]]
    for day_text, plan in detail.agenda:
        try:
            label = date.fromisoformat(day_text).strftime("%a %d %b %Y")
        except ValueError:
            label = day_text
        rows.append([para(label, "Cell"), para(plan, "Cell")])
    if len(rows) == 1:
        rows.append([para("—", "Cell"), para("No agenda yet", "Cell")])
    table = Table(rows, colWidths=[35 * mm, CONTENT_WIDTH - 35 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def commitment_to_quality(detail: ExchangeDetail, printed_at: datetime) -> bytes:
    story: list[Flowable] = [
        *title("ClusterXchange — Commitment to Quality", detail.reference),
        para(
            "The host, the visitor and both partnerships agree the goals, the objectives and the "
            "programme of this exchange, and commit to carrying it out as described here."
        ),
        Spacer(1, 3 * mm),
        facts_table(exchange_facts(detail)),
        heading("Goals of the exchange"),
        para(detail.goals or "—"),
        heading("Objectives"),
        para(detail.objectives or "—"),
        heading("Day-by-day agenda"),
        _agenda(detail),
        signature_boxes(
            [
                ("Host organisation", detail.host.name if detail.host else "—"),
                (
                    "Host's partnership",
                    partnership_line(detail.host_partnership or detail.visitor_partnership),
                ),
                (
                    "Visitor",
                    f"{detail.person.name if detail.person else '—'}, {detail.visitor.name}",
                ),
                ("Visitor's partnership", partnership_line(detail.visitor_partnership)),
            ]
        ),
    ]
    setup = PageSetup(title=f"Commitment to Quality {detail.reference}", reference=detail.reference)
    return render_pdf(story, setup, printed_at)
