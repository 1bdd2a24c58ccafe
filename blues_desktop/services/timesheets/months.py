"""One person's month: read it with its calendar and checks, and save the hours.

Saving refuses what is never hours (not quarter hours, negative, over 24, outside
employment, a locked month) and keeps everything else, so a month in progress can
be saved with open problems; the checks that block are applied on submission.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from blues_desktop.domain.changes import Changes
from blues_desktop.domain.errors import PermissionDeniedError, ValidationError
from blues_desktop.domain.offices import office_info
from blues_desktop.domain.timesheets import (
    APPROVED,
    DRAFT,
    SUBMITTED,
    Month,
    MonthHours,
    MonthStatus,
    StaffTerms,
    check_entries,
    check_month,
    contracted_hours,
    is_weekend,
    public_holidays,
)
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services import records
from blues_desktop.services.context import AppContext
from blues_desktop.services.timesheets.staff import (
    TIMESHEET_CHANGES,
    StaffRow,
    get_staff,
    staff_row,
)
from blues_desktop.store.models import StaffMember, TimesheetEntry, TimesheetMonth


@dataclass(frozen=True, slots=True)
class DayInfo:
    day: date
    weekend: bool
    holiday: str | None
    employed: bool


@dataclass(frozen=True, slots=True)
class MonthSheet:
    """Everything the grid, the PDF and the checks show for one person's month."""

    staff: StaffRow
    office_name: str
    country: str
    month: Month
    days: tuple[DayInfo, ...]
    hours: MonthHours
    status: MonthStatus
    submitted_at: datetime | None
    approved_at: datetime | None
    approved_by: str | None
    approved_content_sha256: str | None
    approved_pdf_sha256: str | None
    reopen_reason: str | None
    contracted_hours: Decimal
    report: ValidationReport
    own: bool

    @property
    def terms(self) -> StaffTerms:
        return self.staff.terms()

    @property
    def locked(self) -> bool:
        return self.status == APPROVED

    @property
    def editable(self) -> bool:
        return self.own and not self.locked

    @property
    def changed_since_approval(self) -> bool:
        """True when the hours no longer match what was approved (e.g. a later merge)."""
        return bool(
            self.approved_content_sha256
            and self.hours.content_sha256() != self.approved_content_sha256
        )

    @property
    def holidays(self) -> dict[date, str]:
        return {d.day: d.holiday for d in self.days if d.holiday}


@dataclass(frozen=True, slots=True)
class MonthSaved:
    staff_id: str
    month: str
    cells: int
    report: ValidationReport
    changes: Changes = TIMESHEET_CHANGES


def holidays_for(staff: StaffRow, month: Month) -> dict[date, str]:
    country = office_info(staff.office_id).country
    try:
        found = public_holidays(country, staff.region or None, month.year)
    except ValueError:
        found = public_holidays(country, None, month.year)
    return {day: name for day, name in found.items() if Month.of(day) == month}


def month_row(session: Session, staff_id: str, month: Month) -> TimesheetMonth | None:
    return session.scalars(
        select(TimesheetMonth).where(
            TimesheetMonth.staff_id == staff_id, TimesheetMonth.month == str(month)
        )
    ).first()


def month_record(
    session: Session, ctx: AppContext, staff_id: str, month: Month, **initial: object
) -> TimesheetMonth:
    """The month's sign-off record: created as a draft (with `initial` values) when there
    is none yet, brought back when it was deleted."""
    row = month_row(session, staff_id, month)
    if row is None:
        return records.create(
            session,
            ctx,
            TimesheetMonth(staff_id=staff_id, month=str(month), status=DRAFT, **initial),
        )
    if row.deleted_at is not None:
        records.restore(session, ctx, row)
    return row


def entries_of(session: Session, staff_id: str, month: Month) -> list[TimesheetEntry]:
    """Every entry row of the month, deleted ones too (they are brought back on reuse)."""
    return list(
        session.scalars(
            select(TimesheetEntry).where(
                TimesheetEntry.staff_id == staff_id,
                TimesheetEntry.day >= month.first,
                TimesheetEntry.day <= month.last,
            )
        )
    )


def read_hours(session: Session, staff_id: str, month: Month, note: str = "") -> MonthHours:
    hours = MonthHours(month, note=note)
    for entry in entries_of(session, staff_id, month):
        if entry.deleted_at is None and entry.hours:
            hours.cells[(entry.day, entry.category)] = entry.hours
    return hours


