"""A message under its field is shown whole: a line that wraps gets the height of its
lines, and the window grows to hold them (a window does not grow by itself for wrapped
text, and the message was cut to its first line)."""

from __future__ import annotations

from blues_desktop.services.context import Installation
from blues_desktop.ui.setup_dialog import SetupDialog


def test_a_message_that_wraps_under_its_field_is_shown_whole(qtbot, installation: Installation) -> None:  # type: ignore[no-untyped-def]
    dialog = SetupDialog(installation)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    dialog.office.setCurrentIndex(dialog.office.findData("MCI"))
    dialog.create_office()  # no name: the longest of its messages, on two lines here
    label = dialog.errors.labels["name"]
    qtbot.waitUntil(lambda: label.isVisible())
    needed = label.heightForWidth(label.width())
    assert needed > label.fontMetrics().lineSpacing() * 1.5  # it does wrap at this width
    qtbot.waitUntil(lambda: label.height() >= needed)
    assert dialog.height() > before
    assert label.geometry().bottom() < dialog.passphrase.geometry().top()  # not under it


def test_a_message_goes_when_its_field_is_changed_and_the_others_stay(qtbot, installation: Installation) -> None:  # type: ignore[no-untyped-def]
    dialog = SetupDialog(installation)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.create_office()  # nothing chosen, nothing typed
    assert set(dialog.errors.shown()) == {"office", "name"}
    dialog.office.setCurrentIndex(dialog.office.findData("ZIN"))
    # The office is chosen now: its message no longer holds; the name's still does.
    assert set(dialog.errors.shown()) == {"name"}
    assert not dialog.errors.labels["office"].isVisible()
    assert dialog.errors.labels["name"].isVisible()
    qtbot.keyClicks(dialog.name, "Ana Garcia")
    assert dialog.errors.shown() == {}
    dialog.name.clear()
    assert dialog.errors.shown() == {}  # until the form is checked again
    dialog.create_office()
    assert set(dialog.errors.shown()) == {"name"}
