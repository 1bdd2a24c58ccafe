"""Verifying a bundle, in a fixed order, before anything changes.

signature valid → signer a known, non-revoked office → payload hash → decrypts →
every table file's size and hash → sequence → every row valid (types, owner, foreign
keys). The first failure refuses the bundle with one reason naming the file.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import minisign
import pyrage
from sqlalchemy.orm import Session

from blues_desktop.bundles.archive import (
    check_members,
    copy_member,
    member_lines,
    open_zip,
    read_member,
    scan_member,
)
from blues_desktop.bundles.describe import a_record
from blues_desktop.bundles.format import (
    FILE_COLUMNS,
    FILES_FOLDER,
    MANIFEST,
    MAX_FILES,
    MAX_MANIFEST_BYTES,
    MAX_PAYLOAD_BYTES,
    MAX_SIGNATURE_BYTES,
    MAX_TABLE_FILE_BYTES,
    MAX_TABLE_FILES,
    MAX_TOTAL_BYTES,
    OUTER_MEMBERS,
    PAYLOAD,
    REGISTRY_TABLE,
    SIGNATURE,
    BundleError,
    sha256_hex,
    stored_file_name,
)
from blues_desktop.bundles.manifest import Manifest
from blues_desktop.bundles.plan import (
    NEW,
    REPLACE,
    SKIP,
    UPDATE,
    MergePlan,
    plan_merge,
    refusal_text,
)
from blues_desktop.bundles.rows import RowError, RowParser
from blues_desktop.bundles.staging import StagedRows, Staging
from blues_desktop.bundles.tables import sync_table
from blues_desktop.domain.translatable import (
    QT_TRANSLATE_NOOP,
    IsoDate,
    Message,
    UtcMinute,
    message_of,
)
from blues_desktop.domain.wording import listed
from blues_desktop.services.attachments import media_type_of
from blues_desktop.services.bundle_state import imported
from blues_desktop.services.context import AppContext
from blues_desktop.services.keys import load_keys, retired_identities
from blues_desktop.store.models import Office

MAX_REASONS = 20


@dataclass
class TableCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    refused: int = 0


# One table's verified rows (value tuples in the table's column order), kept on disk
# from the checks to the merge, so a large bundle does not fill the memory.
TableRows = StagedRows


@dataclass(frozen=True)
class VerifiedBundle:
    """A bundle that passed every check, with its rows ready to merge."""

    file_name: str
    manifest: Manifest
    manifest_sha256: str
    office: str
    fingerprint: str
    rows: dict[str, TableRows] = field(default_factory=dict)
    registry: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, TableCounts] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    already_imported_on: str | None = None  # "2026-11-30 14:05 UTC", a Message
    # stored files checked (SHA-256, size, a PDF or image, named by a row of the bundle);
    # their bytes are kept in `files_dir` when the caller asked for them (an import)
    files: dict[str, int] = field(default_factory=dict)
    files_dir: Path | None = None
    plan: MergePlan | None = None  # what merging would do (verify's report)

    @property
    def sequence(self) -> int:
        return self.manifest.sequence

    def release(self) -> None:
        """Delete the rows' scratch file now (else it goes with the last reference)."""
        for rows in self.rows.values():
            rows.staging.close()

    def with_sequence(self, check: SequenceCheck) -> VerifiedBundle:
        """This bundle as the sequence check `check` (made again under the lock) finds it."""
        warnings = self.warnings
        if check.gap is not None and check.gap not in warnings:
            warnings = (*warnings, check.gap)
        return replace(self, already_imported_on=check.already_imported_on, warnings=warnings)


@dataclass(frozen=True, slots=True)
class SequenceCheck:
    """Where a bundle stands in its office's chain: imported before (when), or after a gap."""

    already_imported_on: str | None = None  # "2026-11-30 14:05 UTC", a Message
    gap: str | None = None  # the bundles missed, in words (a Message)


