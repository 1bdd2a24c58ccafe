"""Every field the History can show has words: a column added later fails here until
it gets a label, instead of reaching a user as a column name."""

from __future__ import annotations

import re
from pathlib import Path

from blues_desktop.domain.record_labels import (
    ACTION_LABELS,
    FIELD_LABELS,
    RECORD_KINDS,
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
