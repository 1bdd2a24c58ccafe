"""The data folder as the window's start-up sees it, before any database is opened:
where it is, whether it is ready to open at once, and the error a damaged database
raises. The window reaches these through services, like everything else below it.

Light on purpose: sqlite3 and the standard library only (no SQLAlchemy, no Alembic), so
the start-up path that imports it stays fast.
"""

from __future__ import annotations

from blues_desktop.store.folder_settings import read_folder_settings
from blues_desktop.store.integrity import DamagedDatabaseError
from blues_desktop.store.paths import DataPaths, resolve_data_dir
from blues_desktop.store.probe import ReadyFolder, probe_ready

__all__ = [
    "DamagedDatabaseError",
    "DataPaths",
    "ReadyFolder",
    "probe_ready",
    "read_folder_settings",
    "resolve_data_dir",
]
