"""ClusterXchange exchanges (WP3), their history, report, evaluation and programme rules."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from blues_desktop.store.models.base import Base, SyncMixin, sync_table_args
from blues_desktop.store.types import Money, UTCDateTime


class ProgrammeRules(SyncMixin, Base):
    """A version of the ClusterXchange rules (thresholds, cap, limits), kept as data.

    Owned by the coordinator; travels to partners in the coordinator's bundle.
    """

    __tablename__ = "programme_rules"
    __table_args__ = sync_table_args("programme_rules", UniqueConstraint("version"))

    version: Mapped[int] = mapped_column(Integer, nullable=False)
    valid_from: Mapped[date] = mapped_column(Date, nullable=False)
    rules_json: Mapped[str] = mapped_column(Text, nullable=False)
    note: Mapped[str | None] = mapped_column(Text)


class Exchange(SyncMixin, Base):
    __tablename__ = "exchanges"
    __table_args__ = sync_table_args(
        "exchanges",
        UniqueConstraint("reference"),
        UniqueConstraint("agreement_number"),
        Index("ix_exchanges_state", "state"),
        Index("ix_exchanges_visitor_org", "visitor_org_id"),
        Index("ix_exchanges_visitor_partnership", "visitor_partnership", "state"),
    )

    reference: Mapped[str] = mapped_column(String(24), nullable=False)  # ZIN-X-2026-007
    number: Mapped[int] = mapped_column(Integer, nullable=False)  # 7 in ZIN-X-2026-007
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    state: Mapped[str] = mapped_column(String(24), nullable=False, default="registered")
    visitor_org_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("organisations.id"), nullable=False
    )
    visitor_person_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("persons.id"))
    visitor_cluster_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("organisations.id")
    )
    host_org_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("organisations.id"))
    visitor_partnership: Mapped[str] = mapped_column(
        String(3), ForeignKey("offices.code"), nullable=False
    )
    host_partnership: Mapped[str | None] = mapped_column(String(3), ForeignKey("offices.code"))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    working_days: Mapped[int | None] = mapped_column(Integer)
    distance_km: Mapped[int | None] = mapped_column(Integer)
    distance_manual: Mapped[bool] = mapped_column(nullable=False, default=False)
    motivation: Mapped[str | None] = mapped_column(Text)
    preferences: Mapped[str | None] = mapped_column(Text)
    goals: Mapped[str | None] = mapped_column(Text)
    objectives: Mapped[str | None] = mapped_column(Text)
    agenda: Mapped[str | None] = mapped_column(Text)  # JSON list of {day, text}
    lump_sum: Mapped[Decimal | None] = mapped_column(Money())
    rules_version: Mapped[int | None] = mapped_column(Integer)
    agreement_number: Mapped[str | None] = mapped_column(String(32))
    override_reason: Mapped[str | None] = mapped_column(Text)
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    paid_on: Mapped[date | None] = mapped_column(Date)
    # Both sides accept the match before it is recorded as matched.
    host_accepted_on: Mapped[date | None] = mapped_column(Date)
    visitor_accepted_on: Mapped[date | None] = mapped_column(Date)
    # The day the agreement number was issued: printed on every reprint, so they match.
    agreement_issued_on: Mapped[date | None] = mapped_column(Date)


class ExchangeStatusChange(SyncMixin, Base):
    __tablename__ = "exchange_status_changes"
    __table_args__ = sync_table_args(
        "exchange_status_changes",
        Index("ix_exchange_status_changes_exchange", "exchange_id"),
        # an exchange's state on a day, read from the index alone (the reports)
        Index(
            "ix_exchange_status_changes_as_of",
            *("exchange_id", "changed_on", "revision", "to_state", "deleted_at"),
        ),
    )

    exchange_id: Mapped[str] = mapped_column(String(36), ForeignKey("exchanges.id"), nullable=False)
    from_state: Mapped[str | None] = mapped_column(String(24))
    to_state: Mapped[str] = mapped_column(String(24), nullable=False)
    changed_on: Mapped[date] = mapped_column(Date, nullable=False)
    changed_by: Mapped[str] = mapped_column(String(200), nullable=False)
    reason: Mapped[str | None] = mapped_column(Text)


class ExchangeReport(SyncMixin, Base):
    """The closing report and the visitor's evaluation of one exchange."""

    __tablename__ = "exchange_reports"
    __table_args__ = sync_table_args("exchange_reports", UniqueConstraint("exchange_id"))

    exchange_id: Mapped[str] = mapped_column(String(36), ForeignKey("exchanges.id"), nullable=False)
    activities: Mapped[str | None] = mapped_column(Text)
    results: Mapped[str | None] = mapped_column(Text)
    contacts_made: Mapped[str | None] = mapped_column(Text)
    agreements: Mapped[str | None] = mapped_column(Text)
    follow_up: Mapped[str | None] = mapped_column(Text)
    evaluation_json: Mapped[str | None] = mapped_column(Text)  # {question_id: score}
    would_recommend: Mapped[bool | None] = mapped_column()
    submitted_on: Mapped[date | None] = mapped_column(Date)
    validated_on: Mapped[date | None] = mapped_column(Date)


class Attachment(SyncMixin, Base):
    """A file kept in the data directory (CV, evidence, scanned sheet), found by its hash."""

    __tablename__ = "attachments"
    __table_args__ = sync_table_args(
        "attachments", Index("ix_attachments_owner", "owner_table", "owner_id")
    )

    owner_table: Mapped[str] = mapped_column(String(64), nullable=False)
    owner_id: Mapped[str] = mapped_column(String(36), nullable=False)
    kind: Mapped[str] = mapped_column(
        String(40), nullable=False
    )  # cv | invoice | boarding_pass | sheet …
    file_name: Mapped[str] = mapped_column(String(255), nullable=False)
    media_type: Mapped[str] = mapped_column(String(100), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    added_on: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
