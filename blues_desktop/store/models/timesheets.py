"""Staff, their daily hours per work package, and the monthly sign-off."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from blues_desktop.store.models.base import Base, SyncMixin, sync_table_args
from blues_desktop.store.types import Hours, UTCDateTime


class StaffMember(SyncMixin, Base):
    __tablename__ = "staff_members"
    __table_args__ = sync_table_args("staff_members", UniqueConstraint("person_id"))

    person_id: Mapped[str] = mapped_column(String(36), ForeignKey("persons.id"), nullable=False)
    role: Mapped[str | None] = mapped_column(String(120))
    employment_start: Mapped[date] = mapped_column(Date, nullable=False)
    employment_end: Mapped[date | None] = mapped_column(Date)
    weekly_hours: Mapped[Decimal] = mapped_column(Hours(), nullable=False)
    annual_productive_hours: Mapped[Decimal] = mapped_column(
        Hours(), nullable=False, default=Decimal("1720")
    )
    supervisor_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("staff_members.id"))
    region: Mapped[str | None] = mapped_column(String(10))  # for regional public holidays


class TimesheetEntry(SyncMixin, Base):
    """Hours of one person on one day in one row (WP1–WP5, OTHER, or an absence)."""

    __tablename__ = "timesheet_entries"
    __table_args__ = sync_table_args(
        "timesheet_entries",
        UniqueConstraint("staff_id", "day", "category"),
        Index("ix_timesheet_entries_staff_day", "staff_id", "day"),
    )

    staff_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("staff_members.id"), nullable=False
    )
    day: Mapped[date] = mapped_column(Date, nullable=False)
    # WP1..WP5 | OTHER | HOLIDAY | SICK | PUBLIC_HOLIDAY
    category: Mapped[str] = mapped_column(String(16), nullable=False)
    hours: Mapped[Decimal] = mapped_column(Hours(), nullable=False)


class TimesheetMonth(SyncMixin, Base):
    """Sign-off of one person's month: draft → submitted → approved (locked)."""

    __tablename__ = "timesheet_months"
    __table_args__ = sync_table_args("timesheet_months", UniqueConstraint("staff_id", "month"))

    staff_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("staff_members.id"), nullable=False
    )
    month: Mapped[str] = mapped_column(String(7), nullable=False)  # YYYY-MM
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="draft")
    note: Mapped[str | None] = mapped_column(Text)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    approved_by: Mapped[str | None] = mapped_column(String(200))
    content_sha256: Mapped[str | None] = mapped_column(String(64))
    pdf_sha256: Mapped[str | None] = mapped_column(String(64))
    reopen_reason: Mapped[str | None] = mapped_column(Text)


class PlannedEffort(SyncMixin, Base):
    """Person-months an office plans on a work package, set by the coordinator."""

    __tablename__ = "planned_effort"
    __table_args__ = sync_table_args(
        "planned_effort", UniqueConstraint("for_office", "work_package")
    )

    for_office: Mapped[str] = mapped_column(String(3), ForeignKey("offices.code"), nullable=False)
    work_package: Mapped[str] = mapped_column(String(3), nullable=False)
    person_months: Mapped[Decimal] = mapped_column(Hours(), nullable=False)
