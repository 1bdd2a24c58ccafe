"""Where an installation keeps its files.

The data directory is, in order: the `--data-dir` given, `BLUES_DATA_DIR`, the folder
the data was moved to in Settings (remembered in `data-folder.txt` in the user's
configuration directory), or the user's data directory from platformdirs. Inside it:

    blues.sqlite       the database (unless --db points elsewhere)
    keys/              the office's signing key and age identity (owner-only)
    backups/           rotating SQLite backups
    attachments/       files kept by hash (CVs, evidence, scanned sheets)
    logs/              the rotating log
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from blues_desktop.domain.errors import ConfigurationError

APP_DIR_NAME = "BLUES Desktop"
ENV_DATA_DIR = "BLUES_DATA_DIR"
DB_FILE_NAME = "blues.sqlite"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True))


def moved_location_file() -> Path:
    """Where the place of a data folder moved in Settings is remembered (outside the
    folder itself, which is what moves)."""
    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False, roaming=True)) / (
        "data-folder.txt"
    )


def moved_data_dir() -> Path | None:
    try:
        text = moved_location_file().read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return Path(text) if text else None


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(ENV_DATA_DIR)
    if from_env:
        return Path(from_env).expanduser()
    return moved_data_dir() or default_data_dir()


@dataclass(frozen=True, slots=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_FILE_NAME

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> DataPaths:
        """Create the folders, or say plainly which one cannot be written."""
        for folder in (self.root, self.keys, self.backups, self.attachments, self.logs):
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ConfigurationError(
                    f"cannot create the data folder {folder}: {exc.strerror or exc}"
                ) from exc
        probe = self.root / ".write-test"
        try:
            probe.write_bytes(b"")
            # Another process opening the same folder at this moment may have removed
            # the probe already (its own probe, or the start-up's stale-file cleanup).
            probe.unlink(missing_ok=True)
        except OSError as exc:
            raise ConfigurationError(
                f"cannot write to the data folder {self.root}: {exc.strerror or exc}"
            ) from exc
        # Not every file system keeps POSIX modes (FAT on a USB stick).
        with contextlib.suppress(OSError):
            os.chmod(self.keys, 0o700)
        return self
