"""Users of this laptop, who exported or imported each bundle, and which records each
imported bundle brought.

The user named at first run (local_settings "user_name") becomes the first user.

Revision ID: 0008_users
Revises: 0007_organisation_links
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0008_users"
down_revision: str | None = "0007_organisation_links"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "local_users",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("last_used_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_local_users")),
        sa.UniqueConstraint("name", name=op.f("uq_local_users_name")),
    )
    op.create_table(
        "bundle_records",
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("bundle_office", sa.String(length=3), nullable=False),
        sa.Column("bundle_sequence", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "record_id", "bundle_office", "bundle_sequence", name=op.f("pk_bundle_records")
        ),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("bundle_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("user_name", sa.String(length=200), nullable=True))
    # The user named at first run is this laptop's first user, added when it was set up.
    bind = op.get_bind()
    settings: dict[str, str] = {
        str(k): str(v) for k, v in bind.execute(sa.text("SELECT key, value FROM local_settings"))
    }
    name = (settings.get("user_name") or "").strip()
    if name:
        try:
            added = datetime.fromisoformat(settings.get("initialised_at") or "")
        except ValueError:
            added = datetime.now(UTC)
        if added.tzinfo is not None:
            added = added.astimezone(UTC).replace(tzinfo=None)
        users = sa.table(
            "local_users", sa.column("name", sa.String()), sa.column("added_at", sa.DateTime())
        )
        bind.execute(sa.insert(users).values(name=name, added_at=added))


def downgrade() -> None:
    with op.batch_alter_table("bundle_log", schema=None) as batch_op:
        batch_op.drop_column("user_name")
    op.drop_table("bundle_records")
    op.drop_table("local_users")
