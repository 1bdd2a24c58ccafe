"""Files an office may send that cannot be read: each refused with a clear message that
names the file, nothing written, no traceback."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from sqlalchemy import func, select

from blues_desktop.domain.errors import ValidationError
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.importing.commit import commit_import
from blues_desktop.services.members.importing.preview import preview_import
from blues_desktop.store.models import AuditLog, Organisation
from tests.member_files import convert, soffice, write_ods, write_xlsx

ROWS = [["Raison sociale", "Pays", "Ville"], ["Aqua Innov SAS", "FR", "Montpellier"]]


def _written(ctx: AppContext) -> tuple[int, int]:
    with ctx.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Organisation)) or 0,
            session.scalar(select(func.count()).select_from(AuditLog)) or 0,
        )


def test_a_corrupt_ods_is_refused(ctx: AppContext, tmp_path: Path) -> None:
    good = write_ods(tmp_path / "good.ods", {"Membres": ROWS}).read_bytes()
    cut = tmp_path / "membres.ods"
    cut.write_bytes(good[: len(good) // 2])
    before = _written(ctx)
    with pytest.raises(ValidationError, match=r"membres\.ods: the workbook is damaged"):
        preview_import(ctx, cut)
    garbled = tmp_path / "adherents.ods"
    garbled.write_bytes(good.replace(b"content.xml", b"contenu.xml"))
    with pytest.raises(ValidationError, match=r"adherents\.ods: the workbook is damaged"):
        preview_import(ctx, garbled)
    assert _written(ctx) == before


def test_an_xls_that_is_not_one_is_refused(ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "socios.xls"
    path.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(1000))
    with pytest.raises(ValidationError, match=r"socios\.xls: the workbook cannot be read"):
        preview_import(ctx, path)


def test_a_password_protected_ods_is_refused(ctx: AppContext, tmp_path: Path) -> None:
    """LibreOffice keeps an encrypted .ods a zip and names the encryption in its manifest."""
    path = write_ods(tmp_path / "membres.ods", {"Membres": ROWS})
    data = path.read_bytes().replace(
        b'manifest:media-type="text/xml"/>',
        b'manifest:media-type="text/xml"><manifest:encryption-data/></manifest:file-entry>',
    )  # noqa: E501
    import zipfile

    with zipfile.ZipFile(path) as source:
        parts = {i.filename: source.read(i) for i in source.infolist()}
    parts["META-INF/manifest.xml"] = parts["META-INF/manifest.xml"].replace(
        b'manifest:media-type="text/xml"/>',
        b'manifest:media-type="text/xml"><manifest:encryption-data/></manifest:file-entry>',
    )
    del data
    with zipfile.ZipFile(path, "w") as target:
        for name, content in parts.items():
            target.writestr(name, content)
    with pytest.raises(ValidationError, match=r"membres\.ods: the workbook is password-protected"):
        preview_import(ctx, path)


def test_a_text_file_named_like_a_workbook_is_refused(ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "members.xlsx"
    path.write_text("Legal name;Country\nAqua Innov;FR\n")
    with pytest.raises(ValidationError, match=r"members\.xlsx: the workbook is damaged"):
        preview_import(ctx, path)


@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize(
    ("filter_name", "suffix"),
    [("xls:MS Excel 97", ".xls"), ("ods:calc8", ".ods")],
)
def test_what_libreoffice_saves_imports(
    ctx: AppContext, tmp_path: Path, filter_name: str, suffix: str
) -> None:
    source = write_xlsx(tmp_path / "membres.xlsx", {"Membres": ROWS})
    converted = convert(source, tmp_path / "out", filter_name)
    assert converted.suffix == suffix
    preview = preview_import(ctx, converted)
    assert preview.counts() == "1 row will be imported, 0 rows set aside"
    commit_import(ctx, preview)
    assert _written(ctx)[0] == 1


def biff2_sheet(rows: list[list[str]]) -> bytes:
    """A worksheet as Excel 2.x saved it (BIFF2: a plain stream of records, no container)."""

    def record(kind: int, data: bytes) -> bytes:
        return struct.pack("<HH", kind, len(data)) + data

    out = record(0x0009, struct.pack("<HH", 0x0002, 0x0010))  # BOF: a worksheet
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            raw = text.encode("cp1252")
            out += record(0x0004, struct.pack("<HH", r, c) + bytes(3) + bytes([len(raw)]) + raw)
    return out + record(0x000A, b"")  # EOF


def test_an_xls_from_a_very_old_excel_is_refused_with_what_to_do(
    ctx: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "membres 1994.xls"
    path.write_bytes(biff2_sheet(ROWS))
    before = _written(ctx)
    with pytest.raises(ValidationError) as caught:
        preview_import(ctx, path)
    message = str(caught.value)
    assert "membres 1994.xls: the workbook cannot be read" in message
    assert "before Excel 97" in message and "save it as .xlsx" in message
    assert "Traceback" not in message
    assert _written(ctx) == before
