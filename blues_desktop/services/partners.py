"""The partner registry: register, list, rotate and revoke offices' public keys.

A card is looked at (`examine_card`) before it is trusted, so the window and the
`blues` command show the same verdict: a new office, the key already registered, a
rotation (another key for a registered office: to confirm, with a reason), or a refusal
(this office's own card, an office that is not a BLUES partner, a revoked key)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

from sqlalchemy import select

from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.domain.errors import ConfigurationError, PermissionDeniedError
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.services.audit import record_audit
from blues_desktop.services.context import AppContext
from blues_desktop.services.keys import OfficeCard, put_card
from blues_desktop.store.models import Office


@dataclass(frozen=True, slots=True)
class PartnerInfo:
    code: str
    name: str
    country: str
    is_coordinator: bool
    fingerprint: str | None
    key_id: str | None
    registered_at: datetime | None
    revoked_at: datetime | None

    @property
    def status(self) -> str:
        if self.revoked_at is not None:
            return Message(
                QT_TRANSLATE_NOOP("messages", "revoked {day}"), day=f"{self.revoked_at:%Y-%m-%d}"
            )
        if self.fingerprint:
            return Message(QT_TRANSLATE_NOOP("messages", "registered"))
        return Message(QT_TRANSLATE_NOOP("messages", "no key yet"))


class CardVerdict(Enum):
    NEW = "new"  # the office has no key yet: register after comparing the fingerprint
    SAME = "same"  # this very key is registered already: nothing to do
    ROTATION = "rotation"  # another key for a registered office: confirm, with a reason


@dataclass(frozen=True, slots=True)
class CardCheck:
    """What registering `card` would do; `registered_fingerprint` is the key it replaces."""

    card: OfficeCard
    verdict: CardVerdict
    office_name: str
    registered_fingerprint: str | None = None
    registered_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class PartnerChange:
    code: str
    fingerprint: str
    changes: Changes = Changes.of(Kind.OFFICES)


def list_partners(ctx: AppContext) -> list[PartnerInfo]:
    with ctx.read() as session:
        return [
            PartnerInfo(
                o.code,
                o.name,
                o.country,
                o.is_coordinator,
                o.fingerprint,
                o.key_id,
                o.registered_at,
                o.revoked_at,
            )
            for o in session.scalars(
                select(Office).order_by(Office.is_coordinator.desc(), Office.code)
            )
        ]


MAX_CARD_BYTES = 64 * 1024  # a card is about 500 bytes; anything far larger is not one


def read_card(path: Path) -> OfficeCard:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_CARD_BYTES:
            raise ConfigurationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{file} is not a BLUES office card (it is far too large for one)",
                    ),
                    file=path.name,
                )
            )
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigurationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{file} is not a BLUES office card (it is not text)",
                ),
                file=path.name,
            )
        ) from exc
    except OSError as exc:
        raise ConfigurationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "cannot read the office card {file}: {error}",
                ),
                file=path.name,
                error=str(exc.strerror or exc),
            )
        ) from exc
    return OfficeCard.from_json(text, source=path.name)


def _check(ctx: AppContext, office: Office | None, card: OfficeCard) -> CardCheck:
    if card.office == ctx.office_code:
        raise PermissionDeniedError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "This is the card of your own office ({office}). Send it to your partners; "
                    "register the cards they send you.",
                ),
                office=card.office,
            )
        )
    if office is None:
        raise ConfigurationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The card names the office {office}, which is not one of the BLUES offices.",
                ),
                office=repr(card.office),
            )
        )
    if not office.signing_public_key:
        return CardCheck(card, CardVerdict.NEW, office.name)
    same = (
        office.signing_public_key == card.signing_public_key
        and office.age_recipient == card.age_recipient
    )
    if same and office.revoked_at is not None:
        raise PermissionDeniedError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "This key of {office} was revoked on {day}; a revoked key is never trusted "
                    "again. Ask them to change their keys and send the new card.",
                ),
                office=office.name,
                day=f"{office.revoked_at:%Y-%m-%d}",
            )
        )
    verdict = CardVerdict.SAME if same else CardVerdict.ROTATION
    return CardCheck(card, verdict, office.name, office.fingerprint, office.registered_at)


def examine_card(ctx: AppContext, card: OfficeCard) -> CardCheck:
    """What registering `card` would do, before the user confirms; refusals raise."""
    with ctx.read() as session:
        return _check(ctx, session.get(Office, card.office), card)


def register_card(
    ctx: AppContext, card: OfficeCard, *, replace: bool = False, reason: str | None = None
) -> PartnerChange:
    """Register an office's public keys. A different key for a registered office needs
    `replace` (a rotation) and a reason; our own keys are never replaced from a card."""
    with ctx.transaction() as session:
        office = session.get(Office, card.office)
        check = _check(ctx, office, card)
        assert office is not None  # _check refuses an unknown office
        if check.verdict is CardVerdict.ROTATION and not replace:
            raise ConfigurationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{office} already has another key registered (fingerprint {fingerprint}). "
                        "Replacing it is a key rotation: confirm it, with a reason, only after "
                        "comparing the new fingerprint with them.",
                    ),
                    office=office.name,
                    fingerprint=office.fingerprint,
                )
            )
        if replace and not (reason or "").strip():
            raise ConfigurationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Say why the key is replaced (it is kept in the history)."
                    )
                )
            )
        if check.verdict is CardVerdict.SAME:
            return PartnerChange(card.office, card.fingerprint, Changes())
        old = office.fingerprint
        put_card(office, card, ctx.now())
        office.revoked_at = None
        record_audit(session, ctx, "rotate-key" if replace else "register", "offices", card.office,
                     {"fingerprint": [old, card.fingerprint]}, reason)  # fmt: skip
    return PartnerChange(card.office, card.fingerprint)


def revoke(ctx: AppContext, code: str, reason: str) -> PartnerChange:
    """Stop trusting an office's key: its bundles are refused, ours are no longer
    encrypted to it, and (from the coordinator) the partners learn it with the next
    bundle. Only a new card, after a rotation, makes the office trusted again."""
    if not reason.strip():
        raise ConfigurationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "Say why the key is revoked (it is kept in the history)."
                )
            )
        )
    code = code.strip().upper()
    if code == ctx.office_code:
        raise PermissionDeniedError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "This office's own key cannot be revoked; change this office's keys instead.",
                )
            )
        )
    with ctx.transaction() as session:
        office = session.get(Office, code)
        if office is None or not office.signing_public_key:
            raise ConfigurationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Office {office} has no registered key to revoke."
                    ),
                    office=code,
                )
            )
        if office.revoked_at is not None:
            raise ConfigurationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The key of {office} was revoked already, on {day}.",
                    ),
                    office=office.name,
                    day=f"{office.revoked_at:%Y-%m-%d}",
                )
            )
        office.revoked_at = ctx.now()
        record_audit(
            session, ctx, "revoke", "offices", code, {"fingerprint": office.fingerprint}, reason
        )
        return PartnerChange(code, office.fingerprint or "")
