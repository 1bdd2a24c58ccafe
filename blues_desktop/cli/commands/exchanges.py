"""`blues exchanges`: list the register, print an exchange's documents, export the workbook."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from blues_desktop.cli.runtime import Runtime
from blues_desktop.documents.catalogue import DOCUMENT_LANGUAGES
from blues_desktop.documents.exchanges import (
    BILINGUAL,
    DocumentKind,
    prepare_folder,
    write_agreements,
    write_document,
)
from blues_desktop.documents.exchanges.register import export_register
from blues_desktop.domain.exchanges.workflow import ENDED, State
from blues_desktop.services.exchanges import ExchangeFilter, exchange_kpis, list_exchanges
from blues_desktop.services.exchanges.agreements import (
    AgreementCandidate,
    agreement_candidates,
    printable_agreements,
)

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

    batch = commands.add_parser(
        "contracts",
        help="print the financial agreements that may be printed now, one PDF each, to a folder",
        description="Print the financial agreements of many exchanges for a signing day: one "
        "PDF per exchange in FOLDER, named by its agreement number (e.g. ZIN-CX-2026-003.pdf; "
        "a file of that name is replaced). Without ID, every exchange of the filters whose "
        "agreement may be printed now (once the Commitment to Quality is signed, or numbered "
        "already), in the "
        "register's order. With IDs, those exchanges: one whose agreement may not be printed "
        "yet is named with the reason and left out, the others are printed, and the command "
        "exits with 1. An unknown ID stops the command before anything is written.",
        epilog="Each file is written whole under a temporary name, then renamed; a folder that "
        "cannot be written stops the command before the first file. Exit codes: 0 every "
        "agreement asked for was written (also when none may be printed yet); 1 an exchange "
        "was left out, unknown or a file could not be written; 2 a wrong option.",
    )
    batch.add_argument("exchanges", nargs="*", metavar="ID", help=ID_HELP)
    batch.add_argument("--out", required=True, type=Path, metavar="FOLDER",
                       help="the folder to write to (made if missing)")
    batch.add_argument("--state", choices=[s.value for s in State])
    batch.add_argument("--office", metavar="CODE", help="the visitor's partnership")
    batch.add_argument("--year", type=int)
    batch.add_argument("--search", metavar="TEXT", help="part of a reference or a name")
    batch.set_defaults(handler=run_contracts, parser=batch)

    export = commands.add_parser("export", help="write the register, KPIs and evaluation to Excel")
    export.add_argument("path", type=Path, metavar="FILE.xlsx")
    export.set_defaults(handler=run_export)


def run_list(args: argparse.Namespace, runtime: Runtime) -> int:
    ctx = runtime.context()
    flt = _filter_of(args)
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


def _filter_of(args: argparse.Namespace) -> ExchangeFilter:
    return ExchangeFilter(
        state=args.state,
        office=args.office.upper() if args.office else None,
        year=args.year,
        text=args.search,
    )


def _why_not(candidate: AgreementCandidate) -> str:
    state = candidate.state.label
    if candidate.state in ENDED:
        return f"{candidate.reference}: left out: it is {state} and has no agreement"
    return (
        f"{candidate.reference}: left out: its financial agreement is printed once the "
        f"Commitment to Quality is signed (the exchange is {state})"
    )


def run_contracts(args: argparse.Namespace, runtime: Runtime) -> int:
    flt = _filter_of(args)
    if args.exchanges and flt != ExchangeFilter():
        args.parser.error("give either exchange IDs or filters (--state, --office, --year, "
                          "--search), not both")
    ctx = runtime.context()
    refused: list[AgreementCandidate] = []
    if args.exchanges:
        candidates = agreement_candidates(ctx, args.exchanges)
        refused = [c for c in candidates if not c.printable]
        ids = [c.id for c in candidates if c.printable]
    else:
        ids = printable_agreements(ctx, flt)
    for candidate in refused:
        print(f"blues: {_why_not(candidate)}", file=sys.stderr)
    if not ids:
        if not refused:
            runtime.print("No financial agreement to write: none of the exchanges matched may "
                          "have its agreement printed yet")
        return 1 if refused else 0
    prepare_folder(args.out)
    written = write_agreements(ctx, ids, args.out)
    for document in written:
        pages = "1 page" if document.pages == 1 else f"{document.pages} pages"
        runtime.print(f"Wrote {document.path} ({document.reference}, {pages})")
    agreements = "agreement" if len(written) == 1 else "agreements"
    summary = f"Wrote {len(written)} financial {agreements} to {args.out}"
    if refused:
        summary += f"; {len(refused)} left out (see above)"
    runtime.print(summary)
    return 1 if refused else 0


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
