"""The partner registry: the five offices and their public keys."""

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from blues_desktop.store.models.base import Base
from blues_desktop.store.types import UTCDateTime


class Office(Base):
    """A BLUES partner office. The five are seeded by the first migration; keys arrive
    with first run (own office) or an office card (partners)."""

    __tablename__ = "offices"

    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    short_name: Mapped[str] = mapped_column(String(60), nullable=False)
    country: Mapped[str] = mapped_column(String(2), nullable=False)
    work_package: Mapped[str] = mapped_column(String(3), nullable=False)
    is_coordinator: Mapped[bool] = mapped_column(nullable=False, default=False)
    # minisign public key, base64 as on the `RW…` line minisign prints
    signing_public_key: Mapped[str | None] = mapped_column(Text)
    key_id: Mapped[str | None] = mapped_column(String(16))  # minisign key id, hex
    age_recipient: Mapped[str | None] = mapped_column(Text)  # age1…
    fingerprint: Mapped[str | None] = mapped_column(String(32))
    registered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
