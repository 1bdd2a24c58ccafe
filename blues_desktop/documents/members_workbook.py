"""The member register as a workbook: organisations of the current view and their contacts.

Contacts without recorded consent (and those erased) are left out unless the user
explicitly includes them; every text cell is escaped so a spreadsheet never runs it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, literal_column, select

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
FETCH_CHUNK = 2000  # rows fetched at a time by the export


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


def export_members(
    ctx: AppContext,
    path: Path,
    flt: OrganisationFilter | None = None,
    *,
    include_unconsented: bool = False,
) -> MembersExport:
    """The organisations of the filtered view and their contacts (plain rows, no ORM objects,
    so 100,000 organisations export in one pass)."""
    flt = flt or OrganisationFilter()
    book = new_write_only_book()
    with ctx.read() as session:
        orgs = session.execute(
            organisation_query(flt)
            .with_only_columns(*ORG_COLUMNS)
            .order_by(Organisation.name_key, Organisation.id)
            # Fetched in chunks: one fetchall of 100,000 rows is a single C call that
            # holds Python's lock for 0.1-0.2 s and freezes the window meanwhile.
            .execution_options(yield_per=FETCH_CHUNK)
        )

        # Looked up once per distinct value, not once per row.
        countries: dict[str, str] = {}
        labels: dict[str | None, str] = {}

        def org_rows() -> Iterator[list[object]]:
            for o in orgs:
                country = countries.get(o.country)
                if country is None:
                    country = countries[o.country] = country_name(o.country)
                label = labels.get(o.check_digit_fails)
                if label is None:
                    label = labels[o.check_digit_fails] = check_digit_label(o.check_digit_fails)
                yield [
                    o.legal_name, o.short_name, ORG_TYPES.get(o.org_type, o.org_type), o.country,
                    country, *o[5:19], label,
                ]  # fmt: skip

        written = add_table_sheet(
            book, "Organisations", EXPORT_HEADERS, org_rows(), widths=EXPORT_WIDTHS
        )
        in_view = (
            Person.deleted_at.is_(None),
            Person.organisation_id.in_(organisation_query(flt).with_only_columns(Organisation.id)),
        )
        shown = [Person.erased_at.is_(None)]
        if not include_unconsented:
            shown.append(Person.consent_given_on.is_not(None))
        # Filtered and sorted by SQLite: by organisation name, then the person's name; equal
        # names keep the order of their organisation and of their entry.
        people = session.execute(
            select(Organisation.legal_name, *CONTACT_COLUMNS[1:11], Organisation.office_id)
            .join(Organisation, Organisation.id == Person.organisation_id)
            .where(*in_view, *shown)
            .order_by(
                Organisation.legal_name,
                Person.last_name,
                Person.first_name,
                Person.organisation_id,
                literal_column("persons.rowid"),
            )
            .execution_options(yield_per=FETCH_CHUNK)
        )
        contact_rows = (
            [*p[:10], "yes" if p[10] else "no", p[11]]  # do-not-contact in words
            for p in people
        )
        kept = add_table_sheet(
            book, "Contacts", CONTACT_HEADERS, contact_rows, widths=CONTACT_WIDTHS
        )
        total = session.scalar(select(func.count()).select_from(Person).where(*in_view)) or 0
    save_workbook(book, path)
    return MembersExport(Path(path), written, kept, total - kept)


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
