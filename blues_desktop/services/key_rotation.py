"""Changing this office's own keys (a rotation): new keys, the old ones kept as retired.

What it means, in the order it happens:
- the current passphrase opens the current keys first (only the keys' holder rotates);
- new keys are made beside the old ones, protected by the same passphrase;
- the old key files move to `keys/retired/<UTC time>/`: they sign nothing any more, but
  a bundle encrypted to the old key before the partners had the new card still opens;
- this office's row of the partner registry takes the new public keys, with an entry
  in the history that says why;
- from now on bundles are signed with the new key: every office that registered the old
  card refuses them until it registers the new card (it must confirm the rotation).

The files are swapped inside the registry's transaction; if the database change fails,
the old keys are put back, so the files and the registry never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.domain.errors import ConfigurationError
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.services.audit import record_audit
from blues_desktop.services.context import AppContext
from blues_desktop.services.keys import (
    OfficeCard,
    keys_are_encrypted,
    load_keys,
    put_card,
    restore_retired,
    stage_new_keys,
    swap_keys,
)
from blues_desktop.store.models import Office


@dataclass(frozen=True, slots=True)
class OwnKeys:
    """This office's card, and whether its keys need a passphrase."""

    card: OfficeCard
    encrypted: bool


@dataclass(frozen=True, slots=True)
class KeyRotation:
    old_fingerprint: str
    card: OfficeCard  # the new card, to send to every partner
    changes: Changes = Changes.of(Kind.OFFICES)


def own_keys(ctx: AppContext) -> OwnKeys:
    from blues_desktop.services.setup import own_card

    return OwnKeys(own_card(ctx), keys_are_encrypted(ctx.paths.keys))


def rotate_own_keys(ctx: AppContext, reason: str, passphrase: str | None = None) -> KeyRotation:
    """Replace this office's keys; returns the new card. A wrong passphrase, or no
    reason, changes nothing."""
    from blues_desktop.services.setup import own_card

    if not reason.strip():
        raise ConfigurationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Say why the keys are changed (it is kept in the history), for example "
                    "“the laptop was lost” or “yearly change”.",
                )
            )
        )
    keys_dir = ctx.paths.keys
    old = load_keys(keys_dir, ctx.office_code, ctx.office.name, passphrase)  # checks it
    old_fingerprint = own_card(ctx).fingerprint
    now = ctx.now()
    stamp = now.strftime("%Y%m%dT%H%M%S%fZ")
    staging, card = stage_new_keys(
        keys_dir, ctx.office_code, ctx.office.name, passphrase or None, stamp
    )
    retired = None
    try:
        with ctx.transaction() as session:
            row = session.get(Office, ctx.office_code)
            if row is None:
                raise ConfigurationError(
                    Message(
                        QT_TRANSLATE_NOOP("messages", "office {office} is not set up here"),
                        office=ctx.office_code,
                    )
                )
            put_card(row, card, now)
            record_audit(
                session, ctx, "rotate-own-key", "offices", ctx.office_code,
                {"fingerprint": [old.card.fingerprint, card.fingerprint]}, reason.strip(),
            )  # fmt: skip
            # Last inside the transaction: a failed swap rolls the registry back.
            retired = swap_keys(keys_dir, staging, stamp)
    except BaseException:
        if retired is not None:  # the commit failed after the swap: the old keys return
            restore_retired(keys_dir, retired)
        _remove_staging(staging)
        raise
    return KeyRotation(old_fingerprint, own_card(ctx))


def _remove_staging(staging: object) -> None:
    from pathlib import Path

    folder = Path(str(staging))
    if folder.is_dir():
        for item in folder.iterdir():
            item.unlink()
        folder.rmdir()
