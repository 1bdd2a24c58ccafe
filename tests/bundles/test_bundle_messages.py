"""A bundle's refusals and verify facts cross from the child process that verified the
bundle (services/processes.py) to the window whole: the English sentence the CLI prints,
and the template and values the window says in its own language."""

from __future__ import annotations

import pickle
from datetime import date
from pathlib import Path
from typing import Any

from blues_desktop.bundles.describe import Namer, a_record, an_unknown, column_words
from blues_desktop.bundles.format import BundleError
from blues_desktop.bundles.report import Verified, VerifyReport
from blues_desktop.bundles.verify import TableCounts
from blues_desktop.domain.translatable import (
    LABELS,
    MESSAGES,
    QT_TRANSLATE_NOOP,
    LabelInSentence,
    Message,
    ShortDate,
)
from blues_desktop.domain.wording import listed as joined
from tests.bundles.bundle_fixtures import make_offices


def _reason() -> Message:
    return Message(
        QT_TRANSLATE_NOOP(
            "messages", "the table file {name} does not hold the rows the manifest says"
        ),
        name="persons.jsonl",
    )


def test_a_refusal_crosses_a_process_with_its_file_and_its_translatable_reason() -> None:
    error = BundleError("ZIN-0003-2026-11-30.blues", _reason())
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is BundleError
    assert back.file_name == "ZIN-0003-2026-11-30.blues"
    assert (
        str(back)
        == str(error)
        == (
            "ZIN-0003-2026-11-30.blues: the table file persons.jsonl does not hold the rows the "
            "manifest says"
        )
    )
    said = back.args[0]
    assert isinstance(said, Message) and said.template == "{file}: {reason}"
    assert isinstance(back.reason, Message)
    assert back.reason.template == _reason().template
    assert back.reason.values == {"name": "persons.jsonl"}


def test_the_verdicts_the_window_receives_pickle_whole() -> None:
    gap = Message(
        QT_TRANSLATE_NOOP(
            "messages",
            "bundle {shown} of {office} has not been imported (a gap); later ones hold their "
            "changes",
        ),
        shown="2",
        office="ZIN",
    )
    report = VerifyReport(
        "ZIN-0003.blues", "ZIN", "4A07-11DF-0045-4601", 3, 2, warnings=(gap,),
        counts={"organisations": TableCounts(new=2, updated=1, unchanged=7)},
        files=2, files_bytes=3_000_000,
    )  # fmt: skip
    passed = Verified(Path("ZIN-0003.blues"), report=report)
    refused = Verified.refused(Path("bad.blues"), BundleError("bad.blues", _reason()))
    back_passed, back_refused = pickle.loads(pickle.dumps([passed, refused]))
    assert back_passed == passed and back_passed.ok
    assert isinstance(back_passed.report.warnings[0], Message)
    assert back_passed.report.warnings[0].values == {"shown": "2", "office": "ZIN"}
    assert not back_refused.ok and back_refused.report is None
    assert back_refused.refusal == (
        "bad.blues: the table file persons.jsonl does not hold the rows the manifest says"
    )
    assert isinstance(back_refused.refusal, Message)
    assert back_refused.refusal.values["reason"].template == _reason().template


def test_records_are_named_with_their_kind_translatable() -> None:
    organisation, contact = a_record("organisations"), a_record("persons")
    assert (organisation, contact) == ("an organisation", "a contact")
    assert isinstance(organisation, Message) and organisation.template == "an {kind}"
    assert organisation.values["kind"].context == LABELS
    assert contact.template == "a {kind}" and contact.context == MESSAGES
    assert an_unknown("exchanges") == "an unknown exchange"
    assert an_unknown("exchanges").values["kind"] == "exchange"
    # a table the labels do not know: its name in words, as plain text
    assert a_record("widget_parts") == "a widget part"
    assert not isinstance(a_record("widget_parts"), Message)
    assert an_unknown("widget_parts") == "an unknown widget part"


def test_reasons_are_joined_one_after_the_other() -> None:
    assert joined([]) == ""
    assert joined(["one"]) == "one"
    three = joined(["one", "two", "three"])
    assert three == "one; two; three"
    assert isinstance(three, Message) and three.values["first"] == "one"
    assert three.values["rest"] == "two; three"


def _namer(tmp_path: Path, rows: dict[tuple[str, str], dict[str, Any]]) -> Namer:
    ctx = make_offices(tmp_path).coordinator
    session = ctx.read()
    return Namer(session, lambda table, record_id: rows.get((table, record_id)))


def test_a_record_is_named_with_translatable_words_and_the_english_of_before(
    tmp_path: Path,
) -> None:
    namer = _namer(
        tmp_path,
        {
            ("staff_members", "s1"): {"person_id": "p1"},
            ("persons", "p1"): {"first_name": "Ana", "last_name": "Pérez"},
        },
    )
    line = namer.name(
        "timesheet_entries", {"day": date(2026, 3, 5), "category": "SICK", "staff_id": "s1"}
    )
    assert line == "the timesheet line 05 Mar 2026 sick leave of Ana Pérez"
    record = line.values["record"]  # type: ignore[attr-defined]
    assert record.template == "{first} {rest}"
    day, rest = record.values["first"], record.values["rest"]
    assert type(day) is ShortDate and day == date(2026, 3, 5)
    category = rest.values["first"]
    assert type(category) is LabelInSentence and category == "Sick leave"
    assert rest.values["rest"].template == "of {record}"
    assert rest.values["rest"].values["record"] == "Ana Pérez"  # a name: data, as it is
    # a parent named by its own parent is not "of of …"
    staff = namer.name("staff_members", {"person_id": "p1"})
    assert staff == "the staff member of Ana Pérez"
    unknown = namer.name("timesheet_months", {"month": "2026-03", "staff_id": "gone"})
    assert unknown == "the timesheet month 2026-03 of an unknown staff member"
    assert unknown.values["record"].values["rest"].template == "of an unknown {kind}"  # type: ignore[attr-defined]


def test_an_office_a_version_and_a_record_without_words_are_named(tmp_path: Path) -> None:
    namer = _namer(tmp_path, {})
    effort = namer.name("planned_effort", {"for_office": "ZIN", "work_package": "WP3"})
    assert effort == "the planned effort of ZIN on WP3"  # the office's code as it is
    assert effort.values["record"].template == "of {office} on {work_package}"  # type: ignore[attr-defined]
    rules = namer.name("programme_rules", {"version": 2})
    assert rules == "the programme rules version 2"
    assert rules.values["record"].template == "version {version}"  # type: ignore[attr-defined]
    nameless = namer.name("exchanges", {"office_id": "ZIN"})
    assert nameless == "the exchange kept by office ZIN"
    holiday = namer.name(
        "timesheet_entries", {"day": date(2026, 1, 1), "category": "PUBLIC_HOLIDAY"}
    )
    assert holiday == "the timesheet line 01 Jan 2026 public holiday"


def test_a_column_is_named_by_the_label_its_form_shows() -> None:
    host = column_words("exchanges", "host_org_id")
    assert type(host) is LabelInSentence and host == "Host organisation"
    said = Message(QT_TRANSLATE_NOOP("messages", "{column}: must not be empty"), column=host)
    assert said == "host organisation: must not be empty"
    assert column_words("persons", "title").disambiguation == "a person's title: Dr., Prof."  # type: ignore[attr-defined]
    # a column the labels do not know: its name in words, as plain text
    assert column_words("widgets", "supplier_org_id") == "supplier organisation"
    assert type(column_words("widgets", "supplier_org_id")) is str
