"""Importing verified bundles: all or nothing, after a backup; revisions decide per row."""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, bindparam, insert, select, text, update
from sqlalchemy.orm import Session

from blues_desktop.bundles.format import canonical_json
from blues_desktop.bundles.state import (
    SETTING_ACK_REVISION,
    SETTING_ACK_SEQUENCE,
    get_setting,
    set_setting,
)
from blues_desktop.bundles.tables import stored_revisions, sync_tables
from blues_desktop.bundles.verify import TableCounts, VerifiedBundle, check_sequence, verify_bundle
from blues_desktop.domain.cancel import CancelToken, ProgressFn, report
from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.services.attachments import store_bytes
from blues_desktop.services.audit import record_audit
from blues_desktop.services.context import AppContext
from blues_desktop.services.merge_trail import attribute_merges, note_merged
from blues_desktop.store.backup import create_backup
from blues_desktop.store.engine import sqlite_file_of
from blues_desktop.store.models import BundleLog, Office, RevisionCounter

MERGE_CHUNK = 5_000  # rows turned back into dicts and written at once

CHANGES = Changes.of(
    Kind.MEMBERS,
    Kind.EXCHANGES,
    Kind.EVENTS,
    Kind.TIMESHEETS,
    Kind.BUNDLES,
    Kind.OFFICES,
    Kind.RULES,
)


@dataclass(frozen=True, slots=True)
class ImportResult:
    file_name: str
    office: str
    sequence: int
    already_imported_on: str | None
    counts: dict[str, TableCounts] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    files: int = 0  # stored files taken in (CVs, evidence, approved timesheet PDFs)
    changes: Changes = CHANGES

    @property
    def changed_rows(self) -> int:
        return sum(c.new + c.updated for c in self.counts.values())


def verify_file(
    ctx: AppContext,
    path: Path,
    *,
    passphrase: str | None = None,
    keep_files_in: Path | None = None,
) -> VerifiedBundle:
    """The verify report of one file; changes nothing."""
    with ctx.read() as session:
        return verify_bundle(session, ctx, path, passphrase=passphrase, keep_files_in=keep_files_in)


def _take_files(ctx: AppContext, bundle: VerifiedBundle) -> None:
    """The verified stored files into the data folder, under their SHA-256 (a file already
    here is not written again). Done before the records commit, so a record that names a
    file never arrives without it; a failed commit leaves at most an unnamed file."""
    if not bundle.files or bundle.files_dir is None:
        return
    for sha in bundle.files:
        store_bytes(ctx, (bundle.files_dir / sha).read_bytes())


