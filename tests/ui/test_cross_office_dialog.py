"""The coordinator's list of duplicates across offices: decide a pair, it leaves the list,
the partnership's count drops by one; partners do not see the button."""

from __future__ import annotations

from blues_desktop.services.context import AppContext
from blues_desktop.services.members.cross_office import count_organisations_once
from blues_desktop.ui.members.cross_office_dialog import CrossOfficeDialog
from blues_desktop.ui.pages.members import MembersPage
from tests.services.test_cross_office import offices  # noqa: F401 (the fixture)


def test_deciding_a_pair_takes_it_off_the_list(
    qtbot,
    coordinator_ctx: AppContext,
    offices: dict[str, str],  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    dialog = CrossOfficeDialog(coordinator_ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    assert dialog.status.text() == "2 possible duplicates to decide"
    first = dialog.model.index(0, 0).data()
    assert first.startswith(("Plasma Technik GmbH (NPG)", "PT Plasmatechnik (ZIN)"))
    assert dialog.model.index(0, 2).data() == "Likely the same organisation (100%)"
    dialog.same_button.click()
    # The decision is written in the background; the pair leaves the list when it is.
    qtbot.waitUntil(lambda: dialog.decided == 1)
    assert dialog.model.rowCount() == 1
    assert dialog.status.text() == "1 possible duplicate to decide"
    dialog.different_button.click()
    qtbot.waitUntil(lambda: dialog.decided == 2)
    assert dialog.model.rowCount() == 0
    assert not dialog.same_button.isEnabled()
    assert dialog.status.text().startswith("No undecided pairs")
    with coordinator_ctx.read() as session:
        assert count_organisations_once(session) == 6


def test_only_the_coordinator_sees_the_button(
    qtbot, ctx: AppContext, coordinator_ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    partner_page = MembersPage(ctx)
    coordinator_page = MembersPage(coordinator_ctx)
    qtbot.addWidget(partner_page)
    qtbot.addWidget(coordinator_page)
    assert partner_page.across_button.isHidden()
    assert not coordinator_page.across_button.isHidden()


def test_the_chosen_pair_is_shown_side_by_side_and_no_decision_is_the_default(
    qtbot, coordinator_ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from PySide6.QtCore import Qt

    from blues_desktop.domain.offices import office_info
    from blues_desktop.domain.organisations import OrganisationInput
    from blues_desktop.services.members.editing import save_organisation

    npg = replace(coordinator_ctx, office=office_info("NPG"))
    save_organisation(
        coordinator_ctx, OrganisationInput("Plasma Systems AG", "sme", "DE", city="Greifswald")
    )
    save_organisation(npg, OrganisationInput("Plasma Systems UG", "sme", "DE", city="Rostock"))
    dialog = CrossOfficeDialog(coordinator_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.model.index(0, 2).data() == "Probably two different organisations (55%)"
    cells = dialog.pair.cells
    assert {cells["Legal form"][0].text(), cells["Legal form"][1].text()} == {
        "<b>AG</b>",
        "<b>UG</b>",
    }
    for marked in ("Legal form", "City"):
        assert cells[marked][2].text() == "differs"
    for same in ("Name", "Country", "Type", "VAT number", "Office"):
        assert cells[same][2].text() == ""
    explanation = dialog.pair.explanation.text()
    assert "What differs (each makes it less likely)" in explanation
    assert "city (" in explanation and "legal form (" in explanation
    # Enter and Escape decide nothing: Close is the default, the decisions are clicks.
    assert dialog.close_button.isDefault()
    assert not dialog.same_button.isDefault() and not dialog.same_button.autoDefault()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    from blues_desktop.ui.operations import wait_until_idle

    wait_until_idle()
    assert dialog.decided == 0
    from blues_desktop.services.members.cross_office import cross_office_duplicates

    assert len(cross_office_duplicates(coordinator_ctx)) == 1  # still undecided
