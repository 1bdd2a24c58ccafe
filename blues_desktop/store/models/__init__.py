"""All models, imported so `Base.metadata` knows every table (Alembic and bundles rely on it).

Every module in this package is imported below, so a new model file is registered
without editing this one; the names re-exported here are the core ones.

The model modules do not use `from __future__ import annotations`: their `Mapped[...]`
annotations are then real objects when the class is made, which SQLAlchemy reads as
they are, instead of evaluating ~300 strings at every start (tests/store/
test_model_annotations.py keeps it so).
"""

import importlib
import pkgutil

from blues_desktop.store.models.base import SYNC_COLUMNS, Base, SyncMixin, is_sync_table, new_id
from blues_desktop.store.models.events import Attendance, Event, EventDay, Registration
from blues_desktop.store.models.exchanges import (
    Attachment,
    Exchange,
    ExchangeReport,
    ExchangeStatusChange,
    ProgrammeRules,
)
from blues_desktop.store.models.local import (
    AuditLog,
    BundleLog,
    BundleRecord,
    LocalSetting,
    LocalUser,
    RevisionCounter,
)
from blues_desktop.store.models.members import Organisation, Person
from blues_desktop.store.models.offices import Office
from blues_desktop.store.models.timesheets import (
    PlannedEffort,
    StaffMember,
    TimesheetEntry,
    TimesheetMonth,
)

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")

__all__ = [
    "SYNC_COLUMNS",
    "Attachment",
    "Attendance",
    "AuditLog",
    "Base",
    "BundleLog",
    "BundleRecord",
    "Event",
    "EventDay",
    "Exchange",
    "ExchangeReport",
    "ExchangeStatusChange",
    "LocalSetting",
    "LocalUser",
    "Office",
    "Organisation",
    "Person",
    "PlannedEffort",
    "ProgrammeRules",
    "Registration",
    "RevisionCounter",
    "StaffMember",
    "SyncMixin",
    "TimesheetEntry",
    "TimesheetMonth",
    "is_sync_table",
    "new_id",
]