def _parse_time(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else None


def _merge_registry(session: Session, ctx: AppContext, registry: list[dict[str, Any]]) -> None:
    """The coordinator's partner registry: public keys of the other offices (never our own)."""
    for entry in registry:
        code = entry.get("code")
        if not isinstance(code, str) or code == ctx.office_code:
            continue
        office = session.get(Office, code)
        if office is None:
            continue  # the five offices are built in; an unknown code is ignored
        keys = ("signing_public_key", "key_id", "age_recipient", "fingerprint")
        if any(
            getattr(office, k) != entry.get(k) for k in keys
        ) or office.revoked_at != _parse_time(entry.get("revoked_at")):
            for k in keys:
                setattr(office, k, entry.get(k))
            office.revoked_at = _parse_time(entry.get("revoked_at"))
            record_audit(
                session,
                ctx,
                "registry-update",
                "offices",
                code,
                {"fingerprint": entry.get("fingerprint")},
            )


def _upsert(session: Session, ctx: AppContext, bundle: VerifiedBundle) -> dict[str, TableCounts]:
    """Each table in order, a chunk of rows at a time (memory stays flat however large
    the bundle); a table's rows are let go once merged."""
    counts: dict[str, TableCounts] = {}
    for table in sync_tables():
        verified = bundle.rows.pop(table.name, None)
        if not verified:
            continue
        tally = TableCounts()
        for start in range(0, len(verified), MERGE_CHUNK):
            _upsert_chunk(session, ctx, table, verified.dicts(start, start + MERGE_CHUNK), tally)
        counts[table.name] = tally
    return counts


def _upsert_chunk(
    session: Session, ctx: AppContext, table: Table, rows: list[dict[str, Any]], tally: TableCounts
) -> None:
    existing = stored_revisions(session, table, (row["id"] for row in rows))
    new, changed = [], []
    for row in rows:
        if row["office_id"] == ctx.office_code and row["id"] in existing:
            # Nobody else changes our records, not even by relay; a record we no longer
            # have (a reinstalled laptop) is taken back as it was.
            tally.unchanged += 1
        elif row["id"] not in existing:
            new.append(row)
            tally.new += 1
        elif row["revision"] > existing[row["id"]]:
            changed.append({**row, "_id": row["id"]})
            tally.updated += 1
        else:
            tally.unchanged += 1
    note_merged(session, table.name, new, changed)
    if new:
        session.execute(insert(table), new)
        _raise_own_counter(session, ctx, new)
    if changed:
        columns: dict[str, Any] = {
            c.name: bindparam(c.name) for c in table.columns if c.name != "id"
        }
        session.execute(
            update(table).where(table.c.id == bindparam("_id")).values(columns), changed
        )


def _raise_own_counter(session: Session, ctx: AppContext, rows: list[dict[str, Any]]) -> None:
    """Records of ours taken back (a reinstalled laptop): our next revision must be above them."""
    highest = max(
        (row["revision"] for row in rows if row["office_id"] == ctx.office_code), default=0
    )
    if highest:
        session.execute(
            update(RevisionCounter)
            .where(
                RevisionCounter.office_id == ctx.office_code,
                RevisionCounter.last_revision < highest,
            )
            .values(last_revision=highest)
        )


def import_bundle(
    ctx: AppContext,
    path: Path,
    *,
    passphrase: str | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> ImportResult:
    """Verify, back up, merge in one transaction, log. A bundle already imported changes nothing."""
    with tempfile.TemporaryDirectory(prefix="blues-incoming-") as incoming:
        return _import(ctx, Path(path), Path(incoming), passphrase, progress, cancel)


def _import(
    ctx: AppContext,
    path: Path,
    incoming: Path,
    passphrase: str | None,
    progress: ProgressFn | None,
    cancel: CancelToken | None,
) -> ImportResult:
    report(progress, 0, 3, f"verifying {path.name}")
    bundle = verify_file(ctx, path, passphrase=passphrase, keep_files_in=incoming)
    if bundle.already_imported_on is not None:
        return ImportResult(
            bundle.file_name,
            bundle.office,
            bundle.sequence,
            bundle.already_imported_on,
            changes=Changes(),
        )
    if cancel is not None:
        cancel.raise_if_cancelled()
    report(progress, 1, 3, "backing up")
    database = sqlite_file_of(ctx.installation.engine)
    if database is not None:
        create_backup(
            database, ctx.paths.backups, f"before-import-{bundle.office}-{bundle.sequence}"
        )
    report(progress, 2, 3, "merging")
    with ctx.transaction() as session:
        if ctx.installation.engine.url.get_backend_name() == "sqlite":
            # Rows of one table may refer to each other (merged_into_id, supervisor):
            # checked at commit, when every row of the bundle is in.
            session.execute(text("PRAGMA defer_foreign_keys = ON"))
        # Under the write lock, the sequence is checked again (another import may have
        # come in since the report); rows are upserted by revision, so they need no recheck.
        check_sequence(session, bundle, bundle.file_name)
        if bundle.already_imported_on is not None:
            return ImportResult(
                bundle.file_name,
                bundle.office,
                bundle.sequence,
                bundle.already_imported_on,
                changes=Changes(),
            )
        if bundle.registry:
            _merge_registry(session, ctx, bundle.registry)
        with attribute_merges(session, bundle.office, bundle.sequence):
            counts = _upsert(session, ctx, bundle)
        _take_files(ctx, bundle)
        _take_acknowledgement(session, ctx, bundle)
        session.add(
            BundleLog(
                direction="import", office_id=bundle.office, sequence=bundle.sequence,
                previous_sequence=bundle.manifest.get("previous_sequence"), file_name=bundle.file_name,
                manifest_sha256=bundle.manifest_sha256,
                bundle_created_at=datetime.fromisoformat(bundle.manifest["created_at"]),
                processed_at=ctx.now(), full=bool(bundle.manifest.get("full")),
                rows=canonical_json({k: vars(v) for k, v in counts.items()}).decode(),
                result="warning" if bundle.warnings else "ok",
                message="; ".join(bundle.warnings) or None,
                max_revision=int(bundle.manifest.get("max_revision") or 0),
                user_name=ctx.user_name,
            )
        )  # fmt: skip
        record_audit(session, ctx, "bundle-import", "bundle_log", f"{bundle.office}-{bundle.sequence}",
                     {"file": bundle.file_name, "rows": sum(c.new + c.updated for c in counts.values())})  # fmt: skip
    report(progress, 3, 3, "done")
    return ImportResult(
        bundle.file_name,
        bundle.office,
        bundle.sequence,
        None,
        counts,
        tuple(bundle.warnings),
        files=len(bundle.files),
    )


def _take_acknowledgement(session: Session, ctx: AppContext, bundle: VerifiedBundle) -> None:
    """From the coordinator's bundle: where this office's next incremental bundle starts."""
    office = session.get(Office, bundle.office)
    if office is None or not office.is_coordinator:
        return
    for entry in bundle.manifest.get("acknowledged") or []:
        if isinstance(entry, dict) and entry.get("office") == ctx.office_code:
            revision = entry.get("max_revision")
            current = int(get_setting(session, SETTING_ACK_REVISION, "0"))
            if isinstance(revision, int) and revision > current:
                set_setting(session, SETTING_ACK_REVISION, str(revision))
                set_setting(session, SETTING_ACK_SEQUENCE, json.dumps(entry.get("sequence")))


def history(ctx: AppContext) -> list[BundleLog]:
    with ctx.read() as session:
        return list(session.scalars(select(BundleLog).order_by(BundleLog.processed_at.desc())))
