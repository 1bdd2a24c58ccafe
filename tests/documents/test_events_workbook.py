"""The events workbook: figures per event and the breakdowns, as real numbers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from blues_desktop.documents.events_workbook import export_events
from blues_desktop.domain.events import ConsentDraft, PersonDraft
from blues_desktop.services import events as ev
from blues_desktop.services.context import AppContext
from tests.conftest import MakeEvent

CONSENT = ConsentDraft("event registration", date(2026, 4, 1), "web form")


def test_breakdowns_and_summary_count_who_came(
    ctx: AppContext, make_event: MakeEvent, tmp_path: Path
) -> None:
    people = [
        ("Lucía", "Gil", "female", "ES", "Riegos del Ebro S.L.", "sme"),
        ("Tomasz", "Nowak", "male", "PL", "Mazovia ICT Cluster", "cluster"),
        ("Claire", "Dubois", "female", "FR", "Riegos del Ebro S.L.", "sme"),
    ]
    event_id = make_event(
        ctx,
        title="=Training: water reuse",
        event_type="training",
        work_package="WP1",
        start_date=date(2026, 3, 3),
        end_date=date(2026, 3, 4),
        city="Huesca",
        days=(),
        new_people=[
            PersonDraft(
                first,
                last,
                gender=gender,
                country=country,
                organisation_name=org,
                organisation_type=org_type,
                consent=CONSENT,
            )
            for first, last, gender, country, org, org_type in people
        ],
    )
    detail = ev.event_detail(ctx, event_id)
    came = [p for p in detail.participants if p.name != "Claire Dubois"]
    ev.record_attendance(
        ctx,
        event_id,
        [ev.Mark(p.registration_id, day.id, True) for p in came for day in detail.days],
    )
    written = export_events(ctx, tmp_path / "events.xlsx")
    book = load_workbook(written.path)
    summary = {row[0].value: row[1].value for row in book["Summary"].iter_rows(min_row=2)}
    assert summary == {
        "Events": 1,
        "Registrations": 3,
        "Participants (present on at least one day)": 2,
        "Different persons reached": 2,
        "Different organisations reached": 2,
        "Participants' personal data": "names, organisations and countries only; e-mail "
        "addresses and each person's gender are left out (ask for the full list to include them)",
    }
    events = book["Events"]
    assert events["B2"].value == "'=Training: water reuse"  # never run as a formula
    assert [events.cell(2, c).value for c in (7, 8, 9)] == [3, 2, 2]
    by_gender = [[c.value for c in r] for r in book["By gender"].iter_rows(min_row=2)]
    assert by_gender == [["Female", "female", 1], ["Male", "male", 1]]
    by_country = [[c.value for c in r] for r in book["By country"].iter_rows(min_row=2)]
    assert by_country == [["Spain", "ES", 1], ["Poland", "PL", 1]]
    by_type = [[c.value for c in r] for r in book["By organisation type"].iter_rows(min_row=2)]
    assert by_type == [["Cluster organisation", "cluster", 1], ["SME", "sme", 1]]
    assert book["By work package"]["A2"].value == "WP1" and book["By work package"]["C2"].value == 2
    participants = [[c.value for c in r] for r in book["Participants"].iter_rows(min_row=2)]
    assert [(r[4], r[9]) for r in participants] == [("Gil", 2), ("Nowak", 2), ("Dubois", 0)]
    assert book["Participants"].freeze_panes == "A2"
