"""The register's export from the Members page runs in a process of its own and writes
the workbook a user opens; the page says what it wrote."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from blues_desktop.domain.organisations import OrganisationInput
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.editing import save_organisation
from blues_desktop.services.processes import ContextRecipe
from blues_desktop.ui.feedback import last_told, last_written
from blues_desktop.ui.pages.members import MembersPage


def test_the_export_writes_the_register_from_a_child_process(
    qtbot, ctx: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    for name in ("Riegos de Aragón S.A.", "Aguas del Ebro S.L."):
        save_organisation(ctx, OrganisationInput(name, "sme", "ES"))
    assert ContextRecipe.of(ctx) is not None  # this data goes to a child process
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    target = tmp_path / "register.xlsx"
    page.export_to(target)
    qtbot.waitUntil(lambda: getattr(page, "last_export", None) is not None, timeout=60_000)
    # said in the status bar, with the file to open
    assert "Exported 2 organisations and 0 contacts" in last_told(page)
    assert last_written(page) == target
    sheet = load_workbook(target)["Organisations"]
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        "Aguas del Ebro S.L.",
        "Riegos de Aragón S.A.",
    ]
