"""Refused and failed imports in the bundle history, with their reason.

A refused bundle changes nothing, but the user (and the coordinator's auditor) sees that
it came and why it was turned away: one row in the history, written in its own
transaction after the import's was rolled back.
"""

from __future__ import annotations

import contextlib
import json
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from blues_desktop.bundles.format import MANIFEST, MAX_MANIFEST_BYTES, sha256_hex
from blues_desktop.domain.errors import BluesError
from blues_desktop.services.context import AppContext
from blues_desktop.store.models import BundleLog

REFUSED = "refused"
FAILED = "failed"


def _manifest_facts(path: Path) -> tuple[dict[str, Any], str]:
    """What the file says of itself (unverified), as far as it can be read; never raises."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(MANIFEST)
            if info.file_size > MAX_MANIFEST_BYTES:
                return {}, ""
            data = archive.read(info)
        manifest = json.loads(data)
        return (manifest if isinstance(manifest, dict) else {}), sha256_hex(data)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, NotImplementedError, RuntimeError):
        return {}, ""


def _text(value: Any, length: int) -> str:
    return value[:length] if isinstance(value, str) else ""


def log_outcome(ctx: AppContext, path: Path, result: str, message: str) -> None:
    """One history row for a bundle that was not merged. The office and number are the
    ones the file claims (empty when it cannot be read): it was refused, not trusted."""
    manifest, manifest_sha = _manifest_facts(path)
    sequence = manifest.get("sequence")
    now = ctx.now()
    try:
        created = datetime.fromisoformat(manifest["created_at"])
        created = created if created.tzinfo is not None else now
    except (KeyError, TypeError, ValueError):
        created = now
    # The history row is a courtesy: when it cannot be written (the disk full), the
    # error the user sees is still the one that stopped the import.
    with contextlib.suppress(BluesError, SQLAlchemyError), ctx.transaction() as session:
        session.add(
            BundleLog(
                direction="import",
                office_id=_text(manifest.get("office"), 3),
                sequence=sequence
                if isinstance(sequence, int) and not isinstance(sequence, bool)
                else 0,
                previous_sequence=None,
                file_name=path.name[:255],
                manifest_sha256=manifest_sha,
                bundle_created_at=created,
                processed_at=now,
                full=manifest.get("full") is True,
                rows="{}",
                result=result,
                message=message,
                max_revision=None,
                user_name=ctx.user_name,
            )
        )
