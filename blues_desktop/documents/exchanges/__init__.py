"""The exchange documents: Commitment to Quality, financial agreement, certificate of
attendance and closing report form. Each renders from an `ExchangeDetail`."""

from __future__ import annotations

import re
import tempfile
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from blues_desktop.documents.exchanges.agreement import financial_agreement
from blues_desktop.documents.exchanges.certificate import certificate_of_attendance
from blues_desktop.documents.exchanges.ctq import commitment_to_quality
from blues_desktop.documents.exchanges.report_form import closing_report_form
from blues_desktop.documents.pdf import write_pdf
from blues_desktop.domain.cancel import CancelToken, ProgressFn, report
from blues_desktop.domain.errors import StorageError
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.services.context import AppContext
from blues_desktop.services.exchanges.detail import (
    ExchangeDetail,
    print_detail_in,
    print_details,
)
from blues_desktop.services.exchanges.queries import resolve_exchange
from blues_desktop.store.atomic import describe_os_error, sync_folder


class DocumentKind(StrEnum):
    CTQ = "ctq"
    AGREEMENT = "contract"
    CERTIFICATE = "certificate"
    REPORT = "report"

    @property
    def label(self) -> str:
        return {
            "ctq": "Commitment to Quality",
            "contract": "Financial agreement",
            "certificate": "Certificate of attendance",
            "report": "Closing report form",
        }[self.value]


RENDERERS: dict[DocumentKind, Callable[[ExchangeDetail, datetime], bytes]] = {
    DocumentKind.CTQ: commitment_to_quality,
    DocumentKind.AGREEMENT: financial_agreement,
    DocumentKind.CERTIFICATE: certificate_of_attendance,
    DocumentKind.REPORT: closing_report_form,
}


# Agreements laid out ahead of the writer thread, at most (about 40 kB each).
WRITES_AHEAD = 8


def page_count(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


@dataclass(frozen=True, slots=True)
class WrittenDocument:
    path: Path
    reference: str
    pages: int


# The grant documents stay in English, with an optional second language for their
# headings and labels; the certificate prints in the host's language.
BILINGUAL = frozenset({DocumentKind.CTQ, DocumentKind.AGREEMENT})


def render_document(
    ctx: AppContext,
    id_or_reference: str,
    kind: DocumentKind | str,
    local_language: str | None = None,
) -> bytes:
    with ctx.read() as session:
        detail = print_detail_in(session, resolve_exchange(session, id_or_reference), ctx)
    kind = DocumentKind(kind)
    if local_language and kind in BILINGUAL:
        if kind is DocumentKind.CTQ:
            return commitment_to_quality(detail, ctx.now(), local_language)
        return financial_agreement(detail, ctx.now(), local_language)
    return RENDERERS[kind](detail, ctx.now())


def _write(path: Path, data: bytes, *, folder_sync: bool = True) -> None:
    try:
        write_pdf(path, data, folder_sync=folder_sync)
    except OSError as exc:
        raise StorageError(describe_os_error(exc, path)) from exc


def write_document(
    ctx: AppContext,
    id_or_reference: str,
    kind: DocumentKind | str,
    out: Path,
    local_language: str | None = None,
) -> WrittenDocument:
    data = render_document(ctx, id_or_reference, kind, local_language)
    _write(Path(out), data)
    return WrittenDocument(Path(out), id_or_reference, page_count(data))


def prepare_folder(folder: Path) -> None:
    """Make `folder` (and its parents) if missing and check a file can be written in it:
    the command and the window call it before `write_agreements`, so a folder that cannot
    be written stops the batch with the folder's own message before any agreement is laid
    out."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except (FileExistsError, NotADirectoryError) as exc:  # a file stands in the way
        raise StorageError(
            Message(
                QT_TRANSLATE_NOOP("messages", "cannot write to {path}: it is a file, not a folder"),
                path=str(folder),
            )
        ) from exc
    except OSError as exc:
        raise StorageError(describe_os_error(exc, folder)) from exc


def write_agreements(
    ctx: AppContext,
    ids: Sequence[str],
    folder: Path,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> list[WrittenDocument]:
    """Financial agreements for many exchanges, one file each, named by agreement number.

    Each file is written and synced by a writer thread while the next agreement is laid
    out (syncing waits on the disk, layout on the processor); the folder, which holds
    the renames, is synced once at the end, also when the batch stops early. A failed
    write stops the batch with its message (naming the file)."""
    written: list[WrittenDocument] = []
    folder = Path(folder)
    pending: deque[Future[None]] = deque()
    with ThreadPoolExecutor(max_workers=1) as writer:
        try:
            with ctx.read() as session:
                for index, detail in enumerate(print_details(session, ids, ctx)):
                    if cancel is not None:
                        cancel.raise_if_cancelled()
                    data = financial_agreement(detail, ctx.now())
                    path = folder / f"{detail.agreement_number}.pdf"
                    # Raise a failed write now; hold no more than a few files in memory.
                    while pending and (pending[0].done() or len(pending) >= WRITES_AHEAD):
                        pending.popleft().result()
                    pending.append(writer.submit(_write, path, data, folder_sync=False))
                    written.append(WrittenDocument(path, detail.reference, page_count(data)))
                    report(progress, index + 1, len(ids), detail.reference)
            while pending:
                pending.popleft().result()
        finally:
            for write in pending:
                write.cancel()  # the batch has stopped: no more files after its reason
            wait(pending)
            if written:
                sync_folder(folder)
    return written
