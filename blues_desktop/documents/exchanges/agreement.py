"""The financial agreement between the visitor's partnership (VOP) and the visiting
organisation (VO): the lump sum and how it was computed, when and how it is paid."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from reportlab.platypus import Flowable, Spacer

from blues_desktop.documents.catalogue import bilingual
from blues_desktop.documents.exchanges.common import (
    bullet_list,
    day,
    exchange_facts,
    facts_table,
    grant_note,
    heading,
    org_line,
    para,
    partnership_line,
    signature_boxes,
    title,
)
from blues_desktop.documents.pdf import PageSetup, render_pdf
from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.exchanges.rules import EVIDENCE_LABELS
from blues_desktop.domain.exchanges.workflow import ENDED, State, at_least, payment_deadline
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services.exchanges.detail import ExchangeDetail

VISITOR_OBLIGATIONS = (
    "carry out the stay at the host as agreed in the signed Commitment to Quality;",
    "submit the closing report and the evaluation questionnaire after the exchange;",
    "hand in the evidence listed above and keep the originals for five years;",
    "mention the support of the EU's COSME Programme when presenting results of the exchange;",
    "tell the partnership at once if the exchange is postponed, shortened or cancelled.",
)
PARTNERSHIP_OBLIGATIONS = (
    "support the visitor before and during the exchange;",
    "validate the closing report and pay the lump sum as set out above;",
    "keep this agreement and its evidence for audits by the Agency.",
)


def check_printable(detail: ExchangeDetail) -> None:
    """The agreement is printed only once the Commitment to Quality is signed."""
    report = ValidationReport()
    if detail.state in ENDED and detail.agreement_number is None:
        report.error(
            "state",
            Message(
                QT_TRANSLATE_NOOP("messages", "{reference} is {state} and has no agreement"),
                reference=detail.reference,
                state=Message.label(detail.state.label),
            ),
        )
    elif not at_least(detail.state, State.CTQ_SIGNED) and detail.state not in ENDED:
        report.error(
            "state",
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "rule 'CtQ before agreement': the financial agreement of {reference} is "
                    "printed once the Commitment to Quality is signed (the exchange is {state})",
                ),
                reference=detail.reference,
                state=Message.label(detail.state.label),
            ),
            "ctq_first",
        )
    elif detail.lump_sum is None or detail.agreement_number is None:
        report.error(
            "lump_sum",
            Message(
                QT_TRANSLATE_NOOP("messages", "{reference} has no lump sum computed"),
                reference=detail.reference,
            ),
        )
    if not report.ok:
        raise ValidationError(report)


def _computation(detail: ExchangeDetail, b: Callable[[str], str]) -> list[tuple[str, str]]:
    rules = detail.rules
    computation = detail.computation
    rows: list[tuple[str, str]] = []
    if computation is not None:
        rows.append((b("Threshold (host country)"), f"EUR {computation.threshold:,.2f}"))
        rows.append(
            (
                b("Halving"),
                "halved once: " + " and ".join(computation.halving_reasons)
                if computation.halved
                else f"not halved ({computation.working_days} working days, "
                f"{computation.distance_km} km)",
            )
        )
        rows.append(
            (
                b("Cap per visiting organisation"),
                f"EUR {computation.cap:,.2f}"
                + (" (applied)" if computation.capped else " (not reached)"),
            )
        )
    rows.append((b("Lump sum"), f"EUR {detail.lump_sum:,.2f}"))
    rows.append((b("Programme rules"), f"version {rules.version}, valid from {rules.valid_from}"))
    return rows


def financial_agreement(
    detail: ExchangeDetail, printed_at: datetime, local_language: str | None = None
) -> bytes:
    """In English (the binding text); with `local_language`, every heading and label
    also in that language (documents/catalogue.bilingual)."""
    check_printable(detail)
    b = bilingual(local_language)
    assert detail.end_date is not None and detail.agreement_number is not None
    rules = detail.rules
    deadline = payment_deadline(detail.end_date, rules.payment_days)
    evidence = [EVIDENCE_LABELS.get(k, k) for k in rules.evidence_required]
    accepted = [EVIDENCE_LABELS.get(k, k) for k in rules.evidence_accepted]
    story: list[Flowable] = [
        *title(
            b("ClusterXchange — Financial agreement"),
            f"{detail.agreement_number} · issued on {day(detail.agreement_issued_on)} "
            f"for exchange {detail.reference}",
        ),
        *grant_note(local_language),
        heading(b("Parties")),
        facts_table(
            [
                (b("Visitor's partnership (pays)"), partnership_line(detail.visitor_partnership)),
                (b("Visiting organisation (receives)"), org_line(detail.visitor)),
                (b("Represented by"), detail.person.name if detail.person else "—"),
            ]
        ),
        heading(b("The exchange")),
        facts_table([(b(label), value) for label, value in exchange_facts(detail)[4:]]),
        heading(b("Lump sum for travel and accommodation")),
        para(
            "One lump sum for travel and accommodation: the host country's threshold, halved "
            f"once if the stay is under {rules.halve_below_days} working days or the distance "
            f"under {rules.halve_below_km} km, never above the cap. No daily allowance."
        ),
        Spacer(1, 2),
        facts_table(_computation(detail, b)),
        heading(b("Payment")),
        para(
            f"One payment of EUR {detail.lump_sum:,.2f} from the visitor's partnership to the "
            f"visiting organisation by {deadline} ({rules.payment_days} days after the exchange), "
            "only once the closing report is validated and the evidence attached."
        ),
        heading(b("Evidence required")),
        para(
            "; ".join(evidence).capitalize()
            + "."
            + (f" Accepted as well: {'; '.join(accepted)}." if accepted else "")
        ),
        heading(b("Obligations of the visiting organisation")),
        *bullet_list(VISITOR_OBLIGATIONS),
        heading(b("Obligations of the visitor's partnership")),
        *bullet_list(PARTNERSHIP_OBLIGATIONS),
        signature_boxes(
            [
                (b("For the visitor's partnership"), partnership_line(detail.visitor_partnership)),
                (
                    b("For the visiting organisation"),
                    f"{detail.visitor.name}"
                    + (f", represented by {detail.person.name}" if detail.person else ""),
                ),
            ],
            b("Signatures"),
            labels=b,
        ),
    ]
    setup = PageSetup(
        title=f"Financial agreement {detail.agreement_number}", reference=detail.agreement_number
    )
    return render_pdf(story, setup, printed_at)
