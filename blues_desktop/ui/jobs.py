"""The window's whole-file jobs, run in a process of their own (services/processes.py).

Each is a module-level function `job(ctx, progress, cancel, *, …)`, bound to its
arguments with `functools.partial`, so the child process finds it by name. No Qt here:
the child never loads it.
"""

from __future__ import annotations

from pathlib import Path

from blues_desktop.bundles.export import ExportResult, export_bundle
from blues_desktop.bundles.format import BundleError
from blues_desktop.bundles.history import REFUSED, log_outcome
from blues_desktop.bundles.merge import ImportResult, import_bundle, verify_file
from blues_desktop.bundles.report import Verified
from blues_desktop.documents.exchanges import (
    WrittenDocument,
    prepare_folder,
    write_agreements,
)
from blues_desktop.documents.members_workbook import MembersExport, export_members
from blues_desktop.domain.cancel import CancelToken, ProgressFn
from blues_desktop.services.context import AppContext
from blues_desktop.services.exchanges.agreements import printable_agreements
from blues_desktop.services.exchanges.queries import ExchangeFilter
from blues_desktop.services.members.listing import OrganisationFilter


def verify_bundles(
    ctx: AppContext,
    _progress: ProgressFn,
    _cancel: CancelToken,
    *,
    paths: list[Path],
    passphrase: str | None,
) -> list[Verified]:
    """Each file's verdict (the window writes the reports, in its language); a refused
    file is listed in the bundle history."""
    reports: list[Verified] = []
    for path in paths:
        try:
            bundle = verify_file(ctx, path, passphrase=passphrase)
        except BundleError as exc:
            reports.append(Verified.refused(path, exc))
            log_outcome(ctx, path, REFUSED, exc.reason)
        else:
            reports.append(Verified.passed(path, bundle))
            bundle.release()
    return reports


def import_bundles(
    ctx: AppContext,
    progress: ProgressFn,
    cancel: CancelToken,
    *,
    paths: list[Path],
    passphrase: str | None,
) -> list[ImportResult]:
    return [
        import_bundle(ctx, path, passphrase=passphrase, progress=progress, cancel=cancel)
        for path in paths
    ]


def write_bundle(
    ctx: AppContext,
    progress: ProgressFn,
    cancel: CancelToken,
    *,
    folder: Path,
    full: bool,
    passphrase: str | None,
) -> ExportResult:
    return export_bundle(
        ctx, folder, full=full, passphrase=passphrase, progress=progress, cancel=cancel
    )


def export_register(
    ctx: AppContext,
    _progress: ProgressFn,
    _cancel: CancelToken,
    *,
    path: Path,
    flt: OrganisationFilter,
    include_unconsented: bool,
) -> MembersExport:
    return export_members(ctx, path, flt, include_unconsented=include_unconsented)


def write_agreements_shown(
    ctx: AppContext,
    progress: ProgressFn,
    cancel: CancelToken,
    *,
    flt: ExchangeFilter,
    folder: Path,
) -> list[WrittenDocument]:
    """The financial agreements of the exchanges of `flt` that may be printed now, one PDF
    each in `folder` (what `blues exchanges contracts --out FOLDER` writes)."""
    ids = printable_agreements(ctx, flt)
    prepare_folder(folder)
    return write_agreements(ctx, ids, folder, progress=progress, cancel=cancel)
