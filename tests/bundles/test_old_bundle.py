"""A bundle in format 1 (written by the code before stored files, tests/data/old_bundles/
README.md) still verifies and merges, at a coordinator whose data folder is as old."""

from __future__ import annotations

import io
import json
import tarfile
import zipfile
from pathlib import Path

import pyrage
import pytest
from pyrage import x25519
from sqlalchemy import func, select

from blues_desktop.bundles.merge import import_bundle, verify_file
from blues_desktop.bundles.rows import RowError, parse_row
from blues_desktop.services.context import open_installation
from blues_desktop.store.models import Organisation, Person

OLD = Path(__file__).parents[1] / "data" / "old_bundles"


def test_a_format_1_bundle_verifies_and_merges(tmp_path: Path) -> None:
    (bundle_path,) = OLD.glob("*.blues")
    with zipfile.ZipFile(bundle_path) as archive:
        raw = json.loads(archive.read("manifest.json"))
    assert raw["format_version"] == 1 and "files" not in raw
    with tarfile.open(OLD / "coordinator.tar.xz") as tar:
        tar.extractall(tmp_path / "bpt", filter="data")
    installation = open_installation(tmp_path / "bpt")
    try:
        ctx = installation.context()
        assert ctx.office_code == "BPT"
        report = verify_file(ctx, bundle_path)
        assert report.manifest.format_version == 1 and report.manifest.files == {}
        assert report.office == "ZIN" and report.sequence == 1
        sent = raw["tables"]["organisations"]["rows"]
        assert report.counts["organisations"].new == sent > 0

        result = import_bundle(ctx, bundle_path)
        assert result.already_imported_on is None
        assert result.counts["organisations"].new == sent
        with ctx.read() as session:
            organisations = session.scalar(
                select(func.count()).where(Organisation.office_id == "ZIN")
            )
            persons = session.scalar(select(func.count()).where(Person.office_id == "ZIN"))
        assert organisations == sent
        assert persons == raw["tables"]["persons"]["rows"]
        again = import_bundle(ctx, bundle_path)
        assert again.already_imported_on is not None
    finally:
        installation.close()


def test_a_column_the_sender_did_not_have_yet_is_empty_and_a_required_one_is_refused(
    tmp_path: Path,
) -> None:
    (bundle_path,) = OLD.glob("*.blues")
    with tarfile.open(OLD / "coordinator.tar.xz") as tar:
        tar.extractall(tmp_path / "bpt", filter="data")
    secret = next(
        line
        for line in (tmp_path / "bpt" / "keys" / "office.age").read_text().splitlines()
        if line.startswith("AGE-SECRET-KEY-")
    )
    with zipfile.ZipFile(bundle_path) as archive:
        payload = pyrage.decrypt(archive.read("payload.age"), [x25519.Identity.from_str(secret)])
    with zipfile.ZipFile(io.BytesIO(payload)) as inner:
        line = inner.read("organisations.jsonl").splitlines()[0]
    sent = json.loads(line)
    table = Organisation.__table__
    assert "check_digit_fails" not in sent and "check_digit_fails" in table.columns
    assert parse_row(table, line)["check_digit_fails"] is None  # added since: empty
    del sent["office_id"]
    with pytest.raises(RowError, match="missing column 'office_id'"):
        parse_row(table, json.dumps(sent).encode())
