"""The office's keys: an Ed25519 signing key in minisign's format and an age X25519 identity.

Files in the data folder's `keys/` (owner-only):

    office.key   minisign secret key (scrypt-encrypted when a passphrase is set)
    office.pub   minisign public key, as `minisign -G` writes it
    office.age   age identity, as `age-keygen` writes it (age-encrypted with the
                 passphrase when one is set, which `age -d -i` also reads)

The public halves travel as an office card and are shown as a short fingerprint
to compare over the phone. A key rotation (services/key_rotation.py) moves the old
files to `keys/retired/<UTC time>/` and keeps them: a bundle that was encrypted to the
old age key before the partners had the new card still opens.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from blues_desktop.domain.errors import ConfigurationError
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.store.atomic import write_bytes_atomic

if TYPE_CHECKING:
    from datetime import datetime

    import minisign
    import pyrage

    from blues_desktop.store.models import Office

# minisign and pyrage are imported by the functions that use a key, not with this module:
# the window's start reads the office card, it needs no cryptography.

SIGNING_KEY_FILE = "office.key"
PUBLIC_KEY_FILE = "office.pub"
AGE_IDENTITY_FILE = "office.age"
KEY_FILES = (SIGNING_KEY_FILE, PUBLIC_KEY_FILE, AGE_IDENTITY_FILE)
RETIRED_FOLDER = "retired"
CARD_FORMAT = "blues-office-card/1"


def key_id_of(public_key_b64: str) -> str:
    """minisign's key id (as it prints it: 16 hex digits) from the `RW…` line."""
    raw = base64.b64decode(public_key_b64)
    return f"{int.from_bytes(raw[2:10], 'little'):016X}"


def fingerprint_of(public_key_b64: str, age_recipient: str) -> str:
    """Four groups of four hex digits over both public keys: short enough to read aloud."""
    digest = hashlib.sha256(
        f"{public_key_b64.strip()}\n{age_recipient.strip()}".encode()
    ).hexdigest()
    head = digest[:16].upper()
    return "-".join(head[i : i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True, slots=True)
class OfficeCard:
    """The public face of an office: what partners register to trust its bundles."""

    office: str
    name: str
    signing_public_key: str  # the `RW…` line
    key_id: str
    age_recipient: str  # age1…
    fingerprint: str
    # The day the keys were made (ISO date); absent from cards written before 0.1 had it.
    made_on: str | None = None

    def _fields(self) -> dict[str, str]:
        fields = {"format": CARD_FORMAT, **asdict(self)}
        if self.made_on is None:
            del fields["made_on"]
        return fields

    def to_json(self) -> str:
        return json.dumps(self._fields(), indent=2, ensure_ascii=False) + "\n"

    def to_compact_json(self) -> str:
        """The card on one line (the QR code's text): what `from_json` reads back."""
        return json.dumps(self._fields(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str, source: str | None = None) -> OfficeCard:
        if source is None:
            source = Message(QT_TRANSLATE_NOOP("messages", "the office card"))
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ConfigurationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{source} is not a BLUES office card: it is not a card's text (line {line}: "
                        "{error}). Ask the office for the file its window saved.",
                    ),
                    source=source,
                    line=exc.lineno,
                    error=exc.msg,
                )
            ) from exc
        if not isinstance(data, dict) or data.get("format") != CARD_FORMAT:
            raise ConfigurationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{source} is not a BLUES office card. Ask the office for the file its "
                        "window saved (Partners and keys, Save my card).",
                    ),
                    source=source,
                )
            )
        try:
            card = cls(
                office=str(data["office"]),
                name=str(data["name"]),
                signing_public_key=str(data["signing_public_key"]),
                key_id=str(data["key_id"]),
                age_recipient=str(data["age_recipient"]),
                fingerprint=str(data["fingerprint"]),
                made_on=str(data["made_on"]) if data.get("made_on") else None,
            )
        except KeyError as exc:
            raise ConfigurationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{source} is not a whole office card (a part of it is missing). "
                        "Ask the office to save its card again.",
                    ),
                    source=source,
                )
            ) from exc
        card.check(source)
        return card

    def check(self, source: str) -> None:
        """The keys parse, and the key id and fingerprint match them."""
        import minisign
        import pyrage

        try:
            minisign.PublicKey.from_base64(self.signing_public_key)
            pyrage.x25519.Recipient.from_str(self.age_recipient)
        except Exception as exc:  # both libraries raise their own parse errors
            raise ConfigurationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{source} holds a damaged key (it was changed after it was saved); "
                        "ask the office to save its card again",
                    ),
                    source=source,
                )
            ) from exc
        if key_id_of(self.signing_public_key) != self.key_id:
            raise ConfigurationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{source} was changed after it was saved: its key id does not match its "
                        "key. Do not trust it; ask the office to save its card again.",
                    ),
                    source=source,
                )
            )
        if fingerprint_of(self.signing_public_key, self.age_recipient) != self.fingerprint:
            raise ConfigurationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{source} was changed after it was saved: its fingerprint does not match "
                        "its keys. Do not trust it; ask the office to save its card again.",
                    ),
                    source=source,
                )
            )


