"""Importing verified bundles: all or nothing, after a backup; revisions decide per row."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from blues_desktop.bundles.format import BundleError, canonical_json
from blues_desktop.bundles.history import FAILED, REFUSED, log_outcome, said
from blues_desktop.bundles.plan import (
    NEW,
    REPLACE,
    SKIP,
    UPDATE,
    MergePlan,
    constraint_refusal,
    plan_merge,
    refusal_text,
)
from blues_desktop.bundles.tables import sync_tables
from blues_desktop.bundles.verify import TableCounts, VerifiedBundle, check_sequence, verify_bundle
from blues_desktop.bundles.writer import TableWriter
from blues_desktop.domain.cancel import CancelToken, ProgressFn, report
from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.domain.errors import BluesError, CancelledError
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message, message_of
from blues_desktop.domain.wording import listed
from blues_desktop.services.attachments import store_bytes
from blues_desktop.services.audit import record_audit
from blues_desktop.services.bundle_state import (
    SETTING_ACK_REVISION,
    SETTING_ACK_SEQUENCE,
    get_setting,
    set_setting,
)
from blues_desktop.services.context import AppContext, storage_error_of
from blues_desktop.services.erasure import cleaned_on_merge
from blues_desktop.services.merge_trail import attribute_merges
from blues_desktop.store.backup import create_backup
from blues_desktop.store.engine import sqlite_file_of
from blues_desktop.store.models import BundleLog, Office, RevisionCounter

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
    """The verify report of one file; changes nothing.

    The merge is planned and written exactly as an import would, in a transaction that
    is rolled back: what the report calls fine imports, and what the import would
    refuse, the report refuses with the same words."""
    session = ctx.rehearsal()
    try:
        bundle = verify_bundle(
            session, ctx, path, passphrase=passphrase, keep_files_in=keep_files_in
        )
        if bundle.plan is not None:
            _write_records(session, ctx, bundle, bundle.plan)
        return bundle
    except OperationalError as exc:  # a read-only medium, a database locked by another program
        raise storage_error_of(exc, ctx.installation.engine.url.database or "the database") from exc
    finally:
        session.rollback()
        session.close()


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


def _write_records(
    session: Session, ctx: AppContext, bundle: VerifiedBundle, plan: MergePlan
) -> dict[str, TableCounts]:
    """The plan written, each table in order, a chunk of rows at a time, read back from
    the rows' scratch file (memory stays flat however large the bundle). A constraint
    the plan missed is still a named refusal, never a database error."""
    with _merge_cache(session):
        return _write_tables(session, ctx, bundle, plan)


def _write_tables(
    session: Session, ctx: AppContext, bundle: VerifiedBundle, plan: MergePlan
) -> dict[str, TableCounts]:
    if ctx.installation.engine.url.get_backend_name() == "sqlite":
        # Rows of one table may refer to each other (merged_into_id, supervisor):
        # checked at commit, when every row of the bundle is in.
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
    counts: dict[str, TableCounts] = {}
    for table in sync_tables():
        verified = bundle.rows.get(table.name)
        table_plan = plan.tables.get(table.name)
        if not verified or table_plan is None:
            continue
        writer = TableWriter(session, table, verified.columns)
        for start, rows in verified.chunks():
            try:
                _raise_own_counter(
                    session, ctx, writer.write(session, ctx, rows, table_plan, start)
                )
            except IntegrityError as exc:
                raise BundleError(bundle.file_name, constraint_refusal(exc)) from exc
        counts[table.name] = TableCounts(
            new=table_plan.count(NEW),
            updated=table_plan.count(UPDATE) + table_plan.count(REPLACE),
            unchanged=table_plan.count(SKIP),
        )
    return counts


# The merge's page cache, in KiB: the rows of a table land all over its indexes and the
# merge notes (clustered by record id), and with SQLite's default 2 MB most chunks push
# pages out to the write-ahead log and read them back. In a full import of the scale-100
# demo (200,991 rows) this took the merge's writes from 8.8 s to 8.2 s (16 MB: 8.0 s),
# for about 6 MB more peak memory; the cache does not grow with the bundle.
MERGE_CACHE_KIB = 8 * 1024


@contextmanager
def _merge_cache(session: Session) -> Iterator[None]:
    """A larger SQLite page cache while the merge writes; set back afterwards."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    kept = int(connection.exec_driver_sql("PRAGMA cache_size").scalar() or 0)
    connection.exec_driver_sql(f"PRAGMA cache_size = -{MERGE_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {kept}")


