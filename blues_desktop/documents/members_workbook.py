"""The member register as a workbook: organisations of the current view and their contacts.

Contacts without recorded consent (and those erased) are left out unless the user
explicitly includes them; every text cell is escaped so a spreadsheet never runs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from blues_desktop.documents.spreadsheets import add_table_sheet, new_write_only_book, save_workbook
from blues_desktop.domain.countries import country_name
from blues_desktop.domain.organisations import ORG_TYPES
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
]
CONTACT_WIDTHS = [40, 16, 18, 20, 32, 18, 9, 14, 30, 16, 12]


@dataclass(frozen=True, slots=True)
class MembersExport:
    path: Path
    organisations: int
    contacts: int
    contacts_left_out: int


def export_members(
    ctx: AppContext,
    path: Path,
    flt: OrganisationFilter | None = None,
    *,
    include_unconsented: bool = False,
) -> MembersExport:
    flt = flt or OrganisationFilter()
    book = new_write_only_book()
    with ctx.read() as session:
        orgs = list(
            session.scalars(
                organisation_query(flt).order_by(Organisation.name_key, Organisation.id)
            )
        )
        names = {o.id: o.legal_name for o in orgs}
        org_rows = (
            [
                o.legal_name, o.short_name, ORG_TYPES.get(o.org_type, o.org_type), o.country, country_name(o.country),
                o.region, o.city, o.postcode, o.address, o.website, o.vat_number, o.registration_number,
                o.sectors, o.employees_band, o.member_since, o.member_until, o.ecccp_profile_url,
                o.office_id, o.notes,
            ]
            for o in orgs
        )  # fmt: skip
        written = add_table_sheet(
            book,
            "Organisations",
            ORG_HEADERS,
            org_rows,
            widths=ORG_WIDTHS,
        )
        people = list(
            session.scalars(
                select(Person).where(
                    Person.deleted_at.is_(None),
                    Person.organisation_id.in_(
                        organisation_query(flt).with_only_columns(Organisation.id)
                    ),
                )
            )
        )
    kept = [
        p
        for p in people
        if p.erased_at is None and (include_unconsented or p.consent_given_on is not None)
    ]
    contact_rows = (
        [
            names[p.organisation_id or ""],
            p.first_name,
            p.last_name,
            p.role,
            p.email,
            p.phone,
            p.language,
            p.consent_given_on,
            p.consent_purpose,
            p.consent_source,
            "yes" if p.do_not_contact else "no",
        ]
        for p in sorted(
            kept, key=lambda p: (names[p.organisation_id or ""], p.last_name, p.first_name)
        )
    )
    add_table_sheet(
        book,
        "Contacts",
        CONTACT_HEADERS,
        contact_rows,
        widths=CONTACT_WIDTHS,
    )
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
