"""Staff timesheets: staff, the monthly grid, sign-off and the year's effort.

Each module holds one group of use cases; the names most callers need are here.
"""

from blues_desktop.services.timesheets.effort import (
    EntryLine,
    PlanSaved,
    StaffYear,
    WorkPackageEffort,
    YearEffort,
    planned_effort,
    set_planned_effort,
    year_effort,
    year_lines,
)
from blues_desktop.services.timesheets.months import (
    DayInfo,
    MonthSaved,
    MonthSheet,
    load_month,
    month_statuses,
    save_month,
    warm_up,
)
from blues_desktop.services.timesheets.signoff import (
    BatchApproval,
    RenderPdf,
    SignOff,
    approve_many,
    approve_month,
    reopen_month,
    submit_month,
)
from blues_desktop.services.timesheets.staff import (
    StaffDraft,
    StaffRow,
    StaffSaved,
    erase_staff,
    find_staff,
    list_staff,
    save_staff,
)

__all__ = [
    "BatchApproval",
    "DayInfo",
    "EntryLine",
    "MonthSaved",
    "MonthSheet",
    "PlanSaved",
    "RenderPdf",
    "SignOff",
    "StaffDraft",
    "StaffRow",
    "StaffSaved",
    "StaffYear",
    "WorkPackageEffort",
    "YearEffort",
    "approve_many",
    "approve_month",
    "erase_staff",
    "find_staff",
    "list_staff",
    "load_month",
    "month_statuses",
    "planned_effort",
    "reopen_month",
    "save_month",
    "save_staff",
    "set_planned_effort",
    "submit_month",
    "warm_up",
    "year_effort",
    "year_lines",
]
