"""Members: import of a big member workbook, the list over 100,000 organisations, export.

Import and its baseline (a bare openpyxl read_only pass plus a SQLAlchemy Core
executemany insert of the same rows) each run in a fresh subprocess, which reports
its own time and peak memory. Run: python -m benchmarks.bench_members [--quick]
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from openpyxl import Workbook

from benchmarks.common import Figure, best_of, print_table, ratio_target, scratch_dir
from blues_desktop.documents.members_workbook import export_members
from blues_desktop.services.context import open_installation
from blues_desktop.services.members.listing import (
    OrganisationFilter,
    count_organisations,
    list_organisations,
)

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
result = commit_import(ctx, preview)
seconds = time.perf_counter() - start
assert result.organisations_created > 0, preview.problems[:5]
print(json.dumps({"s": seconds, "mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
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


def make_workbook(path: Path, rows: int) -> Path:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Members")
    sheet.append(HEADERS)
    for n in range(rows):
        word = WORDS[n % len(WORDS)]
        sheet.append([
            f"{word} {WORDS[(n // 10) % len(WORDS)]} {n} GmbH", "SME", COUNTRIES[n % 5],
            CITIES[n % len(CITIES)], 40_000 + n % 3_000, "Anna", f"Nowak{n}", f"anna{n}@example.eu",
        ])  # fmt: skip
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
    imported = _child(CHILD_IMPORT, folder / "data", workbook)
    bare = _child(CHILD_BASELINE, folder / "bare", workbook)
    figures = [
        Figure(f"import of a {rows:,}-row member workbook", imported["s"], "s", bare["s"], "≤ 3x baseline",
               ratio_target(imported["s"], bare["s"], 3.0),
               "baseline: openpyxl read_only pass + Core executemany insert, same rows, same run"),
        Figure("import: peak memory (subprocess)", imported["mb"], "MB", bare["mb"], "< 400 MB",
               imported["mb"] < 400),
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
    finally:
        installation.close()
    start = time.perf_counter()
    make_workbook(folder / "bare-export.xlsx", rows)
    bare_export = time.perf_counter() - start
    figures.append(
        Figure(f"export of {rows:,} organisations (+ contacts)", export_s, "s", bare_export,
               note="baseline: openpyxl write_only of the same number of rows alone")
    )  # fmt: skip
    return figures


if __name__ == "__main__":
    print_table(collect("--quick" in sys.argv))
