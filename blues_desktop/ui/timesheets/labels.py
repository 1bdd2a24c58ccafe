"""The words of a month's sign-off in the window's language (the domain's labels are
English: the CLI and the documents use them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from blues_desktop.domain.timesheets import APPROVED, DRAFT, SUBMITTED, MonthStatus
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP

STATUS_TEXTS: dict[MonthStatus | None, str] = {
    None: QT_TRANSLATE_NOOP("MonthStatus", "Not started"),
    DRAFT: QT_TRANSLATE_NOOP("MonthStatus", "Draft"),
    SUBMITTED: QT_TRANSLATE_NOOP("MonthStatus", "Submitted"),
    APPROVED: QT_TRANSLATE_NOOP("MonthStatus", "Approved (locked)"),
}


def status_text(status: MonthStatus | None) -> str:
    """ "Draft", "Entwurf"…; "Not started" for a month without hours."""
    return QCoreApplication.translate("MonthStatus", STATUS_TEXTS[status])