def _check_signature(
    session: Session, manifest: Manifest, data: bytes, signature: bytes, label: str
) -> Office:
    office = session.get(Office, manifest.office)
    seen = manifest.fingerprint or "unknown"
    if office is None or not office.signing_public_key:
        raise BundleError(
            label,
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "signed by office {office}, whose key is not registered here "
                    "(fingerprint {fingerprint})",
                ),
                office=repr(manifest.office),
                fingerprint=seen,
            ),
        )
    try:
        parsed = minisign.Signature.from_bytes(signature)
        minisign.PublicKey.from_base64(office.signing_public_key).verify(data, parsed)
    except (minisign.Error, ValueError) as exc:
        raise BundleError(
            label,
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "the signature does not match office {office}'s registered key "
                    "{fingerprint} (seen: {seen}); the bundle was changed or signed by another "
                    "key (if the office changed its keys, register its new card: Partners and "
                    "keys)",
                ),
                office=office.code,
                fingerprint=office.fingerprint,
                seen=seen,
            ),
        ) from exc
    if office.revoked_at is not None:
        raise BundleError(
            label,
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "signed with office {office}'s key, revoked on {day}"
                ),
                office=office.code,
                day=IsoDate.of(office.revoked_at),
            ),
        )
    return office


@contextmanager
def _opened_payload(
    outer: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    manifest: Manifest,
    identities: list[Any],
    label: str,
) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="blues-verify-") as scratch:
        encrypted = Path(scratch) / PAYLOAD
        digest = hashlib.sha256()
        with open(encrypted, "wb") as handle:
            copy_member(outer, info, handle, label)
        with open(encrypted, "rb") as handle:
            while chunk := handle.read(1024 * 1024):
                digest.update(chunk)
        expected = manifest.payload
        if digest.hexdigest() != expected.sha256 or encrypted.stat().st_size != expected.bytes:
            raise BundleError(
                label,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "the payload does not match the signed manifest (its hash differs)",
                    )
                ),
            )
        inner = Path(scratch) / "payload.zip"
        try:
            # Through file objects: decrypt_file holds Python's lock for the whole file
            # (a frozen window during an import), decrypt_io lets other threads run.
            with open(encrypted, "rb") as source, open(inner, "wb") as target:
                pyrage.decrypt_io(source, target, identities)
        except Exception as exc:  # pyrage raises its own DecryptError and plain errors
            raise BundleError(
                label,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "cannot decrypt the payload: it is not addressed to this office"
                    )
                ),
            ) from exc
        yield inner


def _payload_members(
    archive: zipfile.ZipFile, manifest: Manifest, label: str
) -> dict[str, zipfile.ZipInfo]:
    """The payload's members after the limits: exactly the table files and stored files
    the manifest describes, each within its own size limit."""
    limits: dict[str, int] = {t.file: MAX_TABLE_FILE_BYTES for t in manifest.tables.values()}
    limits.update({stored_file_name(sha): size for sha, size in manifest.files.items()})
    members = check_members(
        archive, label, allowed=set(limits), max_members=MAX_TABLE_FILES + MAX_FILES,
        max_member_bytes=limits, max_total_bytes=MAX_TOTAL_BYTES,
    )  # fmt: skip
    missing = sorted(set(limits) - set(members))
    if missing:
        if missing[0].startswith(FILES_FOLDER):
            lacks = Message(
                QT_TRANSLATE_NOOP("messages", "the payload lacks the file {name}"),
                name=repr(missing[0]),
            )
        else:
            lacks = Message(
                QT_TRANSLATE_NOOP("messages", "the payload lacks the table file {name}"),
                name=repr(missing[0]),
            )
        raise BundleError(label, lacks)
    return members


def _table_files(
    archive: zipfile.ZipFile,
    members: dict[str, zipfile.ZipInfo],
    manifest: Manifest,
    label: str,
) -> Iterator[tuple[str, Iterator[bytes]]]:
    """Each table file of the payload, checked against the manifest (size, hash, rows),
    then its lines, one table at a time: a table file is read twice, a chunk at a time,
    and never held in memory whole."""
    for name, expected in manifest.tables.items():
        file_name = expected.file
        size, sha, newlines = scan_member(archive, members[file_name], label)
        if size != expected.bytes or sha != expected.sha256:
            raise BundleError(
                label,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "the table file {name} does not match the manifest (size or hash)",
                    ),
                    name=file_name,
                ),
            )
        if newlines != expected.rows:
            raise BundleError(
                label,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "the table file {name} does not hold the rows the manifest says"
                    ),
                    name=file_name,
                ),
            )
        yield name, member_lines(archive, members[file_name], label)


