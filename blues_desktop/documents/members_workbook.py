"""The member register as a workbook: organisations of the current view and their contacts.

Contacts without recorded consent (and those erased) are left out unless the user
explicitly includes them; every text cell is escaped so a spreadsheet never runs it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import literal_column, select
from sqlalchemy.engine import Result, Row

from blues_desktop.documents.spreadsheets import add_table_sheet, new_write_only_book, save_workbook
from blues_desktop.domain.countries import country_name
from blues_desktop.domain.organisations import ORG_TYPES, check_digit_label
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.listing import OrganisationFilter, organisation_query
from blues_desktop.store.models import Organisation, Person

# The same headers are read back by the importer, so an export imports without change.
ORG_HEADERS = [
    "Legal name", "Short name", "Type", "Country code", "Country", "Region", "City", "Postcode",
    "Address", "Website", "VAT number", "Registration number", "Sectors", "Employees",
    "Member since", "Member until", "ECCCP profile", "Office", "Notes",
]  # fmt: skip
ORG_WIDTHS = [40, 20, 26, 8, 16, 20, 18, 10, 30, 30, 16, 18, 28, 10, 12, 12, 30, 7, 30]
# The export also says which numbers were kept although their check digit fails (the
# importer reads past this column and checks the numbers itself).
EXPORT_HEADERS = [*ORG_HEADERS, "Check digit"]
EXPORT_WIDTHS = [*ORG_WIDTHS, 34]
CONTACT_HEADERS = [
    "Organisation",
    "First name",
    "Last name",
    "Role",
    "E-mail",
    "Phone",
    "Language",
    "Consent given on",
    "Consent purpose",
    "Consent source",
    "Do not contact",
    "Office",
]
CONTACT_WIDTHS = [40, 16, 18, 20, 32, 18, 9, 14, 30, 16, 12, 7]


@dataclass(frozen=True, slots=True)
class MembersExport:
    path: Path
    organisations: int
    contacts: int
    contacts_left_out: int


ORG_COLUMNS = (
    Organisation.id, Organisation.legal_name, Organisation.short_name, Organisation.org_type,
    Organisation.country, Organisation.region, Organisation.city, Organisation.postcode,
    Organisation.address, Organisation.website, Organisation.vat_number,
    Organisation.registration_number, Organisation.sectors, Organisation.employees_band,
    Organisation.member_since, Organisation.member_until, Organisation.ecccp_profile_url,
    Organisation.office_id, Organisation.notes, Organisation.check_digit_fails,
)  # fmt: skip
CONTACT_COLUMNS = (
    Person.organisation_id, Person.first_name, Person.last_name, Person.role, Person.email,
    Person.phone, Person.language, Person.consent_given_on, Person.consent_purpose,
    Person.consent_source, Person.do_not_contact, Person.erased_at,
)  # fmt: skip


FETCH_CHUNK = 2000  # rows fetched at a time by the export


def _fetched(result: Result[Any]) -> list[Row[Any]]:
    """All rows of `result`, fetched 2,000 at a time: one fetchall of 100,000 rows is a
    single C call that holds Python's lock for 0.1-0.2 s, and the window freezes meanwhile
    (benchmarks/bench_gui.py)."""
    return [row for chunk in result.partitions(FETCH_CHUNK) for row in chunk]


def export_members(
    ctx: AppContext,
    path: Path,
    flt: OrganisationFilter | None = None,
    *,
    include_unconsented: bool = False,
) -> MembersExport:
    """The organisations of the filtered view and their contacts (plain rows, no ORM objects,
    so 100,000 organisations export in one pass, streamed to the workbook by XlsxWriter)."""
    flt = flt or OrganisationFilter()
    # Imported here: XlsxWriter is loaded when a list is exported, not with the window.
    from blues_desktop.documents.streamed_workbook import add_streamed_sheet, streamed_workbook

    with ctx.read() as session, streamed_workbook(path) as book:
        # Core rows, fetched at once (not row by row). Sorting here, not in SQLite: reading the table
        # in name order through its index costs a lookup per row, and the contacts' order
        # would need a join and a sort over every contact.
        connection = session.connection()
        orgs = sorted(
            _fetched(
                connection.execute(
                    organisation_query(flt).with_only_columns(*ORG_COLUMNS, Organisation.name_key)
                )
            ),
            key=_by_name_key,
        )
        # The contacts' sheet names each contact's organisation and its office.
        in_view: dict[str, tuple[str, str]] = {}
        written = add_streamed_sheet(
            book, "Organisations", EXPORT_HEADERS, _org_rows(orgs, in_view), widths=EXPORT_WIDTHS
        )
        del orgs
        people = _fetched(
            connection.execute(
                select(*CONTACT_COLUMNS)
                .where(Person.deleted_at.is_(None))
                .order_by(literal_column("persons.rowid"))
            )
        )
        total, shown = _contacts_in_view(people, in_view, include_unconsented)
        kept = add_streamed_sheet(
            book, "Contacts", CONTACT_HEADERS, _contact_rows(shown, in_view), widths=CONTACT_WIDTHS
        )
    return MembersExport(Path(path), written, kept, total - kept)


def _by_name_key(row: Sequence[Any]) -> tuple[str, str]:
    return row[-1], row[0]  # name_key, then id: the register's order


def _org_rows(
    orgs: Sequence[Sequence[Any]], in_view: dict[str, tuple[str, str]]
) -> Iterator[list[object]]:
    # Looked up once per distinct value, not once per row.
    countries: dict[str, str] = {}
    labels: dict[str | None, str | None] = {}
    for o in orgs:
        country = countries.get(o[4])
        if country is None:
            country = countries[o[4]] = country_name(o[4])
        if o[19] not in labels:
            # None where the numbers are fine: an empty cell, not a cell holding ''
            labels[o[19]] = check_digit_label(o[19]) or None
        label = labels[o[19]]
        in_view[o[0]] = (o[1], o[17])
        yield [
            o[1], o[2], ORG_TYPES.get(o[3], o[3]), o[4], country, *o[5:19], label,
        ]  # fmt: skip


def _contacts_in_view(
    people: Iterable[Sequence[Any]], in_view: dict[str, tuple[str, str]], include_unconsented: bool
) -> tuple[int, list[Sequence[Any]]]:
    """How many contacts the view's organisations have, and those the export shows: never
    the erased, and those without consent only when asked for; sorted by organisation
    name, then the person's name (equal names keep their organisation's and entry order)."""
    total = 0
    shown = []
    for p in people:
        if p[0] not in in_view:
            continue
        total += 1
        if p[11] is None and (include_unconsented or p[7] is not None):
            shown.append(p)
    # Python compares text by code point, as SQLite's binary collation does; the sort is
    # stable, so rows read in entry order keep it among equals.
    shown.sort(key=lambda p: (in_view[p[0]][0], p[2], p[1], p[0]))
    return total, shown


def _contact_rows(
    shown: Sequence[Sequence[Any]], in_view: dict[str, tuple[str, str]]
) -> Iterator[list[object]]:
    for p in shown:
        name, office = in_view[p[0]]
        # do-not-contact in words
        yield [name, *p[1:10], "yes" if p[10] else "no", office]


def write_import_template(path: Path) -> Path:
    """A blank workbook with the headers the importer reads (the export's own layout)."""
    book = new_write_only_book()
    add_table_sheet(book, "Organisations", ORG_HEADERS, [], widths=ORG_WIDTHS)
    add_table_sheet(book, "Contacts", CONTACT_HEADERS, [], widths=CONTACT_WIDTHS)
    notes = [
        ["One organisation per row on the first sheet; Legal name and Country code are required."],
        [
            "Type: SME, Large company, Research or technology centre, Scaling-up support organisation,"
        ],
        ["  Cluster organisation, Public body or Other. Dates as 2024-05-31."],
        ["Contacts name their organisation by its legal name, as on the first sheet."],
        ["Contacts are imported with the consent date given; leave it empty if there is none."],
    ]
    add_table_sheet(book, "How to fill in", ["How to fill in this template"], notes, widths=[100])
    return save_workbook(book, path)
