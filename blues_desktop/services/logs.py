"""The log file: errors with their context, rotated, and never personal data or keys.

`configure_logging(paths.logs)` is called once by the app and by the `blues`
command. Every record passes a RedactingFilter before it is written: e-mail
addresses, secret keys, base64 key material and passphrases are replaced, in the
message and in the traceback. Code logs ids, office codes, file names and counts,
not names of people; the filter is the safety net for what slips through
(exception messages that quote a cell, say).
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import re
from pathlib import Path

LOGGER_NAME = "blues_desktop"
LOG_FILE_NAME = "blues.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"

_REDACTIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"AGE-SECRET-KEY-1[0-9A-Z]+", re.IGNORECASE), "<age secret key>"),
    (
        re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----", re.S),
        "<private key>",
    ),
    (re.compile(r"\bRWRTY[0-9A-Za-z+/=]{20,}"), "<minisign secret key>"),
    # Any other long base64 run: key material or an encrypted blob, never useful in a log.
    (re.compile(r"(?<![0-9A-Za-z+/])[0-9A-Za-z+/]{80,}={0,2}"), "<key material>"),
    (
        re.compile(r"((?:passphrase|password|secret)\s*[=:]\s*)\S+", re.IGNORECASE),
        r"\1<hidden>",
    ),
    (re.compile(r"[\w.+%-]+@[\w-]+(?:\.[\w-]+)+"), "<e-mail>"),
)


def redact(text: str) -> str:
    """`text` with e-mail addresses and key material replaced by placeholders."""
    for pattern, replacement in _REDACTIONS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Renders each record's message and traceback, redacted, before any handler sees it."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        with contextlib.suppress(Exception):  # a broken format string must not hide the record
            record.msg = record.getMessage()
            record.args = None
        record.msg = redact(str(record.msg))
        if record.exc_info:
            record.exc_text = redact(self._formatter.formatException(record.exc_info))
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class _BluesLogHandler(logging.handlers.RotatingFileHandler):
    """Marks the handler this module installed, so a second configure replaces it."""


def configure_logging(logs_dir: Path, level: int = logging.INFO) -> Path | None:
    """Log to `<logs_dir>/blues.log` (rotated at 1 MB, 5 kept); None if the folder is unusable.

    Logging never stops the app: a read-only folder means no log file, not an error.
    """
    logger = logging.getLogger(LOGGER_NAME)
    for old in [h for h in logger.handlers if isinstance(h, _BluesLogHandler)]:
        logger.removeHandler(old)
        old.close()
    path = Path(logs_dir) / LOG_FILE_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _BluesLogHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactingFilter())
    logger.addHandler(handler)
    logger.setLevel(level)
    return path


def log_file() -> Path | None:
    """The file the log is written to, if logging is configured."""
    for handler in logging.getLogger(LOGGER_NAME).handlers:
        if isinstance(handler, _BluesLogHandler):
            return Path(handler.baseFilename)
    return None


def log_folder() -> Path | None:
    path = log_file()
    return path.parent if path is not None else None


def get_logger(name: str) -> logging.Logger:
    """A logger under the app's own (its records go to the log file)."""
    return logging.getLogger(name if name.startswith(LOGGER_NAME) else f"{LOGGER_NAME}.{name}")
