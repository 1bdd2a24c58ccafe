"""Events, their days, registrations and attendance marks."""

from datetime import date, time

from sqlalchemy import Date, ForeignKey, Index, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from blues_desktop.store.models.base import Base, SyncMixin, sync_table_args


class Event(SyncMixin, Base):
    __tablename__ = "events"
    __table_args__ = sync_table_args("events", Index("ix_events_start", "start_date"))

    title: Mapped[str] = mapped_column(String(300), nullable=False)
    # training | workshop | info_day | matchmaking | study_visit | partner_meeting | webinar
    event_type: Mapped[str] = mapped_column(String(24), nullable=False)
    work_package: Mapped[str] = mapped_column(String(3), nullable=False)
    co_organisers: Mapped[str | None] = mapped_column(Text)
    venue: Mapped[str | None] = mapped_column(String(300))
    city: Mapped[str | None] = mapped_column(String(120))
    country: Mapped[str | None] = mapped_column(String(2))
    online_url: Mapped[str | None] = mapped_column(String(500))
    is_online: Mapped[bool] = mapped_column(nullable=False, default=False)
    language: Mapped[str | None] = mapped_column(String(8))
    target_groups: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    is_public: Mapped[bool] = mapped_column(nullable=False, default=True)
    start_date: Mapped[date] = mapped_column(Date, nullable=False)
    end_date: Mapped[date] = mapped_column(Date, nullable=False)


class EventDay(SyncMixin, Base):
    __tablename__ = "event_days"
    __table_args__ = sync_table_args("event_days", UniqueConstraint("event_id", "day"))

    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("events.id"), nullable=False)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)


class Registration(SyncMixin, Base):
    """A person registered for (or walked in to) an event."""

    __tablename__ = "registrations"
    __table_args__ = sync_table_args("registrations", UniqueConstraint("event_id", "person_id"))

    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("events.id"), nullable=False)
    person_id: Mapped[str] = mapped_column(String(36), ForeignKey("persons.id"), nullable=False)
    registered_on: Mapped[date] = mapped_column(Date, nullable=False)
    walk_in: Mapped[bool] = mapped_column(nullable=False, default=False)
    position: Mapped[int] = mapped_column(nullable=False, default=0)  # order on the sheet


class Attendance(SyncMixin, Base):
    """Present (or not) on one day of the event."""

    __tablename__ = "attendance"
    __table_args__ = sync_table_args(
        "attendance", UniqueConstraint("registration_id", "event_day_id")
    )

    registration_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("registrations.id"), nullable=False
    )
    event_day_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("event_days.id"), nullable=False
    )
    present: Mapped[bool] = mapped_column(nullable=False, default=True)
    joined_at: Mapped[str | None] = mapped_column(String(8))  # HH:MM for online events
