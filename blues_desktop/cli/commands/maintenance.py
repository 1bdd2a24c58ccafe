"""`blues doctor` and `blues backup create|list|restore`.

These work on the data folder's files without opening the database the usual way:
a damaged database must still be diagnosed and restored.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from blues_desktop.cli.runtime import Runtime
from blues_desktop.domain.errors import ConfigurationError, StorageError
from blues_desktop.services.maintenance import (
    backups_checked,
    create_manual_backup,
    find_backup,
    human_size,
    newest_good_backup,
    restore_backup,
    run_doctor,
)
from blues_desktop.store.backup import list_backups
from blues_desktop.store.engine import make_engine, sqlite_file_of
from blues_desktop.store.paths import DataPaths, resolve_data_dir


def register(subparsers: argparse._SubParsersAction) -> None:
    doctor = subparsers.add_parser(
        "doctor",
        help="check the database, schema, backups, keys and temporary files",
        description="Run every check and print a report: SQLite's integrity_check and "
        "foreign_key_check, the schema revision, the write-ahead log's size, the backups, "
        "the key files and their permissions, and temporary files left by a crash. "
        "Changes nothing. Exit status 1 if a problem was found.",
    )
    doctor.set_defaults(handler=run_doctor_command)

    backup = subparsers.add_parser("backup", help="create, list or restore database backups")
    actions = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="take a backup of the database now")
    create.set_defaults(handler=run_create)
    listing = actions.add_parser("list", help="list the backups, newest first")
    listing.add_argument(
        "--check", action="store_true", help="verify each backup with SQLite's integrity_check"
    )
    listing.set_defaults(handler=run_list)
    restore = actions.add_parser(
        "restore",
        help="put a backup in place of the database (the current file is kept)",
        description="Restore a backup: the current database is backed up first (or, if it is "
        "damaged, kept aside as blues.sqlite.damaged-<time>), then the backup is copied in "
        "under a temporary name, checked and renamed into place.",
    )
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("backup", nargs="?", help="the backup's file name (see `backup list`)")
    which.add_argument(
        "--newest", action="store_true", help="the newest backup that passes the checks"
    )
    restore.set_defaults(handler=run_restore)


def _paths(runtime: Runtime) -> tuple[DataPaths, Path]:
    """The data folder and the SQLite file these commands work on."""
    paths = DataPaths(resolve_data_dir(runtime.data_dir))
    if runtime.db_url is None:
        return paths, paths.database
    engine = make_engine(runtime.db_url)
    try:
        database = sqlite_file_of(engine)
    finally:
        engine.dispose()
    if database is None:
        raise ConfigurationError(
            "backups and the doctor work on SQLite files; use your database server's own "
            "tools for other databases"
        )
    return paths, database


def run_doctor_command(args: argparse.Namespace, runtime: Runtime) -> int:
    paths, database = _paths(runtime)
    report = run_doctor(paths, database)
    runtime.print(f"BLUES Desktop doctor: {paths.root}")
    for item in report.items:
        runtime.print(f"  {item.status.value:<8} {item.check:<16} {item.detail}")
    if report.problems:
        print(
            f"blues: the doctor found {len(report.problems)} problem(s); see above",
            file=sys.stderr,
        )
        return 1
    summary = "no problems"
    if report.warnings:
        summary += f", {len(report.warnings)} warning(s)"
    runtime.print(f"Result: {summary}.")
    return 0


def run_create(args: argparse.Namespace, runtime: Runtime) -> int:
    paths, database = _paths(runtime)
    info = create_manual_backup(paths, database)
    runtime.print(f"Backed up {database} to {info.path} ({human_size(info.size)}).")
    return 0


def run_list(args: argparse.Namespace, runtime: Runtime) -> int:
    paths, _database = _paths(runtime)
    if args.check:
        entries = [
            (c.info, "ok" if c.ok else f"DAMAGED: {c.problems[0]}") for c in backups_checked(paths)
        ]
    else:
        entries = [(info, "") for info in list_backups(paths.backups)]
    if not entries:
        runtime.print(f"No backups in {paths.backups}.")
        return 0
    runtime.print(f"Backups in {paths.backups}, newest first:")
    for info, verdict in entries:
        line = (
            f"  {info.path.name}  {info.taken_at:%Y-%m-%d %H:%M:%S} UTC  "
            f"{human_size(info.size):>9}  {info.reason}"
        )
        runtime.print(f"{line}  {verdict}".rstrip())
    return 0


def run_restore(args: argparse.Namespace, runtime: Runtime) -> int:
    paths, database = _paths(runtime)
    if args.newest:
        good = newest_good_backup(paths)
        if good is None:
            raise StorageError(f"no backup in {paths.backups} passes the checks")
        info = good.info
    else:
        info = find_backup(paths, args.backup)
    result = restore_backup(paths, info, database)
    if result.safety_backup is not None:
        runtime.print(f"Backed up the current database to {result.safety_backup}.")
    if result.damaged_copy is not None:
        runtime.print(f"Kept the damaged database aside as {result.damaged_copy}.")
    runtime.print(
        f"Restored {result.database} from {info.path.name} "
        f"(taken {info.taken_at:%Y-%m-%d %H:%M} UTC). Changes made after that time are not in it."
    )
    return 0