def sheet_in(session: Session, ctx: AppContext, staff_id: str, month: Month) -> MonthSheet:
    staff = staff_row(session, staff_id)
    row = month_row(session, staff_id, month)
    hours = read_hours(session, staff_id, month, (row.note or "") if row else "")
    holidays = holidays_for(staff, month)
    terms = staff.terms()
    days = tuple(
        DayInfo(day, is_weekend(day), holidays.get(day), terms.employed_on(day))
        for day in month.days()
    )
    live = row if row is not None and row.deleted_at is None else None
    return MonthSheet(
        staff=staff,
        office_name=office_info(staff.office_id).name,
        country=office_info(staff.office_id).country,
        month=month,
        days=days,
        hours=hours,
        status=MonthStatus(live.status) if live else DRAFT,
        submitted_at=live.submitted_at if live else None,
        approved_at=live.approved_at if live else None,
        approved_by=live.approved_by if live else None,
        approved_content_sha256=live.content_sha256 if live else None,
        approved_pdf_sha256=live.pdf_sha256 if live else None,
        reopen_reason=live.reopen_reason if live else None,
        contracted_hours=contracted_hours(terms, month, holidays),
        report=check_month(terms, hours, holidays),
        own=staff.office_id == ctx.office_code,
    )


def load_month(ctx: AppContext, staff_id: str, month: Month) -> MonthSheet:
    """The month's hours, calendar (weekends, public holidays), status and checks."""
    with ctx.read() as session:
        return sheet_in(session, ctx, staff_id, month)


def ensure_editable(row: TimesheetMonth | None, staff: StaffRow, month: Month) -> None:
    if row is not None and row.deleted_at is None and row.status == APPROVED:
        raise PermissionDeniedError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name}'s timesheet for {month} is approved and locked; "
                    "reopen it with a reason to change it",
                ),
                name=staff.name,
                month=month.label,
            )
        )


def save_month(ctx: AppContext, staff_id: str, hours: MonthHours) -> MonthSaved:
    """Store the month's hours exactly as given (cells left out become empty) and its note.

    A submitted month that is changed goes back to draft and must be submitted again.
    """
    with ctx.transaction() as session:
        staff = staff_row(session, staff_id)
        records.ensure_owned(ctx, get_staff(session, staff_id))
        month = hours.month
        row = month_row(session, staff_id, month)
        ensure_editable(row, staff, month)
        problems = check_entries(staff.terms(), hours)
        if not problems.ok:
            raise ValidationError(problems)
        changed = write_cells(session, ctx, staff_id, hours)
        note = hours.note.strip() or None
        record = month_record(session, ctx, staff_id, month, note=note)
        values: dict[str, object] = {"note": note}
        if changed and record.status == SUBMITTED:
            values.update(status=DRAFT, submitted_at=None)
        records.update_fields(session, ctx, record, values)
        holidays = holidays_for(staff, month)
        return MonthSaved(
            staff_id, str(month), len(hours.cells), check_month(staff.terms(), hours, holidays)
        )


def write_cells(session: Session, ctx: AppContext, staff_id: str, hours: MonthHours) -> int:
    """Make the stored entries equal `hours`; returns how many rows changed."""
    existing = {(e.day, e.category): e for e in entries_of(session, staff_id, hours.month)}
    changed = 0
    for cell, entry in existing.items():
        wanted = hours.cells.get(cell, Decimal(0))
        if not wanted:
            if entry.deleted_at is None:
                records.tombstone(session, ctx, entry)
                changed += 1
            continue
        if entry.deleted_at is not None:
            records.restore(session, ctx, entry)
            changed += 1
        if records.update_fields(session, ctx, entry, {"hours": wanted}):
            changed += 1
    for (day, row), value in hours.cells.items():
        if value and (day, row) not in existing:
            records.create(
                session, ctx, TimesheetEntry(staff_id=staff_id, day=day, category=row, hours=value)
            )
            changed += 1
    return changed


def month_statuses(ctx: AppContext, month: Month) -> dict[str, MonthStatus]:
    """{staff id: status} of every timesheet started for `month` (others have none)."""
    with ctx.read() as session:
        rows = session.execute(
            select(TimesheetMonth.staff_id, TimesheetMonth.status).where(
                TimesheetMonth.month == str(month), TimesheetMonth.deleted_at.is_(None)
            )
        )
        return {staff_id: MonthStatus(status) for staff_id, status in rows}


def warm_up(ctx: AppContext) -> None:
    """Build this year's holiday calendar of the office's country (its first build takes
    most of a first grid's opening) and prepare the month's queries, so the first
    timesheet opened is as quick as the next."""
    today = ctx.now().date()
    public_holidays(ctx.office.country, None, today.year)
    with ctx.read() as session:
        first = session.scalars(
            select(StaffMember.id).where(
                StaffMember.office_id == ctx.office_code, StaffMember.deleted_at.is_(None)
            )
        ).first()
        if first is not None:
            sheet_in(session, ctx, first, Month.of(today))
