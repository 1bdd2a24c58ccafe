"""The log file: rotated, in the data folder, and free of e-mail addresses and keys."""

from __future__ import annotations

import logging
from pathlib import Path

import minisign
import pyrage

from blues_desktop.services.logs import (
    LOG_FILE_NAME,
    RedactingFilter,
    configure_logging,
    get_logger,
    log_folder,
    redact,
)


def test_redact_hides_addresses_and_key_material() -> None:
    identity = str(pyrage.x25519.Identity.generate())
    pair = minisign.KeyPair.generate()
    secret = pair.secret_key.to_base64().decode()
    text = (
        f"contact María <maria.lopez+cx@zinnae.es>, key {identity}, minisign {secret}, "
        f"passphrase=hunter22 and id 3f0c7f0e-2b7a-4d8e-9d3c-1f2e3d4c5b6a, file ZIN-X-2026-007.pdf"
    )
    cleaned = redact(text)
    assert "maria.lopez" not in cleaned and "<e-mail>" in cleaned
    assert identity not in cleaned and "<age secret key>" in cleaned
    assert secret not in cleaned
    assert "hunter22" not in cleaned and "passphrase=<hidden>" in cleaned
    # What a log needs stays: ids, references, file names.
    assert "3f0c7f0e-2b7a-4d8e-9d3c-1f2e3d4c5b6a" in cleaned and "ZIN-X-2026-007.pdf" in cleaned


def test_the_filter_redacts_arguments_and_tracebacks() -> None:
    record = logging.LogRecord(
        "blues_desktop.x", logging.ERROR, __file__, 1, "for %s", ("a@b.eu",), None
    )
    try:
        raise ValueError("bad address jan.novak@nanoprogress.cz")
    except ValueError as exc:
        record.exc_info = (type(exc), exc, exc.__traceback__)
    assert RedactingFilter().filter(record)
    assert record.getMessage() == "for <e-mail>"
    assert record.exc_info is None
    assert record.exc_text is not None
    assert "ValueError: bad address <e-mail>" in record.exc_text
    assert "nanoprogress" not in record.exc_text


def test_configured_log_rotates_in_the_logs_folder(tmp_path: Path) -> None:
    path = configure_logging(tmp_path / "logs")
    assert path == tmp_path / "logs" / LOG_FILE_NAME
    assert log_folder() == tmp_path / "logs"
    log = get_logger("test")
    handler = next(h for h in logging.getLogger("blues_desktop").handlers if hasattr(h, "maxBytes"))
    handler.maxBytes = 2_000  # type: ignore[attr-defined]
    for index in range(200):
        log.warning("import row %d failed for piotr@mazovia.example", index)
    logged = sorted(p.name for p in (tmp_path / "logs").iterdir())
    assert logged[0] == LOG_FILE_NAME and f"{LOG_FILE_NAME}.1" in logged
    assert len(logged) <= 6  # the current file and five old ones
    text = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "logs").iterdir())
    assert "row 199 failed for <e-mail>" in text and "mazovia" not in text
    # Configuring again (a second command in the same process) replaces the handler.
    configure_logging(tmp_path / "other")
    handlers = [h for h in logging.getLogger("blues_desktop").handlers if hasattr(h, "maxBytes")]
    assert len(handlers) == 1


def test_an_unwritable_log_folder_does_not_stop_anything(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert configure_logging(blocker / "logs") is None
    get_logger("test").error("still fine")  # no exception


def test_the_cli_logs_failures_without_personal_data(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "d"
    result = run_cli(
        "--data-dir", str(data), "init", "--office", "XYZ", "--name", "eva@aqua.example"
    )
    assert result.code == 1
    text = (data / "logs" / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "blues init failed: ConfigurationError: unknown office code 'XYZ'" in text
    assert "eva@aqua" not in text
