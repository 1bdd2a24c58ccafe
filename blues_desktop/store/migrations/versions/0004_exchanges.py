"""Schema for the ClusterXchange exchanges (issue: exchanges).

Revision ID: 0004_exchanges
Revises: 0003_bundles
"""

from collections.abc import Sequence

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision: str = "0004_exchanges"
down_revision: str | None = "0003_bundles"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
