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
from blues_desktop.domain.organisations import ORG_TYPES
from blues_desktop.domain.timesheets import ROWS, STATUS_LABELS

# table -> (one record, several records): "an organisation", "organisations"
RECORD_KINDS: dict[str, tuple[str, str]] = {
    "organisations": ("organisation", "organisations"),
    "persons": ("contact", "contacts"),
    "organisation_links": ("link between organisations", "links between organisations"),
    "exchanges": ("exchange", "exchanges"),
    "exchange_status_changes": ("exchange step", "exchange steps"),
    "exchange_reports": ("closing report", "closing reports"),
    "attachments": ("attached file", "attached files"),
    "programme_rules": ("programme rules", "programme rules"),
    "events": ("event", "events"),
    "event_days": ("event day", "event days"),
    "registrations": ("registration", "registrations"),
    "attendance": ("attendance", "attendance"),
    "staff_members": ("staff member", "staff"),
    "timesheet_entries": ("timesheet hours", "timesheet hours"),
    "timesheet_months": ("timesheet month", "timesheet months"),
    "planned_effort": ("planned effort", "planned effort"),
    "offices": ("office", "offices"),
    "bundle_log": ("bundle", "bundles"),
    "local_users": ("user", "users"),
}

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
}

_COMMON = {
    "id": "Record",
    "office_id": "Office",
    "created_at": "Created",
    "updated_at": "Last changed",
    "revision": "Revision",
    "deleted_at": "Deleted",
}

FIELD_LABELS: dict[str, dict[str, str]] = {
    "organisations": {
        "legal_name": "Legal name",
        "short_name": "Short name",
        "org_type": "Type",
        "country": "Country",
        "region": "Region",
        "city": "City",
        "address": "Address",
        "postcode": "Postcode",
        "website": "Website",
        "vat_number": "VAT number",
        "registration_number": "Registration number",
        "check_digit_fails": "Check digit fails",
        "sectors": "Sectors",
        "employees_band": "Employees",
        "member_since": "Member since",
        "member_until": "Member until",
        "is_member": "Member",
        "ecccp_profile_url": "ECCP profile",
        "notes": "Notes",
        "name_key": "Name for matching",
        "merged_into_id": "Merged into",
        "search_text": "Search words",
    },
    "persons": {
        "first_name": "First name",
        "last_name": "Last name",
        "title": "Title",
        "role": "Role",
        "email": "E-mail",
        "phone": "Phone",
        "language": "Language",
        "gender": "Gender",
        "country": "Country",
        "organisation_id": "Organisation",
        "consent_given_on": "Consent given on",
        "consent_purpose": "Consent purpose",
        "consent_source": "Consent source",
        "do_not_contact": "Do not contact",
        "erased_at": "Personal data erased",
        "merged_into_id": "Merged into",
    },
    "organisation_links": {
        "organisation_id": "Organisation",
        "other_organisation_id": "Other organisation",
        "same": "The same organisation",
        "reason": "Reason",
        "decided_by": "Decided by",
    },
    "exchanges": {
        "reference": "Reference",
        "number": "Number",
        "year": "Year",
        "state": "Step",
        "visitor_org_id": "Visiting organisation",
        "visitor_person_id": "Visitor",
        "visitor_cluster_id": "Visitor's cluster",
        "host_org_id": "Host organisation",
        "visitor_partnership": "Visitor's partnership",
        "host_partnership": "Host's partnership",
        "start_date": "First day",
        "end_date": "Last day",
        "working_days": "Working days",
        "distance_km": "Distance (km)",
        "distance_manual": "Distance typed in",
        "motivation": "Motivation",
        "preferences": "Preferences",
        "goals": "Goals",
        "objectives": "Objectives",
        "agenda": "Agenda",
        "lump_sum": "Lump sum (EUR)",
        "rules_version": "Programme rules version",
        "agreement_number": "Agreement number",
        "override_reason": "Reason for the exception",
        "cancel_reason": "Reason for cancelling",
        "paid_on": "Paid on",
        "host_accepted_on": "Host accepted on",
        "visitor_accepted_on": "Visitor accepted on",
        "agreement_issued_on": "Agreement issued on",
    },
    "exchange_status_changes": {
        "exchange_id": "Exchange",
        "from_state": "From step",
        "to_state": "To step",
        "changed_on": "On",
        "changed_by": "By",
        "reason": "Reason",
    },
    "exchange_reports": {
        "exchange_id": "Exchange",
        "activities": "Activities",
        "results": "Results",
        "contacts_made": "Contacts made",
        "agreements": "Agreements",
        "follow_up": "Follow-up",
        "evaluation_json": "Evaluation",
        "would_recommend": "Would recommend",
        "submitted_on": "Submitted on",
        "validated_on": "Validated on",
    },
    "attachments": {
        "owner_table": "Kind of record",
        "owner_id": "Attached to",
        "kind": "Kind of file",
        "file_name": "File name",
        "media_type": "File type",
        "size": "Size (bytes)",
        "sha256": "Checksum",
        "added_on": "Added on",
    },
    "programme_rules": {
        "version": "Version",
        "valid_from": "Valid from",
        "rules_json": "Rules",
        "note": "Note",
    },
    "events": {
        "title": "Title",
        "event_type": "Type",
        "work_package": "Work package",
        "co_organisers": "Co-organisers",
        "venue": "Venue",
        "city": "City",
        "country": "Country",
        "online_url": "Online link",
        "is_online": "Online",
        "language": "Language",
        "target_groups": "Target groups",
        "description": "Description",
        "is_public": "Public",
        "start_date": "First day",
        "end_date": "Last day",
    },
    "event_days": {
        "event_id": "Event",
        "day": "Day",
        "start_time": "Starts",
        "end_time": "Ends",
    },
    "registrations": {
        "event_id": "Event",
        "person_id": "Participant",
        "registered_on": "Registered on",
        "walk_in": "Walk-in",
        "position": "Position",
    },
    "attendance": {
        "registration_id": "Registration",
        "event_day_id": "Event day",
        "present": "Present",
        "joined_at": "Joined at",
    },
    "staff_members": {
        "person_id": "Person",
        "role": "Role",
        "employment_start": "Employed from",
        "employment_end": "Employed until",
        "weekly_hours": "Weekly hours",
        "annual_productive_hours": "Productive hours a year",
        "supervisor_id": "Supervisor",
        "region": "Holiday region",
    },
    "timesheet_entries": {
        "staff_id": "Staff member",
        "day": "Day",
        "category": "Row",
        "hours": "Hours",
    },
    "timesheet_months": {
        "staff_id": "Staff member",
        "month": "Month",
        "status": "Status",
        "note": "Note",
        "submitted_at": "Submitted",
        "approved_at": "Approved",
        "approved_by": "Approved by",
        "content_sha256": "Checksum of the hours",
        "pdf_sha256": "Checksum of the signed PDF",
        "reopen_reason": "Reason for reopening",
    },
    "planned_effort": {
        "for_office": "For office",
        "work_package": "Work package",
        "person_months": "Person-months",
    },
    # Rows of the installation's own log (first run, the partner registry, users, bundles).
    "offices": {
        "user": "User",
        "key_id": "Key id",
        "fingerprint": "Fingerprint",
        "scale": "Scale",
    },
    "bundle_log": {"file": "File", "rows": "Records merged"},
    "local_users": {"name": "Name"},
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
    "kind": {**EVIDENCE_LABELS, "cv": "CV", "approved_timesheet": "Approved timesheet PDF"},
    "owner_table": {t: kinds[0] for t, kinds in RECORD_KINDS.items()},
}