def _named_files(tables: dict[str, TableRows]) -> set[str]:
    """The stored files the bundle's live rows name."""
    named: set[str] = set()
    for table_name, column in FILE_COLUMNS:
        rows = tables.get(table_name)
        if rows:
            named.update(
                sha
                for sha, deleted in zip(rows.column(column), rows.column("deleted_at"), strict=True)
                if sha and deleted is None
            )
    return named


def _check_files(
    archive: zipfile.ZipFile,
    members: dict[str, zipfile.ZipInfo],
    manifest: Manifest,
    tables: dict[str, TableRows],
    label: str,
    keep_in: Path | None,
) -> dict[str, int]:
    """Each stored file: its SHA-256 is its name, its size the manifest's, it is a PDF or an
    image, and a row of the bundle names it. Kept in `keep_in` when given."""
    files = dict(manifest.files)
    named = _named_files(tables)
    for sha, size in files.items():
        if sha not in named:
            raise BundleError(
                label,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "holds the file {name}…, which no record of the bundle names"
                    ),
                    name=sha[:12],
                ),
            )
        data = read_member(archive, members[stored_file_name(sha)], label)
        if len(data) != size or sha256_hex(data) != sha:
            raise BundleError(
                label,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "the file {name}… does not match its name (size or hash)"
                    ),
                    name=sha[:12],
                ),
            )
        if media_type_of(data) is None:
            raise BundleError(
                label,
                Message(
                    QT_TRANSLATE_NOOP("messages", "the file {name}… is not a PDF or an image"),
                    name=sha[:12],
                ),
            )
        if keep_in is not None:
            (keep_in / sha).write_bytes(data)
    return files


def check_sequence(
    session: Session, manifest: Manifest, manifest_sha256: str, label: str
) -> SequenceCheck:
    """Each office's bundles form one chain, 1, 2, 3 …: a bundle's sequence is its
    previous one plus one, and it continues the bundle imported here before it.

    The same manifest again changes nothing; a bundle after a gap is taken with the gap
    named (a later bundle carries the changes of the ones missed); anything else (a
    number that goes back, a chain that does not link up) is refused."""
    history = imported(session, manifest.office)
    for row in history:
        if row.manifest_sha256 == manifest_sha256:
            # the CLI prints "2026-11-30 14:05 UTC", the window the moment in its own form
            when = Message(
                QT_TRANSLATE_NOOP("messages", "{moment}"), moment=UtcMinute.of(row.processed_at)
            )
            return SequenceCheck(already_imported_on=when)
    office, sequence = manifest.office, manifest.sequence
    previous = manifest.previous_sequence
    if sequence < 1:
        raise BundleError(
            label,
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "calls itself bundle {sequence} of {office}; bundles are numbered from 1",
                ),
                sequence=sequence,
                office=office,
            ),
        )
    expected = None if sequence == 1 else sequence - 1
    if previous != expected:
        follows = (
            Message(QT_TRANSLATE_NOOP("messages", "no bundle"))
            if previous is None
            else Message(
                QT_TRANSLATE_NOOP("messages", "bundle {sequence}"), sequence=repr(previous)
            )
        )
        # bundle 1 follows none: "must follow bundle 0" would name a bundle that cannot exist
        should = (
            Message(QT_TRANSLATE_NOOP("messages", "follows none"))
            if expected is None
            else Message(
                QT_TRANSLATE_NOOP("messages", "must follow bundle {sequence}"), sequence=expected
            )
        )
        raise BundleError(
            label,
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "is bundle {sequence} of {office} but says it follows {follows}; bundle "
                    "{sequence} {should} — ask office {office} to write a new bundle",
                ),
                sequence=sequence,
                office=office,
                follows=follows,
                should=should,
            ),
        )
    by_sequence = {row.sequence: row for row in history}
    highest = max(by_sequence, default=0)
    if sequence in by_sequence:
        raise BundleError(
            label,
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "bundle {sequence} of {office} was already imported with other content; "
                    "ask office {office} which file is right",
                ),
                sequence=sequence,
                office=office,
            ),
        )
    if sequence < highest:
        raise BundleError(
            label,
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "bundle {sequence} of {office} is older than bundle {highest}, already "
                    "imported here; its changes came with the later bundle, so there is nothing "
                    "to import",
                ),
                sequence=sequence,
                office=office,
                highest=highest,
            ),
        )
    if previous is not None and previous == highest:
        if by_sequence[previous].manifest_sha256 != manifest.previous_manifest_sha256:
            raise BundleError(
                label,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "does not continue bundle {sequence} of {office} as it was imported "
                        "here; ask office {office} which bundle is right",
                    ),
                    sequence=previous,
                    office=office,
                ),
            )
    elif previous is not None:
        missing = list(range(highest + 1, sequence))
        shown = ", ".join(str(n) for n in missing[:10]) + (" …" if len(missing) > 10 else "")
        if len(missing) == 1:
            gap = Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "bundle {shown} of {office} has not been imported (a gap); later ones hold "
                    "their changes",
                ),
                shown=shown,
                office=office,
            )
        else:
            gap = Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "bundles {shown} of {office} have not been imported (a gap); later ones "
                    "hold their changes",
                ),
                shown=shown,
                office=office,
            )
        return SequenceCheck(gap=gap)
    return SequenceCheck()


