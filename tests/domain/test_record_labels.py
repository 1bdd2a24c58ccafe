"""Every field the History can show has words: a column added later fails here until
it gets a label, instead of reaching a user as a column name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from blues_desktop.domain.labels.records import FIELD_LABELS, RECORD_KINDS
from blues_desktop.domain.record_labels import (
    ACTION_LABELS,
    action_label,
    field_label,
    record_kind,
    table_for_word,
)
from blues_desktop.store.models import SYNC_COLUMNS, Base, is_sync_table

PACKAGE = Path(__file__).resolve().parents[2] / "blues_desktop"


def test_every_column_of_every_travelling_table_has_a_label() -> None:
    missing = [
        f"{table.name}.{column.name}"
        for table in Base.metadata.sorted_tables
        if is_sync_table(table)
        for column in table.columns
        if column.name not in SYNC_COLUMNS and column.name not in FIELD_LABELS.get(table.name, {})
    ]
    assert missing == []
    assert {t.name for t in Base.metadata.sorted_tables if is_sync_table(t)} <= set(RECORD_KINDS)


def test_every_audited_action_has_words() -> None:
    source = "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py"))
    actions = set(re.findall(r'record_audit\(\s*session,\s*\w+,\s*"([a-z-]+)"', source))
    actions |= set(re.findall(r'"action": "([a-z-]+)"', source))
    actions |= {"create", "update", "delete", "restore"}  # services/records.py
    assert actions and actions <= set(ACTION_LABELS)


def test_words_a_user_types_for_kinds_of_record() -> None:
    assert table_for_word("Organisations") == "organisations"
    assert table_for_word("contacts") == "persons"
    assert table_for_word("timesheets") == "timesheet_months"
    assert table_for_word("exchange steps") == "exchange_status_changes"
    assert table_for_word("planets") is None


def test_a_kind_of_record_reads_in_words_one_or_several() -> None:
    assert record_kind("persons") == "contact"
    assert record_kind("persons", plural=True) == "contacts"
    assert record_kind("staff_members") == "staff member"
    assert record_kind("staff_members", plural=True) == "staff members"
    # a table the History does not know yet still reads as words, never as its name
    assert record_kind("something_new") == "record"
    assert record_kind("something_new", plural=True) == "records"


def test_a_field_reads_as_its_label_never_as_its_column_name() -> None:
    assert field_label("persons", "first_name") == "First name"
    assert field_label("organisations", "check_digit_fails") == "Check digit fails"
    # the columns every travelling table has
    assert field_label("persons", "updated_at") == "Last changed"
    assert field_label("events", "deleted_at") == "Deleted"
    assert field_label("unknown_table", "created_at") == "Created"
    # a count per kind of record (the demo's, a bundle's) is named by the kind
    assert field_label("bundle_log", "exchanges") == "Exchanges"
    assert field_label("bundle_log", "persons") == "Contacts"
    assert field_label("demo", "timesheet_months") == "Timesheet months"
    # a column nobody labelled yet
    assert field_label("persons", "shoe_size") == "Other detail"
    assert field_label("unknown_table", "x") == "Other detail"


def test_every_label_is_words_not_an_identifier() -> None:
    labels = [label for fields in FIELD_LABELS.values() for label in fields.values()]
    labels += [field_label("x", c) for c in ("id", "office_id", "revision")]
    for label in labels:
        assert label and "_" not in label and label[0].isupper(), label


def test_an_action_reads_in_words() -> None:
    assert action_label("update") == "Changed"
    assert action_label("bundle-import") == "Imported a bundle"
    assert action_label("something-new") == "Recorded"


@pytest.mark.parametrize(
    ("word", "table"),
    [
        ("  Members ", "organisations"),
        ("ORGANIZATION", "organisations"),
        ("timesheet months", "timesheet_months"),
        ("Timesheet_Months", "timesheet_months"),
        ("timesheet-months", "timesheet_months"),
        ("exchange step", "exchange_status_changes"),
        ("Closing Reports", "exchange_reports"),
        ("link between organisations", "organisation_links"),
        ("Links  between organisations", None),
        ("attached_file", "attachments"),
        ("event days", "event_days"),
        ("user", "local_users"),
        ("planets", None),
        ("", None),
    ],
)
def test_the_table_a_user_means(word: str, table: str | None) -> None:
    assert table_for_word(word) == table
