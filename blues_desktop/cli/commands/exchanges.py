"""`blues exchanges`: list the register, print an exchange's documents, export the workbook."""

from __future__ import annotations

import argparse
from pathlib import Path

from blues_desktop.cli.runtime import Runtime
from blues_desktop.documents.catalogue import DOCUMENT_LANGUAGES
from blues_desktop.documents.exchanges import BILINGUAL, DocumentKind, write_document
from blues_desktop.documents.exchanges.register import export_register
from blues_desktop.domain.exchanges.workflow import State
from blues_desktop.services.exchanges import ExchangeFilter, exchange_kpis, list_exchanges

ID_HELP = "the exchange: its reference (e.g. ZIN-X-2026-007) or its id"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "exchanges",
        help="ClusterXchange exchanges: list, documents, register workbook",
        description="ClusterXchange exchanges: the register, the Commitment to Quality, the "
        "financial agreement, the certificate of attendance and the Excel register.",
    )
    commands = parser.add_subparsers(dest="exchanges_command", metavar="COMMAND", required=True)

    listing = commands.add_parser("list", help="list exchanges (with filters) and the KPIs")
    listing.add_argument("--state", choices=[s.value for s in State])
    listing.add_argument("--office", metavar="CODE", help="the visitor's partnership")
    listing.add_argument("--year", type=int)
    listing.add_argument("--search", metavar="TEXT", help="part of a reference or a name")
    listing.set_defaults(handler=run_list)

    for name, kind, what in (
        ("ctq", DocumentKind.CTQ, "the Commitment to Quality"),
        ("contract", DocumentKind.AGREEMENT, "the financial agreement (after the CtQ is signed)"),
        ("certificate", DocumentKind.CERTIFICATE, "the certificate of attendance"),
        ("report-form", DocumentKind.REPORT, "the closing report form"),
    ):
        command = commands.add_parser(name, help=f"print {what} as PDF")
        command.add_argument("exchange", metavar="ID", help=ID_HELP)
        command.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
        if kind in BILINGUAL:
            command.add_argument(
                "--local-language",
                choices=[code for code in DOCUMENT_LANGUAGES if code != "en"],
                metavar="LANG",
                help="also give every heading and label in this language (de, cs, pl, es, fr); "
                "the English text stays the binding one",
            )
        elif kind is DocumentKind.CERTIFICATE:
            command.description = "Printed in the host's language where the app has it."
        command.set_defaults(handler=run_document, kind=kind)

    export = commands.add_parser("export", help="write the register, KPIs and evaluation to Excel")
    export.add_argument("path", type=Path, metavar="FILE.xlsx")
    export.set_defaults(handler=run_export)


def run_list(args: argparse.Namespace, runtime: Runtime) -> int:
    ctx = runtime.context()
    flt = ExchangeFilter(
        state=args.state,
        office=args.office.upper() if args.office else None,
        year=args.year,
        text=args.search,
    )
    rows = list_exchanges(ctx, flt)
    for r in rows:
        amount = f"{r.lump_sum:>9,.2f}" if r.lump_sum is not None else "        —"
        runtime.print(
            f"{r.reference:<16} {r.state:<17} {r.visitor_country}→{r.host_country or '??'} "
            f"{str(r.start_date or ''):<10} EUR {amount}  {r.visitor_name} → {r.host_name or '(no host)'}"
        )
    kpis = exchange_kpis(ctx, flt)
    runtime.print(
        f"{len(rows)} exchanges; held or later {kpis.held} of {kpis.target}; "
        f"committed EUR {kpis.committed:,.2f}, paid EUR {kpis.paid:,.2f}"
    )
    return 0


def run_document(args: argparse.Namespace, runtime: Runtime) -> int:
    local = getattr(args, "local_language", None)
    written = write_document(runtime.context(), args.exchange, args.kind, args.out, local)
    runtime.print(
        f"Wrote {args.kind.label} of {args.exchange} to {written.path} ({written.pages} pages)"
    )
    return 0


def run_export(args: argparse.Namespace, runtime: Runtime) -> int:
    count = export_register(runtime.context(), args.path)
    runtime.print(f"Wrote {count} exchanges to {args.path}")
    return 0