def _raise_own_counter(session: Session, ctx: AppContext, highest: int) -> None:
    """Records of ours taken back (a reinstalled laptop): our next revision must be above them."""
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
    report(
        progress, 0, 3, Message(QT_TRANSLATE_NOOP("messages", "verifying {file}"), file=path.name)
    )
    try:
        bundle = verify_bundle_file(ctx, path, passphrase, incoming)
        try:
            if bundle.already_imported_on is not None:
                return _already(bundle)
            if cancel is not None:
                cancel.raise_if_cancelled()
            result = _merge(ctx, bundle, progress)
        finally:
            bundle.release()  # the rows' scratch file goes now, not when collected
    except BundleError as exc:
        log_outcome(ctx, path, REFUSED, exc.reason)
        raise
    except CancelledError:
        raise
    except BluesError as exc:  # the disk full, the database locked: said in words already
        log_outcome(ctx, path, FAILED, message_of(exc))
        raise
    except Exception:
        log_outcome(
            ctx,
            path,
            FAILED,
            Message(
                QT_TRANSLATE_NOOP("messages", "stopped on an unexpected error; nothing was changed")
            ),
        )
        raise
    report(progress, 3, 3, Message(QT_TRANSLATE_NOOP("messages", "done")))
    return result


def verify_bundle_file(
    ctx: AppContext, path: Path, passphrase: str | None, incoming: Path
) -> VerifiedBundle:
    """The checks of a bundle before its merge is planned (under the write lock)."""
    with ctx.read() as session:
        return verify_bundle(
            session, ctx, path, passphrase=passphrase, keep_files_in=incoming, plan=False
        )


def _already(bundle: VerifiedBundle) -> ImportResult:
    return ImportResult(
        bundle.file_name,
        bundle.office,
        bundle.sequence,
        bundle.already_imported_on,
        changes=Changes(),
    )


def _merge(ctx: AppContext, bundle: VerifiedBundle, progress: ProgressFn | None) -> ImportResult:
    """Plan under the write lock, back up, write, log: all in one transaction. A record
    that cannot merge refuses the bundle before the backup, with nothing written."""
    try:
        with ctx.transaction() as session:
            # Another import may have come in since the checks: the sequence and the plan
            # are decided here, where nothing can change under them.
            bundle = bundle.with_sequence(
                check_sequence(session, bundle.manifest, bundle.manifest_sha256, bundle.file_name)
            )
            if bundle.already_imported_on is not None:
                return _already(bundle)
            plan = plan_merge(session, ctx.office_code, bundle.rows)
            if plan.refusals:
                raise BundleError(bundle.file_name, refusal_text(plan.refusals))
            report(progress, 1, 3, Message(QT_TRANSLATE_NOOP("messages", "backing up")))
            database = sqlite_file_of(ctx.installation.engine)
            if database is not None:
                create_backup(
                    database, ctx.paths.backups, f"before-import-{bundle.office}-{bundle.sequence}"
                )
            report(progress, 2, 3, Message(QT_TRANSLATE_NOOP("messages", "merging")))
            if bundle.registry:
                _merge_registry(session, ctx, bundle.registry)
            with (
                attribute_merges(session, bundle.office, bundle.sequence),
                cleaned_on_merge(session, ctx),  # persons arriving erased: history and files
            ):
                counts = _write_records(session, ctx, bundle, plan)
            _take_files(ctx, bundle)
            _take_acknowledgement(session, ctx, bundle)
            warned = listed(bundle.warnings)  # "; " between them, each said in turn
            session.add(
                BundleLog(
                    direction="import", office_id=bundle.office, sequence=bundle.sequence,
                    previous_sequence=bundle.manifest.previous_sequence, file_name=bundle.file_name,
                    manifest_sha256=bundle.manifest_sha256,
                    bundle_created_at=bundle.manifest.created_at,
                    processed_at=ctx.now(), full=bundle.manifest.full,
                    rows=canonical_json({k: vars(v) for k, v in counts.items()}).decode(),
                    result="warning" if bundle.warnings else "ok",
                    message=str(warned) if warned else None, message_said=said(warned),
                    max_revision=bundle.manifest.max_revision or 0,
                    user_name=ctx.user_name,
                )
            )  # fmt: skip
            record_audit(session, ctx, "bundle-import", "bundle_log", f"{bundle.office}-{bundle.sequence}",
                         {"file": bundle.file_name, "rows": sum(c.new + c.updated for c in counts.values())})  # fmt: skip
    except IntegrityError as exc:  # a deferred reference, checked at commit
        raise BundleError(bundle.file_name, constraint_refusal(exc)) from exc
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
    entry = bundle.manifest.acknowledgement_for(ctx.office_code)
    if entry is not None and entry.max_revision is not None:
        current = int(get_setting(session, SETTING_ACK_REVISION, "0"))
        if entry.max_revision > current:
            set_setting(session, SETTING_ACK_REVISION, str(entry.max_revision))
            set_setting(session, SETTING_ACK_SEQUENCE, json.dumps(entry.sequence))


def history(ctx: AppContext) -> list[BundleLog]:
    with ctx.read() as session:
        return list(session.scalars(select(BundleLog).order_by(BundleLog.processed_at.desc())))
