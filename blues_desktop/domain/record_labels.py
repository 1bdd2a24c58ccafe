"""Words for the audit trail: what a kind of record is called, what each field is
called, and how a stored value reads, so the History never shows a table or column
name, a UUID or an enum value.

Every column of every travelling table has a label here (a test holds that), so a
column added later shows up in the tests until it has one.
"""

from __future__ import annotations

from collections.abc import Mapping

from blues_desktop.domain.events import EVENT_TYPES, GENDERS
from blues_desktop.domain.exchanges.rules import EVIDENCE_LABELS
from blues_desktop.domain.exchanges.workflow import STATE_LABELS
from blues_desktop.domain.labels import label_of_field, label_of_table
from blues_desktop.domain.labels.records import RECORD_KINDS
from blues_desktop.domain.organisations import ORG_TYPES
from blues_desktop.domain.timesheets import ROWS, STATUS_LABELS
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP

# Words a user may type for `blues audit --table`, beside the kinds above.
TABLE_WORDS: dict[str, str] = {
    "organisation": "organisations",
    "organisations": "organisations",
    "organization": "organisations",
    "organizations": "organisations",
    "members": "organisations",
    "member": "organisations",
    "contacts": "persons",
    "contact": "persons",
    "people": "persons",
    "persons": "persons",
    "person": "persons",
    "exchanges": "exchanges",
    "exchange": "exchanges",
    "events": "events",
    "event": "events",
    "timesheets": "timesheet_months",
    "timesheet": "timesheet_months",
    "timesheet-months": "timesheet_months",
    "staff": "staff_members",
    "bundles": "bundle_log",
    "bundle": "bundle_log",
    "offices": "offices",
    "office": "offices",
    "users": "local_users",
    "user": "local_users",
    "rules": "programme_rules",
    # the words of earlier versions
    "attached-file": "attachments",
    "attached-files": "attachments",
    "timesheet-hours": "timesheet_entries",
}

# Fields whose stored value is a code with words of its own.
VALUE_WORDS: dict[str, Mapping[str, str]] = {
    "org_type": ORG_TYPES,
    "event_type": EVENT_TYPES,
    "gender": GENDERS,
    "state": {s.value: label for s, label in STATE_LABELS.items()},
    "from_state": {s.value: label for s, label in STATE_LABELS.items()},
    "to_state": {s.value: label for s, label in STATE_LABELS.items()},
    "status": {s.value: label for s, label in STATUS_LABELS.items()},
    "category": ROWS,
    "kind": {
        **EVIDENCE_LABELS,
        "cv": QT_TRANSLATE_NOOP("labels", "CV"),
        "approved_timesheet": QT_TRANSLATE_NOOP("labels", "Approved timesheet PDF"),
    },
    "owner_table": {t: kinds[0] for t, kinds in RECORD_KINDS.items()},
}

# Derived for searching and matching, or where a file is kept: noise in a history.
HIDDEN_FIELDS = frozenset({"name_key", "search_text", "owner_table", "owner_id", "media_type"})

ACTION_LABELS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("labels", "Created"),
    "update": QT_TRANSLATE_NOOP("labels", "Changed"),
    "delete": QT_TRANSLATE_NOOP("labels", "Deleted"),
    "restore": QT_TRANSLATE_NOOP("labels", "Restored"),
    "erase": QT_TRANSLATE_NOOP("labels", "Personal data erased"),
    "initialise": QT_TRANSLATE_NOOP("labels", "Set up this office"),
    "register": QT_TRANSLATE_NOOP("labels", "Registered an office card"),
    "rotate-key": QT_TRANSLATE_NOOP("labels", "Replaced an office's key"),
    "revoke": QT_TRANSLATE_NOOP("labels", "Revoked an office's key"),
    "rotate-own-key": QT_TRANSLATE_NOOP("labels", "Changed this office's keys"),
    "registry-update": QT_TRANSLATE_NOOP("labels", "Partner registry updated from a bundle"),
    "demo": QT_TRANSLATE_NOOP("labels", "Demo data added"),
    "bundle-import": QT_TRANSLATE_NOOP("labels", "Imported a bundle"),
    "bundle-export": QT_TRANSLATE_NOOP("labels", "Exported a bundle"),
    "user-add": QT_TRANSLATE_NOOP("labels", "Added a user"),
    "user-rename": QT_TRANSLATE_NOOP("labels", "Renamed a user"),
    "merged": QT_TRANSLATE_NOOP("labels", "Merged from a bundle"),
}


def record_kind(table: str, plural: bool = False) -> str:
    return label_of_table(table, plural)


def field_label(table: str, column: str) -> str:
    return label_of_field(table, column)


# An action of a later version, unknown to this one.
RECORDED = QT_TRANSLATE_NOOP("labels", "Recorded")


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, RECORDED)


def table_for_word(word: str) -> str | None:
    """The table a user means by "organisations", "exchange", "timesheets"…"""
    key = word.strip().casefold().replace(" ", "-").replace("_", "-")
    if key in TABLE_WORDS:
        return TABLE_WORDS[key]
    for table, kinds in RECORD_KINDS.items():
        if key in (kinds[0].replace(" ", "-"), kinds[1].replace(" ", "-")):
            return table
    return None
