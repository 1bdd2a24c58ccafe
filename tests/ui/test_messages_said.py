"""Sentences of the services shown in the window's language (`ui/messages.say`)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message, Money
from blues_desktop.domain.validation import ValidationReport, ValidationResult
from blues_desktop.ui.i18n import install_language
from blues_desktop.ui.messages import say, say_result


def test_english_is_the_sentence_as_written(qapp) -> None:  # type: ignore[no-untyped-def]
    said = Message(
        QT_TRANSLATE_NOOP("messages", "{day}: {sum}"), day=date(2027, 1, 4), sum=Money("1234.5")
    )
    assert say(said) == "4 January 2027: €1,234.50"
    assert say("a plain name") == "a plain name"
    assert say(LookupError("plain words")) == "plain words"


def test_a_german_window_translates_labels_and_writes_values_as_german_does(qapp) -> None:  # type: ignore[no-untyped-def]
    install_language("de", qapp)
    # a template without a German translation keeps its words, but its values are German
    said = Message(
        QT_TRANSLATE_NOOP("messages", "{day}: {sum}, {hours} h, {kind}"),
        day=date(2027, 1, 4),
        sum=Money("1234.5"),
        hours=Decimal("7.5"),
        kind=Message.label("Sick leave"),
    )
    assert say(said) == "4. Januar 2027: 1.234,50\u00a0€, 7,5 h, Krankheit"
    error = ValidationError(None, said)
    assert say(error) == say(said)


def test_a_finding_names_its_field_in_the_window_language(qapp) -> None:  # type: ignore[no-untyped-def]
    report = ValidationReport()
    report.error("email", Message(QT_TRANSLATE_NOOP("messages", "{day}"), day=date(2027, 1, 4)))
    (result,) = report.errors
    assert isinstance(result, ValidationResult)
    assert say_result(result) == "E-mail: 4 January 2027"
    install_language("de", qapp)
    assert say_result(result) == "E-Mail: 4. Januar 2027"


def test_a_translation_that_lost_a_field_falls_back_to_english(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from blues_desktop.ui import messages

    said = Message(QT_TRANSLATE_NOOP("messages", "{who} left"), who="Ana")
    monkeypatch.setattr(messages.QCoreApplication, "translate", lambda *a: "{wer} ging")
    assert say(said) == "Ana left"


def test_a_country_in_the_history_and_in_a_likeness_is_named_in_the_window_language(qapp) -> None:  # type: ignore[no-untyped-def]
    from typing import cast

    from sqlalchemy.orm import Session

    from blues_desktop.services.history_values import display_value
    from blues_desktop.services.members.likeness import OrgFacts, compare

    value = display_value(cast(Session, None), "organisations", "country", "ES")
    assert value == "Spain"  # the CLI's History
    install_language("de", qapp)
    assert say(value) == "Spanien"
    first = OrgFacts("a", "Aguas del Ebro S.L.", "ZIN", "ES", "Zaragoza")
    second = OrgFacts("b", "Aguas del Ebro S.L.", "AQV", "FR", "Zaragoza")
    differs = [say(d) for d in compare(first, second).differs]
    assert any("Spanien" in d and "Frankreich" in d for d in differs), differs
