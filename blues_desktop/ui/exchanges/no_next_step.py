"""Why an exchange has no next step, as a whole sentence per state: "The exchange was
cancelled." reads right in every language, where "The exchange is {state}." with the
state's label put in did not (a label is written to stand alone, not inside a sentence)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from blues_desktop.domain.exchanges.workflow import STATE_LABELS, State
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP
from blues_desktop.ui.i18n import label

_CONTEXT = "ExchangesPage"
_SENTENCES: dict[State, str] = {
    State.PAID: QT_TRANSLATE_NOOP(
        "ExchangesPage", "The exchange is paid: its last step is done."
    ),
    State.CANCELLED: QT_TRANSLATE_NOOP(
        "ExchangesPage", "The exchange was cancelled: it takes no further step."
    ),
    State.WITHDRAWN: QT_TRANSLATE_NOOP(
        "ExchangesPage", "The exchange was withdrawn: it takes no further step."
    ),
}


def no_next_step(state: State) -> str:
    """The sentence shown beside the disabled Next button when the state has no step on."""
    if state in _SENTENCES:
        return QCoreApplication.translate(_CONTEXT, _SENTENCES[state])
    # any other state has a next step; should one ever lack it, its label stands alone
    return QCoreApplication.translate(
        "ExchangesPage", "No further step from this state: {state}."
    ).format(state=label(STATE_LABELS[state]))
