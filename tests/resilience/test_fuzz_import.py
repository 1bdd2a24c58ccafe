"""Fuzzing the member list importer with what partners' files hold: random cells of every
type under a header in any of the offices' languages, CSV text in the encodings Excel
and older systems write, and bytes that are no spreadsheet at all.

Properties: reading gives a preview or a ValidationError naming the file, never anything
else; committing a clean preview adds exactly the organisations it planned and leaves a
sound database; and an export read back plans no change at all.

Fast in CI (profile "ci"); `HYPOTHESIS_PROFILE=thorough` runs thousands of cases.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import func, select

from blues_desktop.documents.members_import_files import write_fixup
from blues_desktop.documents.members_workbook import export_members
from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.names import name_key
from blues_desktop.services.context import AppContext, open_installation
from blues_desktop.services.members.importing.commit import commit_import
from blues_desktop.services.members.importing.preview import ImportPreview, preview_import
from blues_desktop.services.setup import initialise
from blues_desktop.store.integrity import full_check
from blues_desktop.store.models import Organisation

# Each example writes a file and reads it through the importer: a tenth of the profile's
# examples, at least 15.
EXAMPLES = max(15, settings.default.max_examples // 10)
SHARED_DATABASE = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]

# Header words as the offices' lists have them, and some that name nothing.
HEADERS = (
    "Legal name", "Firmenname", "Název firmy", "Nazwa firmy", "Razón social", "Raison sociale",
    "Country", "Land", "Země", "Kraj", "País", "Pays", "Country code", "City", "Stadt", "Miasto",
    "VAT number", "USt-IdNr.", "NIF", "Type", "Typ", "E-mail", "First name", "Vorname",
    "Last name", "Nachname", "Member since", "Mitglied seit", "Website", "Phone", "Notes",
    "Bemerkung", "", "???", "Spalte 1",
)  # fmt: skip
XML_ILLEGAL = {chr(c) for c in range(32)} - {"\t", "\n", "\r"}
texts = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters=XML_ILLEGAL),
    max_size=40,
)
likely_values = st.sampled_from(
    [
        "Deutschland", "Czech Republic", "Polska", "España", "France", "DE", "cz", "XX",
        "DE136695976", "CZ12345678", "ESB12345678", "not a VAT", "KMU", "SME", "Cluster",
        "2024-05-31", "31.05.2024", "05/31/2024", "yesterday", "jw@example.org", "jw@@x",
        "=SUM(A1:A3)", "+49 30 1234", "   ", "Řeznictví Dvořák s.r.o.", "Łódź Sp. z o.o.",
    ]
)  # fmt: skip
cells = st.one_of(
    st.none(),
    texts,
    likely_values,
    st.integers(-(10**15), 10**15),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 12, 31)),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(2100, 12, 31)),
)
rows = st.lists(st.lists(cells, max_size=10), max_size=20)


@pytest.fixture(scope="module")
def office_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A set-up office's data folder, copied for each example that needs an empty register."""
    folder = tmp_path_factory.mktemp("office-template")
    installation = open_installation(folder)
    initialise(installation, "ZIN", "Ana García")
    installation.close()
    return folder


@pytest.fixture
def shared_office(ctx: AppContext) -> AppContext:
    """One office for all examples of a test: its register grows as examples commit."""
    return ctx


class _FreshOffice:
    def __init__(self, template: Path) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="blues-fuzz-office-"))
        shutil.copytree(template, self.folder, dirs_exist_ok=True)
        self.installation = open_installation(self.folder)
        self.ctx = self.installation.context()

    def close(self) -> None:
        self.installation.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def _fresh_office(template: Path) -> Iterator[_FreshOffice]:
    office = _FreshOffice(template)
    try:
        yield office
    finally:
        office.close()


def _organisations(ctx: AppContext) -> int:
    with ctx.read() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(Organisation)
                .where(Organisation.deleted_at.is_(None))
            )
            or 0
        )


def _read_or_refuse(ctx: AppContext, path: Path) -> ImportPreview | None:
    """The importer's whole promise on any file: a preview, or a ValidationError naming it."""
    try:
        return preview_import(ctx, path)
    except ValidationError as exc:
        assert path.name in str(exc)
        return None


def _commit_as_planned(ctx: AppContext, preview: ImportPreview) -> None:
    before = _organisations(ctx)
    planned_new = sum(1 for o in preview.organisations if o.existing_id is None)
    commit_import(ctx, preview)
    assert _organisations(ctx) == before + planned_new
    database = Path(str(ctx.installation.engine.url.database))
    assert full_check(database).ok


def _write_book(path: Path, header: list[str], body: list[list[object]], title: bool) -> Path:
    book = Workbook()
    sheet = book.active
    if title:
        sheet.append(["Member list 2026"])
        sheet.append([])
    sheet.append(header)
    for row in body:
        sheet.append(row)
    book.save(path)
    return path


