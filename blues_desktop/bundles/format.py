"""Names, limits and the canonical bytes of a bundle (format version 1)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from blues_desktop.domain.errors import BluesError

FORMAT = "blues-bundle"
FORMAT_VERSION = 1
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
READ_CHUNK = 1024 * 1024


class BundleError(BluesError):
    """A bundle was refused; the message names the file and the one reason."""

    def __init__(self, file_name: str, reason: str) -> None:
        self.file_name = file_name
        self.reason = reason
        super().__init__(f"{file_name}: {reason}")


def canonical_json(value: Any) -> bytes:
    """The exact bytes that are signed: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def table_file_name(table: str) -> str:
    return f"{table}.jsonl"


def bundle_file_name(office: str, sequence: int, day: str) -> str:
    return f"{office}-{sequence:04d}-{day}{SUFFIX}"
