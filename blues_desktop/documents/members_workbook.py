"""The member register as a workbook: organisations of the current view and their contacts.

Contacts without recorded consent (and those erased) are left out unless the user
explicitly includes them; every text cell is escaped so a spreadsheet never runs it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

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
    names: dict[str, str] = {}
    offices: dict[str, str] = {}  # the organisation's office: names it where names repeat
    with ctx.read() as session:
        orgs = session.execute(
            organisation_query(flt)
            .with_only_columns(*ORG_COLUMNS)
            .order_by(Organisation.name_key, Organisation.id)
        )

        # Looked up once per distinct value, not once per row.
        countries: dict[str, str] = {}
        labels: dict[str | None, str] = {}

        def org_rows() -> Iterator[list[object]]:
            for o in orgs:
                names[o.id] = o.legal_name
                offices[o.id] = o.office_id
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
        people = session.execute(
            select(*CONTACT_COLUMNS).where(
                Person.deleted_at.is_(None),
                Person.organisation_id.in_(
                    organisation_query(flt).with_only_columns(Organisation.id)
                ),
            )
        ).all()
    kept = [
        p
        for p in people
        if p.erased_at is None and (include_unconsented or p.consent_given_on is not None)
    ]
    kept.sort(key=lambda p: (names[p.organisation_id or ""], p.last_name, p.first_name))
    contact_rows = (
        [
            names[p.organisation_id or ""],
            *p[1:10],
            "yes" if p.do_not_contact else "no",
            offices[p.organisation_id or ""],
        ]
        for p in kept
    )
    add_table_sheet(book, "Contacts", CONTACT_HEADERS, contact_rows, widths=CONTACT_WIDTHS)
    save_workbook(book, path)
    return MembersExport(Path(path), written, len(kept), len(people) - len(kept))


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
