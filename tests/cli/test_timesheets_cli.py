"""`blues timesheets` as a user runs it: staff, a cell at a time, submit, approve, the PDF
and the workbook, and the refusals that change nothing."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from blues_desktop.domain.timesheets import Month
from blues_desktop.services import timesheets as ts
from blues_desktop.services.context import AppContext


def test_a_month_from_the_command_line(run_cli, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = str(ctx.paths.root)
    boss = run_cli("--data-dir", data, "timesheets", "add-staff", "--first-name", "Ramón",
                   "--last-name", "Gil", "--start", "2019-01-01", "--weekly-hours", "40")  # fmt: skip
    assert boss.code == 0, boss.err
    added = run_cli("--data-dir", data, "timesheets", "add-staff", "--first-name", "Eva",
                    "--last-name", "Sanz", "--start", "2024-01-01", "--weekly-hours", "40",
                    "--supervisor", "Ramón Gil", "--region", "AR")  # fmt: skip
    assert added.code == 0, added.err
    listing = run_cli("--data-dir", data, "timesheets", "staff")
    assert "Eva Sanz" in listing.out and "supervisor Ramón Gil" in listing.out
    for day in ("2026-03-02", "2026-03-03", "2026-03-04"):
        result = run_cli("--data-dir", data, "timesheets", "set", "--person", "Eva Sanz",
                         "--day", day, "--row", "wp3", "--hours", "7,5")  # fmt: skip
        assert result.code == 0, result.err
    shown = run_cli(
        "--data-dir", data, "timesheets", "show", "--person", "Eva Sanz", "--month", "2026-03"
    )
    assert "WP3                22.50 h" in shown.out and "Draft" in shown.out
    assert run_cli("--data-dir", data, "timesheets", "submit", "--person", "Eva Sanz",
                   "--month", "2026-03").code == 0  # fmt: skip
    approved = run_cli("--data-dir", data, "timesheets", "approve", "--month", "2026-03", "--all")
    assert approved.code == 0 and "Approved Eva Sanz (March 2026)" in approved.out
    assert "Not approved Ramón Gil" in approved.out and "has not been submitted" in approved.out
    # the locked month refuses a change, names why, and keeps its hours
    locked = run_cli("--data-dir", data, "timesheets", "set", "--person", "Eva Sanz",
                     "--day", "2026-03-05", "--row", "WP3", "--hours", "4")  # fmt: skip
    assert locked.code == 1 and "approved and locked" in locked.err
    staff_id = ts.find_staff(ctx, "Eva Sanz").id
    assert ts.load_month(ctx, staff_id, Month(2026, 3)).hours.worked_hours == 22.5
    pdf = tmp_path / "eva-2026-03.pdf"
    printed = run_cli("--data-dir", data, "timesheets", "pdf", "--person", staff_id[:8],
                      "--month", "2026-03", "--out", str(pdf))  # fmt: skip
    assert printed.code == 0 and "22.50 h worked" in printed.out
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Eva Sanz" in text and "22.50" in text and "874426" in text
    book = tmp_path / "year.xlsx"
    exported = run_cli("--data-dir", data, "timesheets", "export", "--year", "2026", str(book))
    assert exported.code == 0 and "Wrote 3 rows for 2 staff members" in exported.out
    assert load_workbook(book)["Hours"].max_row == 4


def test_bad_arguments_say_what_is_wrong(run_cli, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    data = str(ctx.paths.root)
    bad_month = run_cli(
        "--data-dir", data, "timesheets", "show", "--person", "x", "--month", "2026-13"
    )
    assert bad_month.code == 2 and "write it as YYYY-MM" in bad_month.err
    bad_hours = run_cli("--data-dir", data, "timesheets", "set", "--person", "x",
                        "--day", "2026-03-02", "--row", "WP1", "--hours", "7.3")  # fmt: skip
    assert bad_hours.code == 2 and "7.3 h is not in quarter hours" in bad_hours.err
    bad_row = run_cli("--data-dir", data, "timesheets", "set", "--person", "x",
                      "--day", "2026-03-02", "--row", "WP7", "--hours", "1")  # fmt: skip
    assert bad_row.code == 2 and "rows are WP1, WP2" in bad_row.err
    nobody = run_cli(
        "--data-dir", data, "timesheets", "show", "--person", "nobody", "--month", "2026-03"
    )
    assert nobody.code == 1 and "no staff member matches 'nobody'" in nobody.err
    plan = run_cli("--data-dir", data, "timesheets", "plan", "--office", "ZIN", "--wp", "WP3",
                   "--person-months", "12")  # fmt: skip
    assert plan.code == 1 and "only the coordinator" in plan.err
