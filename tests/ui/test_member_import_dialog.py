"""The member import dialog: the preview shows the first rows as they will be imported,
and says before importing which columns hold data that will be ignored."""

from __future__ import annotations

from pathlib import Path

from blues_desktop.services.context import AppContext
from blues_desktop.ui.members.import_dialog import ImportDialog
from tests.member_files import write_xlsx


def _rows(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_preview_shows_the_rows_as_they_will_be_imported(
    qtbot, ctx: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    source = write_xlsx(
        tmp_path / "socios.xlsx",
        {
            "Socios": [
                ["Razón social", "País", "Ciudad", "Nombre", "Apellidos", "Correo electrónico",
                 "Comentario interno", "Tipo"],
                ["Aguas del Ebro S.L.", "ES", "Zaragoza", "Lucía", "Pérez Gómez",
                 "lucia@aguas.es", "llamar en mayo", "PYME"],
                ["Riegos Aragón S.A.", "ES", "Huesca", "", "", "", "", ""],
            ]
        },
    )  # fmt: skip
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.open_file(source)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.steps.currentWidget() is dialog.tabs
    assert dialog.tabs.currentWidget() is dialog.planned
    rows = _rows(dialog.planned)
    assert rows[0][:6] == ["Socios", "2", "Aguas del Ebro S.L.", "SME", "ES Spain", "Zaragoza"]
    contact = next(row for row in rows if "Lucía Pérez Gómez" in row[2])
    assert contact[7] == "lucia@aguas.es"
    assert any(row[2] == "Riegos Aragón S.A." for row in rows)
    # the column nobody reads is named, before anything is imported, with what happens to it
    text = dialog.ignored.text()
    assert "G (Comentario interno)" in text and "will be ignored" in text
    assert dialog.ignored.isVisibleTo(dialog)
    assert dialog.import_button.isEnabled()