def _check_rows(
    files: Iterator[tuple[str, Iterator[bytes]]], label: str, signer: Office
) -> tuple[dict[str, TableRows], list[dict[str, Any]]]:
    """Every row of the table files, parsed and owned by the signer: the rows by table and
    the partner registry (the coordinator's bundle only)."""
    staging = Staging()
    try:
        return _staged_rows(files, label, signer, staging)
    except BaseException:
        staging.close()
        raise


def _staged_rows(
    files: Iterator[tuple[str, Iterator[bytes]]], label: str, signer: Office, staging: Staging
) -> tuple[dict[str, TableRows], list[dict[str, Any]]]:
    tables: dict[str, TableRows] = {}
    registry: list[dict[str, Any]] = []
    reasons: list[str] = []  # Messages
    for table_name, lines in files:
        if table_name == REGISTRY_TABLE:
            if not signer.is_coordinator:
                raise BundleError(
                    label,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "only the coordinator may send the partner registry"
                        )
                    ),
                )
            registry = [json.loads(line) for line in lines]
            continue
        table = sync_table(table_name)
        if table is None:
            raise BundleError(
                label,
                Message(
                    QT_TRANSLATE_NOOP("messages", "holds an unknown table {name}"),
                    name=repr(table_name),
                ),
            )
        parser = RowParser(table)
        rows = staging.table(table)
        owner_at = parser.at["office_id"]
        any_owner = signer.is_coordinator
        for number, line in enumerate(lines, start=1):
            try:
                row = parser.values(line)
            except RowError as exc:
                reasons.append(
                    Message(
                        QT_TRANSLATE_NOOP("messages", "{record} (line {line}): {problem}"),
                        record=a_record(table_name),
                        line=number,
                        problem=message_of(exc),
                    )
                )
                continue
            owner = row[owner_at]
            if owner != signer.code and not any_owner:
                reasons.append(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "{record} (line {line}): belongs to office {owner}; {signer} may only "
                            "send its own records",
                        ),
                        record=a_record(table_name),
                        line=number,
                        owner=owner,
                        signer=signer.code,
                    )
                )
                continue
            rows.add(row)
        rows.finish()
        tables[table_name] = rows
        if len(reasons) >= MAX_REASONS:
            break
    if reasons:
        shown = listed(reasons[:MAX_REASONS])
        if len(reasons) < MAX_REASONS:
            refused = Message(
                QT_TRANSLATE_NOOP("messages", "{count} row(s) refused: {reasons}"),
                count=len(reasons),
                reasons=shown,
            )
        else:
            refused = Message(
                QT_TRANSLATE_NOOP("messages", "{count} row(s) refused: {reasons} …"),
                count=len(reasons),
                reasons=shown,
            )
        raise BundleError(label, refused)
    return tables, registry


