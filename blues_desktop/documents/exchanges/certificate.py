"""The certificate of attendance, for the host to sign at the end of the stay."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from blues_desktop.documents.catalogue import catalogue, language_of_country
from blues_desktop.documents.exchanges.common import (
    facts_table,
    org_line,
    para,
    signature_boxes,
    title,
)
from blues_desktop.documents.pdf import PageSetup, render_pdf
from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services.exchanges.detail import ExchangeDetail


def certificate_of_attendance(
    detail: ExchangeDetail, printed_at: datetime, language: str | None = None
) -> bytes:
    """The certificate, in `language`: by default the host's, where the app has a
    translation for the language of the host's country, English otherwise."""
    if detail.host is None or detail.start_date is None or detail.end_date is None:
        report = ValidationReport()
        report.error(
            "host_org",
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "{reference} needs a host and dates for a certificate"
                ),
                reference=detail.reference,
            ),
        )
        raise ValidationError(report)
    t = catalogue(language if language is not None else language_of_country(detail.host.country))
    person = detail.person.name if detail.person else detail.visitor.name
    start, end = t.long_date(detail.start_date), t.long_date(detail.end_date)
    story: list[Flowable] = [
        *title(t("cert_title"), detail.reference),
        para(
            t(
                "cert_body",
                host=detail.host.name,
                person=person,
                visitor=detail.visitor.name,
                start=start,
                end=end,
            )
        ),
        Spacer(1, 4 * mm),
        facts_table(
            [
                (t("visitor"), person),
                (t("visiting_organisation"), org_line(detail.visitor, t)),
                (t("host_organisation"), org_line(detail.host, t)),
                (t("first_day"), start),
                (t("last_day"), end),
                (t("working_days_at_host"), str(detail.working_days or "—")),
                (t("days_attended"), ""),
            ]
        ),
        signature_boxes([(t("host_organisation"), detail.host.name)], t("host_signature"), t),
    ]
    setup = PageSetup(
        title=t("cert_document_title", reference=detail.reference),
        reference=detail.reference,
        language=t.language,
    )
    return render_pdf(story, setup, printed_at)
