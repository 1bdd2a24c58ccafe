"""Members: import of a big member workbook (.xlsx and .ods), the list over 100,000
organisations, export.

Import and its baselines (a bare openpyxl read_only pass, or a bare python-calamine
read, plus a SQLAlchemy Core executemany insert of the same rows) each run in a fresh
subprocess, which reports its own time and peak memory. The export (written with
XlsxWriter) is measured beside two baselines that read the same columns with Core and
write the same rows: a bare XlsxWriter constant_memory book (the writer it uses, the
target's baseline) and a bare openpyxl write_only book (the writer it used before).
Run: python -m benchmarks.bench_members [--quick]
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import xlsxwriter
from openpyxl import Workbook
from sqlalchemy import select

from benchmarks.common import Figure, best_of, print_table, ratio_target, scratch_dir
from blues_desktop.documents.members_workbook import (
    CONTACT_COLUMNS,
    CONTACT_HEADERS,
    EXPORT_HEADERS,
    ORG_COLUMNS,
    export_members,
)
from blues_desktop.services.context import open_installation
from blues_desktop.services.members.listing import (
    OrganisationFilter,
    count_organisations,
    list_organisations,
)
from blues_desktop.store.models import Organisation, Person

HEADERS = [
    "Legal name",
    "Type",
    "Country code",
    "City",
    "Member since",
    "First name",
    "Last name",
    "E-mail",
]  # noqa: E501
WORDS = ("Plasma", "Aqua", "Nano", "Hydro", "Cluster", "Techno", "Wasser", "Voda", "Agua", "Eau")
CITIES = ("Greifswald", "Brno", "Kraków", "Zaragoza", "Grenoble", "Łódź", "České Budějovice")
COUNTRIES = ("DE", "CZ", "PL", "ES", "FR")

CHILD_IMPORT = """
import json, resource, sys, time
from pathlib import Path
from blues_desktop.services.context import open_installation
from blues_desktop.services.setup import initialise
from blues_desktop.services.members.importing.commit import commit_import
from blues_desktop.services.members.importing.preview import preview_import
inst = open_installation(Path(sys.argv[1]))
initialise(inst, "ZIN", "Benchmark")
ctx = inst.context()
start = time.perf_counter()
preview = preview_import(ctx, Path(sys.argv[2]))
previewed = time.perf_counter() - start
result = commit_import(ctx, preview)
seconds = time.perf_counter() - start
assert result.organisations_created > 0 and not preview.set_aside, preview.problems[:5]
print(json.dumps({"s": seconds, "preview_s": previewed,
                  "mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

CHILD_BASELINE = """
import json, resource, sys, time, uuid
from datetime import datetime, UTC
from pathlib import Path
from openpyxl import load_workbook
from openpyxl.utils.datetime import from_excel
from sqlalchemy import insert
from blues_desktop.services.context import open_installation
from blues_desktop.services.setup import initialise
from blues_desktop.store.models import Organisation, Person
inst = open_installation(Path(sys.argv[1]))
initialise(inst, "ZIN", "Benchmark")
ctx = inst.context()
start = time.perf_counter()
now = datetime.now(UTC)
book = load_workbook(Path(sys.argv[2]), read_only=True)
orgs, people = [], []
for n, row in enumerate(book.active.iter_rows(min_row=2, values_only=True)):
    org_id = str(uuid.uuid4())
    sync = dict(office_id="ZIN", created_at=now, updated_at=now, revision=n + 1)
    orgs.append(dict(id=org_id, legal_name=row[0], org_type="sme", country=row[2], city=row[3],
                     member_since=from_excel(row[4]).date(), name_key=row[0].lower(), is_member=True, **sync))
    people.append(dict(id=str(uuid.uuid4()), first_name=row[5], last_name=row[6], email=row[7],
                       organisation_id=org_id, do_not_contact=False, **sync))
with ctx.transaction() as session:
    session.execute(insert(Organisation), orgs)
    session.execute(insert(Person), people)
seconds = time.perf_counter() - start
print(json.dumps({"s": seconds, "mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


# The same rows read by python-calamine (.xlsx or .ods) instead of openpyxl.
CHILD_CALAMINE = (
    CHILD_BASELINE.replace(
        "from openpyxl import load_workbook\n", "from python_calamine import CalamineWorkbook\n"
    )
    .replace(
        "book = load_workbook(Path(sys.argv[2]), read_only=True)\n",
        "book = CalamineWorkbook.from_path(sys.argv[2])\n",
    )
    .replace(
        "enumerate(book.active.iter_rows(min_row=2, values_only=True))",
        "enumerate(islice(book.get_sheet_by_index(0).iter_rows(), 1, None))",
    )
    .replace("import json,", "from itertools import islice\nimport json,")
)
assert "CalamineWorkbook" in CHILD_CALAMINE and "islice(book" in CHILD_CALAMINE


def member_row(n: int) -> list[object]:
    word = WORDS[n % len(WORDS)]
    return [
        f"{word} {WORDS[(n // 10) % len(WORDS)]} {n} GmbH", "SME", COUNTRIES[n % 5],
        CITIES[n % len(CITIES)], 40_000 + n % 3_000, "Anna", f"Nowak{n}", f"anna{n}@example.eu",
    ]  # fmt: skip


def make_ods(path: Path, rows: int) -> Path:
    """The same rows as an OpenDocument spreadsheet, written as LibreOffice stores it
    (typed cells: text as strings, numbers as floats)."""

    def cell(value: object) -> str:
        if isinstance(value, int):
            return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
        return f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>'

    head = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Members">'
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"
        )
        with archive.open("content.xml", "w", force_zip64=True) as out:
            out.write(head.encode())
            for n in range(-1, rows):
                values = HEADERS if n < 0 else member_row(n)
                out.write(
                    (
                        "<table:table-row>"
                        + "".join(cell(v) for v in values)
                        + "</table:table-row>"
                    ).encode()
                )
            out.write(
                b"</table:table></office:spreadsheet></office:body></office:document-content>"
            )
        archive.writestr("META-INF/manifest.xml", manifest)
    return path


def make_workbook(path: Path, rows: int) -> Path:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Members")
    sheet.append(HEADERS)
    for n in range(rows):
        sheet.append(member_row(n))
    book.save(path)
    return path


def _child(code: str, data: Path, workbook: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", code, str(data), str(workbook)], capture_output=True, text=True
    )
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def collect(quick: bool) -> list[Figure]:
    rows = 10_000 if quick else 100_000
    folder = scratch_dir("members")
    workbook = make_workbook(folder / "members.xlsx", rows)
    ods = make_ods(folder / "members.ods", rows)
    bare = _child(CHILD_BASELINE, folder / "bare", workbook)
    calamine = _child(CHILD_CALAMINE, folder / "bare-calamine", workbook)
    imported = _child(CHILD_IMPORT, folder / "data", workbook)
    calamine_ods = _child(CHILD_CALAMINE, folder / "bare-calamine-ods", ods)
    imported_ods = _child(CHILD_IMPORT, folder / "data-ods", ods)
    figures = [
        Figure(f"import of a {rows:,}-row member workbook (.xlsx)", imported["s"], "s", bare["s"],
               "≤ 1.0x openpyxl", ratio_target(imported["s"], bare["s"], 1.0),
               "baseline: openpyxl read_only pass + Core executemany insert, same rows, same run"),
        Figure(".xlsx import against a bare python-calamine read + insert", imported["s"], "s",
               calamine["s"], "≤ 1.5x calamine", ratio_target(imported["s"], calamine["s"], 1.5),
               "baseline: python-calamine read + Core executemany insert, same rows, same run"),
        Figure(".xlsx import: preview (read, check, match; nothing written)", imported["preview_s"],
               "s", note="part of the import above"),
        Figure(".xlsx import: peak memory (subprocess)", imported["mb"], "MB", bare["mb"],
               "< 300 MB", imported["mb"] < 300, "baseline: the openpyxl baseline's peak"),
        Figure(f"import of a {rows:,}-row .ods", imported_ods["s"], "s", calamine_ods["s"],
               "≤ 1.5x calamine", ratio_target(imported_ods["s"], calamine_ods["s"], 1.5),
               f"baseline: python-calamine read of the .ods + Core insert; against the .xlsx "
               f"openpyxl baseline {imported_ods['s'] / bare['s']:.2f}x"),
        Figure(".ods import: preview (read, check, match; nothing written)",
               imported_ods["preview_s"], "s", note="part of the import above"),
        Figure(".ods import: peak memory (subprocess)", imported_ods["mb"], "MB",
               calamine_ods["mb"], "< 300 MB", imported_ods["mb"] < 300,
               "baseline: the calamine baseline's peak"),
    ]  # fmt: skip
    installation = open_installation(folder / "data")
    try:
        ctx = installation.context()

        def first_page(flt: OrganisationFilter) -> None:
            count_organisations(ctx, flt)
            list_organisations(ctx, flt, limit=100)

        first = best_of(3, lambda: first_page(OrganisationFilter()))
        typed = "plasma aqua 12"
        per_key = []
        for end in range(1, len(typed) + 1):
            flt = OrganisationFilter(search=typed[:end])
            per_key.append(best_of(2, lambda flt=flt: first_page(flt)))
        country = best_of(3, lambda: first_page(OrganisationFilter(search="aqua", country="PL")))
        figures += [
            Figure(f"list over {rows:,}: first page (count + 100 rows)", first * 1000, "ms",
                   target="< 100 ms", ok=first < 0.1),
            Figure("list: slowest keystroke of search-as-you-type", max(per_key) * 1000, "ms",
                   target="< 100 ms", ok=max(per_key) < 0.1,
                   note=f"typing {typed!r}; mean {sum(per_key) / len(per_key) * 1000:.1f} ms per key"),
            Figure("list: search + country filter", country * 1000, "ms", target="< 100 ms",
                   ok=country < 0.1),
        ]  # fmt: skip
        start = time.perf_counter()
        export_members(ctx, folder / "export.xlsx", include_unconsented=True)
        export_s = time.perf_counter() - start
        start = time.perf_counter()
        bare_export_rows(ctx, folder / "bare-export.xlsx")
        bare_export = time.perf_counter() - start
        start = time.perf_counter()
        bare_xlsxwriter_rows(ctx, folder / "bare-xlsxwriter.xlsx")
        bare_xlsxwriter = time.perf_counter() - start
    finally:
        installation.close()
    figures += [
        Figure(f"export of {rows:,} organisations (+ contacts)", export_s, "s", bare_xlsxwriter,
               "≤ 1.3x XlsxWriter", ratio_target(export_s, bare_xlsxwriter, 1.3),
               "the export writes with XlsxWriter (constant_memory); baseline: Core select of "
               "the same columns + bare XlsxWriter constant_memory write_row of the same rows "
               "(both sheets), same run"),
        Figure("export against a bare openpyxl write_only of the same rows", export_s, "s",
               bare_export, "≤ 1.3x openpyxl", ratio_target(export_s, bare_export, 1.3),
               "baseline: Core select of the same columns + bare openpyxl write_only of the "
               "same rows (both sheets), same run: the writer the export used before"),
    ]  # fmt: skip
    return figures


def bare_export_rows(ctx: Any, path: Path) -> None:
    """The export's rows, the bare way: one Core select per sheet, plain append."""
    book = Workbook(write_only=True)
    with ctx.read() as session:
        connection = session.connection()  # Core rows, as the export reads them
        orgs = book.create_sheet("Organisations")
        orgs.append(EXPORT_HEADERS)
        for row in connection.execute(
            select(*ORG_COLUMNS[1:]).where(Organisation.deleted_at.is_(None))
        ):
            orgs.append(list(row))
        people = book.create_sheet("Contacts")
        people.append(CONTACT_HEADERS)
        for row in connection.execute(
            select(*CONTACT_COLUMNS[:11]).where(Person.deleted_at.is_(None))
        ):
            people.append(list(row))
    book.save(path)


def bare_xlsxwriter_rows(ctx: Any, path: Path) -> None:
    """The same rows written the bare XlsxWriter way: constant_memory, one write_row per
    row; dates as dates and text as text (no formula or link guessing), as the export."""
    book = xlsxwriter.Workbook(
        str(path),
        {
            "constant_memory": True,
            "default_date_format": "yyyy-mm-dd",
            "strings_to_formulas": False,
            "strings_to_urls": False,
        },
    )
    with ctx.read() as session:
        connection = session.connection()
        for title, headers, query in [
            ("Organisations", EXPORT_HEADERS,
             select(*ORG_COLUMNS[1:]).where(Organisation.deleted_at.is_(None))),
            ("Contacts", CONTACT_HEADERS,
             select(*CONTACT_COLUMNS[:11]).where(Person.deleted_at.is_(None))),
        ]:  # fmt: skip
            sheet = book.add_worksheet(title)
            sheet.write_row(0, 0, headers)
            for index, row in enumerate(connection.execute(query), start=1):
                sheet.write_row(index, 0, row)
    book.close()


if __name__ == "__main__":
    print_table(collect("--quick" in sys.argv))
