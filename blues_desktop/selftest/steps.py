"""The self-test's data steps: two offices in a temporary folder, the demo, the documents
a user prints, an Excel export and a bundle carried from the partner to the coordinator.

Each step calls the same services the window and the `blues` command call, and checks
what a user would look at (the PDF's pages and fonts, the workbook's rows, the rows the
coordinator received)."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from blues_desktop.selftest.runner import SelfTestFailure, Step, run_steps
from blues_desktop.services.context import AppContext, Installation, open_installation

COORDINATOR, PARTNER = "BPT", "ZIN"
DEMO_SCALE = 0.2  # about 20 organisations, 2 exchanges and 4 events: a few seconds


@dataclass
class Workspace:
    """The temporary folder and what the steps have made so far."""

    root: Path
    installations: dict[str, Installation] = field(default_factory=dict)
    bundle: Path | None = None

    @property
    def out(self) -> Path:
        folder = self.root / "files"
        folder.mkdir(exist_ok=True)
        return folder

    def ctx(self, code: str) -> AppContext:
        try:
            return self.installations[code].context()
        except KeyError:
            raise SelfTestFailure(f"office {code} was not set up by an earlier step") from None

    def close(self) -> None:
        for installation in self.installations.values():
            installation.close()
        self.installations.clear()


def check_pdf(path: Path) -> int:
    """The number of pages; fails unless the file is a whole PDF whose fonts are embedded
    (a font that is only named prints differently, or not at all, elsewhere)."""
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise SelfTestFailure(f"{path.name} is not a complete PDF file")
    from blues_desktop.documents.exchanges import page_count

    pages = page_count(data)
    if pages < 1:
        raise SelfTestFailure(f"{path.name} has no pages")
    if b"/FontFile2" not in data:
        raise SelfTestFailure(f"{path.name} does not embed its font")
    return pages


def _pages(count: int) -> str:
    return "1 page" if count == 1 else f"{count} pages"


def migrations(ws: Workspace) -> str:
    from blues_desktop.store.migrate import current_revision, head_revision

    for code in (COORDINATOR, PARTNER):
        ws.installations[code] = open_installation(ws.root / code.lower())
    head = head_revision()
    for code, installation in ws.installations.items():
        revision = current_revision(installation.engine)
        if revision != head:
            raise SelfTestFailure(f"the {code} database is at schema {revision}, not {head}")
    return f"two new databases at schema {head}"


def offices(ws: Workspace) -> str:
    from blues_desktop.services.partners import register_card
    from blues_desktop.services.setup import initialise, own_card

    initialise(ws.installations[COORDINATOR], COORDINATOR, "Jörg Köhler")
    initialise(ws.installations[PARTNER], PARTNER, "Begoña Ibáñez")
    coordinator, partner = ws.ctx(COORDINATOR), ws.ctx(PARTNER)
    register_card(coordinator, own_card(partner))
    register_card(partner, own_card(coordinator))
    return f"{COORDINATOR} (coordinator) and {PARTNER}, keys made and cards exchanged"


def demo(ws: Workspace) -> str:
    from blues_desktop.services.demo import generate

    rows = generate(ws.ctx(PARTNER), scale=DEMO_SCALE, offices=[PARTNER]).rows
    for table in ("organisations", "exchanges", "events"):
        if not rows.get(table):
            raise SelfTestFailure(f"the demo made no {table}")
    return (
        f"{rows['organisations']} organisations, {rows['exchanges']} exchanges, "
        f"{rows['events']} events"
    )


def contract(ws: Workspace) -> str:
    from blues_desktop.documents.exchanges import DocumentKind, write_document
    from blues_desktop.services.exchanges.queries import list_exchanges

    ctx = ws.ctx(PARTNER)
    exchanges = list_exchanges(ctx)
    if not exchanges:
        raise SelfTestFailure("there is no exchange to print a contract for")
    written = write_document(
        ctx, exchanges[0].reference, DocumentKind.AGREEMENT, ws.out / "contract.pdf"
    )
    return f"{exchanges[0].reference}, {_pages(check_pdf(written.path))}"


def attendance_sheet(ws: Workspace) -> str:
    from blues_desktop.documents.attendance_sheet import write_attendance_sheet
    from blues_desktop.services.events import list_events

    ctx = ws.ctx(PARTNER)
    events = [e for e in list_events(ctx, None, None) if not e.is_online]
    if not events:
        raise SelfTestFailure("there is no event held in a place to print a sheet for")
    written = write_attendance_sheet(ctx, events[0].id, ws.out / "attendance.pdf")
    return f"{written.participants} participants, {_pages(check_pdf(written.path))}"


def excel_export(ws: Workspace) -> str:
    from python_calamine import CalamineWorkbook

    from blues_desktop.documents.members_workbook import export_members

    written = export_members(ws.ctx(PARTNER), ws.out / "members.xlsx")
    book = CalamineWorkbook.from_path(str(written.path))
    rows = book.get_sheet_by_name("Organisations").to_python()
    if len(rows) - 1 != written.organisations or written.organisations < 1:
        raise SelfTestFailure(
            f"the workbook holds {len(rows) - 1} organisations, not {written.organisations}"
        )
    return f"{written.organisations} organisations read back from the workbook"


def bundle_export(ws: Workspace) -> str:
    from blues_desktop.bundles.export import export_bundle

    result = export_bundle(ws.ctx(PARTNER), ws.out)
    ws.bundle = result.path
    return f"{result.path.name}, {sum(result.rows.values())} rows"


def _bundle(ws: Workspace) -> Path:
    if ws.bundle is None:
        raise SelfTestFailure("no bundle was exported by an earlier step")
    return ws.bundle


def bundle_verify(ws: Workspace) -> str:
    from blues_desktop.bundles.merge import verify_file

    verified = verify_file(ws.ctx(COORDINATOR), _bundle(ws))
    new = sum(c.new for c in verified.counts.values())
    if verified.office != PARTNER or new < 1:
        raise SelfTestFailure(f"the report shows {new} new rows from office {verified.office}")
    return f"signed by {verified.office}, {new} rows would be new"


def bundle_import(ws: Workspace) -> str:
    from blues_desktop.bundles.merge import import_bundle
    from blues_desktop.services.members.listing import OrganisationFilter, count_organisations

    coordinator = ws.ctx(COORDINATOR)
    result = import_bundle(coordinator, _bundle(ws))
    sent = count_organisations(ws.ctx(PARTNER), OrganisationFilter(office=PARTNER))
    received = count_organisations(coordinator, OrganisationFilter(office=PARTNER))
    if received != sent:
        raise SelfTestFailure(f"the coordinator has {received} of the {sent} organisations sent")
    return f"{result.changed_rows} rows in; the coordinator has all {received} organisations"


DATA_STEPS: tuple[Step[Workspace], ...] = (
    Step("migrations", migrations),
    Step("offices and keys", offices),
    Step("demo data", demo),
    Step("contract PDF", contract),
    Step("attendance sheet PDF", attendance_sheet),
    Step("Excel export", excel_export),
    Step("bundle export", bundle_export),
    Step("bundle verify", bundle_verify),
    Step("bundle import", bundle_import),
)


def run_self_test(out: TextIO, extra_steps: Sequence[Step[Workspace]] = ()) -> int:
    """Every step in a fresh temporary folder, removed afterwards; 0 when all passed."""
    with tempfile.TemporaryDirectory(prefix="blues-self-test-") as folder:
        workspace = Workspace(Path(folder))
        print(f"BLUES Desktop self-test in a temporary folder ({folder})", file=out, flush=True)
        try:
            return run_steps((*DATA_STEPS, *extra_steps), workspace, out)
        finally:
            workspace.close()
