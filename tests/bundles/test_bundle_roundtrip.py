"""Offices send their records to the coordinator and get the partnership's back."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

from sqlalchemy import func, select

from blues_desktop.bundles.export import export_bundle, preview_export
from blues_desktop.bundles.merge import import_bundle
from blues_desktop.domain.errors import PermissionDeniedError
from blues_desktop.services import records
from blues_desktop.services.context import open_installation
from blues_desktop.services.demo import generate
from blues_desktop.store.models import Organisation
from tests.bundles.bundle_fixtures import assert_refused, make_offices, table_dump
from tests.conftest import require_tool

TABLES = ("organisations", "persons", "exchanges", "events", "registrations")


def _count(ctx, office: str) -> int:  # type: ignore[no-untyped-def]
    with ctx.read() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(Organisation)
                .where(Organisation.office_id == office)
            )
            or 0
        )


def test_partner_to_coordinator_and_back(tmp_path: Path) -> None:
    offices = make_offices(tmp_path)
    generate(offices.partner, scale=0.3, offices=["ZIN"])
    preview = preview_export(offices.partner)
    assert {t.table for t in preview.tables} >= {"organisations", "persons"}
    sent = export_bundle(offices.partner, offices.out)
    assert sent.path.name.startswith("ZIN-0001-") and sent.path.suffix == ".blues"
    result = import_bundle(offices.coordinator, sent.path)
    assert result.counts["organisations"].new == _count(offices.partner, "ZIN") == 30
    assert table_dump(offices.coordinator, TABLES) == table_dump(offices.partner, TABLES)
    # the coordinator's records of ZIN are read-only there
    with offices.coordinator.transaction() as session:
        org = session.scalars(select(Organisation)).first()
        assert org is not None
        try:
            records.update_fields(session, offices.coordinator, org, {"city": "Elsewhere"})
        except PermissionDeniedError as exc:
            assert "belongs to office ZIN" in str(exc)
        else:
            raise AssertionError("the coordinator changed a partner's record")
    # importing it again changes nothing and says so
    again = import_bundle(offices.coordinator, sent.path)
    assert again.already_imported_on is not None and not again.changes
    # the coordinator's bundle acknowledges it; the partner's next bundle starts after it
    back = export_bundle(offices.coordinator, offices.out)
    import_bundle(offices.partner, back.path)
    assert preview_export(offices.partner).rows == 0
    with offices.partner.transaction() as session:
        org = session.scalars(select(Organisation).where(Organisation.office_id == "ZIN")).first()
        assert org is not None
        records.update_fields(session, offices.partner, org, {"city": "Huesca"})
    assert preview_export(offices.partner).rows == 1
    second = export_bundle(offices.partner, offices.out)
    assert second.rows == {"organisations": 1}
    assert import_bundle(offices.coordinator, second.path).counts["organisations"].updated == 1


def test_any_import_order_ends_in_the_same_database(tmp_path: Path) -> None:
    offices = make_offices(tmp_path)
    # a twin of the coordinator (same keys, same empty database) imports in the other order
    offices.coordinator.installation.close()
    shutil.copytree(offices.coordinator.paths.root, tmp_path / "twin")
    twin = open_installation(tmp_path / "twin").context()
    generate(offices.partner, scale=0.2, offices=["ZIN"])
    first = export_bundle(offices.partner, offices.out)
    with offices.partner.transaction() as session:
        for org in session.scalars(select(Organisation).limit(5)):
            records.update_fields(session, offices.partner, org, {"notes": "visited in March"})
        gone = session.scalars(select(Organisation).offset(7)).first()
        assert gone is not None
        records.tombstone(session, offices.partner, gone)
    second = export_bundle(offices.partner, offices.out)
    import_bundle(offices.coordinator, first.path)
    import_bundle(offices.coordinator, second.path)
    newest_first = import_bundle(twin, second.path)
    assert newest_first.counts["organisations"].new == 20
    assert newest_first.warnings == (
        "bundle 1 of ZIN has not been imported (a gap); later ones hold their changes",
    )
    # the bundle before it, arriving late, is refused: the later one carried its changes,
    # and an old bundle never rolls a record back
    assert_refused(
        twin, first.path, "bundle 1 of ZIN is older than bundle 2, already imported here"
    )
    assert (
        table_dump(offices.coordinator, TABLES)
        == table_dump(twin, TABLES)
        == table_dump(offices.partner, TABLES)
    )


def test_the_standard_tools_verify_and_decrypt_a_bundle(tmp_path: Path) -> None:
    minisign, age = require_tool("minisign"), require_tool("age")
    offices = make_offices(tmp_path)
    generate(offices.partner, scale=0.1, offices=["ZIN"])
    sent = export_bundle(offices.partner, offices.out)
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(sent.path) as archive:
        archive.extractall(unpacked)
    public_key = (offices.partner.paths.keys / "office.pub").read_text().splitlines()[1]
    verified = subprocess.run(
        [minisign, "-V", "-P", public_key, "-m", str(unpacked / "manifest.json")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert verified.returncode == 0, verified.stderr
    for reader in (
        offices.coordinator,
        offices.partner,
    ):  # encrypted to the coordinator and the sender
        opened = subprocess.run(
            [age, "-d", "-i", str(reader.paths.keys / "office.age"), str(unpacked / "payload.age")],
            capture_output=True, check=False,
        )  # fmt: skip
        assert opened.returncode == 0, opened.stderr
        assert opened.stdout.startswith(b"PK")
