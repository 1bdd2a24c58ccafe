"""`blues events` as a user runs it: list, attendance sheet, export, refusals."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from blues_desktop.domain.events import ConsentDraft, PersonDraft
from blues_desktop.services.context import AppContext
from tests.conftest import MakeEvent

CONSENT = ConsentDraft("event registration", date(2026, 4, 1), "web form")


def _event_with_people(ctx: AppContext, make_event: MakeEvent) -> str:
    return make_event(
        ctx,
        title="ClusterXchange info day",
        event_type="info_day",
        work_package="WP4",
        start_date=date(2026, 6, 2),
        end_date=date(2026, 6, 2),
        venue="Etopia",
        days=(),
        new_people=[
            PersonDraft(
                first,
                last,
                email=f"{last.lower()}@etopia.example",
                country="ES",
                gender="other",
                organisation_name="Etopia Labs",
                organisation_type="rto",
                consent=CONSENT,
            )
            for first, last in (("Núria", "Puig"), ("Jörg", "Köhler"), ("Алексей", "Иванов"))
        ],
    )


def test_list_print_and_export(
    run_cli, ctx: AppContext, make_event: MakeEvent, data_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    event_id = _event_with_people(ctx, make_event)
    base = ("--data-dir", str(data_dir), "events")
    listed = run_cli(*base, "list")
    assert listed.code == 0, listed.err
    assert f"{event_id[:8]}  ZIN  2026-06-02  WP4" in listed.out
    assert "3 reg.  ClusterXchange info day  (Zaragoza, ES)" in listed.out
    assert listed.out.splitlines()[-1].startswith("1 events; 3 registrations")

    out = tmp_path / "sheet.pdf"
    printed = run_cli(
        *base,
        "attendance-sheet",
        event_id[:8],
        "--out",
        str(out),
        "--blank-rows",
        "4",
        "--landscape",
    )
    assert printed.code == 0, printed.err
    assert "3 participants, 1 pages" in printed.out
    text = PdfReader(out).pages[0].extract_text()
    assert text.index("Núria Puig") < text.index("Jörg Köhler") < text.index("Алексей Иванов")
    assert "\n7\n" in text  # rows 4–7 are the blank ones

    workbook = tmp_path / "events.xlsx"
    exported = run_cli(*base, "export", str(workbook))
    assert exported.code == 0, exported.err
    assert "1 events and 3 participants" in exported.out
    book = load_workbook(workbook)
    assert book.sheetnames == [
        "Summary",
        "Events",
        "Participants",
        "By work package",
        "By country",
        "By organisation type",
        "By gender",
    ]
    people = [[c.value for c in row] for row in book["Participants"].iter_rows(min_row=2)]
    assert [(r[3], r[4], r[5], r[6]) for r in people] == [
        ("Núria", "Puig", "Etopia Labs", "Research or technology centre"),
        ("Jörg", "Köhler", "Etopia Labs", "Research or technology centre"),
        ("Алексей", "Иванов", "Etopia Labs", "Research or technology centre"),
    ]
    assert book["Events"]["E2"].value.date() == date(2026, 6, 2)
    assert book["Events"]["G2"].value == 3  # registered, a real number


def _cells(path: Path) -> list[object]:
    book = load_workbook(path)
    return [c.value for sheet in book for row in sheet.iter_rows() for c in row]


def test_export_leaves_out_e_mail_and_gender_unless_the_full_list_is_asked_for(
    run_cli, ctx: AppContext, make_event: MakeEvent, data_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _event_with_people(ctx, make_event)
    base = ("--data-dir", str(data_dir), "events", "export")
    default = run_cli(*base, str(tmp_path / "minimised.xlsx"))
    assert default.code == 0, default.err
    assert "E-mail addresses and gender are left out (--full-list includes them)." in default.out
    cells = _cells(tmp_path / "minimised.xlsx")
    assert not [c for c in cells if isinstance(c, str) and "@" in c]
    header = [c.value for c in load_workbook(tmp_path / "minimised.xlsx")["Participants"][1]]
    assert "E-mail" not in header and "Gender" not in header
    assert "By gender" in load_workbook(tmp_path / "minimised.xlsx").sheetnames  # counts only
    assert "Puig" in cells  # names stay: the sign-in evidence of who came

    full = run_cli(*base, str(tmp_path / "full.xlsx"), "--full-list")
    assert full.code == 0, full.err
    assert "The list includes e-mail addresses and gender." in full.out
    book = load_workbook(tmp_path / "full.xlsx")
    people = book["Participants"]
    header = [c.value for c in people[1]]
    assert header[-2:] == ["Gender", "E-mail"]
    assert [people.cell(r, len(header)).value for r in (2, 3, 4)] == [
        "puig@etopia.example",
        "köhler@etopia.example",
        "иванов@etopia.example",
    ]
    summary = {row[0].value: row[1].value for row in book["Summary"].iter_rows(min_row=2)}
    assert summary["Participants' personal data"].startswith("full list")


def test_bad_arguments_give_one_line_reasons(
    run_cli, ctx: AppContext, make_event: MakeEvent, data_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    event_id = _event_with_people(ctx, make_event)
    base = ("--data-dir", str(data_dir), "events", "attendance-sheet")
    missing = run_cli(*base, "00000000", "--out", str(tmp_path / "a.pdf"))
    assert missing.code == 1 and "no event with id '00000000'" in missing.err
    negative = run_cli(*base, event_id, "--out", str(tmp_path / "b.pdf"), "--blank-rows", "-1")
    assert negative.code == 1 and "blank rows must be 0 to 500, not -1" in negative.err
    assert not (tmp_path / "b.pdf").exists()
