"""Schema for the ClusterXchange exchanges.

Adds the acceptance dates of the match, the issue date of the financial agreement,
one agreement number per exchange (never shared), and an index for the KPIs.

Revision ID: 0003_exchanges
Revises: 0002_bundles
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_exchanges"
down_revision: str | None = "0002_bundles"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("exchanges", schema=None) as batch_op:
        batch_op.add_column(sa.Column("host_accepted_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("visitor_accepted_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("agreement_issued_on", sa.Date(), nullable=True))
        batch_op.create_unique_constraint(
            batch_op.f("uq_exchanges_agreement_number"), ["agreement_number"]
        )
        batch_op.create_index(
            "ix_exchanges_visitor_partnership", ["visitor_partnership", "state"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("exchanges", schema=None) as batch_op:
        batch_op.drop_index("ix_exchanges_visitor_partnership")
        batch_op.drop_constraint(batch_op.f("uq_exchanges_agreement_number"), type_="unique")
        batch_op.drop_column("agreement_issued_on")
        batch_op.drop_column("visitor_accepted_on")
        batch_op.drop_column("host_accepted_on")
