"""The first-run dialog in a German window: the offices to choose from are described in
German, as every other word of the dialog."""

from __future__ import annotations

from blues_desktop.services.context import Installation
from blues_desktop.ui.i18n import install_language
from blues_desktop.ui.setup_dialog import SetupDialog


def test_the_offices_to_choose_are_described_in_the_window_s_language(qtbot, qapp, installation: Installation) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    install_language("de", qapp)  # tests/ui/conftest.py puts English back
    dialog = SetupDialog(installation)
    qtbot.addWidget(dialog)
    choices = [dialog.office.itemText(i) for i in range(dialog.office.count())]
    assert choices[0] == "BPT — BalticNet-PlasmaTec (Deutschland; Koordinator, Leitung von WP5)"
    assert choices[3] == "ZIN — ZINNAE (Spanien; Leitung von WP3)"
    assert not any("leader" in choice or "Germany" in choice for choice in choices)
