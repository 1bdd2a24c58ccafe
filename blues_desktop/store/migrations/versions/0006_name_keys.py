"""Name keys that also drop dotted legal forms such as "G.m.b.H.", "e.K." and "K.G.".

The comparison key of an organisation's name (and the search text that holds it) is
worked out again for every organisation whose key changes, so "PLASMA-TECHNIK G.m.b.H."
and "Plasma Technik GmbH" are found as likely duplicates. No table changes; no
revision changes either: every installation recomputes the same keys from the same
names.

Revision ID: 0006_name_keys
Revises: 0005_timesheets
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from blues_desktop.domain.names import name_key
from blues_desktop.domain.organisations import search_text_of

revision: str = "0006_name_keys"
down_revision: str | None = "0005_timesheets"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT id, legal_name, short_name, city, vat_number, name_key FROM organisations"
        )
    ).all()
    changed = [
        {
            "id": r.id,
            "key": name_key(r.legal_name),
            "text": search_text_of(r.legal_name, r.short_name, r.city, r.vat_number),
        }
        for r in rows
        if name_key(r.legal_name) != r.name_key
    ]
    if changed:
        connection.execute(
            sa.text("UPDATE organisations SET name_key = :key, search_text = :text WHERE id = :id"),
            changed,
        )


def downgrade() -> None:
    """Nothing to undo: the older keys are a coarser form of the same names."""
