"""The History view and the user chooser, on a real database."""

from __future__ import annotations

from blues_desktop.domain.organisations import OrganisationInput
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.editing import save_organisation
from blues_desktop.services.users import add_user, choose_user
from blues_desktop.ui.history_dialog import OFFICE, REASON, WHAT, WHO
from blues_desktop.ui.pages.members import MembersPage
from blues_desktop.ui.user_chooser import UserChoice, UserChooser, apply_choice


def cell(dialog, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
    return str(dialog.model.data(dialog.model.index(row, column)))


def test_history_dialog_shows_who_changed_what(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    saved = save_organisation(
        ctx, OrganisationInput("Aguas del Ebro S.L.", "sme", "ES", city="Zaragoza")
    )
    add_user(ctx.installation, "Lucía Ortega", added_by=ctx.user_name)
    lucia = choose_user(ctx.installation, "Lucía Ortega")
    save_organisation(
        lucia, OrganisationInput("Aguas del Ebro S.L.", "sme", "ES", city="Huesca"), saved.id
    )
    page = MembersPage(lucia)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.model.loading)  # the list is read behind the window
    assert not page.history_button.isEnabled()  # nothing selected yet
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.current is not None)  # read behind the window
    assert page.history_button.isEnabled()
    dialog = page.open_history()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded is not None)
    assert dialog.heading.text() == "<b>Organisation Aguas del Ebro S.L.</b> — 2 changes"
    assert dialog.row_count() == 2
    assert cell(dialog, 0, WHO) == "Lucía Ortega"
    assert cell(dialog, 0, OFFICE) == "ZIN"
    assert cell(dialog, 0, WHAT).splitlines() == [
        "Changed: organisation Aguas del Ebro S.L.",
        "City: Zaragoza → Huesca",
    ]
    assert cell(dialog, 0, REASON) == ""
    assert cell(dialog, 1, WHO) == "Ana García"
    assert "Legal name: Aguas del Ebro S.L." in cell(dialog, 1, WHAT).splitlines()
    headers = [dialog.model.headerData(c, _horizontal()) for c in range(5)]
    assert headers == ["When (UTC)", "Who", "Office", "What changed", "Reason"]


def _horizontal():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_chooser_preselects_the_last_user_and_adds_one(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    add_user(ctx.installation, "Lucía Ortega", added_by=ctx.user_name)
    chooser = UserChooser(["Ana García", "Lucía Ortega"], "Lucía Ortega", "ZIN ZINNAE")
    qtbot.addWidget(chooser)
    assert chooser.names.currentItem().text() == "Lucía Ortega"
    assert not chooser.add_name("  lucía ORTEGA ")
    # under the button that adds a user, nowhere else
    assert chooser.errors.shown() == {
        "new_user": "Lucía Ortega is already a user on this computer"
    }
    assert chooser.add_name("Pedro  Ruiz")
    assert chooser.errors.shown() == {}
    chooser.choose()
    assert chooser.choice == UserChoice("Pedro Ruiz", is_new=True)
    acting = apply_choice(ctx.installation, chooser.choice, ctx.user_name)
    assert acting.user_name == "Pedro Ruiz"
    assert ctx.installation.context().user_name == "Pedro Ruiz"  # remembered for next start


def test_file_users_switches_who_acts_in_the_open_window(
    qtbot, ctx: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from blues_desktop.ui.main_window import MainWindow

    add_user(ctx.installation, "Lucía Ortega", added_by=ctx.user_name)
    window = MainWindow(ctx)
    qtbot.addWidget(window)

    def pick_lucia(self) -> int:  # type: ignore[no-untyped-def]
        self.names.setCurrentRow(self.users().index("Lucía Ortega"))
        self.choose()
        return 1

    monkeypatch.setattr(UserChooser, "exec", pick_lucia)
    window.open_users()
    qtbot.waitUntil(lambda: ctx.user_name == "Lucía Ortega")
    assert window.office_label.text().endswith("· Lucía Ortega")
    assert ctx.installation.context().user_name == "Lucía Ortega"


def test_start_asks_who_when_the_computer_has_two_users(
    qtbot, ctx: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from blues_desktop.ui.startup import open_window

    shown: list[list[str]] = []

    def pick_lucia(self) -> int:  # type: ignore[no-untyped-def]
        shown.append(self.users())
        self.names.setCurrentRow(self.users().index("Lucía Ortega"))
        self.choose()
        return 1

    monkeypatch.setattr(UserChooser, "exec", pick_lucia)
    window = open_window(ctx.installation)  # one user: no question
    assert window is not None and shown == []
    qtbot.addWidget(window)
    add_user(ctx.installation, "Lucía Ortega", added_by=ctx.user_name)
    window = open_window(ctx.installation)
    assert window is not None and window.ctx is not None
    qtbot.addWidget(window)
    assert shown == [["Ana García", "Lucía Ortega"]]
    assert window.ctx.user_name == "Lucía Ortega"
    assert window.office_label.text().endswith("· Lucía Ortega")
