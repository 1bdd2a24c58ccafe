"""Building blocks the exchange documents share: headings, fact tables, signature boxes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer, TableStyle

from blues_desktop.documents.catalogue import ENGLISH, Catalogue, catalogue, language_of
from blues_desktop.documents.fonts import FONT, FONT_BOLD
from blues_desktop.documents.pdf import Table, styles
from blues_desktop.documents.plain_text import PlainText
from blues_desktop.domain.countries import country_name
from blues_desktop.domain.exchanges.rules import ORG_TYPE_LABELS
from blues_desktop.domain.offices import office_info
from blues_desktop.services.exchanges.detail import ExchangeDetail, OrgInfo

CONTENT_WIDTH = 180 * mm
# A box: role and name, place and date, and 15 mm or more to sign below its label
SIGNATURE_HEIGHT = 38 * mm


def para(value: object, style: str = "Body") -> PlainText:
    """Plain text, never markup: names may hold & or < and print as typed."""
    return PlainText(str(value), styles()[style])


def heading(value: str) -> PlainText:
    return PlainText(value, styles()["Heading"])


def title(value: str, reference: str | None = None) -> list[Flowable]:
    items: list[Flowable] = [PlainText(value, styles()["Title"])]
    if reference:
        items.append(para(reference, "CellBold"))
        items.append(Spacer(1, 2 * mm))
    return items


def day(value: date | None) -> str:
    return value.isoformat() if value else "—"


def org_line(org: OrgInfo | None, t: Catalogue | None = None) -> str:
    if org is None:
        return "—"
    t = t or catalogue(ENGLISH)
    place = ", ".join(p for p in (org.address, org.city, t.country(org.country)) if p)
    kind = t.label("org_types", org.org_type, ORG_TYPE_LABELS.get(org.org_type, org.org_type))
    return t("org_member" if org.is_member else "org", name=org.name, kind=kind, place=place)


def partnership_line(code: str | None) -> str:
    if not code:
        return "—"
    office = office_info(code)
    return f"{office.name} ({office.code}, {country_name(office.country)})"


def _cell(value: str, style: str, width: float) -> str | PlainText:
    """Short one-line text as a plain string (drawn directly, no paragraph layout: much
    faster in batches); anything that may wrap as a paragraph."""
    font = FONT_BOLD if style == "CellBold" else FONT
    if "\n" not in value and stringWidth(value, font, 8.5) < width - 8:
        return value
    return para(value, style)


def facts_table(rows: Sequence[tuple[str, str]]) -> Table:
    label_width, value_width = 50 * mm, CONTENT_WIDTH - 50 * mm
    data = [
        [_cell(label, "CellBold", label_width), _cell(value, "Cell", value_width)]
        for label, value in rows
    ]
    table = Table(data, colWidths=[label_width, value_width])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (0, -1), FONT_BOLD, 8.5, 10.5),
                ("FONT", (1, 0), (1, -1), FONT, 8.5, 10.5),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def exchange_facts(detail: ExchangeDetail) -> list[tuple[str, str]]:
    distance = (
        f"{detail.distance_km} km ({'typed by hand' if detail.distance_manual else 'great circle'})"
        if detail.distance_km is not None
        else "—"
    )
    return [
        ("Exchange", detail.reference),
        ("Visiting organisation", org_line(detail.visitor)),
        ("Travelling person", detail.person.name if detail.person else "—"),
        ("Visitor's partnership", partnership_line(detail.visitor_partnership)),
        ("Host organisation", org_line(detail.host)),
        (
            "Host's partnership",
            partnership_line(detail.host_partnership or detail.visitor_partnership),
        ),
        (
            "Stay",
            f"{day(detail.start_date)} to {day(detail.end_date)}: "
            f"{detail.working_days if detail.working_days is not None else '—'} working days "
            f"(travel days not counted)",
        ),
        ("Distance", distance),
    ]


def signature_boxes(
    parties: Sequence[tuple[str, str]],
    caption: str = "Signatures",
    t: Catalogue | None = None,
    labels: Callable[[str], str] | None = None,
) -> Flowable:
    """Boxes two per row: (role, name) each, then room for the place and date and, below
    its label, room to sign and stamp; kept on one page with their caption. The words
    are in `t`'s language, or English with `labels` (the grant documents' second
    language) applied."""
    t = t or catalogue(ENGLISH)
    place, sign = t("place_and_date"), t("signature_and_stamp")
    if labels is not None:
        place, sign = labels(place), labels(sign)
    cells = [
        [
            para(role, "CellBold"),
            para(name, "Cell"),
            Spacer(1, 4 * mm),
            para(place, "Small"),
            Spacer(1, 5 * mm),
            para(sign, "Small"),
        ]
        for role, name in parties
    ]
    rows: list[list[Any]] = [list(cells[i : i + 2]) for i in range(0, len(cells), 2)]
    half = CONTENT_WIDTH / 2
    if len(cells) == 1:
        widths = [half]
    else:
        widths = [half, half]
        if len(rows[-1]) == 1:
            rows[-1].append("")
    table = Table(rows, colWidths=widths, rowHeights=[SIGNATURE_HEIGHT] * len(rows))
    table.hAlign = "LEFT"
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                ("INNERGRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return KeepTogether([heading(caption), Spacer(1, 1 * mm), table])


def bullet_list(items: Sequence[str]) -> list[Flowable]:
    return [para(f"• {item}") for item in items]


def grant_note(local_language: str | None) -> list[Flowable]:
    """The grant documents with a second language say, in that language, which text
    binds: the English one (the translations are the reader's help, not a second text)."""
    if not local_language or language_of(local_language) == ENGLISH:
        return []
    return [para(catalogue(local_language)("grant_note"), "Small"), Spacer(1, 2 * mm)]