@dataclass(frozen=True, slots=True)
class OfficeKeys:
    signing_key: minisign.SecretKey
    age_identity: pyrage.x25519.Identity
    card: OfficeCard


def put_card(row: Office, card: OfficeCard, when: datetime) -> None:
    """The registry row of an office takes `card`'s keys: this office at setup and when it
    changes its keys, a partner when its card is registered."""
    row.signing_public_key = card.signing_public_key
    row.key_id = card.key_id
    row.age_recipient = card.age_recipient
    row.fingerprint = card.fingerprint
    row.registered_at = when


def _write_private(path: Path, data: bytes) -> None:
    write_bytes_atomic(path, data)  # mkstemp creates it 0600 already
    os.chmod(path, 0o600)


def keys_exist(keys_dir: Path) -> bool:
    return (keys_dir / SIGNING_KEY_FILE).exists() and (keys_dir / AGE_IDENTITY_FILE).exists()


def generate_keys(
    keys_dir: Path, office: str, name: str, passphrase: str | None = None
) -> OfficeCard:
    """Create both key pairs; refuses to overwrite existing keys."""
    import minisign
    import pyrage

    if keys_exist(keys_dir):
        raise ConfigurationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "keys already exist in {folder}; they are never overwritten",
                ),
                folder=str(keys_dir),
            )
        )
    keys_dir.mkdir(parents=True, exist_ok=True)
    pair = minisign.KeyPair.generate()
    public_b64 = pair.public_key.to_base64().decode()
    key_id = key_id_of(public_b64)
    if passphrase:
        pair.secret_key.encrypt(passphrase)
        comment = "minisign encrypted secret key"
    else:
        comment = "minisign secret key"
    secret_b64 = pair.secret_key.to_base64().decode()
    _write_private(
        keys_dir / SIGNING_KEY_FILE, f"untrusted comment: {comment}\n{secret_b64}\n".encode()
    )
    write_bytes_atomic(
        keys_dir / PUBLIC_KEY_FILE,
        f"untrusted comment: minisign public key {key_id}\n{public_b64}\n".encode(),
    )
    identity = pyrage.x25519.Identity.generate()
    recipient = str(identity.to_public())
    identity_text = f"# BLUES office {office}\n# public key: {recipient}\n{identity}\n".encode()
    if passphrase:
        identity_text = pyrage.passphrase.encrypt(identity_text, passphrase)
    _write_private(keys_dir / AGE_IDENTITY_FILE, identity_text)
    return OfficeCard(
        office, name, public_b64, key_id, recipient, fingerprint_of(public_b64, recipient)
    )


def read_public_key(keys_dir: Path) -> str:
    path = keys_dir / PUBLIC_KEY_FILE
    try:
        lines = path.read_text(encoding="ascii").splitlines()
    except OSError as exc:
        raise ConfigurationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "cannot read the public key {path}: {error}",
                ),
                path=str(path),
                error=str(exc.strerror),
            )
        ) from exc
    if len(lines) < 2:
        raise ConfigurationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{path} is not a minisign public key file",
                ),
                path=str(path),
            )
        )
    return lines[1].strip()


def load_keys(keys_dir: Path, office: str, name: str, passphrase: str | None = None) -> OfficeKeys:
    """Load (and decrypt) both private keys; a wrong passphrase is a clear error."""
    import minisign
    import pyrage

    key_path = keys_dir / SIGNING_KEY_FILE
    age_path = keys_dir / AGE_IDENTITY_FILE
    try:
        secret = minisign.SecretKey.from_file(key_path)
        raw_identity = age_path.read_bytes()
    except OSError as exc:
        raise ConfigurationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "cannot read the office keys in {folder}: {error}",
                ),
                folder=str(keys_dir),
                error=str(exc.strerror),
            )
        ) from exc
    except minisign.Error as exc:
        raise ConfigurationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{path} is not a minisign secret key: {error}",
                ),
                path=str(key_path),
                error=str(exc),
            )
        ) from exc
    if secret.is_encrypted():
        if not passphrase:
            raise ConfigurationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "the office key is protected by a passphrase; give it"
                    )
                )
            )
        try:
            secret.decrypt(passphrase)
            raw_identity = pyrage.passphrase.decrypt(raw_identity, passphrase)
        except Exception as exc:  # minisign.Error or pyrage.DecryptError
            raise ConfigurationError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "the passphrase does not open the office keys")
                )
            ) from exc
    identity = _parse_identity(raw_identity, age_path)
    public_b64 = read_public_key(keys_dir)
    recipient = str(identity.to_public())
    card = OfficeCard(
        office,
        name,
        public_b64,
        key_id_of(public_b64),
        recipient,
        fingerprint_of(public_b64, recipient),
    )
    return OfficeKeys(secret, identity, card)


