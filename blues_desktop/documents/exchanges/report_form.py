"""The closing report form: what the visitor fills in after the exchange (pre-filled
with anything already recorded) and the evaluation questionnaire."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, TableStyle

from blues_desktop.documents.exchanges.common import (
    CONTENT_WIDTH,
    exchange_facts,
    facts_table,
    heading,
    para,
    signature_boxes,
    title,
)
from blues_desktop.documents.pdf import PageSetup, Table, render_pdf
from blues_desktop.services.exchanges.detail import ExchangeDetail

SECTIONS = (
    ("activities", "What was done during the exchange"),
    ("results", "Results"),
    ("contacts_made", "Contacts made"),
    ("agreements", "Agreements signed or planned"),
    ("follow_up", "Follow-up"),
)


def _answer_box(value: str) -> Table:
    table = Table(
        [[para(value or " ", "Cell")]],
        colWidths=[CONTENT_WIDTH],
        rowHeights=[None if value else 28 * mm],
    )
    table.setStyle(
        TableStyle(
            [("BOX", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        )
    )
    return table


def _questionnaire(detail: ExchangeDetail) -> Table:
    scores = detail.report.scores if detail.report else {}
    header: list[Flowable | str] = [para("Question (1 = poor, 5 = excellent)", "CellBold")]
    header += [para(str(n), "CellBold") for n in range(1, 6)]
    rows: list[list[Flowable | str]] = [header]
    for question in detail.rules.evaluation_questions:
        chosen = scores.get(question.id)
        row: list[Flowable | str] = [para(question.text, "Cell")]
        row += [para("X" if chosen == n else "", "Cell") for n in range(1, 6)]
        rows.append(row)
    recommend = detail.report.would_recommend if detail.report else None
    rows.append(
        [
            para("I would recommend a ClusterXchange exchange (yes / no)", "Cell"),
            para({True: "yes", False: "no", None: ""}[recommend], "Cell"),
            "",
            "",
            "",
            "",
        ]
    )
    table = Table(rows, colWidths=[CONTENT_WIDTH - 5 * 12 * mm] + [12 * mm] * 5)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                ("SPAN", (1, len(rows) - 1), (-1, len(rows) - 1)),
            ]
        )
    )
    return table


def closing_report_form(detail: ExchangeDetail, printed_at: datetime) -> bytes:
    report = detail.report
    story: list[Flowable] = [
        *title("ClusterXchange — Closing report", detail.reference),
        facts_table(exchange_facts(detail)),
    ]
    for key, label in SECTIONS:
        story.append(heading(label))
        story.append(_answer_box(getattr(report, key) if report else ""))
    story += [
        KeepTogether([heading("Evaluation"), _questionnaire(detail)]),
        Spacer(1, 3 * mm),
        para(
            "Attach: travel and accommodation invoices, boarding passes, the signed certificate of attendance."
        ),
        signature_boxes(
            [("Visitor", detail.person.name if detail.person else detail.visitor.name)]
        ),
    ]
    setup = PageSetup(title=f"Closing report {detail.reference}", reference=detail.reference)
    return render_pdf(story, setup, printed_at)
