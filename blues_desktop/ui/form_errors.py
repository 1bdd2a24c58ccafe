"""One way a form shows what is wrong: each message under its field, in the error colour,
the first field with a problem focused; a message that belongs to no field of the form
(a rule over several fields, a refusal from the database) under the form.

    errors = FormErrors(form, {"title": self.title, "country": self.country})
    layout.addWidget(errors.general)
    ...
    if not errors.show(check_event(draft)):
        return
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from blues_desktop.domain.validation import ValidationReport
from blues_desktop.ui.colours import ERROR_STYLE
from blues_desktop.ui.messages import say, say_result


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def _when_changed(widget: QWidget, forget: Callable[[], None]) -> None:
    """Call `forget` when the field's value changes: the value is the widget's user
    property (a line edit's text, a box's current choice, a date, a number, a tick), and
    Qt names the signal that tells of its change. A widget without one keeps its message
    until the form is checked again."""
    value = widget.metaObject().userProperty()
    if not value.isValid() or not value.hasNotifySignal():
        return
    signal_name = bytes(value.notifySignal().name().data()).decode()
    getattr(widget, signal_name).connect(lambda *_args: forget())


class FormErrors:
    """The messages of a `ValidationReport`, each beside the field it names."""

    def __init__(
        self, form: QFormLayout | None = None, fields: dict[str, QWidget] | None = None
    ) -> None:
        """Without a form (a grid of cells) every message is shown under it."""
        self.fields = dict(fields or {})
        self.labels: dict[str, QLabel] = {}
        self.form = form
        self.general = _error_label("formErrors")
        for name, widget in self.fields.items():
            if form is None:
                break
            position: tuple[int, object] = form.getWidgetPosition(widget)  # type: ignore[assignment]
            row = position[0]
            if row < 0:
                continue  # not in this form (a field shown elsewhere): its messages go below
            label = _error_label(f"error_{name}")
            # A row of its own, in the field's column right under it; hidden, the row
            # takes no room.
            form.insertRow(row + 1, QWidget(), label)
            form.setRowVisible(label, False)
            self.labels[name] = label
            _when_changed(widget, partial(self._forget, name))

    def show(self, report: ValidationReport) -> bool:
        """Show the report's errors; True when there are none."""
        first: QWidget | None = None
        for name, label in self.labels.items():
            messages = [say(r.message) for r in report.errors if r.field == name]
            label.setText("\n".join(messages))
            # The form does not give a wrapped line its height by itself: ask for the
            # lines the message needs at its field's width.
            width = self.fields[name].width()
            label.setMinimumHeight(label.heightForWidth(width) if messages and width > 0 else 0)
            assert self.form is not None
            self.form.setRowVisible(label, bool(messages))
            if messages and first is None:
                first = self.fields[name]
        rest = [say_result(r) for r in report.errors if r.field not in self.labels]
        self.show_general("\n".join(rest))
        if first is not None:
            first.setFocus()
        self._make_room()
        return report.ok

    def _make_room(self) -> None:
        """Grow the window to the height its messages need at its width: a window does not
        grow by itself for wrapped lines, and the rows would be squeezed until cut."""
        holder = self.form.parentWidget() if self.form is not None else None
        window = (holder or self.general).window()
        layout = window.layout()
        if layout is None or not layout.hasHeightForWidth() or not window.isVisible():
            return
        needed = layout.totalHeightForWidth(window.width())
        if window.height() < needed:
            window.resize(window.width(), needed)

    def _forget(self, name: str) -> None:
        """The person changed the field: its message may no longer hold, so it goes until
        the form is checked again (a message left beside a corrected field reads as if
        the correction had not been taken)."""
        label = self.labels[name]
        if label.text():
            label.clear()
            assert self.form is not None
            self.form.setRowVisible(label, False)

    def show_general(self, text: str) -> None:
        """A message about the whole form (e.g. a refusal the database gave)."""
        self.general.setText(text)
        self.general.setVisible(bool(text))
        self._make_room()

    def clear(self) -> None:
        self.show(ValidationReport())

    def shown(self) -> dict[str, str]:
        """What is shown now, per field ("" for the messages under the form): for tests."""
        texts = {name: label.text() for name, label in self.labels.items() if label.text()}
        if self.general.text():
            texts[""] = self.general.text()
        return texts