def keys_are_encrypted(keys_dir: Path) -> bool:
    import minisign

    try:
        return minisign.SecretKey.from_file(keys_dir / SIGNING_KEY_FILE).is_encrypted()
    except (OSError, minisign.Error):
        return False


def _parse_identity(raw: bytes, path: Path) -> pyrage.x25519.Identity:
    import pyrage

    for line in raw.decode("ascii", errors="replace").splitlines():
        if line.startswith("AGE-SECRET-KEY-"):
            return pyrage.x25519.Identity.from_str(line.strip())
    raise ConfigurationError(
        Message(QT_TRANSLATE_NOOP("messages", "{path} holds no age identity"), path=str(path))
    )


def retired_identities(
    keys_dir: Path, passphrase: str | None = None
) -> list[pyrage.x25519.Identity]:
    """The age identities of keys this office rotated away, newest first: a bundle
    encrypted to an old key before the partners had the new card still opens. One that
    does not open (another passphrase) is left out."""
    import pyrage

    found = []
    retired = keys_dir / RETIRED_FOLDER
    if not retired.is_dir():
        return []
    for folder in sorted(retired.iterdir(), reverse=True):
        path = folder / AGE_IDENTITY_FILE
        try:
            raw = path.read_bytes()
            if not raw.lstrip().startswith((b"#", b"AGE-SECRET-KEY-")):
                raw = pyrage.passphrase.decrypt(raw, passphrase or "")
            found.append(_parse_identity(raw, path))
        except Exception:  # unreadable or another passphrase: that old key is skipped
            continue
    return found


def stage_new_keys(
    keys_dir: Path, office: str, name: str, passphrase: str | None, stamp: str
) -> tuple[Path, OfficeCard]:
    """New keys in `keys/.new-<stamp>/`, beside the current ones (nothing replaced yet)."""
    staging = keys_dir / f".new-{stamp}"
    card = generate_keys(staging, office, name, passphrase)
    return staging, card


def swap_keys(keys_dir: Path, staging: Path, stamp: str) -> Path:
    """The current key files to `retired/<stamp>/`, the staged ones into their place;
    undone if a rename fails, so the folder never holds half of each pair."""
    retired = keys_dir / RETIRED_FOLDER / stamp
    retired.mkdir(parents=True, exist_ok=False)
    os.chmod(retired, 0o700)
    moved: list[tuple[Path, Path]] = []
    try:
        for name in KEY_FILES:
            if (keys_dir / name).exists():
                os.replace(keys_dir / name, retired / name)
                moved.append((retired / name, keys_dir / name))
        for name in KEY_FILES:
            os.replace(staging / name, keys_dir / name)
            moved.append((keys_dir / name, staging / name))
    except OSError:
        unswap(moved)
        raise
    staging.rmdir()
    return retired


def unswap(moved: list[tuple[Path, Path]]) -> None:
    """Put back what `swap_keys` moved (in reverse order)."""
    for now_at, was_at in reversed(moved):
        if now_at.exists():
            os.replace(now_at, was_at)


def restore_retired(keys_dir: Path, retired: Path) -> None:
    """Undo a swap whose database change failed: the retired keys back in place."""
    for name in KEY_FILES:
        if (retired / name).exists():
            os.replace(retired / name, keys_dir / name)
    retired.rmdir()


def save_card(card: OfficeCard, target: Path) -> Path:
    """Write the card to `target` (a temporary name, then renamed): the file partners
    register."""
    from blues_desktop.domain.errors import StorageError
    from blues_desktop.store.atomic import describe_os_error

    try:
        write_bytes_atomic(target, card.to_json().encode("utf-8"))
    except OSError as exc:
        raise StorageError(describe_os_error(exc, target)) from exc
    return target


def card_file_name(card: OfficeCard) -> str:
    """The name a saved card gets: the office and the day its keys were made."""
    return f"{card.office}-office-card-{card.made_on or 'keys'}.json"