def _plan(
    session: Session, ctx: AppContext, tables: dict[str, TableRows], label: str
) -> tuple[MergePlan, dict[str, TableCounts]]:
    """The merge plan of the verified rows and its counts per table; a record that cannot
    merge refuses the bundle."""
    plan = plan_merge(session, ctx.office_code, tables)
    if plan.refusals:
        raise BundleError(label, refusal_text(plan.refusals))
    counts = {
        name: TableCounts(
            new=table.count(NEW),
            updated=table.count(UPDATE) + table.count(REPLACE),
            unchanged=table.count(SKIP),
        )
        for name, table in plan.tables.items()
    }
    return plan, counts


def verify_bundle(
    session: Session,
    ctx: AppContext,
    path: Path,
    *,
    passphrase: str | None = None,
    keep_files_in: Path | None = None,
    plan: bool = True,
) -> VerifiedBundle:
    """Every check, in order; changes nothing. Raises BundleError naming the file.

    `keep_files_in`: a folder where the verified stored files are written, for the import
    to take them into the data folder. `plan`: also plan the merge (the import plans it
    again under the write lock, so it asks for no plan here)."""
    path = Path(path)
    label = path.name
    if not path.is_file():
        raise BundleError(label, Message(QT_TRANSLATE_NOOP("messages", "no such file")))
    with open_zip(path, label) as outer:
        members = check_members(
            outer, label, allowed=set(OUTER_MEMBERS), max_members=len(OUTER_MEMBERS),
            max_member_bytes={MANIFEST: MAX_MANIFEST_BYTES, SIGNATURE: MAX_SIGNATURE_BYTES, PAYLOAD: MAX_PAYLOAD_BYTES},
            max_total_bytes=MAX_PAYLOAD_BYTES + MAX_MANIFEST_BYTES,
        )  # fmt: skip
        for name in OUTER_MEMBERS:
            if name not in members:
                raise BundleError(
                    label, Message(QT_TRANSLATE_NOOP("messages", "lacks {name}"), name=name)
                )
        manifest_bytes = read_member(outer, members[MANIFEST], label)
        signature = read_member(outer, members[SIGNATURE], label)
        manifest = Manifest.parse(manifest_bytes, label)
        signer = _check_signature(session, manifest, manifest_bytes, signature, label)
        # The current key, then keys rotated away: a bundle sealed to the old key before
        # the sender had this office's new card still opens.
        identities = [
            load_keys(ctx.paths.keys, ctx.office_code, ctx.office.name, passphrase).age_identity,
            *retired_identities(ctx.paths.keys, passphrase),
        ]
        manifest_sha256 = sha256_hex(manifest_bytes)
        bundle = VerifiedBundle(
            label, manifest, manifest_sha256, signer.code, signer.fingerprint or ""
        )
        with (
            _opened_payload(outer, members[PAYLOAD], manifest, identities, label) as inner,
            open_zip(inner, label) as archive,
        ):
            members = _payload_members(archive, manifest, label)
            files = _table_files(archive, members, manifest, label)
            bundle = bundle.with_sequence(check_sequence(session, manifest, manifest_sha256, label))
            if bundle.already_imported_on is None:
                tables, registry = _check_rows(files, label, signer)
                bundle = replace(bundle, rows=tables, registry=registry)
            try:
                if bundle.already_imported_on is None and plan:
                    merge_plan, counts = _plan(session, ctx, bundle.rows, label)
                    bundle = replace(bundle, plan=merge_plan, counts=counts)
                for _name, _lines in files:
                    pass  # every table file is checked, also when it will not be merged
                if bundle.already_imported_on is None:
                    stored = _check_files(
                        archive, members, manifest, bundle.rows, label, keep_files_in
                    )
                    bundle = replace(bundle, files=stored, files_dir=keep_files_in)
            except BaseException:
                bundle.release()  # a refused bundle's rows go at once
                raise
    return bundle
