"""The reason a bundle was refused, kept so that the window can say it in its language:
the message's template and values as JSON beside the English text of `message`.

Revision ID: 0011_bundle_log_said
Revises: 0010_report_indexes
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_bundle_log_said"
down_revision: str | None = "0010_report_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Rows written before stay without it: the window shows their English text.
    with op.batch_alter_table("bundle_log") as batch:
        batch.add_column(sa.Column("message_said", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("bundle_log") as batch:
        batch.drop_column("message_said")
