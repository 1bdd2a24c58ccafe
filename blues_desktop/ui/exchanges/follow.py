"""An open exchange dialog follows its exchange through the change hub.

When the exchange is changed elsewhere (another window, an imported bundle) while a
dialog edits part of it, the dialog reads it again on the reader lane and compares the
part it edits: untouched, the form shows the record as stored now; with the user's edits,
the form stays as typed and says that saving writes over the other change; when the
exchange has moved on so that the part can no longer be edited, Save is switched off.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from blues_desktop.domain.changes import Kind
from blues_desktop.domain.errors import NotFoundError
from blues_desktop.domain.exchanges.actions import Action
from blues_desktop.domain.exchanges.workflow import STATE_LABELS
from blues_desktop.services.context import AppContext
from blues_desktop.services.exchanges.detail import ExchangeDetail, exchange_detail
from blues_desktop.ui import i18n
from blues_desktop.ui.change_hub import follow_changes
from blues_desktop.ui.colours import ERROR_STYLE
from blues_desktop.ui.operations import run_read, show_error


def notice_label() -> QLabel:
    """Where an exchange dialog says its record changed elsewhere (hidden until then)."""
    notice = QLabel()
    notice.setObjectName("changedElsewhere")
    notice.setWordWrap(True)
    notice.setStyleSheet(ERROR_STYLE)
    notice.hide()
    return notice


def say_notice(notice: QLabel, text: str) -> None:
    notice.setText(text)
    notice.show()


class FollowedExchange:
    """Ties a dialog that edits one part of an exchange to the change hub.

    `part(detail)` is what the dialog edits, as a comparable value; `untouched()` says
    whether the form still shows what it was filled with; `fill(detail)` shows a stored
    record in the form; `save` is the button that writes it.
    """

    def __init__(
        self,
        dialog: QDialog,
        ctx: AppContext,
        detail: ExchangeDetail,
        action: Action,
        *,
        part: Callable[[ExchangeDetail], object],
        untouched: Callable[[], bool],
        fill: Callable[[ExchangeDetail], None],
        notice: QLabel,
        save: QWidget,
    ) -> None:
        self.dialog, self.ctx, self.exchange_id = dialog, ctx, detail.id
        self.action, self.part, self.untouched, self.fill = action, part, untouched, fill
        self.notice, self.save = notice, save
        self.shown = part(detail)
        follow_changes(dialog, ctx, frozenset({Kind.EXCHANGES}), self.read_again)

    def read_again(self) -> None:
        if not self.dialog.isVisible():
            return  # saved or cancelled: the page shows the change
        ctx, exchange_id = self.ctx, self.exchange_id
        run_read(
            self.dialog,
            lambda _p, _c: exchange_detail(ctx, exchange_id),
            on_success=self.compare,
            on_failure=self.gone,
        )

    def compare(self, stored: ExchangeDetail) -> None:
        if self.action not in stored.actions:
            self.save.setEnabled(False)
            state = i18n.label(STATE_LABELS[stored.state])
            say_notice(
                self.notice,
                QCoreApplication.translate(
                    "ExchangeDialogs",
                    "This exchange was changed elsewhere (another window or an imported "
                    "bundle) and is now {state}: this part of it can no longer be changed."
                ).format(state=state),
            )
            return
        part = self.part(stored)
        if part == self.shown:
            return  # another part of the exchange changed: nothing here to say
        if self.untouched():
            self.fill(stored)
            self.shown = part
            say_notice(
                self.notice,
                QCoreApplication.translate(
                    "ExchangeDialogs",
                    "This exchange was changed elsewhere (another window or an imported "
                    "bundle); the form now shows it as stored."
                ),
            )
            return
        say_notice(
            self.notice,
            QCoreApplication.translate(
                "ExchangeDialogs",
                "This exchange was changed elsewhere (another window or an imported bundle) "
                "while you edited it. Saving writes your version over those changes; Cancel "
                "keeps them."
            ),
        )

    def gone(self, exc: BaseException) -> None:
        if not isinstance(exc, NotFoundError):
            show_error(self.dialog, exc)
            return
        self.save.setEnabled(False)
        say_notice(
            self.notice,
            QCoreApplication.translate(
                "ExchangeDialogs",
                "This exchange was deleted elsewhere (another window or an imported bundle) "
                "while the form was open; there is nothing left to save it to."
            ),
        )
