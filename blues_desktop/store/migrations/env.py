"""Alembic environment: always run programmatically by blues_desktop.store.migrate.

The caller passes an open connection in `config.attributes["connection"]`, so the
engine's pragmas (foreign keys, WAL) apply and tests can migrate any file.
"""

from typing import Any

from alembic import context
from sqlalchemy.types import TypeDecorator

from blues_desktop.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "run migrations through blues_desktop.store.migrate, which passes a connection"
    )


def render_item(type_: str, obj: Any, autogen_context: Any) -> Any:
    """Write our exact types (Money, Hours, UTCDateTime) as their plain storage type,
    so a migration never depends on application code that may change later."""
    if type_ == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{obj.impl!r}"
    return False


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copy; batch mode does that safely
    compare_type=True,
    render_item=render_item,
)
with context.begin_transaction():
    context.run_migrations()
