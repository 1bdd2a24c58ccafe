"""Schema for the events and attendance (issue: events).

Revision ID: 0005_events
Revises: 0004_exchanges
"""

from collections.abc import Sequence

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision: str = "0005_events"
down_revision: str | None = "0004_exchanges"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
