"""Writing a bundle: the office's changes (or everything), signed and encrypted.

A partner sends its own records changed since the last bundle the coordinator
acknowledged (or all with `full`). The coordinator sends the partner registry with
public keys, every office's records (relayed unchanged: owner and revision kept)
and the acknowledgement of the partner bundles it merged.
"""

from __future__ import annotations

import hashlib
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyrage
from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from blues_desktop import __version__
from blues_desktop.bundles.format import (
    FILE_COLUMNS,
    FORMAT_VERSION,
    MANIFEST,
    PAYLOAD,
    REGISTRY_TABLE,
    SIGNATURE,
    bundle_file_name,
    canonical_json,
    sha256_hex,
    stored_file_name,
    table_file_name,
)
from blues_desktop.bundles.manifest import (
    Acknowledgement,
    Manifest,
    PayloadEntry,
    Recipient,
    TableEntry,
)
from blues_desktop.bundles.rows import row_to_json
from blues_desktop.bundles.tables import sync_tables
from blues_desktop.domain.cancel import CancelToken, ProgressFn, report
from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.domain.errors import ConfigurationError, StorageError
from blues_desktop.domain.timesheets import APPROVED
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.services.attachments import stored_path
from blues_desktop.services.bundle_state import (
    SETTING_ACK_REVISION,
    get_setting,
    last_export,
    merged_imports,
)
from blues_desktop.services.context import AppContext
from blues_desktop.services.keys import load_keys
from blues_desktop.store.atomic import atomic_write, describe_os_error
from blues_desktop.store.models import BundleLog, Office, TimesheetEntry, TimesheetMonth

REGISTRY_COLUMNS = (
    "code", "name", "short_name", "country", "work_package", "is_coordinator",
    "signing_public_key", "key_id", "age_recipient", "fingerprint", "revoked_at",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class TablePreview:
    table: str
    new: int
    changed: int
    deleted: int

    @property
    def rows(self) -> int:
        return self.new + self.changed + self.deleted


@dataclass(frozen=True, slots=True)
class ExportPreview:
    office: str
    full: bool
    since_revision: int
    tables: tuple[TablePreview, ...]

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    sequence: int
    manifest_sha256: str
    rows: dict[str, int] = field(default_factory=dict)
    changes: Changes = Changes.of(Kind.BUNDLES)


def _since(session: Session, ctx: AppContext, full: bool) -> int:
    if full or ctx.office.is_coordinator:
        return 0
    return int(get_setting(session, SETTING_ACK_REVISION, "0"))


def _selection(ctx: AppContext, table: Any, since: int) -> Any:
    query = select(table).order_by(table.c.revision)
    if table.name == TimesheetEntry.__tablename__:
        query = query.where(_in_approved_month(table))
    if ctx.office.is_coordinator:
        return query  # the coordinator relays every office's records
    return query.where(table.c.office_id == ctx.office_code, table.c.revision > since)


def _in_approved_month(entries: Any) -> Any:
    """Hours travel as declared effort only once their month is approved (locked);
    approval gives them new revisions, so an incremental bundle picks them up then."""
    months = TimesheetMonth.__table__
    return exists().where(
        months.c.staff_id == entries.c.staff_id,
        months.c.month == func.strftime("%Y-%m", entries.c.day),
        months.c.status == APPROVED,
        months.c.deleted_at.is_(None),
    )


def preview_export(ctx: AppContext, *, full: bool = False) -> ExportPreview:
    """What the next bundle would hold, per table: new, changed and deleted rows."""
    previews: list[TablePreview] = []
    with ctx.read() as session:
        since = _since(session, ctx, full)
        for table in sync_tables():
            base = _selection(ctx, table, since).subquery()
            deleted = (
                session.scalar(
                    select(func.count()).select_from(base).where(base.c.deleted_at.is_not(None))
                )
                or 0
            )
            new = (
                session.scalar(
                    select(func.count())
                    .select_from(base)
                    .where(base.c.deleted_at.is_(None), base.c.created_at == base.c.updated_at)
                )
                or 0
            )
            total = session.scalar(select(func.count()).select_from(base)) or 0
            if total:
                previews.append(TablePreview(table.name, new, total - new - deleted, deleted))
    return ExportPreview(ctx.office_code, full or ctx.office.is_coordinator, since, tuple(previews))


def _recipients(session: Session, ctx: AppContext) -> list[tuple[str, str]]:
    offices = session.scalars(select(Office).where(Office.revoked_at.is_(None))).all()
    if ctx.office.is_coordinator:
        chosen = [o for o in offices if o.age_recipient]
    else:
        chosen = [
            o
            for o in offices
            if o.age_recipient and (o.is_coordinator or o.code == ctx.office_code)
        ]
        if not any(o.is_coordinator for o in chosen):
            raise ConfigurationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "the coordinator's office card is not registered yet: register the card "
                        "the coordinator sent you (Bundles, Partners and keys) before sending",
                    )
                )
            )
    return sorted((o.code, o.age_recipient or "") for o in chosen)


