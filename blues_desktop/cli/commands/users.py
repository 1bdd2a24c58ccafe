"""`blues users list|add`: the people who use this computer's office data."""

from __future__ import annotations

import argparse

from blues_desktop.cli.runtime import Runtime
from blues_desktop.services.users import add_user, list_users


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "users",
        help="the people who use this computer (each change records who made it)",
        description="More than one person may work for the office on this computer. Each "
        "change, approval and bundle records the user acting: choose one with --user NAME "
        "(or $BLUES_USER); without it, the last one used acts.",
    )
    actions = parser.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="this computer's users; the current one first")
    listing.set_defaults(handler=run_list)
    add = actions.add_parser("add", help="add a user to this computer")
    add.add_argument("name", metavar="NAME", help='the person\'s name, e.g. "Lucía Ortega"')
    add.set_defaults(handler=run_add)


def run_list(args: argparse.Namespace, runtime: Runtime) -> int:
    ctx = runtime.context()  # checks the office is set up and --user names a user
    for user in list_users(runtime.installation()):
        mark = "*" if user.name == ctx.user_name else " "
        last = (
            f"last used {user.last_used_at:%d %b %Y %H:%M} UTC"
            if user.last_used_at
            else "not used yet"
        )
        runtime.print(f"{mark} {user.name}  (added {user.added_at:%d %b %Y}; {last})")
    runtime.print("* acts in commands without --user")
    return 0


def run_add(args: argparse.Namespace, runtime: Runtime) -> int:
    ctx = runtime.context()
    user = add_user(runtime.installation(), args.name, added_by=ctx.user_name)
    runtime.print(
        f"Added {user.name} as a user of office {ctx.office_code} on this computer. "
        f'They act with `blues --user "{user.name}" …`, or by choosing their name when the app starts.'
    )
    return 0
