"""The users of this installation: more than one person may share an office's laptop.

Users are kept on this laptop (table local_users); the last one chosen is remembered
in local_settings ("user_name"), and every service records `ctx.user_name` as the
person acting: in the audit log, in approvals, in the bundle log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from blues_desktop.domain.errors import NotFoundError, ValidationError
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.domain.users import clean_user_name, find_user, user_name_problem
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services.audit import record_audit
from blues_desktop.services.context import SETTING_USER, AppContext, Installation
from blues_desktop.store.models import LocalSetting, LocalUser

ENV_USER = "BLUES_USER"


@dataclass(frozen=True, slots=True)
class UserRow:
    name: str
    added_at: datetime
    last_used_at: datetime | None
    is_current: bool


def list_users(installation: Installation) -> list[UserRow]:
    """This laptop's users, the last one chosen first, then by name."""
    with installation.reads() as session:
        current = _current_name(session)
        rows = [
            UserRow(u.name, u.added_at, u.last_used_at, u.name == current)
            for u in session.scalars(select(LocalUser))
        ]
    return sorted(rows, key=lambda r: (not r.is_current, r.name.casefold()))


def add_user(installation: Installation, name: str, *, added_by: str | None = None) -> UserRow:
    """Add a user to this laptop (the office stays the same); audited as the acting user."""
    ctx = installation.context(added_by)
    cleaned = clean_user_name(name)
    with ctx.transaction() as session:
        problem = user_name_problem(cleaned, session.scalars(select(LocalUser.name)))
        if problem is not None:
            report = ValidationReport()
            report.error("name", problem)
            raise ValidationError(report, problem)
        now = ctx.now()
        session.add(LocalUser(name=cleaned, added_at=now))
        record_audit(session, ctx, "user-add", "local_users", cleaned, {"name": cleaned})
        current = _current_name(session)
    return UserRow(cleaned, now, None, cleaned == current)


def choose_user(installation: Installation, name: str) -> AppContext:
    """The context of user `name` (letter case ignored), remembered as the last one used."""
    with installation.sessions.begin() as session:
        names = list(session.scalars(select(LocalUser.name)))
        found = find_user(name, names)
        if found is None:
            listed = ", ".join(sorted(names, key=str.casefold))
            raise NotFoundError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{name} is not a user on this computer (users: {users}); add them with "
                        '`blues users add "{name}"`',
                    ),
                    name=clean_user_name(name),
                    users=listed or Message(QT_TRANSLATE_NOOP("messages", "none yet")),
                )
            )
        if _current_name(session) != found:
            setting = session.get(LocalSetting, SETTING_USER)
            if setting is None:
                session.add(LocalSetting(key=SETTING_USER, value=found))
            else:
                setting.value = found
        user = session.scalars(select(LocalUser).where(LocalUser.name == found)).one()
        user.last_used_at = installation.clock()
    return installation.context(found)


def acting_context(installation: Installation, requested: str | None) -> AppContext:
    """The context for a command: the user asked for (remembered from now on), else the
    last one used on this laptop."""
    if requested and requested.strip():
        return choose_user(installation, requested)
    return installation.context()


def _current_name(session: Session) -> str | None:
    setting = session.get(LocalSetting, SETTING_USER)
    return setting.value if setting is not None else None


def rename_user(installation: Installation, old: str, new: str) -> AppContext:
    """Correct a user's name (Settings): the user keeps their place as this computer's
    last user. Changes already recorded keep the name they were made under; the rename
    itself is in the audit log under the new name, with the old one."""
    cleaned = clean_user_name(new)
    acting = installation.context(cleaned)  # read before the write transaction begins
    with installation.sessions.begin() as session:
        names = list(session.scalars(select(LocalUser.name)))
        found = find_user(old, names)
        if found is None:
            raise NotFoundError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{name} is not a user on this computer"),
                    name=clean_user_name(old),
                )
            )
        if cleaned == found:
            return acting
        problem = user_name_problem(cleaned, [n for n in names if n != found])
        if problem is not None:
            report = ValidationReport()
            report.error("name", problem)
            raise ValidationError(report, problem)
        user = session.scalars(select(LocalUser).where(LocalUser.name == found)).one()
        user.name = cleaned
        if _current_name(session) == found:
            setting = session.get(LocalSetting, SETTING_USER)
            assert setting is not None
            setting.value = cleaned
        record_audit(session, acting, "user-rename", "local_users", cleaned,
                     {"name": [found, cleaned]})  # fmt: skip
    return installation.context(cleaned)
