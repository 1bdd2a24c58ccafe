"""The exchanges register as a workbook: one row per exchange (real dates and numbers),
the KPIs per partnership and state, and the evaluation summary."""

from __future__ import annotations

from pathlib import Path

from blues_desktop.documents.spreadsheets import (
    MONEY_FORMAT,
    add_table_sheet,
    new_write_only_book,
    save_workbook,
)
from blues_desktop.domain.countries import country_name
from blues_desktop.domain.errors import StorageError
from blues_desktop.domain.exchanges.rules import ORG_TYPE_LABELS
from blues_desktop.domain.exchanges.workflow import STATE_LABELS, State
from blues_desktop.domain.offices import office_info
from blues_desktop.services.context import AppContext
from blues_desktop.services.exchanges.queries import ExchangeFilter, kpis_in, rows_in
from blues_desktop.services.exchanges.reports import evaluation_summary
from blues_desktop.store.atomic import describe_os_error

REGISTER_HEADERS = (
    "Reference",
    "State",
    "Visitor's partnership",
    "Visiting organisation",
    "Visitor country",
    "Visitor type",
    "Host organisation",
    "Host country",
    "First day",
    "Last day",
    "Working days",
    "Distance (km)",
    "Lump sum (EUR)",
    "Rules version",
    "Agreement number",
    "Paid on",
)
WIDTHS = (18, 26, 12, 40, 10, 20, 40, 10, 12, 12, 10, 10, 14, 8, 18, 12)


def export_register(ctx: AppContext, path: Path, flt: ExchangeFilter | None = None) -> int:
    """Write the register to `path` (atomically); returns the number of exchanges."""
    flt = flt or ExchangeFilter()
    with ctx.read() as session:
        rows = rows_in(session, flt)
        kpis = kpis_in(session, flt)
    summary = evaluation_summary(ctx)
    book = new_write_only_book()
    count = add_table_sheet(
        book,
        "Exchanges",
        REGISTER_HEADERS,
        (
            (
                r.reference,
                STATE_LABELS[State(r.state)],
                r.visitor_partnership,
                r.visitor_name,
                r.visitor_country,
                ORG_TYPE_LABELS.get(r.vo_type, r.vo_type),
                r.host_name,
                r.host_country,
                r.start_date,
                r.end_date,
                r.working_days,
                r.distance_km,
                r.lump_sum,
                r.rules_version,
                r.agreement_number,
                r.paid_on,
            )
            for r in rows
        ),
        widths=WIDTHS,
        number_formats={12: MONEY_FORMAT},
    )
    add_table_sheet(
        book,
        "By partnership",
        ("Partnership", "Name", "Exchanges (live)", "Held or later", "Target share"),
        (
            (
                code,
                office_info(code).name,
                kpis.by_office[code],
                kpis.held_by_office[code],
                kpis.target / 5,
            )
            for code in kpis.by_office
        ),
        widths=(12, 28, 16, 14, 12),
    )
    add_table_sheet(
        book,
        "By state",
        ("State", "Exchanges"),
        ((STATE_LABELS[State(s)], n) for s, n in kpis.by_state.items()),
        widths=(36, 12),
    )
    add_table_sheet(
        book,
        "By country pair",
        ("Visitor country", "Host country", "Exchanges"),
        (
            (country_name(pair.split("→")[0]), country_name(pair.split("→")[1]), n)
            for pair, n in kpis.by_country_pair.items()
        ),
        widths=(22, 22, 12),
    )
    add_table_sheet(
        book,
        "Lump sums",
        ("What", "EUR"),
        [("Committed (agreements signed, not paid)", kpis.committed), ("Paid", kpis.paid)],
        widths=(40, 14),
        number_formats={1: MONEY_FORMAT},
    )
    add_table_sheet(
        book,
        "Evaluation",
        ("Question", "Answers", "Average (1-5)"),
        [
            (q.text, q.answers, round(q.average, 2) if q.average is not None else None)
            for q in summary.questions
        ]
        + [("Would recommend (yes)", summary.would_recommend, None)],
        widths=(60, 10, 14),
    )
    try:
        save_workbook(book, Path(path))
    except OSError as exc:
        raise StorageError(describe_os_error(exc, Path(path))) from exc
    return count