@settings(max_examples=EXAMPLES, suppress_health_check=SHARED_DATABASE)
@given(
    header=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=10),
    body=rows,
    title=st.booleans(),
)
def test_any_workbook_gives_a_preview_or_says_why(
    shared_office: AppContext, header: list[str], body: list[list[object]], title: bool
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="blues-fuzz-"))
    try:
        path = _write_book(folder / "Mitglieder.xlsx", header, body, title)
        preview = _read_or_refuse(shared_office, path)
        if preview is None:
            return
        assert preview.rows_read <= len(body) + 1
        for problem in preview.problems:
            assert str(problem)  # each says what and where
        assert preview.rows_to_import + len(preview.set_aside) + preview.rows_repeated == (
            preview.rows_read
        )
        if not preview.ok:  # the strict import refuses the file; nothing is written
            before = _organisations(shared_office)
            with pytest.raises(ValidationError):
                commit_import(shared_office, preview, all_or_nothing=True)
            assert _organisations(shared_office) == before
        _commit_as_planned(shared_office, preview)  # the rows that passed go in
        fixup = write_fixup(preview, folder / "fix-up.xlsx")
        assert (fixup is None) == (not preview.set_aside)
    finally:
        shutil.rmtree(folder)


ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1252", "cp1250", "iso-8859-2", "mac-roman")
csv_texts = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters={"\x00"}),
    max_size=30,
)


@settings(max_examples=EXAMPLES, suppress_health_check=SHARED_DATABASE)
@given(
    header=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8),
    body=st.lists(st.lists(st.one_of(csv_texts, likely_values), max_size=8), max_size=15),
    encoding=st.sampled_from(ENCODINGS),
    delimiter=st.sampled_from([";", ",", "\t"]),
    line_end=st.sampled_from(["\n", "\r\n"]),
)
def test_any_csv_in_any_encoding_gives_a_preview_or_says_why(
    shared_office: AppContext,
    header: list[str],
    body: list[list[str]],
    encoding: str,
    delimiter: str,
    line_end: str,
) -> None:
    lines = [delimiter.join(header)] + [delimiter.join(row) for row in body]
    data = line_end.join(lines).encode(encoding, errors="replace")
    folder = Path(tempfile.mkdtemp(prefix="blues-fuzz-"))
    try:
        path = folder / "members.csv"
        path.write_bytes(data)
        preview = _read_or_refuse(shared_office, path)
        if preview is not None and preview.ok:
            _commit_as_planned(shared_office, preview)
    finally:
        shutil.rmtree(folder)


# Names as they are written in the offices' countries, each a distinct organisation.
name_words = st.sampled_from(
    [
        "Dvořák", "Šťastný", "Łódź", "Żółć", "Müller", "Weiß", "Peña", "Añón", "Crème",
        "Hélène", "Water", "Plasma", "Nano", "Aqua", "Tech", "Grupo", "Labor", "Systemy",
    ]
)  # fmt: skip
org_names = (
    st.lists(name_words, min_size=1, max_size=3)
    .map(" ".join)
    .flatmap(
        lambda base: st.sampled_from(["GmbH", "s.r.o.", "Sp. z o.o.", "S.L.", "SAS", "AG"]).map(
            lambda form: f"{base} {form}"
        )
    )
)
organisations = st.lists(
    st.tuples(
        org_names,
        st.sampled_from(["DE", "CZ", "PL", "ES", "FR"]),
        st.one_of(st.none(), st.sampled_from(["Greifswald", "Brno", "Łódź", "Zaragoza", "Niort"])),
    ),
    min_size=1,
    max_size=12,
    unique_by=lambda org: name_key(org[0]),
)


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(organisations)
def test_an_export_read_back_plans_no_change(
    office_template: Path, orgs: list[tuple[str, str, str | None]]
) -> None:
    for office in _fresh_office(office_template):
        ctx = office.ctx
        source = _write_book(
            office.folder / "list.xlsx",
            ["Legal name", "Country code", "City"],
            [list(org) for org in orgs],
            title=False,
        )
        preview = preview_import(ctx, source)
        assume(preview.ok)
        assert commit_import(ctx, preview).organisations_created == len(orgs)
        exported = office.folder / "export.xlsx"
        export_members(ctx, exported)
        again = preview_import(ctx, exported)
        assert again.ok, [str(p) for p in again.errors]
        assert sorted(
            (o.values["legal_name"], o.values["country"]) for o in again.organisations
        ) == sorted((name, country) for name, country, _city in orgs)
        assert all(o.existing_id is not None and not o.changes for o in again.organisations)


@settings(max_examples=EXAMPLES, suppress_health_check=SHARED_DATABASE)
@given(data=st.binary(max_size=4096), suffix=st.sampled_from([".xlsx", ".csv"]))
def test_bytes_that_are_no_spreadsheet_are_refused_by_name(
    shared_office: AppContext, data: bytes, suffix: str
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="blues-fuzz-"))
    try:
        path = folder / f"upload{suffix}"
        path.write_bytes(data)
        before = _organisations(shared_office)
        preview = _read_or_refuse(shared_office, path)
        if preview is not None and preview.ok:
            _commit_as_planned(shared_office, preview)
        elif preview is None:
            assert _organisations(shared_office) == before
    finally:
        shutil.rmtree(folder)
