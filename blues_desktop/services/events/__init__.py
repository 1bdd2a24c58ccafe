"""Events: planning, registrations, attendance, scanned sheets and reports.

Each module holds one group of use cases; the names most callers need are here.
"""

from blues_desktop.services.events.attendance import (
    AttendanceResult,
    Mark,
    SheetAttached,
    WalkInResult,
    add_walk_in,
    attach_scanned_sheet,
    record_attendance,
)
from blues_desktop.services.events.editing import EventSaved, delete_event, save_event
from blues_desktop.services.events.queries import (
    DayInfo,
    EventDetail,
    EventRow,
    Participant,
    PersonChoice,
    count_persons,
    event_detail,
    list_events,
    search_persons,
)
from blues_desktop.services.events.registrations import (
    RegistrationResult,
    register_new_person,
    register_persons,
    unregister,
    unregister_many,
)
from blues_desktop.services.events.reports import (
    EventFigures,
    EventsReport,
    ParticipantLine,
    events_report,
    participant_lines,
)

__all__ = [
    "AttendanceResult",
    "DayInfo",
    "EventDetail",
    "EventFigures",
    "EventRow",
    "EventSaved",
    "EventsReport",
    "Mark",
    "Participant",
    "ParticipantLine",
    "PersonChoice",
    "RegistrationResult",
    "SheetAttached",
    "WalkInResult",
    "add_walk_in",
    "attach_scanned_sheet",
    "count_persons",
    "delete_event",
    "event_detail",
    "events_report",
    "list_events",
    "participant_lines",
    "record_attendance",
    "register_new_person",
    "register_persons",
    "save_event",
    "search_persons",
    "unregister",
    "unregister_many",
]
