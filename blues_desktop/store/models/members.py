"""Organisations (members and other parties) and persons (contacts, participants)."""

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint, event
from sqlalchemy.orm import Mapped, mapped_column

from blues_desktop.domain.organisations import search_text_of
from blues_desktop.store.models.base import Base, SyncMixin, sync_table_args
from blues_desktop.store.types import UTCDateTime


class Organisation(SyncMixin, Base):
    __tablename__ = "organisations"
    __table_args__ = sync_table_args(
        "organisations",
        Index("ix_organisations_country_name", "country", "name_key"),
        Index("ix_organisations_vat", "vat_number"),
        # the list's default order: a page of 100 is read in index order, no sort of 100k rows
        Index("ix_organisations_name_key", "name_key"),
    )

    legal_name: Mapped[str] = mapped_column(String(300), nullable=False)
    short_name: Mapped[str | None] = mapped_column(String(120))
    # sme | large | rto | scaling_up | cluster | public | other
    org_type: Mapped[str] = mapped_column(String(20), nullable=False, default="sme")
    country: Mapped[str] = mapped_column(String(2), nullable=False)
    region: Mapped[str | None] = mapped_column(String(120))
    city: Mapped[str | None] = mapped_column(String(120))
    address: Mapped[str | None] = mapped_column(Text)
    postcode: Mapped[str | None] = mapped_column(String(20))
    website: Mapped[str | None] = mapped_column(String(300))
    vat_number: Mapped[str | None] = mapped_column(String(40))
    registration_number: Mapped[str | None] = mapped_column(String(60))
    sectors: Mapped[str | None] = mapped_column(Text)  # comma-separated tags
    employees_band: Mapped[str | None] = mapped_column(String(20))
    member_since: Mapped[date | None] = mapped_column(Date)
    member_until: Mapped[date | None] = mapped_column(Date)
    is_member: Mapped[bool] = mapped_column(nullable=False, default=True)
    ecccp_profile_url: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    # lower-case, accent-free name without legal form: duplicate detection and search
    name_key: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    merged_into_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("organisations.id"))
    # VAT and/or registration number kept as typed although the check digit fails
    # ("vat_number registration_number"; labels in domain.organisations.CHECK_DIGIT_FIELDS)
    check_digit_fails: Mapped[str | None] = mapped_column(String(40))
    # name key, short name, city and VAT number in one accent-free lower-case text, so
    # search-as-you-type is one LIKE per row (kept up to date by the listeners below)
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")


@event.listens_for(Organisation, "before_insert")
@event.listens_for(Organisation, "before_update")
def _refresh_search_text(_mapper: object, _connection: object, org: Organisation) -> None:
    org.search_text = search_text_of(org.legal_name, org.short_name, org.city, org.vat_number)


class Person(SyncMixin, Base):
    """A person: member contact, exchange participant, event attendee or staff member."""

    __tablename__ = "persons"
    __table_args__ = sync_table_args(
        "persons",
        Index("ix_persons_organisation", "organisation_id"),
        Index("ix_persons_email", "email"),
    )

    first_name: Mapped[str] = mapped_column(String(120), nullable=False)
    last_name: Mapped[str] = mapped_column(String(120), nullable=False)
    title: Mapped[str | None] = mapped_column(String(40))
    role: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    language: Mapped[str | None] = mapped_column(String(8))
    gender: Mapped[str | None] = mapped_column(String(12))  # female | male | other | undisclosed
    country: Mapped[str | None] = mapped_column(String(2))
    organisation_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("organisations.id"))
    consent_given_on: Mapped[date | None] = mapped_column(Date)
    consent_purpose: Mapped[str | None] = mapped_column(Text)
    consent_source: Mapped[str | None] = mapped_column(String(120))
    do_not_contact: Mapped[bool] = mapped_column(nullable=False, default=False)
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    merged_into_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("persons.id"))


class OrganisationLink(SyncMixin, Base):
    """The coordinator's decision on two organisations registered by different offices:
    the same organisation (counted once in the partnership's KPIs) or two different
    ones (no longer listed as a possible duplicate). Neither office's record changes.

    The pair is stored in a fixed order (the smaller id first), so one pair has one row.
    """

    __tablename__ = "organisation_links"
    __table_args__ = sync_table_args(
        "organisation_links",
        UniqueConstraint("organisation_id", "other_organisation_id"),
    )

    organisation_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("organisations.id"), nullable=False
    )
    other_organisation_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("organisations.id"), nullable=False
    )
    same: Mapped[bool] = mapped_column(nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)  # what made them look alike
    decided_by: Mapped[str] = mapped_column(String(200), nullable=False)
