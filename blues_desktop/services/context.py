"""The installation (data folder + database) and the context every service runs in."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from blues_desktop.domain.clock import Clock, utc_now
from blues_desktop.domain.errors import (
    BluesError,
    ConfigurationError,
    NotInitialisedError,
    StorageError,
)
from blues_desktop.domain.offices import OfficeInfo, office_info
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.store.atomic import remove_stale_temp_files
from blues_desktop.store.engine import (
    make_engine,
    make_read_session_factory,
    make_session_factory,
    sqlite_file_of,
    sqlite_url,
)
from blues_desktop.store.integrity import check_before_open
from blues_desktop.store.migrate import UpgradeResult, upgrade_database
from blues_desktop.store.models import LocalSetting
from blues_desktop.store.paths import DataPaths, resolve_data_dir

SETTING_OFFICE = "office_code"
SETTING_USER = "user_name"
SETTING_INITIALISED_AT = "initialised_at"


@dataclass
class Installation:
    """One data folder and its database, opened and upgraded to the newest schema."""

    paths: DataPaths
    engine: Engine
    sessions: sessionmaker[Session]
    upgrade: UpgradeResult | None = None
    clock: Clock = field(default=utc_now)
    # Sessions that only read: no write lock, so they never wait behind an import.
    reads: sessionmaker[Session] = field(init=False)

    def __post_init__(self) -> None:
        self.reads = make_read_session_factory(self.engine)

    def settings(self) -> dict[str, str]:
        with self.reads() as session:
            return {row.key: row.value for row in session.scalars(select(LocalSetting))}

    @property
    def is_initialised(self) -> bool:
        return SETTING_OFFICE in self.settings()

    def context(self, user_name: str | None = None) -> AppContext:
        """The context of this installation's office; raises if first run has not happened."""
        settings = self.settings()
        code = settings.get(SETTING_OFFICE)
        if code is None:
            raise NotInitialisedError(
                f"no office is set up in {self.paths.root} yet; start the app for the setup "
                f'dialog or run `blues init --office CODE --name "Your Name"`'
            )
        return AppContext(
            installation=self,
            office=office_info(code),
            user_name=user_name or settings.get(SETTING_USER, "unknown"),
        )

    def close(self) -> None:
        self.engine.dispose()


@dataclass
class AppContext:
    """Who is acting, for which office, on which installation: passed to every service."""

    installation: Installation
    office: OfficeInfo
    user_name: str

    @property
    def office_code(self) -> str:
        return self.office.code

    @property
    def paths(self) -> DataPaths:
        return self.installation.paths

    def now(self) -> datetime:
        return self.installation.clock()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any exception.

        SQLite's "disk full" and "read-only" failures become a StorageError that says
        so in plain words; the transaction is rolled back either way.
        """
        try:
            with self.installation.sessions.begin() as session:
                yield session
        except OperationalError as exc:
            raise storage_error_of(
                exc, self.installation.engine.url.database or "the database"
            ) from exc

    def read(self) -> Session:
        """A session for reading (use as a context manager).

        It takes no write lock, so it returns at once while another program or thread
        writes, and sees the last committed data; any write through it is refused.
        """
        return self.installation.reads()

    def rehearsal(self) -> Session:
        """A session for writes the caller rolls back (a bundle's trial merge): it takes
        the write lock like a transaction, and the caller never commits it."""
        return self.installation.sessions()


def storage_error_of(exc: OperationalError, where: str) -> BluesError:
    """A plain-words error for the database write failures a user can act on."""
    text = str(exc.orig).lower()
    if "disk is full" in text or "disk full" in text:
        return StorageError(
            Message(
                QT_TRANSLATE_NOOP("messages", "the disk is full; nothing was saved to {where}"),
                where=where,
            )
        )
    if "readonly" in text or "read-only" in text:
        return StorageError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "cannot write to {where}: the database is on a read-only medium"
                ),
                where=where,
            )
        )
    if "locked" in text:
        return StorageError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "{where} is busy in another program; nothing was saved, try again"
                ),
                where=where,
            )
        )
    return StorageError(
        Message(
            QT_TRANSLATE_NOOP(
                "messages", "the database refused the change ({error}); nothing was saved"
            ),
            error=str(exc.orig),
        )
    )


def open_installation(
    data_dir: str | Path | None = None,
    db_url: str | None = None,
    *,
    clock: Clock = utc_now,
    migrate: bool = True,
    checked: bool = False,
) -> Installation:
    """Open (creating if needed) the data folder and database, upgraded to the newest schema.

    `checked`: the caller has just run the start-up quick check on this file (the
    window's look at the folder before it shows), so it is not read through again."""
    paths = DataPaths(resolve_data_dir(data_dir)).ensure()
    remove_stale_temp_files(paths.root)
    engine = make_engine(db_url or sqlite_url(paths.database))
    database_file = sqlite_file_of(engine)
    try:
        # A damaged file is never migrated or written: the caller offers a backup.
        if database_file is not None and not checked:
            check_before_open(database_file, paths.backups)
        result = upgrade_database(engine, paths.backups) if migrate else None
    except OperationalError as exc:
        engine.dispose()
        raise StorageError(f"cannot open the database {engine.url!r}: {exc.orig}") from exc
    except (ConfigurationError, StorageError):
        engine.dispose()
        raise
    return Installation(paths, engine, make_session_factory(engine), result, clock)
