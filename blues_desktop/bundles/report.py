"""What a verify report says of one bundle, as data the window writes in its language.

Bundles are verified in a child process (services/processes.py, ui/jobs.py) that has
neither the window's translations nor its locale. So the child does not write the
report: it sends back each file's `Verified` (the checked facts, or the refusal as a
`Message`), which pickles whole, and the window writes it (ui/bundles/report.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from blues_desktop.bundles.format import BundleError
from blues_desktop.bundles.verify import TableCounts, VerifiedBundle
from blues_desktop.domain.translatable import message_of


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """The facts of a bundle that passed every check (without its rows)."""

    file_name: str
    office: str
    fingerprint: str
    sequence: int
    previous: int | None
    already_imported_on: str | None = None  # "2026-11-30 14:05 UTC", a Message
    warnings: tuple[str, ...] = ()  # Messages
    counts: dict[str, TableCounts] = field(default_factory=dict)
    files: int = 0  # stored files checked
    files_bytes: int = 0

    @classmethod
    def of(cls, bundle: VerifiedBundle) -> VerifyReport:
        return cls(
            file_name=bundle.file_name,
            office=bundle.office,
            fingerprint=bundle.fingerprint,
            sequence=bundle.sequence,
            previous=bundle.manifest.previous_sequence,
            already_imported_on=bundle.already_imported_on,
            warnings=tuple(bundle.warnings),
            counts=dict(bundle.counts),
            files=len(bundle.files),
            files_bytes=sum(bundle.files.values()),
        )


@dataclass(frozen=True, slots=True)
class Verified:
    """One file's verdict: its report when it may be imported, else why it was refused."""

    path: Path
    report: VerifyReport | None = None
    refusal: str | None = None  # "<file>: <reason>", a Message

    @property
    def ok(self) -> bool:
        return self.report is not None

    @classmethod
    def passed(cls, path: Path, bundle: VerifiedBundle) -> Verified:
        return cls(path, report=VerifyReport.of(bundle))

    @classmethod
    def refused(cls, path: Path, error: BundleError) -> Verified:
        return cls(path, refusal=message_of(error))