@dataclass
class _Written:
    tables: dict[str, dict[str, Any]] = field(default_factory=dict)
    max_revision: int = 0
    # stored files the office's live rows in this bundle name (FILE_COLUMNS)
    file_hashes: set[str] = field(default_factory=set)


def _write_tables(
    session: Session, ctx: AppContext, since: int, folder: Path, cancel: CancelToken | None
) -> _Written:
    written = _Written(max_revision=since)
    described = written.tables
    file_columns = dict(FILE_COLUMNS)
    for table in sync_tables():
        if cancel is not None:
            cancel.raise_if_cancelled()
        path = folder / table_file_name(table.name)
        digest, size, count = hashlib.sha256(), 0, 0
        file_column = file_columns.get(table.name)
        with open(path, "wb") as handle:
            for row in session.execute(_selection(ctx, table, since)).mappings():
                line = row_to_json(dict(row)) + b"\n"
                handle.write(line)
                digest.update(line)
                size += len(line)
                count += 1
                if row["office_id"] == ctx.office_code:
                    written.max_revision = max(written.max_revision, int(row["revision"]))
                    if file_column and row[file_column] and row["deleted_at"] is None:
                        written.file_hashes.add(row[file_column])
        if count:
            described[table.name] = {
                "file": path.name,
                "rows": count,
                "bytes": size,
                "sha256": digest.hexdigest(),
            }
        else:
            path.unlink()
    if ctx.office.is_coordinator:
        path = folder / table_file_name(REGISTRY_TABLE)
        lines = b"".join(
            canonical_json({c: _registry_value(getattr(o, c)) for c in REGISTRY_COLUMNS}) + b"\n"
            for o in session.scalars(select(Office).order_by(Office.code))
        )
        path.write_bytes(lines)
        described[REGISTRY_TABLE] = {
            "file": path.name,
            "rows": lines.count(b"\n"),
            "bytes": len(lines),
            "sha256": sha256_hex(lines),
        }
    return written


def _files_to_send(ctx: AppContext, written: _Written) -> dict[str, Path]:
    """The stored files a partner sends with its rows ({sha256: path}). The coordinator
    relays records but no files: other offices' CVs and invoices stay where they are
    needed. A file this laptop does not have (never stored here) is left out."""
    if ctx.office.is_coordinator:
        return {}
    found = {sha: stored_path(ctx, sha) for sha in sorted(written.file_hashes)}
    return {sha: path for sha, path in found.items() if path.is_file()}


