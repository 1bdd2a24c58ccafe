"""Tables that never travel: this installation's settings, counters, audit and bundle logs."""

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from blues_desktop.store.models.base import Base
from blues_desktop.store.types import UTCDateTime


class LocalSetting(Base):
    """Key/value settings of this installation (its office, the user's name, …)."""

    __tablename__ = "local_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class RevisionCounter(Base):
    """The last revision handed out per office; grows by one with every change."""

    __tablename__ = "revision_counters"

    office_id: Mapped[str] = mapped_column(String(3), ForeignKey("offices.code"), primary_key=True)
    last_revision: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class AuditLog(Base):
    """Who changed what, when: written by the services layer for every change."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_table_record", "table_name", "record_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, index=True)
    user_name: Mapped[str] = mapped_column(String(200), nullable=False)
    office_id: Mapped[str] = mapped_column(String(3), nullable=False)
    action: Mapped[str] = mapped_column(String(40), nullable=False)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    record_id: Mapped[str] = mapped_column(String(64), nullable=False)
    # JSON: {"field": [old, new], …} for updates, the new values for creates.
    changes: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    reason: Mapped[str | None] = mapped_column(Text)


class BundleLog(Base):
    """Every bundle this installation wrote or read, with its outcome."""

    __tablename__ = "bundle_log"
    __table_args__ = (Index("ix_bundle_log_office_sequence", "office_id", "sequence"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    direction: Mapped[str] = mapped_column(String(10), nullable=False)  # "export" | "import"
    office_id: Mapped[str] = mapped_column(String(3), nullable=False)  # the sending office
    sequence: Mapped[int] = mapped_column(Integer, nullable=False)
    previous_sequence: Mapped[int | None] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(255), nullable=False)
    manifest_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    bundle_created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    processed_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    full: Mapped[bool] = mapped_column(nullable=False, default=False)
    # JSON: {"organisations": {"new": 3, "updated": 1, "unchanged": 0, "refused": 0}, …}
    rows: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    result: Mapped[str] = mapped_column(String(20), nullable=False)  # ok | warning | refused
    message: Mapped[str | None] = mapped_column(Text)
    # The same reason as a Message in JSON (`Message.to_json`), so that the window says
    # it in its language; `message` keeps the English for the CLI and older versions.
    message_said: Mapped[str | None] = mapped_column(Text)
    # The highest revision of the sending office's own records in the bundle: what an
    # acknowledgement confirms, and where that office's next incremental bundle starts.
    max_revision: Mapped[int | None] = mapped_column(Integer)
    # Who exported or imported it on this laptop (empty for bundles logged before users).
    user_name: Mapped[str | None] = mapped_column(String(200))


class LocalUser(Base):
    """A person who uses this installation; the last one chosen is in local_settings.

    Users stay on this laptop; their names travel only inside the rows that record
    them (approved by, changed by) and stay in the audit log.
    """

    __tablename__ = "local_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class BundleRecord(Base):
    """Which revision of which record an imported bundle brought: the merged records'
    history at the receiving office (the sender's own audit log does not travel).

    Noted by the merge, a chunk of rows at a time (see services/merge_trail.py);
    clustered by record (no rowid), so a record's trail is one range of one B-tree
    and a note writes no second index.
    """

    __tablename__ = "bundle_records"
    __table_args__ = {"sqlite_with_rowid": False}

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    bundle_office: Mapped[str] = mapped_column(String(3), primary_key=True)
    bundle_sequence: Mapped[int] = mapped_column(Integer, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    revision: Mapped[int] = mapped_column(Integer, nullable=False)
