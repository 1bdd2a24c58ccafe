"""The sentences of the layers below the window, shown in the window's language.

Services, rules and bundles write their messages for people as
`domain.translatable.Message`: the English sentence, which also keeps its template
(marked for the translators in the "messages" context) and the values of its fields.
`say` translates the template and fills in the values as the window's language writes
them: a date with its month's name, euros with the sign where the locale puts it, a
label or a nested message translated in turn. A plain `str` (a name, a file's path, an
old message) is shown as it is. docs/translations.md says how messages are written.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.labels import label_of_input
from blues_desktop.domain.translatable import (
    Country,
    LabelInSentence,
    Message,
    Money,
    disambiguation_of,
    english_plural,
    in_sentence,
    message_of,
)
from blues_desktop.domain.validation import ValidationReport, ValidationResult
from blues_desktop.ui.i18n import country_text, current_language, label
from blues_desktop.ui.locale_format import (
    datetime_text,
    decimal_text,
    grouped_count,
    money_text,
    named_date_text,
)


def _shown(value: object) -> str:
    if isinstance(value, Message):
        return say(value)
    if isinstance(value, Money):
        return money_text(value)
    if isinstance(value, Country):
        return country_text(value)
    if isinstance(value, LabelInSentence):
        words = label(value.catalogued())
        # German writes its nouns with a capital inside a sentence too.
        return words if current_language() == "de" else in_sentence(words)
    if isinstance(value, datetime):
        return datetime_text(value)
    if isinstance(value, date):
        return named_date_text(value)
    if isinstance(value, (Decimal, float)):
        return decimal_text(value)
    return str(value)


def _refused_by_report(error: BaseException) -> bool:
    report = getattr(error, "report", None)
    return (
        isinstance(error, ValidationError)
        and isinstance(report, ValidationReport)
        and bool(report.errors)
        and str(error) == str(report)
    )


def say(text: object) -> str:
    """`text` in the window's language: a `Message` (or an error raised with one)
    translated, anything else as its text."""
    if isinstance(text, BaseException):
        if _refused_by_report(text):
            # Raised with its report alone: each finding said with its field's label.
            return "; ".join(say_result(r) for r in text.report.errors)  # type: ignore[attr-defined]
        text = message_of(text)
    if not isinstance(text, Message):
        return str(text)
    count = -1 if text.n is None else text.n
    template = QCoreApplication.translate(
        text.context, text.template, disambiguation_of(text.template), count
    )
    if text.n is not None:
        if template == text.template:  # no plural forms for it: English's "(s)" resolved
            template = english_plural(template, text.n)
        template = grouped_count(template, text.n)
    if not text.values:
        return template
    try:
        return template.format(**{k: _shown(v) for k, v in text.values.items()})
    except (KeyError, IndexError, ValueError):
        # A translation that lost or renamed a field (tests/ui/test_translations.py
        # fails on one): the English sentence rather than a broken one.
        return str(text)


def say_result(result: ValidationResult) -> str:
    """A rule's finding with the field it is about, both in the window's language:
    "Arrival date: the stay ends before it starts"."""
    return f"{label(label_of_input(result.field))}: {say(result.message)}"
