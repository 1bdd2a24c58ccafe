"""Schema for the bundles and the partner registry.

Revision ID: 0002_bundles
Revises: 0001_foundation
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_bundles"
down_revision: str | None = "0001_foundation"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("bundle_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("max_revision", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("bundle_log", schema=None) as batch_op:
        batch_op.drop_column("max_revision")
