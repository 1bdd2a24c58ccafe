"""Plain-text reports of bundles for the page's dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from blues_desktop.bundles.describe import plural
from blues_desktop.bundles.export import ExportPreview
from blues_desktop.bundles.report import Verified
from blues_desktop.ui import i18n
from blues_desktop.ui.locale_format import grouped_count, number_text
from blues_desktop.ui.messages import say


def preview_text(preview: ExportPreview) -> str:
    """What the next bundle holds, in the window's language (shown on the Bundles page)."""
    if not preview.tables:
        return QCoreApplication.translate(
            "BundlesPage", "No changes since the last bundle the coordinator acknowledged."
        )
    if preview.full:
        head = QCoreApplication.translate(
            "BundlesPage", "The next bundle of {office} holds {records} records (everything):"
        )
    else:
        head = QCoreApplication.translate(
            "BundlesPage",
            "The next bundle of {office} holds {records} records (what changed "
            "since the last bundle the coordinator acknowledged):",
        )
    lines = [head.format(office=preview.office, records=number_text(preview.rows))]
    lines += [
        "  "
        + QCoreApplication.translate(
            "BundlesPage", "{records}: {new} new, {changed} changed, {deleted} deleted"
        ).format(
            records=i18n.label(plural(t.table)),
            new=number_text(t.new),
            changed=number_text(t.changed),
            deleted=number_text(t.deleted),
        )
        for t in preview.tables
    ]
    return "\n".join(lines)


def verify_text(verified: Verified) -> str:
    """The verify report of one file, in the window's language: the child process that
    verified it sent the facts (bundles/report.py), the window writes the words."""
    if verified.report is None:
        refusal = say(verified.refusal or verified.path.name)
        return QCoreApplication.translate("jobs", "REFUSED {exc}").format(exc=refusal)
    bundle = verified.report
    previous = bundle.previous
    signature = QCoreApplication.translate(
        "BundlesPage", "signature valid: office {office}, key {fingerprint}"
    ).format(office=bundle.office, fingerprint=bundle.fingerprint)
    if previous:
        sequence = QCoreApplication.translate(
            "BundlesPage", "bundle {sequence}, follows {previous}"
        ).format(sequence=bundle.sequence, previous=previous)
    else:
        sequence = QCoreApplication.translate(
            "BundlesPage", "bundle {sequence}, the first of this office"
        ).format(sequence=bundle.sequence)
    lines = [bundle.file_name, f"  {signature}", f"  {sequence}"]
    if bundle.already_imported_on:
        already = QCoreApplication.translate(
            "BundlesPage", "already imported on {date}: nothing will change"
        ).format(date=say(bundle.already_imported_on))
        lines.append(f"  {already}")
    for w in bundle.warnings:
        warning = QCoreApplication.translate("BundlesPage", "warning: {warning}").format(
            warning=say(w)
        )
        lines.append(f"  {warning}")
    for table, c in bundle.counts.items():
        counts = QCoreApplication.translate(
            "BundlesPage", "{records}: {new} new, {updated} updated, {unchanged} unchanged"
        ).format(
            records=i18n.label(plural(table)),
            new=number_text(c.new),
            updated=number_text(c.updated),
            unchanged=number_text(c.unchanged),
        )
        lines.append(f"  {counts}")
    if bundle.files:
        size = bundle.files_bytes / 1_048_576
        count = bundle.files
        stored = grouped_count(
            QCoreApplication.translate(
                "BundlesPage",
                "%n stored files (CVs, evidence, timesheet PDFs), {size} MB, "
                "each matching its SHA-256",
                None,
                count,
            ),
            count,
        ).format(size=number_text(size, 1))
        lines.append(f"  {stored}")
    return "\n".join(lines)
