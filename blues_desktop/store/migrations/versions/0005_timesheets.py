"""Schema for timesheets: the effort the coordinator plans per office and work package.

Revision ID: 0005_timesheets
Revises: 0004_members
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_timesheets"
down_revision: str | None = "0004_members"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "planned_effort",
        sa.Column("for_office", sa.String(length=3), nullable=False),
        sa.Column("work_package", sa.String(length=3), nullable=False),
        sa.Column("person_months", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("office_id", sa.String(length=3), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["for_office"], ["offices.code"], name=op.f("fk_planned_effort_for_office_offices")
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.code"], name=op.f("fk_planned_effort_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_planned_effort")),
        sa.UniqueConstraint(
            "for_office", "work_package", name=op.f("uq_planned_effort_for_office_work_package")
        ),
        info={"sync": True},
    )
    with op.batch_alter_table("planned_effort", schema=None) as batch_op:
        batch_op.create_index(
            "ix_planned_effort_office_revision", ["office_id", "revision"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("planned_effort", schema=None) as batch_op:
        batch_op.drop_index("ix_planned_effort_office_revision")
    op.drop_table("planned_effort")
