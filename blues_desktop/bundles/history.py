"""Refused and failed imports in the bundle history, with their reason.

A refused bundle changes nothing, but the user (and the coordinator's auditor) sees that
it came and why it was turned away: one row in the history, written in its own
transaction after the import's was rolled back.
"""

from __future__ import annotations

import contextlib
import zipfile
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from blues_desktop.bundles.format import MANIFEST, MAX_MANIFEST_BYTES, BundleError, sha256_hex
from blues_desktop.bundles.manifest import Manifest
from blues_desktop.domain.errors import BluesError
from blues_desktop.domain.translatable import Message
from blues_desktop.services.context import AppContext
from blues_desktop.store.models import BundleLog

REFUSED = "refused"
FAILED = "failed"


def _manifest_facts(path: Path) -> tuple[Manifest | None, str]:
    """What the file says of itself (unverified) when its manifest can be read, and the
    manifest's SHA-256; never raises."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(MANIFEST)
            if info.file_size > MAX_MANIFEST_BYTES:
                return None, ""
            data = archive.read(info)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, NotImplementedError, RuntimeError):
        return None, ""
    try:
        return Manifest.parse(data, path.name), sha256_hex(data)
    except BundleError:
        return None, sha256_hex(data)


def said(message: str | None) -> str | None:
    """The JSON form of a `Message` kept beside its English (`BundleLog.message_said`),
    None for plain text."""
    return message.to_json() if isinstance(message, Message) else None


def log_outcome(ctx: AppContext, path: Path, result: str, message: str) -> None:
    """One history row for a bundle that was not merged. The office and number are the
    ones the file claims (empty when it cannot be read): it was refused, not trusted.
    A `Message` is kept whole too, so that the window says the reason in its language."""
    manifest, manifest_sha = _manifest_facts(path)
    now = ctx.now()
    # The history row is a courtesy: when it cannot be written (the disk full), the
    # error the user sees is still the one that stopped the import.
    with contextlib.suppress(BluesError, SQLAlchemyError), ctx.transaction() as session:
        session.add(
            BundleLog(
                direction="import",
                office_id=manifest.office[:3] if manifest else "",
                sequence=manifest.sequence if manifest else 0,
                previous_sequence=None,
                file_name=path.name[:255],
                manifest_sha256=manifest_sha,
                bundle_created_at=manifest.created_at if manifest else now,
                processed_at=now,
                full=manifest.full if manifest else False,
                rows="{}",
                result=result,
                message=str(message),
                message_said=said(message),
                max_revision=None,
                user_name=ctx.user_name,
            )
        )