# Derived for searching and matching, or where a file is kept: noise in a history.
HIDDEN_FIELDS = frozenset({"name_key", "search_text", "owner_table", "owner_id", "media_type"})

ACTION_LABELS: dict[str, str] = {
    "create": "Created",
    "update": "Changed",
    "delete": "Deleted",
    "restore": "Restored",
    "erase": "Personal data erased",
    "initialise": "Set up this office",
    "register": "Registered an office card",
    "rotate-key": "Replaced an office's key",
    "revoke": "Revoked an office's key",
    "rotate-own-key": "Changed this office's keys",
    "registry-update": "Partner registry updated from a bundle",
    "demo": "Demo data added",
    "bundle-import": "Imported a bundle",
    "bundle-export": "Exported a bundle",
    "user-add": "Added a user",
    "user-rename": "Renamed a user",
    "merged": "Merged from a bundle",
}


def record_kind(table: str, plural: bool = False) -> str:
    kinds = RECORD_KINDS.get(table)
    if kinds is None:
        return "records" if plural else "record"
    return kinds[1] if plural else kinds[0]


def field_label(table: str, column: str) -> str:
    """The field's name in words; a count per kind of record (the demo's, a bundle's) is
    named by the kind; an unknown field reads as "Other detail"."""
    label = FIELD_LABELS.get(table, {}).get(column) or _COMMON.get(column)
    if label:
        return label
    if column in RECORD_KINDS:
        return RECORD_KINDS[column][1].capitalize()
    return "Other detail"


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, "Recorded")


def table_for_word(word: str) -> str | None:
    """The table a user means by "organisations", "exchange", "timesheets"…"""
    key = word.strip().casefold().replace(" ", "-").replace("_", "-")
    if key in TABLE_WORDS:
        return TABLE_WORDS[key]
    for table, kinds in RECORD_KINDS.items():
        if key in (kinds[0].replace(" ", "-"), kinds[1].replace(" ", "-")):
            return table
    return None