def _registry_value(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def export_bundle(
    ctx: AppContext,
    out_dir: Path,
    *,
    full: bool = False,
    passphrase: str | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> ExportResult:
    """Write `<OFFICE>-<seq>-<date>.blues` into `out_dir`; returns what it holds."""
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise StorageError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "cannot write to {folder}: the folder does not exist"
                ),
                folder=str(out_dir),
            )
        )
    keys = load_keys(ctx.paths.keys, ctx.office_code, ctx.office.name, passphrase)
    now = ctx.now()
    with ctx.read() as session, tempfile.TemporaryDirectory(prefix="blues-bundle-") as scratch:
        folder = Path(scratch)
        since = _since(session, ctx, full)
        recipients = _recipients(session, ctx)
        previous = last_export(session, ctx.office_code)
        report(progress, 0, 3, Message(QT_TRANSLATE_NOOP("messages", "reading records")))
        written = _write_tables(session, ctx, since, folder, cancel)
        tables, max_revision = written.tables, written.max_revision
        files = _files_to_send(ctx, written)
        acknowledged = merged_imports(session) if ctx.office.is_coordinator else []
        report(progress, 1, 3, Message(QT_TRANSLATE_NOOP("messages", "encrypting")))
        inner = folder / "payload.zip"
        with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            for described in tables.values():
                archive.write(folder / described["file"], described["file"])
            for sha, stored in files.items():
                # PDFs and images are compressed already: stored as they are
                archive.write(stored, stored_file_name(sha), zipfile.ZIP_STORED)
        payload = folder / PAYLOAD
        # Through file objects: encrypt_file holds Python's lock for the whole file (the
        # window would freeze while it runs), encrypt_io lets other threads run.
        with open(inner, "rb") as plain, open(payload, "wb") as sealed:
            pyrage.encrypt_io(
                plain, sealed, [pyrage.x25519.Recipient.from_str(r) for _, r in recipients]
            )
        payload_digest = _file_sha256(payload)
        sequence = (previous.sequence if previous else 0) + 1
        manifest = Manifest(
            format_version=FORMAT_VERSION,
            app_version=__version__,
            office=ctx.office_code,
            key_id=keys.card.key_id,
            fingerprint=keys.card.fingerprint,
            sequence=sequence,
            previous_sequence=previous.sequence if previous else None,
            previous_manifest_sha256=previous.manifest_sha256 if previous else None,
            created_at=now,
            full=full or ctx.office.is_coordinator,
            since_revision=since,
            max_revision=max_revision,
            recipients=tuple(Recipient(code, r) for code, r in recipients),
            tables={name: TableEntry(**d) for name, d in tables.items()},
            files={sha: path.stat().st_size for sha, path in files.items()},
            payload=PayloadEntry(PAYLOAD, payload.stat().st_size, payload_digest),
            acknowledged=tuple(Acknowledgement(**a) for a in acknowledged),
        )
        manifest_bytes = canonical_json(manifest.to_json())
        signature = keys.signing_key.sign(
            manifest_bytes, trusted_comment=f"BLUES bundle {ctx.office_code} {sequence}"
        )
        report(progress, 2, 3, Message(QT_TRANSLATE_NOOP("messages", "writing the bundle")))
        target = out_dir / bundle_file_name(ctx.office_code, sequence, now.strftime("%Y-%m-%d"))
        try:
            with (
                atomic_write(target, "wb") as handle,
                zipfile.ZipFile(handle, "w", zipfile.ZIP_STORED) as outer,
            ):
                outer.writestr(MANIFEST, manifest_bytes)
                outer.writestr(SIGNATURE, bytes(signature))
                outer.write(payload, PAYLOAD)
        except OSError as exc:
            raise StorageError(describe_os_error(exc, target)) from exc
    rows = {name: int(d["rows"]) for name, d in tables.items()}
    manifest_sha = sha256_hex(manifest_bytes)
    with ctx.transaction() as session:
        session.add(
            BundleLog(
                direction="export", office_id=ctx.office_code, sequence=sequence,
                previous_sequence=manifest.previous_sequence, file_name=target.name,
                manifest_sha256=manifest_sha, bundle_created_at=now, processed_at=ctx.now(),
                full=manifest.full, rows=canonical_json(rows).decode(), result="ok",
                max_revision=max_revision, user_name=ctx.user_name,
            )
        )  # fmt: skip
    report(progress, 3, 3, Message(QT_TRANSLATE_NOOP("messages", "done")))
    return ExportResult(target, sequence, manifest_sha, rows)


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()
