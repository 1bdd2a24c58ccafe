"""Organisations may keep a VAT or registration number whose check digit fails, flagged.

Revision ID: 0009_member_import
Revises: 0008_users
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_member_import"
down_revision: str | None = "0008_users"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("check_digit_fails", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_column("check_digit_fails")
