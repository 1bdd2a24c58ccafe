"""Reading zip archives that came from outside, within limits.

Member names are compared, never used as paths; links, absolute and `..` names,
unexpected or duplicate members, oversized members and zip bombs are refused
before anything is unpacked.
"""

from __future__ import annotations

import hashlib
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from blues_desktop.bundles.format import MAX_COMPRESSION_RATIO, READ_CHUNK, BundleError
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message


def open_zip(path: Path, label: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise BundleError(
            label,
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "not a readable bundle (damaged or truncated: {error})"
                ),
                error=str(exc),
            ),
        ) from exc


def check_members(
    archive: zipfile.ZipFile,
    label: str,
    *,
    allowed: set[str] | None,
    max_members: int,
    max_member_bytes: dict[str, int] | int,
    max_total_bytes: int,
) -> dict[str, zipfile.ZipInfo]:
    """The members by name, after every limit was checked."""
    infos = archive.infolist()
    if len(infos) > max_members:
        raise BundleError(
            label,
            Message(
                QT_TRANSLATE_NOOP("messages", "holds {count} members; at most {limit} are allowed"),
                count=f"{len(infos):,}",
                limit=max_members,
            ),
        )
    members: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        if (
            name.startswith(("/", "\\"))
            or ".." in name.replace("\\", "/").split("/")
            or ":" in name
        ):
            raise BundleError(
                label,
                Message(
                    QT_TRANSLATE_NOOP("messages", "holds a member with an unsafe name {name}"),
                    name=repr(name),
                ),
            )
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode) or info.is_dir():
            raise BundleError(
                label,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "holds a link or folder {name}; only plain files are allowed"
                    ),
                    name=repr(name),
                ),
            )
        if allowed is not None and name not in allowed:
            raise BundleError(
                label,
                Message(
                    QT_TRANSLATE_NOOP("messages", "holds an unexpected member {name}"),
                    name=repr(name),
                ),
            )
        if name in members:
            raise BundleError(
                label,
                Message(
                    QT_TRANSLATE_NOOP("messages", "holds the member {name} twice"), name=repr(name)
                ),
            )
        limit = (
            max_member_bytes if isinstance(max_member_bytes, int) else max_member_bytes.get(name, 0)
        )
        if info.file_size > limit:
            raise BundleError(
                label,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "member {name} is {size} bytes; the limit is {limit}"
                    ),
                    name=repr(name),
                    size=f"{info.file_size:,}",
                    limit=f"{limit:,}",
                ),
            )
        if (
            info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1)
            and info.file_size > READ_CHUNK
        ):
            raise BundleError(
                label,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "member {name} expands more than {ratio}x (a zip bomb?)"
                    ),
                    name=repr(name),
                    ratio=MAX_COMPRESSION_RATIO,
                ),
            )
        total += info.file_size
        if total > max_total_bytes:
            raise BundleError(
                label,
                Message(
                    QT_TRANSLATE_NOOP("messages", "unpacks to more than {limit} bytes"),
                    limit=f"{max_total_bytes:,}",
                ),
            )
        members[name] = info
    return members


# What reading a damaged, truncated, encrypted or oddly compressed member raises.
READ_FAILURES = (
    zipfile.BadZipFile,
    OSError,
    EOFError,
    ValueError,
    NotImplementedError,
    RuntimeError,
)


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, label: str) -> bytes:
    """A member's bytes; never more than its declared size (a lying header is refused)."""
    try:
        with archive.open(info) as handle:
            data = handle.read(info.file_size + 1)
    except READ_FAILURES as exc:
        raise BundleError(
            label,
            Message(
                QT_TRANSLATE_NOOP("messages", "member {name} is damaged ({error})"),
                name=repr(info.filename),
                error=str(exc),
            ),
        ) from exc
    if len(data) != info.file_size:
        raise BundleError(
            label,
            Message(
                QT_TRANSLATE_NOOP("messages", "member {name} is not the size its header says"),
                name=repr(info.filename),
            ),
        )
    return data


def copy_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: IO[bytes], label: str
) -> int:
    """Stream a member into `target`, within its declared size."""
    written = 0
    for chunk in _chunks(archive, info, label):
        target.write(chunk)
        written += len(chunk)
    return written


def _chunks(archive: zipfile.ZipFile, info: zipfile.ZipInfo, label: str) -> Iterator[bytes]:
    """A member's bytes a chunk at a time; more than its header says is refused."""
    read = 0
    try:
        with archive.open(info) as handle:
            while chunk := handle.read(READ_CHUNK):
                read += len(chunk)
                if read > info.file_size:
                    raise BundleError(
                        label,
                        Message(
                            QT_TRANSLATE_NOOP(
                                "messages", "member {name} is larger than its header says"
                            ),
                            name=repr(info.filename),
                        ),
                    )
                yield chunk
    except READ_FAILURES as exc:
        raise BundleError(
            label,
            Message(
                QT_TRANSLATE_NOOP("messages", "member {name} is damaged ({error})"),
                name=repr(info.filename),
                error=str(exc),
            ),
        ) from exc


def scan_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, label: str
) -> tuple[int, str, int]:
    """(bytes, SHA-256, newlines) of a member, read a chunk at a time: a table file of
    any size is checked without being held in memory."""
    digest = hashlib.sha256()
    size = newlines = 0
    for chunk in _chunks(archive, info, label):
        digest.update(chunk)
        size += len(chunk)
        newlines += chunk.count(b"\n")
    if size != info.file_size:
        raise BundleError(
            label,
            Message(
                QT_TRANSLATE_NOOP("messages", "member {name} is not the size its header says"),
                name=repr(info.filename),
            ),
        )
    return size, digest.hexdigest(), newlines


def member_lines(archive: zipfile.ZipFile, info: zipfile.ZipInfo, label: str) -> Iterator[bytes]:
    """The lines of a member, as `bytes.splitlines()` of the whole member would give them,
    read a chunk at a time."""
    rest = b""
    for chunk in _chunks(archive, info, label):
        *complete, rest = (rest + chunk).split(b"\n")
        for line in complete:
            if b"\r" in line:
                yield from line.splitlines() or [b""]
            else:
                yield line
    if rest:
        yield from rest.splitlines()
