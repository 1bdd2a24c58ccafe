"""An index for each exchange's state on a day: the reports look up every exchange's
last status change up to the as-of date, and its first one, from the index alone.

Revision ID: 0010_report_indexes
Revises: 0009_member_import
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010_report_indexes"
down_revision: str | None = "0009_member_import"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ["exchange_id", "changed_on", "revision", "to_state", "deleted_at"]


def upgrade() -> None:
    op.create_index("ix_exchange_status_changes_as_of", "exchange_status_changes", COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_exchange_status_changes_as_of", table_name="exchange_status_changes")
