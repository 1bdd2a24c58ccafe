"""Timesheets in bundles: only approved (locked) months travel as declared effort, an
approval makes them the next incremental bundle's news, and the coordinator's plan
reaches the partner."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path

from blues_desktop.bundles.export import export_bundle, preview_export
from blues_desktop.bundles.merge import import_bundle
from blues_desktop.documents.timesheet_pdf import render_timesheet
from blues_desktop.domain.timesheets import Month, MonthHours
from blues_desktop.services import timesheets as ts
from blues_desktop.services.attachments import stored_path
from tests.bundles.bundle_fixtures import make_offices
from tests.services.test_timesheets_services import MARCH, a_clean_march, add_team


def test_only_approved_months_travel_as_declared_effort(tmp_path: Path) -> None:
    offices = make_offices(tmp_path)
    partner, coordinator = offices.partner, offices.coordinator
    _boss, officer = add_team(partner)
    ts.save_month(partner, officer, a_clean_march())
    april = MonthHours(Month(2026, 4), {(date(2026, 4, 6), "WP3"): D(6)})
    ts.save_month(partner, officer, april)
    ts.submit_month(partner, officer, MARCH)
    # nothing approved yet: staff and months travel, no hours
    first = export_bundle(partner, offices.out)
    assert "timesheet_entries" not in first.rows and first.rows["timesheet_months"] == 2
    import_bundle(coordinator, first.path)
    assert ts.year_effort(coordinator, 2026, office="ZIN").work_packages[2].hours == 0
    back = export_bundle(coordinator, offices.out)
    import_bundle(partner, back.path)
    # approving March makes its hours (44 cells) the next bundle's news; April stays home
    supervisor = partner.installation.context("Ramón Gil")  # the user here is Begoña herself
    signed = ts.approve_month(supervisor, officer, MARCH, render_timesheet)
    preview = {t.table: t for t in preview_export(partner).tables}
    assert preview["timesheet_entries"].new == 44
    second = export_bundle(partner, offices.out)
    assert second.rows["timesheet_entries"] == 44
    merged = import_bundle(coordinator, second.path)
    assert merged.counts["timesheet_entries"].new == 44
    # the PDF printed at approval travels with its month, byte for byte
    assert merged.files == 1 and signed.pdf_sha256
    arrived = stored_path(coordinator, signed.pdf_sha256)
    assert arrived.read_bytes() == stored_path(partner, signed.pdf_sha256).read_bytes()
    effort = ts.year_effort(coordinator, 2026, office="ZIN")
    wp3 = next(w for w in effort.work_packages if w.work_package == "WP3")
    assert wp3.hours == D("99.00") and wp3.declared_person_months == D("0.69")
    sheet = ts.load_month(coordinator, officer, MARCH)
    assert sheet.locked and not sheet.own and not sheet.changed_since_approval


def test_the_coordinators_plan_reaches_the_partner(tmp_path: Path) -> None:
    offices = make_offices(tmp_path)
    ts.set_planned_effort(offices.coordinator, {("ZIN", "WP3"): D("30.5"), ("ZIN", "WP5"): D(4)})
    sent = export_bundle(offices.coordinator, offices.out)
    import_bundle(offices.partner, sent.path)
    assert ts.planned_effort(offices.partner) == {
        ("ZIN", "WP3"): D("30.50"),
        ("ZIN", "WP5"): D("4.00"),
    }
    wp3 = next(
        w for w in ts.year_effort(offices.partner, 2026).work_packages if w.work_package == "WP3"
    )
    assert wp3.planned_person_months == D("30.50") and wp3.share_of_plan == D("0.0")
