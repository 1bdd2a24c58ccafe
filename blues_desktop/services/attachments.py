"""Files kept with a record (a CV, travel invoices, a scanned attendance sheet).

Stored once in the data folder's `attachments/` under their SHA-256, recorded as an
`Attachment` row (which travels in bundles; the file travels with it within the
bundle's size limits). Only PDFs and images are taken, up to a size limit.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from blues_desktop.domain.errors import StorageError, ValidationError
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services import records
from blues_desktop.services.context import AppContext
from blues_desktop.store.atomic import describe_os_error, write_bytes_atomic
from blues_desktop.store.models import Attachment

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024

# What a file's first bytes say it is; the name's extension is not trusted.
SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)


@dataclass(frozen=True, slots=True)
class StoredFile:
    attachment_id: str
    sha256: str
    size: int
    media_type: str
    path: Path


def media_type_of(data: bytes) -> str | None:
    for magic, media_type in SIGNATURES:
        if data.startswith(magic):
            return media_type
    return None


def check_file(path: Path, data: bytes, max_bytes: int = MAX_ATTACHMENT_BYTES) -> str:
    """The media type of an acceptable file; a ValidationError naming the file otherwise."""
    report = ValidationReport()
    media_type = media_type_of(data)
    if not data:
        report.error("file", f"{path.name} is empty")
    elif len(data) > max_bytes:
        report.error(
            "file",
            f"{path.name} is {len(data) / 1_048_576:.1f} MB; the limit is {max_bytes / 1_048_576:.0f} MB",
        )
    elif media_type is None:
        report.error("file", f"{path.name} is not a PDF or an image (PNG, JPEG, TIFF)")
    if not report.ok:
        raise ValidationError(report)
    assert media_type is not None
    return media_type


def stored_path(ctx: AppContext, sha256: str) -> Path:
    return ctx.paths.attachments / sha256[:2] / sha256


def store_bytes(ctx: AppContext, data: bytes) -> Path:
    """Write the file under its hash (once; the same content is stored once)."""
    digest = hashlib.sha256(data).hexdigest()
    target = stored_path(ctx, digest)
    if target.exists():
        return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(target, data)
    except OSError as exc:
        raise StorageError(describe_os_error(exc, target)) from exc
    return target


def attach_file(
    session: Session,
    ctx: AppContext,
    source: Path,
    *,
    owner_table: str,
    owner_id: str,
    kind: str,
    max_bytes: int = MAX_ATTACHMENT_BYTES,
) -> StoredFile:
    """Check, store and record `source` for a record, in the caller's transaction."""
    try:
        data = Path(source).read_bytes()
    except OSError as exc:
        raise StorageError(f"cannot read {source}: {exc.strerror or exc}") from exc
    media_type = check_file(Path(source), data, max_bytes)
    path = store_bytes(ctx, data)
    digest = path.name
    row = records.create(
        session,
        ctx,
        Attachment(
            owner_table=owner_table,
            owner_id=owner_id,
            kind=kind,
            file_name=Path(source).name,
            media_type=media_type,
            size=len(data),
            sha256=digest,
            added_on=ctx.now(),
        ),
    )
    return StoredFile(row.id, digest, len(data), media_type, path)


def attachments_of(session: Session, owner_table: str, owner_id: str) -> list[Attachment]:
    return list(
        session.scalars(
            select(Attachment)
            .where(Attachment.owner_table == owner_table, Attachment.owner_id == owner_id)
            .where(Attachment.deleted_at.is_(None))
            .order_by(Attachment.added_on)
        )
    )
