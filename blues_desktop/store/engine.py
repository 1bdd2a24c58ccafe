"""Engines and sessions: every SQLite connection gets WAL, foreign keys and a busy timeout."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from blues_desktop.domain.errors import ConfigurationError

BUSY_TIMEOUT_MS = 10_000
# Execution option of the engine behind read sessions: their transactions take no lock
# and refuse any write (PRAGMA query_only), so a write slipped into a read fails loudly.
READ_ONLY_OPTION = "blues_read_only"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite's own transaction handling is switched off so SQLAlchemy's BEGIN
    # is the only one; then the pragmas below apply to every connection.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # FULL: a transaction reported committed survives a power cut, not just a crash.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _on_sqlite_begin(conn: Any) -> None:
    read_only = bool(conn.get_execution_options().get(READ_ONLY_OPTION))
    # query_only belongs to the SQLite connection, which the pool hands to reads and
    # writes in turn: it is switched only when the kind of transaction changes.
    if conn.info.get(READ_ONLY_OPTION, False) != read_only:
        conn.exec_driver_sql(f"PRAGMA query_only={'ON' if read_only else 'OFF'}")
        conn.info[READ_ONLY_OPTION] = read_only
    if read_only:
        # A deferred BEGIN takes no lock: under WAL a read sees the last commit and runs
        # beside a writer instead of waiting for it (up to the busy timeout).
        conn.exec_driver_sql("BEGIN")
    else:
        # IMMEDIATE takes the write lock at BEGIN, so two writers wait instead of failing
        # half-way with "database is locked" after reading stale data.
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine for an SQLAlchemy URL, with a clear message if the URL is wrong."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ConfigurationError(
            f"the database URL {url!r} is not valid; use e.g. sqlite:///path/to/blues.sqlite "
            f"or postgresql+psycopg://user@host/blues"
        ) from exc
    try:
        engine = create_engine(parsed, echo=echo)
    except (NoSuchModuleError, ImportError) as exc:
        raise ConfigurationError(
            f"the database URL {url!r} names a driver that is not installed ({exc})"
        ) from exc
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: services hand back plain data built after commit.
    return sessionmaker(engine, expire_on_commit=False)


def make_read_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions for reading only: on SQLite they take no lock and cannot write."""
    return sessionmaker(engine.execution_options(**{READ_ONLY_OPTION: True}))


def sqlite_file_of(engine: Engine) -> Path | None:
    """The database file of a file-based SQLite engine, else None."""
    if engine.url.get_backend_name() != "sqlite":
        return None
    database = engine.url.database
    if not database or database == ":memory:":
        return None
    return Path(database)
