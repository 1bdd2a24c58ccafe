"""Names, limits and the canonical bytes of a bundle (format version 2).

Version 2 added the stored files (CVs, evidence, approved timesheet PDFs) a partner
sends with the records that name them; version 1 bundles are still read.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from blues_desktop.domain.errors import BluesError
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message

FORMAT = "blues-bundle"
FORMAT_VERSION = 2
SUFFIX = ".blues"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.minisig"
PAYLOAD = "payload.age"
OUTER_MEMBERS = (MANIFEST, SIGNATURE, PAYLOAD)
REGISTRY_TABLE = "offices"

# Archive limits: a bundle that breaks one is refused before anything is unpacked.
MAX_MANIFEST_BYTES = 1 * 1024 * 1024
MAX_SIGNATURE_BYTES = 4 * 1024
MAX_PAYLOAD_BYTES = 2 * 1024 * 1024 * 1024
MAX_TABLE_FILES = 200
MAX_TABLE_FILE_BYTES = 1024 * 1024 * 1024
MAX_TOTAL_BYTES = 3 * 1024 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
MAX_FILES = 5_000  # stored files in one payload
FILES_FOLDER = "files/"

# Where records name a stored file by its SHA-256: (table, column). A partner's bundle
# carries the files its live rows name; the coordinator relays records, not files.
FILE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("attachments", "sha256"),
    ("timesheet_months", "pdf_sha256"),
)
READ_CHUNK = 1024 * 1024


class BundleError(BluesError):
    """A bundle was refused; the message names the file and the one reason.

    The reason is a `Message` (the window says it in its language; the CLI prints its
    English), and the error crosses back from the child process that verified the
    bundle (services/processes.py) with both."""

    def __init__(self, file_name: str, reason: str) -> None:
        self.file_name = file_name
        self.reason = reason
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP("messages", "{file}: {reason}"), file=file_name, reason=reason
            )
        )

    def __reduce__(self) -> tuple[object, ...]:
        # Exceptions pickle their `args` (the whole sentence), which this class's
        # constructor does not take: rebuilt from the file and the reason instead.
        return (type(self), (self.file_name, self.reason))


def canonical_json(value: Any) -> bytes:
    """The exact bytes that are signed: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def table_file_name(table: str) -> str:
    return f"{table}.jsonl"


def stored_file_name(sha256: str) -> str:
    return f"{FILES_FOLDER}{sha256}"


def bundle_file_name(office: str, sequence: int, day: str) -> str:
    return f"{office}-{sequence:04d}-{day}{SUFFIX}"
