"""Settings that belong to a data folder and that the `blues` command honours as the
window does: how many backups to keep and the paper size of printed documents.

Kept in `settings.json` in the data folder (not in the database, so the backup taken
before a migration can read them, and not in the system's per-user settings, so they
travel with the folder when it moves to another place or computer). Written to a
temporary name and renamed."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.store.atomic import write_bytes_atomic

FILE_NAME = "settings.json"
PAPER_SIZES = ("A4", "Letter")
DEFAULT_BACKUPS_KEPT = 10
MIN_BACKUPS_KEPT, MAX_BACKUPS_KEPT = 1, 100


@dataclass(frozen=True, slots=True)
class FolderSettings:
    backups_kept: int = DEFAULT_BACKUPS_KEPT
    paper_size: str = "A4"

    def check(self) -> ValidationReport:
        report = ValidationReport()
        if not MIN_BACKUPS_KEPT <= self.backups_kept <= MAX_BACKUPS_KEPT:
            report.error(
                "backups_kept",
                f"the number of backups kept must be {MIN_BACKUPS_KEPT} to {MAX_BACKUPS_KEPT}, "
                f"not {self.backups_kept}",
            )
        if self.paper_size not in PAPER_SIZES:
            report.error(
                "paper_size",
                f"the paper size must be {' or '.join(PAPER_SIZES)}, not {self.paper_size}",
            )
        return report


def read_folder_settings(root: Path) -> FolderSettings:
    """The folder's settings; the defaults for what is missing, unreadable or out of range
    (a hand-edited file never stops the app or a backup)."""
    try:
        raw = json.loads((root / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return FolderSettings()
    if not isinstance(raw, dict):
        return FolderSettings()
    defaults = FolderSettings()
    kept, paper = raw.get("backups_kept"), raw.get("paper_size")
    settings = FolderSettings(
        kept if isinstance(kept, int) and not isinstance(kept, bool) else defaults.backups_kept,
        paper if isinstance(paper, str) else defaults.paper_size,
    )
    report = settings.check()
    return FolderSettings(
        defaults.backups_kept if report.for_field("backups_kept") else settings.backups_kept,
        defaults.paper_size if report.for_field("paper_size") else settings.paper_size,
    )


def write_folder_settings(root: Path, settings: FolderSettings) -> None:
    report = settings.check()
    if report.errors:
        raise ValidationError(report)
    data = json.dumps(asdict(settings), indent=2, sort_keys=True) + "\n"
    write_bytes_atomic(root / FILE_NAME, data.encode("utf-8"))
