"""Plain-text reports of bundles for the page's dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from blues_desktop.bundles.describe import plural
from blues_desktop.bundles.export import ExportPreview
from blues_desktop.bundles.verify import VerifiedBundle
from blues_desktop.ui.locale_format import number_text


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
            records=plural(t.table),
            new=number_text(t.new),
            changed=number_text(t.changed),
            deleted=number_text(t.deleted),
        )
        for t in preview.tables
    ]
    return "\n".join(lines)


def verify_text(bundle: VerifiedBundle) -> str:
    previous = bundle.manifest.previous_sequence
    lines = [
        f"{bundle.file_name}",
        f"  signature valid: office {bundle.office}, key {bundle.fingerprint}",
        f"  bundle {bundle.sequence}"
        + (f", follows {previous}" if previous else ", the first of this office"),
    ]
    if bundle.already_imported_on:
        lines.append(f"  already imported on {bundle.already_imported_on}: nothing will change")
    lines += [f"  warning: {w}" for w in bundle.warnings]
    lines += [
        f"  {plural(table)}: {c.new:,} new, {c.updated:,} updated, {c.unchanged:,} unchanged"
        for table, c in bundle.counts.items()
    ]
    if bundle.files:
        size = sum(bundle.files.values()) / 1_048_576
        lines.append(
            f"  stored files (CVs, evidence, timesheet PDFs): {len(bundle.files):,}, "
            f"{size:.1f} MB, each matching its SHA-256"
        )
    return "\n".join(lines)
