"""Paged, filtered, sorted lists of organisations: what the Members page and the CLI show.

Pages of rows are read on demand, so a list over 100,000 organisations costs one small
query per screenful.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, and_, func, or_, select

from blues_desktop.domain.organisations import check_digit_label, search_words
from blues_desktop.domain.persons import PersonInput
from blues_desktop.services.context import AppContext
from blues_desktop.store.models import Organisation, Person

SORTABLE = {
    "name": Organisation.name_key,
    "country": Organisation.country,
    "city": Organisation.city,
    "type": Organisation.org_type,
    "office": Organisation.office_id,
}


@dataclass(frozen=True, slots=True)
class OrganisationFilter:
    search: str = ""
    org_type: str | None = None
    country: str | None = None
    sector: str | None = None
    office: str | None = None
    members_only: bool = False
    check_digit_fails: bool = False  # only those with a number kept although its check fails
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True, slots=True)
class OrganisationRow:
    id: str
    legal_name: str
    org_type: str
    country: str
    city: str
    vat_number: str
    sectors: str
    office_id: str
    is_member: bool
    check_digit_fails: str = ""  # 'check digit fails (VAT number)' or ''


@dataclass(frozen=True, slots=True)
class ContactRow:
    """A contact of an organisation, with what a form needs to edit it."""

    id: str
    office_id: str
    input: PersonInput
    erased: bool

    @property
    def name(self) -> str:
        return f"{self.input.first_name} {self.input.last_name}".strip()

    @property
    def consent(self) -> str:
        if self.erased:
            return "erased"
        if self.input.do_not_contact:
            return "do not contact"
        if self.input.consent_given_on is None:
            return "no consent"
        return f"since {self.input.consent_given_on}"


@dataclass(frozen=True, slots=True)
class OrganisationDetail:
    row: OrganisationRow
    region: str
    address: str
    website: str
    employees_band: str
    member_since: str
    notes: str
    people: tuple[ContactRow, ...] = field(default_factory=tuple)


def organisation_query(flt: OrganisationFilter) -> Select[Any]:
    query = select(Organisation).where(
        Organisation.deleted_at.is_(None), Organisation.merged_into_id.is_(None)
    )
    text = search_words(flt.search)
    if text:
        # SQLite's LIKE ignores ASCII case; the column is lower-case and accent-free already
        pattern = f"%{_escape(text)}%"
        found = or_(
            Organisation.search_text.like(pattern, escape="\\"),
            # a row written without the search text (an older copy): its name still counts
            and_(Organisation.search_text == "", Organisation.name_key.like(pattern, escape="\\")),
        )
        if "@" in text:
            # Contacts' e-mail addresses are searched once the text looks like one, so the
            # keystrokes before it stay one scan of one table.
            by_email = select(Person.organisation_id).where(
                Person.email.like(pattern, escape="\\"), Person.deleted_at.is_(None)
            )
            found = or_(found, Organisation.id.in_(by_email))
        query = query.where(found)
    conditions = []
    if flt.org_type:
        conditions.append(Organisation.org_type == flt.org_type)
    if flt.country:
        conditions.append(Organisation.country == flt.country.upper())
    if flt.office:
        conditions.append(Organisation.office_id == flt.office.upper())
    if flt.sector:
        conditions.append(Organisation.sectors.like(f"%{flt.sector}%"))
    if flt.members_only:
        conditions.append(Organisation.is_member.is_(True))
    if flt.check_digit_fails:
        conditions.append(Organisation.check_digit_fails.is_not(None))
    if conditions:
        query = query.where(and_(*conditions))
    return query


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _row(org: Organisation) -> OrganisationRow:
    return OrganisationRow(
        org.id, org.legal_name, org.org_type, org.country, org.city or "", org.vat_number or "",
        org.sectors or "", org.office_id, org.is_member, check_digit_label(org.check_digit_fails),
    )  # fmt: skip


def count_organisations(ctx: AppContext, flt: OrganisationFilter) -> int:
    with ctx.read() as session:
        return (
            session.scalar(select(func.count()).select_from(organisation_query(flt).subquery()))
            or 0
        )


def list_organisations(
    ctx: AppContext, flt: OrganisationFilter, offset: int = 0, limit: int = 200
) -> list[OrganisationRow]:
    column: Any = SORTABLE.get(flt.sort, Organisation.name_key)
    if search_words(flt.search):
        # A search reads every row anyway; walking the name index instead would fetch the
        # rows one by one in name order (slow when few match). "|| ''" keeps the index out.
        column = column.concat("")
    order = column.desc() if flt.descending else column.asc()
    with ctx.read() as session:
        rows = session.scalars(
            organisation_query(flt).order_by(order, Organisation.id).offset(offset).limit(limit)
        )
        return [_row(org) for org in rows]


def organisation_detail(ctx: AppContext, organisation_id: str) -> OrganisationDetail | None:
    with ctx.read() as session:
        org = session.get(Organisation, organisation_id)
        if org is None:
            return None
        people = list(
            session.scalars(
                select(Person)
                .where(Person.organisation_id == org.id, Person.deleted_at.is_(None))
                .order_by(Person.last_name)
            )
        )
        return OrganisationDetail(
            _row(org), org.region or "", org.address or "", org.website or "", org.employees_band or "",
            org.member_since.isoformat() if org.member_since else "", org.notes or "",
            tuple(_contact_row(p) for p in people),
        )  # fmt: skip


def _contact_row(person: Person) -> ContactRow:
    return ContactRow(
        person.id,
        person.office_id,
        PersonInput(
            first_name=person.first_name, last_name=person.last_name,
            organisation_id=person.organisation_id, title=person.title, role=person.role,
            email=person.email, phone=person.phone, language=person.language,
            country=person.country, consent_given_on=person.consent_given_on,
            consent_purpose=person.consent_purpose, consent_source=person.consent_source,
            do_not_contact=person.do_not_contact,
        ),
        person.erased_at is not None,
    )  # fmt: skip
