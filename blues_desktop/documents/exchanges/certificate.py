"""The certificate of attendance, for the host to sign at the end of the stay."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from blues_desktop.documents.exchanges.common import (
    day,
    facts_table,
    org_line,
    para,
    signature_boxes,
    title,
)
from blues_desktop.documents.pdf import PageSetup, render_pdf
from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services.exchanges.detail import ExchangeDetail


def certificate_of_attendance(detail: ExchangeDetail, printed_at: datetime) -> bytes:
    if detail.host is None or detail.start_date is None or detail.end_date is None:
        report = ValidationReport()
        report.error("host_org", f"{detail.reference} needs a host and dates for a certificate")
        raise ValidationError(report)
    person = detail.person.name if detail.person else detail.visitor.name
    story: list[Flowable] = [
        *title("ClusterXchange — Certificate of attendance", detail.reference),
        para(
            f"The host organisation {detail.host.name} certifies that {person}, of "
            f"{detail.visitor.name}, took part in a ClusterXchange exchange at its premises "
            f"from {day(detail.start_date)} to {day(detail.end_date)}."
        ),
        Spacer(1, 4 * mm),
        facts_table(
            [
                ("Visitor", person),
                ("Visiting organisation", org_line(detail.visitor)),
                ("Host organisation", org_line(detail.host)),
                ("First day", day(detail.start_date)),
                ("Last day", day(detail.end_date)),
                ("Working days at the host", str(detail.working_days or "—")),
                ("Days actually attended (host fills in)", ""),
            ]
        ),
        signature_boxes([("Host organisation", detail.host.name)], "Signature of the host"),
    ]
    setup = PageSetup(
        title=f"Certificate of attendance {detail.reference}", reference=detail.reference
    )
    return render_pdf(story, setup, printed_at)
