"""Timesheets as an office uses them: staff, a month filled and saved, refused input that
leaves the data as it was, submission, approval with hashes, locking, reopening, the
year's effort and the coordinator's plan."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from blues_desktop.documents.timesheet_pdf import render_timesheet
from blues_desktop.domain.errors import PermissionDeniedError, ValidationError
from blues_desktop.domain.timesheets import APPROVED, DRAFT, SUBMITTED, Month, MonthHours
from blues_desktop.services import timesheets as ts
from blues_desktop.services.attachments import stored_path
from blues_desktop.services.context import AppContext
from blues_desktop.store.models import AuditLog, Person, TimesheetEntry, TimesheetMonth

MARCH = Month(2026, 3)


def add_team(ctx: AppContext) -> tuple[str, str]:
    """A supervisor and a project officer of the office; returns (supervisor, officer)."""
    boss = ts.save_staff(
        ctx, ts.StaffDraft("Ramón", "Gil", date(2019, 1, 1), D(40), role="Cluster manager")
    )
    officer = ts.save_staff(
        ctx,
        ts.StaffDraft(
            "Begoña",
            "Ibáñez",
            date(2024, 2, 1),
            D("37.5"),
            role="Project officer",
            supervisor_id=boss.staff_id,
            region="AR",
        ),
    )
    return boss.staff_id, officer.staff_id


def a_clean_march() -> MonthHours:
    hours = MonthHours(MARCH)
    for day in MARCH.days():
        if day.weekday() < 5:  # Aragon has no public holiday in March 2026
            hours.set(day, "WP3", D("4.5"))
            hours.set(day, "OTHER", D(3))
    return hours


def stored_cells(ctx: AppContext, staff_id: str) -> dict[tuple[date, str], D]:
    with ctx.read() as session:
        rows = session.scalars(
            select(TimesheetEntry).where(
                TimesheetEntry.staff_id == staff_id, TimesheetEntry.deleted_at.is_(None)
            )
        )
        return {(r.day, r.category): r.hours for r in rows}


def test_a_staff_member_is_a_person_with_a_contract_and_a_lawful_basis(ctx: AppContext) -> None:
    boss, officer = add_team(ctx)
    rows = {r.id: r for r in ts.list_staff(ctx)}
    assert rows[officer].supervisor_name == "Ramón Gil" and rows[officer].region == "AR"
    assert rows[officer].annual_productive_hours == D(1720)
    with ctx.read() as session:
        person = session.get(Person, rows[officer].person_id)
        assert person is not None and person.consent_source == "employment contract"
    assert ts.find_staff(ctx, officer[:8]).id == officer
    assert ts.find_staff(ctx, "begoña ibáñez").id == officer


def test_bad_staff_details_are_refused_at_their_field(ctx: AppContext) -> None:
    with pytest.raises(ValidationError) as caught:
        ts.save_staff(
            ctx,
            ts.StaffDraft(
                "", "Gil", date(2026, 5, 1), D("37.3"), employment_end=date(2026, 1, 1), region="ZZ"
            ),
        )
    fields = {r.field for r in caught.value.report.errors}
    assert fields == {"first_name", "employment_end", "weekly_hours", "region"}
    assert ts.list_staff(ctx) == []


def test_a_month_is_saved_checked_and_read_back(ctx: AppContext) -> None:
    _boss, officer = add_team(ctx)
    saved = ts.save_month(ctx, officer, a_clean_march())
    assert saved.report.ok and saved.report.results == []
    sheet = ts.load_month(ctx, officer, MARCH)
    assert sheet.holidays == {}
    assert sheet.hours.row_total("WP3") == D("99.00") and sheet.status == DRAFT
    assert sheet.contracted_hours == D("165.00")  # 22 working days × 7.5 h
    # April in Aragon: Maundy Thursday, Good Friday and Saint George's Day (the region's)
    april = ts.load_month(ctx, officer, Month(2026, 4))
    assert april.holidays[date(2026, 4, 23)] == "Saint George's Day" and len(april.holidays) == 3
    assert april.contracted_hours == D("142.50")  # (22 − 3) × 7.5 h
    # a cell left out is cleared; a cell brought back is restored, not duplicated
    hours = sheet.hours
    hours.set(date(2026, 3, 2), "WP3", D(0))
    ts.save_month(ctx, officer, hours)
    assert (date(2026, 3, 2), "WP3") not in stored_cells(ctx, officer)
    hours.set(date(2026, 3, 2), "WP3", D(4))
    ts.save_month(ctx, officer, hours)
    assert stored_cells(ctx, officer)[(date(2026, 3, 2), "WP3")] == D(4)
    with ctx.read() as session:
        count = session.scalar(
            select(func.count())
            .select_from(TimesheetEntry)
            .where(TimesheetEntry.day == date(2026, 3, 2), TimesheetEntry.category == "WP3")
        )
        assert count == 1


@pytest.mark.parametrize(
    ("day", "row", "value", "says"),
    [
        (
            date(2026, 3, 5),
            "WP2",
            "7.3",
            "Thursday 5 March 2026, WP2 Joint activities: 7.3 h is not in quarter hours",
        ),
        (date(2026, 3, 5), "WP2", "-2", "negative"),
        (date(2026, 3, 5), "SICK", "25", "more than a day has"),
    ],
)
def test_refused_hours_name_the_day_and_row_and_save_nothing(
    ctx: AppContext, day: date, row: str, value: str, says: str
) -> None:
    _boss, officer = add_team(ctx)
    ts.save_month(ctx, officer, a_clean_march())
    before = stored_cells(ctx, officer)
    hours = a_clean_march()
    hours.set(date(2026, 3, 2), "WP1", D(1))  # a good change in the same save
    hours.cells[(day, row)] = D(value)
    with pytest.raises(ValidationError) as caught:
        ts.save_month(ctx, officer, hours)
    assert says in str(caught.value)
    assert caught.value.report.errors[0].field == f"{day.isoformat()} {row}"
    assert stored_cells(ctx, officer) == before


def test_a_month_before_employment_is_refused(ctx: AppContext) -> None:
    _boss, officer = add_team(ctx)
    hours = MonthHours(Month(2024, 1), {(date(2024, 1, 8), "WP1"): D(4)})
    with pytest.raises(ValidationError, match="not employed in January 2024"):
        ts.save_month(ctx, officer, hours)
    assert stored_cells(ctx, officer) == {}


def test_submission_is_refused_while_a_check_fails(ctx: AppContext) -> None:
    _boss, officer = add_team(ctx)
    hours = a_clean_march()
    hours.set(date(2026, 3, 9), "WP1", D(4))  # 11.5 h that day
    ts.save_month(ctx, officer, hours)  # saved with its problem, to finish later
    with pytest.raises(ValidationError, match="11.50 h worked, more than the maximum"):
        ts.submit_month(ctx, officer, MARCH)
    assert ts.load_month(ctx, officer, MARCH).status == DRAFT


def test_submit_approve_lock_and_reopen(ctx: AppContext) -> None:
    _boss, officer = add_team(ctx)
    ts.save_month(ctx, officer, a_clean_march())
    with pytest.raises(PermissionDeniedError, match="has not been submitted"):
        ts.approve_month(ctx, officer, MARCH, render_timesheet)
    assert ts.submit_month(ctx, officer, MARCH).status == SUBMITTED
    signed = ts.approve_month(ctx, officer, MARCH, render_timesheet)
    sheet = ts.load_month(ctx, officer, MARCH)
    assert sheet.status == APPROVED and sheet.locked and not sheet.editable
    assert sheet.approved_by == ctx.user_name == "Ana García"  # who clicked, not the supervisor
    assert sheet.approved_content_sha256 == sheet.hours.content_sha256() == signed.content_sha256
    # the PDF printed at approval is kept under its hash
    assert signed.pdf_sha256 is not None
    kept = stored_path(ctx, signed.pdf_sha256)
    assert kept.read_bytes().startswith(b"%PDF-")
    # locked: any edit is refused and nothing changes
    before = stored_cells(ctx, officer)
    changed = sheet.hours
    changed.set(date(2026, 3, 2), "WP3", D(5))
    with pytest.raises(PermissionDeniedError, match="approved and locked; reopen it"):
        ts.save_month(ctx, officer, changed)
    assert stored_cells(ctx, officer) == before
    # reopening needs a reason, is audited, and the change after it is visible
    with pytest.raises(ValidationError, match="say why"):
        ts.reopen_month(ctx, officer, MARCH, "  ")
    ts.reopen_month(ctx, officer, MARCH, "WP3 hours of 2 March were booked on WP2")
    ts.save_month(ctx, officer, changed)
    reopened = ts.load_month(ctx, officer, MARCH)
    assert reopened.status == DRAFT and reopened.changed_since_approval
    with ctx.read() as session:
        reasons = session.scalars(
            select(AuditLog.reason).where(AuditLog.table_name == "timesheet_months")
        ).all()
    assert "reopened: WP3 hours of 2 March were booked on WP2" in reasons


def test_a_person_cannot_approve_their_own_month(ctx: AppContext) -> None:
    own = ts.save_staff(ctx, ts.StaffDraft("Ana", "García", date(2020, 1, 1), D(40)))
    ts.save_month(ctx, own.staff_id, a_clean_march())
    ts.submit_month(ctx, own.staff_id, MARCH)
    with pytest.raises(PermissionDeniedError, match="cannot approve their own"):
        ts.approve_month(ctx, own.staff_id, MARCH, render_timesheet)  # ctx user is Ana García


def test_approve_many_approves_what_passes_and_says_why_not_for_the_rest(ctx: AppContext) -> None:
    boss, officer = add_team(ctx)
    third = ts.save_staff(ctx, ts.StaffDraft("Pau", "Vila", date(2026, 4, 1), D(40))).staff_id
    ts.save_month(ctx, officer, a_clean_march())
    ts.save_month(ctx, boss, a_clean_march())
    result = ts.approve_many(
        ctx, [officer, boss, third], MARCH, render_timesheet, submit_first=True
    )
    assert sorted(result.approved) == ["Begoña Ibáñez", "Ramón Gil"]
    (skipped,) = result.skipped
    assert skipped[0] == "Pau Vila" and "no hours to submit" in skipped[1]
    assert ts.month_statuses(ctx, MARCH) == {officer: APPROVED, boss: APPROVED}


def test_year_effort_counts_declared_months_only(
    ctx: AppContext, coordinator_ctx: AppContext
) -> None:
    _boss, officer = add_team(ctx)
    ts.save_month(ctx, officer, a_clean_march())
    april = MonthHours(Month(2026, 4), {(date(2026, 4, 6), "WP3"): D("7.5")})
    ts.save_month(ctx, officer, april)
    ts.submit_month(ctx, officer, MARCH)
    ts.approve_month(ctx, officer, MARCH, render_timesheet)
    effort = ts.year_effort(ctx, 2026)
    (person,) = [p for p in effort.staff if p.staff_id == officer]
    assert person.hours["WP3"] == D("106.50") and person.declared_hours["WP3"] == D("99.00")
    wp3 = next(w for w in effort.work_packages if w.work_package == "WP3")
    assert wp3.person_months == D("0.74")  # 106.5 / 143.33
    assert wp3.declared_person_months == D("0.69")  # 99 / 143.33
    # only the coordinator plans the effort
    with pytest.raises(PermissionDeniedError, match="only the coordinator"):
        ts.set_planned_effort(ctx, {("ZIN", "WP3"): D(12)})
    ts.set_planned_effort(coordinator_ctx, {("ZIN", "WP3"): D(12), ("ZIN", "WP1"): D("2.5")})
    assert ts.planned_effort(coordinator_ctx)[("ZIN", "WP3")] == D("12.00")
    with pytest.raises(ValidationError, match="WP7"):
        ts.set_planned_effort(coordinator_ctx, {("ZIN", "WP7"): D(1)})
    with coordinator_ctx.read() as session:
        assert session.scalar(select(func.count()).select_from(TimesheetMonth)) == 0


def test_demo_timesheets_pass_every_check_they_were_approved_with(ctx: AppContext) -> None:
    from blues_desktop.services.demo import generate

    result = generate(ctx, scale=0.1, offices=["ZIN"])
    assert result.rows["staff_members"] == 6 and result.rows["timesheet_entries"] > 500
    today = ctx.now().date()
    approved = 0
    for staff in ts.list_staff(ctx):
        month = Month(today.year, 1)
        while month < Month.of(today):
            sheet = ts.load_month(ctx, staff.id, month)
            if sheet.status == APPROVED:
                approved += 1
                assert sheet.report.ok, (staff.name, str(month), str(sheet.report))
                assert not sheet.changed_since_approval
            month = month.next()
    assert approved >= 6


def test_erasing_a_staff_member_keeps_the_hours_but_not_the_person(ctx: AppContext) -> None:
    _boss, officer = add_team(ctx)
    ts.save_month(ctx, officer, a_clean_march())
    with pytest.raises(ValidationError, match="on whose request"):
        ts.erase_staff(ctx, officer, " ")
    ts.erase_staff(ctx, officer, "asked by Begoña on leaving, 2026-11-20")
    row = next(r for r in ts.list_staff(ctx) if r.id == officer)
    assert row.name == "(erased)" and row.email == ""
    with ctx.read() as session:
        person = session.get(Person, row.person_id)
        assert person is not None and person.erased_at is not None and person.email is None
    sheet = ts.load_month(ctx, officer, MARCH)
    assert sheet.staff.name == "(erased)" and sheet.hours.row_total("WP3") == D("99.00")
    with ctx.read() as session:
        reasons = session.scalars(
            select(AuditLog.reason).where(AuditLog.table_name == "persons")
        ).all()
    # the reason stays in the history, without the erased person's name
    assert "asked by (erased) on leaving, 2026-11-20" in reasons
