"""The Commitment to Quality: goals, objectives and the day-by-day agenda, signed by the
host, the host's partnership, the visitor and the visitor's partnership."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, TableStyle

from blues_desktop.documents.catalogue import bilingual
from blues_desktop.documents.exchanges.common import (
    CONTENT_WIDTH,
    exchange_facts,
    facts_table,
    grant_note,
    heading,
    para,
    partnership_line,
    signature_boxes,
    title,
)
from blues_desktop.documents.pdf import PageSetup, Table, render_pdf
from blues_desktop.services.exchanges.detail import ExchangeDetail


def _agenda(detail: ExchangeDetail, b: Callable[[str], str]) -> Flowable:
    rows = [[para(b("Day"), "CellBold"), para(b("Programme"), "CellBold")]]
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


def commitment_to_quality(
    detail: ExchangeDetail, printed_at: datetime, local_language: str | None = None
) -> bytes:
    """In English (the binding text); with `local_language`, every heading and label
    also in that language (documents/catalogue.bilingual)."""
    b = bilingual(local_language)
    story: list[Flowable] = [
        *title(b("ClusterXchange — Commitment to Quality"), detail.reference),
        *grant_note(local_language),
        para(
            "The host, the visitor and both partnerships agree the goals, the objectives and the "
            "programme of this exchange, and commit to carrying it out as described here."
        ),
        Spacer(1, 3 * mm),
        facts_table([(b(label), value) for label, value in exchange_facts(detail)]),
        heading(b("Goals of the exchange")),
        para(detail.goals or "—"),
        heading(b("Objectives")),
        para(detail.objectives or "—"),
        heading(b("Day-by-day agenda")),
        _agenda(detail, b),
        signature_boxes(
            [
                (b("Host organisation"), detail.host.name if detail.host else "—"),
                (
                    b("Host's partnership"),
                    partnership_line(detail.host_partnership or detail.visitor_partnership),
                ),
                (
                    b("Visitor"),
                    f"{detail.person.name if detail.person else '—'}, {detail.visitor.name}",
                ),
                (b("Visitor's partnership"), partnership_line(detail.visitor_partnership)),
            ],
            b("Signatures"),
            labels=b,
        ),
    ]
    setup = PageSetup(title=f"Commitment to Quality {detail.reference}", reference=detail.reference)
    return render_pdf(story, setup, printed_at)
