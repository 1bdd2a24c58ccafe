"""The coordinator's links between organisations registered by different offices.

Revision ID: 0007_organisation_links
Revises: 0006_name_keys
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_organisation_links"
down_revision: str | None = "0006_name_keys"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "organisation_links",
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("other_organisation_id", sa.String(length=36), nullable=False),
        sa.Column("same", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("office_id", sa.String(length=3), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_organisation_links_organisation_id_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["other_organisation_id"],
            ["organisations.id"],
            name=op.f("fk_organisation_links_other_organisation_id_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.code"], name=op.f("fk_organisation_links_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation_links")),
        sa.UniqueConstraint(
            "organisation_id",
            "other_organisation_id",
            name=op.f("uq_organisation_links_organisation_id_other_organisation_id"),
        ),
        info={"sync": True},
    )
    with op.batch_alter_table("organisation_links", schema=None) as batch_op:
        batch_op.create_index(
            "ix_organisation_links_office_revision", ["office_id", "revision"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("organisation_links", schema=None) as batch_op:
        batch_op.drop_index("ix_organisation_links_office_revision")
    op.drop_table("organisation_links")
