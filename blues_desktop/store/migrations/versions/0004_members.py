"""Schema for the member register.

Adds the organisations' search text (name key, short name, city and VAT number in one
accent-free lower-case column, so search-as-you-type is one LIKE per row) and an index
on the name key (the list's default order). Existing rows get their search text here.

Revision ID: 0004_members
Revises: 0003_exchanges
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from blues_desktop.domain.organisations import search_text_of

revision: str = "0004_members"
down_revision: str | None = "0003_exchanges"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "organisations", sa.Column("search_text", sa.Text(), server_default="", nullable=False)
    )
    op.create_index("ix_organisations_name_key", "organisations", ["name_key"], unique=False)
    connection = op.get_bind()
    rows = connection.execute(
        sa.text("SELECT id, legal_name, short_name, city, vat_number FROM organisations")
    ).all()
    if rows:
        connection.execute(
            sa.text("UPDATE organisations SET search_text = :text WHERE id = :id"),
            [
                {
                    "id": r.id,
                    "text": search_text_of(r.legal_name, r.short_name, r.city, r.vat_number),
                }
                for r in rows
            ],  # noqa: E501
        )


def downgrade() -> None:
    op.drop_index("ix_organisations_name_key", table_name="organisations")
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_column("search_text")
