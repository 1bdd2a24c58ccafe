"""What the translators asked for: "Title" of a person and of an event told apart, the
reason an exchange has no next step as a whole sentence per state, and counts written
with their plural forms instead of "noun: {n}"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from blues_desktop.domain.exchanges.workflow import State
from blues_desktop.domain.labels import label_of_field
from blues_desktop.domain.translatable import Message
from blues_desktop.services import exchanges as cx
from blues_desktop.services.context import AppContext
from blues_desktop.ui.exchanges.no_next_step import no_next_step
from blues_desktop.ui.i18n import install_language, label
from blues_desktop.ui.messages import say
from blues_desktop.ui.pages.exchanges import ExchangesPage
from tests.services.test_exchanges_workflow import parties, registration


def test_a_persons_title_and_an_events_title_are_translated_apart(qapp) -> None:  # type: ignore[no-untyped-def]
    person, event = label_of_field("persons", "title"), label_of_field("events", "title")
    assert person == event == "Title"  # one English word …
    install_language("cs", qapp)
    assert label(person) == "Titul"  # … Dr., Prof.
    assert label(event) == "Název"  # … what the event is called
    assert say(Message.label(person)) == "Titul"  # a label inside a message, the same
    install_language("en", qapp)
    assert label(person) == label(event) == "Title"


def test_a_cancelled_exchange_says_so_in_a_whole_sentence(qtbot, qapp, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    reference = cx.register(ctx, registration(parties(ctx))).reference
    cx.move(ctx, reference, "cancelled", reason="dates did not suit the host")
    install_language("de", qapp)
    page = ExchangesPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.reference == reference)
    assert page.why_not.text() == "Der Austausch wurde abgesagt: es folgt kein weiterer Schritt."
    assert not page.next_button.isEnabled()
    assert no_next_step(State.PAID) == "Der Austausch ist ausgezahlt: sein letzter Schritt ist erledigt."
    install_language("en", qapp)
    assert no_next_step(State.WITHDRAWN) == "The exchange was withdrawn: it takes no further step."


def test_counts_take_the_languages_plural_forms(qapp) -> None:  # type: ignore[no-untyped-def]
    def stored(count: int) -> str:
        return QCoreApplication.translate(
            "BundlesPage",
            "%n stored files (CVs, evidence, timesheet PDFs), {size} MB, "
            "each matching its SHA-256",
            None,
            count,
        )

    def merged(count: int) -> str:
        return QCoreApplication.translate("MembersPage", "Merged: %n contacts moved.", None, count)

    install_language("en", qapp)
    assert stored(1).startswith("1 stored file (CVs")
    assert merged(1) == "Merged: 1 contact moved." and merged(3) == "Merged: 3 contacts moved."
    install_language("pl", qapp)
    assert [merged(n) for n in (1, 3, 5)] == [
        "Scalono: 1 kontakt przeniesiony.",
        "Scalono: 3 kontakty przeniesione.",
        "Scalono: 5 kontaktów przeniesiono.",
    ]
    assert stored(22).startswith("22 zapisane pliki") and stored(25).startswith("25 zapisanych")
    install_language("en", qapp)
