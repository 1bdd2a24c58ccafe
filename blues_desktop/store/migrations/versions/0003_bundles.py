"""Schema for the bundles and the partner registry (issue: bundles).

Revision ID: 0003_bundles
Revises: 0002_members
"""

from collections.abc import Sequence

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision: str = "0003_bundles"
down_revision: str | None = "0002_members"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
