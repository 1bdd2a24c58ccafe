"""What this installation remembers about bundles: its own sequence, what was imported,
and what the coordinator acknowledged."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from blues_desktop.store.models import BundleLog, LocalSetting

SETTING_ACK_REVISION = "bundle_acknowledged_revision"
SETTING_ACK_SEQUENCE = "bundle_acknowledged_sequence"
# The results of an import that merged; a refused or failed one is only listed.
MERGED = ("ok", "warning")


def get_setting(session: Session, key: str, default: str) -> str:
    row = session.get(LocalSetting, key)
    return row.value if row is not None else default


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(LocalSetting, key)
    if row is None:
        session.add(LocalSetting(key=key, value=value))
    else:
        row.value = value


def last_export(session: Session, office: str) -> BundleLog | None:
    return session.scalars(
        select(BundleLog)
        .where(BundleLog.direction == "export", BundleLog.office_id == office)
        .order_by(BundleLog.sequence.desc())
        .limit(1)
    ).first()


def imported(session: Session, office: str) -> list[BundleLog]:
    """Bundles of `office` merged here, by sequence."""
    return list(
        session.scalars(
            select(BundleLog)
            .where(
                BundleLog.direction == "import",
                BundleLog.office_id == office,
                BundleLog.result.in_(MERGED),
            )
            .order_by(BundleLog.sequence)
        )
    )


def merged_imports(session: Session) -> list[dict[str, Any]]:
    """The acknowledgement the coordinator sends back: per office, the highest bundle merged."""
    newest = (
        select(BundleLog.office_id, func.max(BundleLog.sequence).label("sequence"))
        .where(BundleLog.direction == "import", BundleLog.result.in_(MERGED))
        .group_by(BundleLog.office_id)
        .subquery()
    )
    rows = session.execute(
        select(BundleLog)
        .join(
            newest,
            (BundleLog.office_id == newest.c.office_id) & (BundleLog.sequence == newest.c.sequence),
        )
        .where(BundleLog.direction == "import", BundleLog.result.in_(MERGED))
        .order_by(BundleLog.office_id)
    ).scalars()
    return [
        {
            "office": row.office_id,
            "sequence": row.sequence,
            "manifest_sha256": row.manifest_sha256,
            "max_revision": row.max_revision or 0,
        }
        for row in rows
    ]
