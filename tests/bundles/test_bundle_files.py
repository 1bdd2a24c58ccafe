"""Stored files in bundles: a partner's CVs and evidence reach the coordinator with the
records that name them, checked against their SHA-256; the coordinator relays records
but not other offices' files; a file that lies about itself refuses the bundle."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pyrage
import pytest
from reportlab.pdfgen.canvas import Canvas

from blues_desktop.bundles.export import export_bundle
from blues_desktop.bundles.format import MANIFEST, PAYLOAD, sha256_hex
from blues_desktop.bundles.merge import import_bundle, verify_file
from blues_desktop.domain.organisations import OrganisationInput
from blues_desktop.services.attachments import attach_file, stored_path
from blues_desktop.services.context import AppContext
from blues_desktop.services.keys import load_keys
from blues_desktop.services.members.editing import save_organisation
from tests.bundles.bundle_fixtures import Offices, assert_refused, forge, make_offices


def a_pdf(path: Path, text: str) -> Path:
    canvas = Canvas(str(path))
    canvas.drawString(72, 720, text)
    canvas.save()
    return path


def attach(ctx: AppContext, source: Path, kind: str = "cv") -> str:
    org = save_organisation(ctx, OrganisationInput("Aguas del Ebro S.L.", "sme", "ES")).id
    with ctx.transaction() as session:
        return attach_file(
            session, ctx, source, owner_table="organisations", owner_id=org, kind=kind
        ).sha256


def payload_names(offices: Offices, bundle: Path, reader: AppContext) -> list[str]:
    with zipfile.ZipFile(bundle) as outer:
        payload = outer.read(PAYLOAD)
    identity = load_keys(reader.paths.keys, reader.office_code, reader.office.name).age_identity
    inner = pyrage.decrypt(payload, [identity])
    with zipfile.ZipFile(io.BytesIO(inner)) as archive:
        return archive.namelist()


@pytest.fixture
def offices(tmp_path: Path) -> Offices:
    return make_offices(tmp_path)


def test_a_partners_file_reaches_the_coordinator_byte_for_byte(
    offices: Offices, tmp_path: Path
) -> None:
    cv = a_pdf(tmp_path / "CV Begoña Ibáñez.pdf", "Curriculum vitae: Begoña Ibáñez")
    sha = attach(offices.partner, cv)
    sent = export_bundle(offices.partner, offices.out)
    manifest = json.loads(zipfile.ZipFile(sent.path).read(MANIFEST))
    assert manifest["format_version"] == 2
    assert manifest["files"] == {sha: {"bytes": cv.stat().st_size}}
    assert f"files/{sha}" in payload_names(offices, sent.path, offices.partner)
    report = verify_file(offices.coordinator, sent.path)
    assert report.files == {sha: cv.stat().st_size}
    assert not stored_path(offices.coordinator, sha).exists()  # verifying changes nothing
    result = import_bundle(offices.coordinator, sent.path)
    assert result.files == 1
    assert stored_path(offices.coordinator, sha).read_bytes() == cv.read_bytes()
    # once the coordinator acknowledged it, the next bundle carries the file no more
    import_bundle(offices.partner, export_bundle(offices.coordinator, offices.out).path)
    again = export_bundle(offices.partner, offices.out)
    assert json.loads(zipfile.ZipFile(again.path).read(MANIFEST))["files"] == {}


def test_the_coordinator_relays_records_but_not_other_offices_files(
    offices: Offices, tmp_path: Path
) -> None:
    sha = attach(offices.partner, a_pdf(tmp_path / "invoice.pdf", "Hotel invoice 2026-117"))
    import_bundle(offices.coordinator, export_bundle(offices.partner, offices.out).path)
    back = export_bundle(offices.coordinator, offices.out)
    assert back.rows["attachments"] == 1  # the record travels, so lists stay whole
    manifest = json.loads(zipfile.ZipFile(back.path).read(MANIFEST))
    assert manifest["files"] == {}
    assert not any(
        n.startswith("files/") for n in payload_names(offices, back.path, offices.partner)
    )
    import_bundle(offices.partner, back.path)
    assert stored_path(offices.partner, sha).exists()  # its own copy, untouched


def _refused(offices: Offices, path: Path, reason: str) -> None:
    assert_refused(offices.coordinator, path, reason)


PROGRAM = b"MZ\x90\x00 a program dressed as a PDF"


def _other_bytes(files: dict[str, bytes], sha: str) -> None:
    files[sha] = files[sha] + b"% one byte more\n"


def _unnamed_file(files: dict[str, bytes], sha: str) -> None:
    files["a" * 64] = b"%PDF-1.4 smuggled"


def _program(files: dict[str, bytes], sha: str) -> None:
    del files[sha]
    files[sha256_hex(PROGRAM)] = PROGRAM


def _row_names_program(tables: dict[str, list[dict[str, Any]]]) -> None:
    tables["attachments"][0]["sha256"] = sha256_hex(PROGRAM)


@pytest.mark.parametrize(
    ("change_files", "change_rows", "change_manifest", "reason"),
    [
        (_other_bytes, None, None, "does not match its name"),
        (_unnamed_file, None, None, "no record of the bundle names"),
        (_program, _row_names_program, None, "is not a PDF or an image"),
        (
            None,
            None,
            lambda m: next(iter(m["files"].values())).update(bytes=11 * 2**20),
            "describes the file",
        ),
    ],
    ids=["other-bytes", "unnamed", "not-a-pdf", "over-the-limit"],
)
def test_a_file_that_lies_refuses_the_bundle(
    offices: Offices,
    tmp_path: Path,
    change_files: Any,
    change_rows: Any,
    change_manifest: Any,
    reason: str,
) -> None:
    sha = attach(offices.partner, a_pdf(tmp_path / "cv.pdf", "Aguas del Ebro"))
    good = export_bundle(offices.partner, offices.out).path
    forged = forge(
        good,
        tmp_path / "forged.blues",
        offices.partner,
        offices.coordinator,
        tables=change_rows,
        stored_files=(lambda files: change_files(files, sha)) if change_files else None,
        manifest=change_manifest,
    )
    _refused(offices, forged, reason)
