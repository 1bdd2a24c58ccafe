"""A bundle's refusals and verify facts cross from the child process that verified the
bundle (services/processes.py) to the window whole: the English sentence the CLI prints,
and the template and values the window says in its own language."""

from __future__ import annotations

import pickle
from pathlib import Path

from blues_desktop.bundles.describe import a_record, an_unknown
from blues_desktop.bundles.format import BundleError
from blues_desktop.bundles.report import Verified, VerifyReport
from blues_desktop.bundles.verify import TableCounts
from blues_desktop.domain.translatable import LABELS, MESSAGES, QT_TRANSLATE_NOOP, Message
from blues_desktop.domain.wording import listed as joined


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
