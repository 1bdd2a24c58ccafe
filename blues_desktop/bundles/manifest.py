"""The bundle manifest as a typed value: parsed once from the signed bytes, then read by
attribute everywhere (verify, merge, the reports, the history), and written by export.

`Manifest.parse` refuses a manifest with a missing or wrong field in words that name the
field; format 1 (before stored files) is still read, a newer format is refused.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeGuard

from blues_desktop.bundles.format import (
    FORMAT,
    FORMAT_VERSION,
    MAX_FILES,
    PAYLOAD,
    BundleError,
    table_file_name,
)
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.services.attachments import MAX_ATTACHMENT_BYTES

# The first format with stored files (`files`); format 1 manifests have none.
FILES_SINCE_VERSION = 2
_HEX = frozenset("0123456789abcdef")


@dataclass(frozen=True, slots=True)
class TableEntry:
    """One table file of the payload: its name, line count, size and SHA-256."""

    file: str
    rows: int
    bytes: int
    sha256: str


@dataclass(frozen=True, slots=True)
class PayloadEntry:
    """The encrypted payload: its member name, size and SHA-256."""

    file: str
    bytes: int
    sha256: str


@dataclass(frozen=True, slots=True)
class Recipient:
    office: str
    age_recipient: str


@dataclass(frozen=True, slots=True)
class Acknowledgement:
    """The coordinator's word on an office's newest merged bundle."""

    office: str
    sequence: int | None
    manifest_sha256: str | None
    max_revision: int | None


@dataclass(frozen=True)
class Manifest:
    """What a bundle says of itself (docs/bundle-format.md, "Manifest")."""

    format_version: int
    office: str
    sequence: int
    created_at: datetime
    tables: Mapping[str, TableEntry]
    payload: PayloadEntry
    previous_sequence: int | None = None
    previous_manifest_sha256: str | None = None
    full: bool = False
    since_revision: int | None = None
    max_revision: int | None = None
    app_version: str | None = None
    key_id: str | None = None
    fingerprint: str | None = None
    recipients: tuple[Recipient, ...] = ()
    # {sha256: bytes} of the stored files in the payload (format 2 on)
    files: Mapping[str, int] = field(default_factory=dict)
    acknowledged: tuple[Acknowledgement, ...] = ()

    @classmethod
    def parse(cls, data: bytes, label: str) -> Manifest:
        """The manifest of `data`, or a BundleError naming `label` and what is wrong."""
        try:
            raw = json.loads(data)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise BundleError(
                label,
                Message(
                    QT_TRANSLATE_NOOP("messages", "the manifest is not valid JSON ({error})"),
                    error=str(exc),
                ),
            ) from exc
        return cls.from_json(raw, label)

    @classmethod
    def from_json(cls, raw: Any, label: str) -> Manifest:
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise BundleError(
                label,
                Message(
                    QT_TRANSLATE_NOOP("messages", "the manifest is not a BLUES bundle manifest")
                ),
            )
        version = raw.get("format_version")
        if not _is_int(version):
            raise BundleError(
                label, Message(QT_TRANSLATE_NOOP("messages", "the manifest has no format version"))
            )
        if version > FORMAT_VERSION:
            raise BundleError(
                label,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "written in bundle format {version} by a newer BLUES Desktop; this "
                        "version reads format {readable} — update BLUES Desktop",
                    ),
                    version=version,
                    readable=FORMAT_VERSION,
                ),
            )
        fields = _Fields(raw, label)
        return cls(
            format_version=version,
            office=fields.text("office"),
            sequence=fields.integer("sequence"),
            tables=_tables(fields.mapping("tables"), label),
            payload=_payload(fields.mapping("payload"), label),
            created_at=fields.instant("created_at"),
            previous_sequence=fields.integer("previous_sequence", optional=True),
            previous_manifest_sha256=fields.text("previous_manifest_sha256", optional=True),
            full=fields.flag("full"),
            since_revision=fields.integer("since_revision", optional=True),
            max_revision=fields.integer("max_revision", optional=True),
            app_version=fields.text("app_version", optional=True),
            key_id=fields.text("key_id", optional=True),
            fingerprint=fields.text("fingerprint", optional=True),
            recipients=_recipients(raw.get("recipients"), label),
            files=_files(raw.get("files"), label),
            acknowledged=_acknowledged(raw.get("acknowledged"), label),
        )

    def to_json(self) -> dict[str, Any]:
        """The manifest as JSON values, as `canonical_json` signs them."""
        out: dict[str, Any] = {
            "format": FORMAT,
            "format_version": self.format_version,
            "app_version": self.app_version,
            "office": self.office,
            "key_id": self.key_id,
            "fingerprint": self.fingerprint,
            "sequence": self.sequence,
            "previous_sequence": self.previous_sequence,
            "previous_manifest_sha256": self.previous_manifest_sha256,
            "created_at": self.created_at.isoformat(),
            "full": self.full,
            "since_revision": self.since_revision,
            "max_revision": self.max_revision,
            "recipients": [
                {"office": r.office, "age_recipient": r.age_recipient} for r in self.recipients
            ],
            "tables": {
                name: {"file": t.file, "rows": t.rows, "bytes": t.bytes, "sha256": t.sha256}
                for name, t in self.tables.items()
            },
            "payload": {
                "file": self.payload.file,
                "bytes": self.payload.bytes,
                "sha256": self.payload.sha256,
            },
            "acknowledged": [
                {
                    "office": a.office,
                    "sequence": a.sequence,
                    "manifest_sha256": a.manifest_sha256,
                    "max_revision": a.max_revision,
                }
                for a in self.acknowledged
            ],
        }
        if self.format_version >= FILES_SINCE_VERSION:
            out["files"] = {sha: {"bytes": size} for sha, size in self.files.items()}
        return out

    def acknowledgement_for(self, office: str) -> Acknowledgement | None:
        """The coordinator's acknowledgement of `office`'s bundles, if it holds one."""
        return next((a for a in self.acknowledged if a.office == office), None)


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


class _Fields:
    """Typed reads of the manifest's top-level fields, refusing with the field's name."""

    def __init__(self, raw: dict[str, Any], label: str) -> None:
        self.raw = raw
        self.label = label

    def _refuse(self, key: str) -> BundleError:
        return BundleError(
            self.label,
            Message(
                QT_TRANSLATE_NOOP("messages", "the manifest lacks a valid {key}"), key=repr(key)
            ),
        )

    def text(self, key: str, *, optional: bool = False) -> Any:
        value = self.raw.get(key)
        if (value is None and optional) or isinstance(value, str):
            return value
        raise self._refuse(key)

    def integer(self, key: str, *, optional: bool = False) -> Any:
        value = self.raw.get(key)
        if (value is None and optional) or _is_int(value):
            return value
        raise self._refuse(key)

    def flag(self, key: str) -> bool:
        value = self.raw.get(key, False)
        if isinstance(value, bool):
            return value
        raise self._refuse(key)

    def mapping(self, key: str) -> dict[str, Any]:
        value = self.raw.get(key)
        if isinstance(value, dict):
            return value
        raise self._refuse(key)

    def instant(self, key: str) -> datetime:
        value = self.raw.get(key)
        try:
            parsed = datetime.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            parsed = None
        if parsed is None or parsed.tzinfo is None:
            raise self._refuse(key)
        return parsed


def _tables(raw: dict[str, Any], label: str) -> dict[str, TableEntry]:
    tables: dict[str, TableEntry] = {}
    for name, d in raw.items():
        if (
            not isinstance(d, dict)
            or d.get("file") != table_file_name(name)
            or not all(_is_int(d.get(k)) for k in ("rows", "bytes"))
            or not isinstance(d.get("sha256"), str)
        ):
            raise BundleError(
                label,
                Message(
                    QT_TRANSLATE_NOOP("messages", "the manifest describes table {name} wrongly"),
                    name=repr(name),
                ),
            )
        tables[name] = TableEntry(d["file"], d["rows"], d["bytes"], d["sha256"])
    return tables


def _payload(raw: dict[str, Any], label: str) -> PayloadEntry:
    file, size, sha = raw.get("file", PAYLOAD), raw.get("bytes"), raw.get("sha256")
    if not isinstance(file, str) or not _is_int(size) or not isinstance(sha, str):
        raise BundleError(
            label,
            Message(
                QT_TRANSLATE_NOOP("messages", "the manifest lacks a valid {key}"), key="'payload'"
            ),
        )
    return PayloadEntry(file, size, sha)


def _files(raw: Any, label: str) -> dict[str, int]:
    """{sha256: bytes} of the stored files listed (none before format 2)."""
    listed = raw or {}
    if not isinstance(listed, dict):
        raise BundleError(
            label, Message(QT_TRANSLATE_NOOP("messages", "the manifest lists its files wrongly"))
        )
    files: dict[str, int] = {}
    for sha, d in listed.items():
        size = d.get("bytes") if isinstance(d, dict) else None
        if (
            len(sha) != 64
            or not set(sha) <= _HEX
            or not isinstance(size, int)
            or isinstance(size, bool)
            or not 0 < size <= MAX_ATTACHMENT_BYTES
        ):
            raise BundleError(
                label,
                Message(
                    QT_TRANSLATE_NOOP("messages", "the manifest describes the file {name} wrongly"),
                    name=repr(sha[:16]),
                ),
            )
        files[sha] = size
    if len(files) > MAX_FILES:
        raise BundleError(
            label,
            Message(
                QT_TRANSLATE_NOOP("messages", "lists {count} files; at most {limit} are allowed"),
                count=f"{len(files):,}",
                limit=f"{MAX_FILES:,}",
            ),
        )
    return files


def _recipients(raw: Any, label: str) -> tuple[Recipient, ...]:
    listed = raw or []
    if not isinstance(listed, list) or not all(
        isinstance(r, dict)
        and isinstance(r.get("office"), str)
        and isinstance(r.get("age_recipient"), str)
        for r in listed
    ):
        raise BundleError(
            label,
            Message(
                QT_TRANSLATE_NOOP("messages", "the manifest lacks a valid {key}"),
                key="'recipients'",
            ),
        )
    return tuple(Recipient(r["office"], r["age_recipient"]) for r in listed)


def _acknowledged(raw: Any, label: str) -> tuple[Acknowledgement, ...]:
    listed = raw or []
    if not isinstance(listed, list):
        raise BundleError(
            label,
            Message(
                QT_TRANSLATE_NOOP("messages", "the manifest lacks a valid {key}"),
                key="'acknowledged'",
            ),
        )
    out: list[Acknowledgement] = []
    for entry in listed:
        if (
            not isinstance(entry, dict)
            or not isinstance(entry.get("office"), str)
            or not all(
                entry.get(k) is None or _is_int(entry.get(k)) for k in ("sequence", "max_revision")
            )
            or not (
                entry.get("manifest_sha256") is None or isinstance(entry["manifest_sha256"], str)
            )
        ):
            raise BundleError(
                label,
                Message(
                    QT_TRANSLATE_NOOP("messages", "the manifest lacks a valid {key}"),
                    key="'acknowledged'",
                ),
            )
        out.append(
            Acknowledgement(
                entry["office"],
                entry.get("sequence"),
                entry.get("manifest_sha256"),
                entry.get("max_revision"),
            )
        )
    return tuple(out)
