"""Sign-off of a month: the person submits, the supervisor approves (which locks it),
and a reopen with a reason unlocks it again. Every step is in the audit log.

Approval stores the SHA-256 of the month's content and of the PDF printed for
signature (kept in the data folder), so a later change to either is visible.
The approved month's entries are stamped with new revisions: only approved months
travel in bundles as declared effort, and this makes them the next bundle's news.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy.orm import Session

from blues_desktop.domain.cancel import CancelToken, ProgressFn, report
from blues_desktop.domain.changes import Changes
from blues_desktop.domain.errors import BluesError, PermissionDeniedError, ValidationError
from blues_desktop.domain.labels import label_of_input
from blues_desktop.domain.timesheets import APPROVED, DRAFT, SUBMITTED, Month, MonthStatus
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message, message_of
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services import records
from blues_desktop.services.attachments import store_bytes
from blues_desktop.services.context import AppContext
from blues_desktop.services.timesheets.months import (
    TIMESHEET_CHANGES,
    MonthSheet,
    entries_of,
    month_record,
    month_row,
    sheet_in,
)
from blues_desktop.services.timesheets.staff import get_staff, staff_row
from blues_desktop.store.models import Attachment

RenderPdf = Callable[[MonthSheet, datetime], bytes]
APPROVED_PDF_KIND = "approved_timesheet"


@dataclass(frozen=True, slots=True)
class SignOff:
    staff_id: str
    month: str
    status: MonthStatus
    content_sha256: str | None = None
    pdf_sha256: str | None = None
    changes: Changes = TIMESHEET_CHANGES


@dataclass(frozen=True, slots=True)
class BatchApproval:
    approved: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    changes: Changes = TIMESHEET_CHANGES


def _problems(messages: list[str]) -> str:
    """The checks' messages one after another, each in the window's language."""
    if len(messages) == 1:
        return messages[0]
    return Message(
        QT_TRANSLATE_NOOP("messages", "{first}; {rest}"),
        first=messages[0],
        rest=_problems(messages[1:]),
    )


def _refuse_with(sheet: MonthSheet, submitting: bool) -> None:
    if sheet.report.ok:
        return
    problems = _problems([r.message for r in sheet.report.errors])
    if submitting:
        said = Message(
            QT_TRANSLATE_NOOP(
                "messages", "{name}'s timesheet for {month} cannot be submitted: {problems}"
            ),
            name=sheet.staff.name,
            month=sheet.month.label,
            problems=problems,
        )
    else:
        said = Message(
            QT_TRANSLATE_NOOP(
                "messages", "{name}'s timesheet for {month} cannot be approved: {problems}"
            ),
            name=sheet.staff.name,
            month=sheet.month.label,
            problems=problems,
        )
    raise ValidationError(sheet.report, said)


def _already_approved(name: str, month: Month) -> PermissionDeniedError:
    return PermissionDeniedError(
        Message(
            QT_TRANSLATE_NOOP("messages", "{name}'s {month} is already approved"),
            name=name,
            month=month.label,
        )
    )


def submit_month(ctx: AppContext, staff_id: str, month: Month) -> SignOff:
    """The person declares the month complete; refused while a check fails."""
    with ctx.transaction() as session:
        records.ensure_owned(ctx, get_staff(session, staff_id))
        sheet = sheet_in(session, ctx, staff_id, month)
        if sheet.status == APPROVED:
            raise _already_approved(sheet.staff.name, month)
        if sheet.status == SUBMITTED:
            return SignOff(staff_id, str(month), SUBMITTED)
        if not sheet.hours.cells:
            raise _refusal(
                "month",
                Message(
                    QT_TRANSLATE_NOOP("messages", "{name}'s {month} has no hours to submit"),
                    name=sheet.staff.name,
                    month=month.label,
                ),
            )
        _refuse_with(sheet, submitting=True)
        row = month_record(session, ctx, sheet.staff.id, sheet.month)
        records.update_fields(
            session, ctx, row, {"status": SUBMITTED, "submitted_at": ctx.now()}, reason="submitted"
        )
        return SignOff(staff_id, str(month), SUBMITTED)


def approve_month(ctx: AppContext, staff_id: str, month: Month, render_pdf: RenderPdf) -> SignOff:
    """The supervisor approves a submitted month: it is locked, and the content hash and
    the hash of the PDF printed now (kept as an attachment) are stored with it. The
    acting user (`ctx.user_name`) is recorded as the approver, in the month and the PDF."""
    with ctx.transaction() as session:
        records.ensure_owned(ctx, get_staff(session, staff_id))
        sheet = sheet_in(session, ctx, staff_id, month)
        if sheet.status == APPROVED:
            raise _already_approved(sheet.staff.name, month)
        if sheet.status != SUBMITTED:
            raise PermissionDeniedError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{name}'s {month} has not been submitted; "
                        "the person submits it before the supervisor approves",
                    ),
                    name=sheet.staff.name,
                    month=month.label,
                )
            )
        if ctx.user_name.strip().casefold() == sheet.staff.name.casefold():
            raise PermissionDeniedError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{name} cannot approve their own timesheet; their supervisor does",
                    ),
                    name=ctx.user_name,
                )
            )
        _refuse_with(sheet, submitting=False)
        now = ctx.now()
        # The person who approves is the user at the keyboard; the staff record's
        # supervisor stays the one responsible (printed in the signature box).
        approver = ctx.user_name
        approved = replace(sheet, status=APPROVED, approved_at=now, approved_by=approver)
        pdf = render_pdf(approved, now)
        pdf_sha = hashlib.sha256(pdf).hexdigest()
        store_bytes(ctx, pdf)
        content_sha = sheet.hours.content_sha256()
        row = month_record(session, ctx, sheet.staff.id, sheet.month)
        records.update_fields(
            session,
            ctx,
            row,
            {
                "status": APPROVED,
                "approved_at": now,
                "approved_by": approver,
                "content_sha256": content_sha,
                "pdf_sha256": pdf_sha,
                "reopen_reason": None,
            },
            reason="approved",
        )
        records.create(
            session,
            ctx,
            Attachment(
                owner_table="timesheet_months",
                owner_id=row.id,
                kind=APPROVED_PDF_KIND,
                file_name=f"timesheet-{sheet.staff.short_id}-{month}.pdf",
                media_type="application/pdf",
                size=len(pdf),
                sha256=pdf_sha,
                added_on=now,
            ),
        )
        _stamp_entries(session, ctx, staff_id, month)
        return SignOff(staff_id, str(month), APPROVED, content_sha, pdf_sha)


def _stamp_entries(session: Session, ctx: AppContext, staff_id: str, month: Month) -> None:
    """Give the month's entries new revisions so the next bundle carries them as declared.

    Their content and `updated_at` stay as they were: only where they stand in the
    office's sequence of changes moves (revisions decide what travels and what wins).
    """
    entries = entries_of(session, staff_id, month)
    if not entries:
        return
    first = records.take_revisions(session, ctx.office_code, len(entries))
    for offset, entry in enumerate(entries):
        entry.revision = first + offset


def reopen_month(ctx: AppContext, staff_id: str, month: Month, reason: str) -> SignOff:
    """Unlock an approved month for correction; the reason is stored and audited."""
    if not reason.strip():
        raise _refusal(
            "reason",
            Message(QT_TRANSLATE_NOOP("messages", "say why the approved month is reopened")),
        )
    with ctx.transaction() as session:
        records.ensure_owned(ctx, get_staff(session, staff_id))
        row = month_row(session, staff_id, month)
        if row is None or row.deleted_at is not None or row.status != APPROVED:
            raise PermissionDeniedError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "the timesheet for {month} is not approved"),
                    month=month.label,
                )
            )
        records.update_fields(
            session,
            ctx,
            row,
            {"status": DRAFT, "submitted_at": None, "reopen_reason": reason.strip()},
            reason=f"reopened: {reason.strip()}",
        )
        return SignOff(staff_id, str(month), DRAFT)


def approve_many(
    ctx: AppContext,
    staff_ids: Iterable[str],
    month: Month,
    render_pdf: RenderPdf,
    *,
    submit_first: bool = False,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> BatchApproval:
    """Approve the month for many staff; each is its own transaction, and a month that
    cannot be approved is skipped with the reason (the others still go through)."""
    ids = list(staff_ids)
    result = BatchApproval()
    for index, staff_id in enumerate(ids):
        report(progress, index, len(ids), "approving")
        with ctx.read() as session:
            name = staff_row(session, staff_id).name
        if cancel is not None and cancel.cancelled:
            # Months approved so far stay approved; the rest are left as they were.
            result.skipped.append(
                (
                    name,
                    Message(QT_TRANSLATE_NOOP("messages", "not approved: the batch was cancelled")),
                )
            )
            continue
        try:
            if submit_first:
                submit_month(ctx, staff_id, month)
            approve_month(ctx, staff_id, month, render_pdf)
        except BluesError as exc:
            result.skipped.append((name, message_of(exc)))
        else:
            result.approved.append(name)
    report(progress, len(ids), len(ids), "done")
    return result


def _refusal(field_name: str, message: str) -> ValidationError:
    """A refusal about one field, said as its report says it ("Month: …"), whole, so
    that a batch's skipped reasons can be said in the window's language too."""
    out = ValidationReport()
    out.error(field_name, message)
    said = Message(
        QT_TRANSLATE_NOOP("messages", "{field}: {problem}"),
        field=Message.label(label_of_input(field_name)),
        problem=message,
    )
    return ValidationError(out, said)
