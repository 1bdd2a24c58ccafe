"""Reads take no write lock: while another program holds it, a read returns at once with
the committed data, a write still waits for it, and a read session refuses any write."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from blues_desktop.services.context import AppContext
from blues_desktop.store.models import LocalSetting


@pytest.fixture
def other_writer(ctx: AppContext) -> Iterator[sqlite3.Connection]:
    """Another connection to the same file, holding the write lock with an uncommitted row."""
    with ctx.transaction() as session:
        session.add(LocalSetting(key="committed", value="before the writer"))
    conn = sqlite3.connect(ctx.paths.database, isolation_level=None, timeout=0)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO local_settings (key, value) VALUES ('pending', 'not committed')")
    yield conn
    if conn.in_transaction:
        conn.rollback()
    conn.close()


def _keys(ctx: AppContext) -> set[str]:
    with ctx.read() as session:
        return set(session.scalars(select(LocalSetting.key)))


def test_a_read_runs_beside_a_writer_and_sees_the_last_commit(
    ctx: AppContext, other_writer: sqlite3.Connection
) -> None:
    done = threading.Event()
    seen: list[set[str]] = []

    def read() -> None:
        seen.append(_keys(ctx))
        done.set()

    # On the GUI thread's side: a read must not wait behind the lock (the busy
    # timeout is ten seconds; a read that waited would not be back in two).
    worker = threading.Thread(target=read, daemon=True)
    worker.start()
    assert done.wait(2.0), "the read waited for the writer's lock"
    assert "committed" in seen[0]
    assert "pending" not in seen[0]

    other_writer.commit()
    assert "pending" in _keys(ctx)


def test_a_write_still_waits_for_the_lock(
    ctx: AppContext, other_writer: sqlite3.Connection
) -> None:
    written = threading.Event()
    errors: list[BaseException] = []

    def write() -> None:
        try:
            with ctx.transaction() as session:
                session.add(LocalSetting(key="second writer", value="after the first"))
        except BaseException as exc:  # reported to the test below
            errors.append(exc)
        written.set()

    worker = threading.Thread(target=write, daemon=True)
    worker.start()
    assert not written.wait(0.5), "the write did not wait for the other writer's lock"
    other_writer.commit()
    assert written.wait(10.0)
    assert errors == []
    assert {"committed", "pending", "second writer"} <= _keys(ctx)


def test_a_write_through_a_read_session_fails_loudly(ctx: AppContext) -> None:
    with ctx.read() as session, pytest.raises(OperationalError, match="readonly"):
        session.add(LocalSetting(key="sneaked", value="in a read"))
        session.flush()
    assert "sneaked" not in _keys(ctx)
    # The same pooled connection writes again in a write transaction.
    with ctx.transaction() as session:
        session.add(LocalSetting(key="written", value="in a transaction"))
    assert "written" in _keys(ctx)
