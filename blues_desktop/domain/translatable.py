"""Marking words for translation without Qt.

`pyside6-lupdate` finds `QT_TRANSLATE_NOOP("<context>", "<text>")` by its name alone,
so this plain function marks a string in the layers that may not import Qt (the human
labels of domain/) and, typed as returning `str`, in class attributes of the window's
models. It returns the English text unchanged; the window translates it where it is
shown with `QCoreApplication.translate("<context>", text)` (docs/translations.md).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, Self

MESSAGES = "messages"  # the context of every sentence written below the window


class _Sentence(str):
    """A sentence marked in the "messages" context: what a `Message` is made from. It
    remembers whether it was marked `PLURAL`, so that a count without the mark (which
    lupdate would give one translation for every count) fails where it is made."""

    plural: bool


def QT_TRANSLATE_NOOP(  # noqa: N802 - the name lupdate looks for
    context: str, text: str, disambiguation: str | None = None, plural: int | None = None
) -> str:
    """Mark `text` for translation in `context`; returns it as it is.

    - A sentence with a count (`%n`) is marked `QT_TRANSLATE_NOOP("messages", "%n
      row(s)", None, PLURAL)`: with four arguments lupdate gives it the plural forms of
      each language.
    - The same English word with two meanings in one context ("Title": a person's, an
      event's) is told apart by `disambiguation`, which lupdate gives the translators as
      a comment: the text then keeps it, so that the window looks up the right
      translation.
    """
    if context == MESSAGES:
        # A sentence of the "messages" context is told apart, so that a Message made
        # from a sentence marked in another context (which the window would never
        # translate) fails where it is made.
        sentence = _Sentence(text)
        sentence.plural = disambiguation is None and plural == PLURAL
        return sentence
    return text if disambiguation is None else Disambiguated(text, disambiguation)


class Disambiguated(str):
    """A marked word that keeps the note telling its meaning apart (its English as it is)."""

    disambiguation: str

    def __new__(cls, text: str, disambiguation: str) -> Disambiguated:
        made = super().__new__(cls, text)
        made.disambiguation = disambiguation
        return made

    def __reduce__(self) -> tuple[object, ...]:
        return (Disambiguated, (str(self), self.disambiguation))


def disambiguation_of(text: str) -> str | None:
    """The note a marked word was given to tell its meaning apart, None for most words."""
    return text.disambiguation if isinstance(text, Disambiguated) else None


PLURAL = 1  # the fourth argument of QT_TRANSLATE_NOOP for a sentence with %n (see above)
LABELS = "labels"  # the context of the domain's human labels (states, types, …)


class Money(Decimal):
    """An amount in euros inside a message: the CLI writes "€1,234.50", the window
    places the sign and the separators as its language does ("1.234,50 €")."""

    def english(self) -> str:
        value = self.quantize(Decimal("0.01"))
        return f"-€{abs(value):,.2f}" if value < 0 else f"€{value:,.2f}"


class Country(str):
    """A country's ISO code inside a message: the CLI writes its English name ("Spain"),
    the window its name in the window's language ("Spanien")."""

    def english(self) -> str:
        from blues_desktop.domain.labels.places import country_name

        return country_name(self)


def in_sentence(words: str) -> str:
    """A label as a sentence writes it: its first letter small ("a large company"),
    unless it starts with an acronym ("SME", "VAT number")."""
    return words if words[1:2].isupper() else words[:1].lower() + words[1:]


class LabelInSentence(str):
    """A human label of the domain (`QT_TRANSLATE_NOOP("labels", …)`, as catalogued:
    "Large company") inside a sentence: English writes it as a sentence does ("a large
    company", an acronym such as SME kept), the window translates the catalogued words.
    A label marked with a note ("Title": a person's or an event's) keeps it, so that the
    window finds the right translation."""

    disambiguation: str | None

    def __new__(cls, text: str) -> LabelInSentence:
        made = super().__new__(cls, text)
        made.disambiguation = disambiguation_of(text)
        return made

    def __reduce__(self) -> tuple[object, ...]:
        return (LabelInSentence, (self.catalogued(),))

    def catalogued(self) -> str:
        """The label as the catalogue has it, with its note: what the window translates."""
        text = str(self)
        return text if self.disambiguation is None else Disambiguated(text, self.disambiguation)

    def english(self) -> str:
        return in_sentence(str(self))


# Dates that the CLI has always written in a fixed form inside a sentence, which scripts
# and tests read: the English keeps that form, the window writes them as its language
# writes a date (a `date` given as it is reads "30 November 2026" in English).
class _WrittenDay(date):
    @classmethod
    def of(cls, value: date) -> Self:
        """The day of a date, or of a moment as it is given (its own time zone)."""
        return cls(value.year, value.month, value.day)


class IsoDate(_WrittenDay):
    """A day written "2026-11-30" in English."""

    def english(self) -> str:
        return self.isoformat()


class ShortDate(_WrittenDay):
    """A day written "05 Mar 2026" in English."""

    def english(self) -> str:
        return f"{self:%d %b %Y}"


class UtcMinute(datetime):
    """A moment written "2026-11-30 14:05 UTC" in English; the window writes it in its
    local time."""

    @classmethod
    def of(cls, value: datetime) -> UtcMinute:
        """The moment in UTC (a moment without a time zone is taken as UTC)."""
        moment = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return cls(moment.year, moment.month, moment.day, moment.hour, moment.minute, tzinfo=UTC)

    def english(self) -> str:
        return f"{self:%Y-%m-%d %H:%M} UTC"


_WRITTEN = (Money, Country, LabelInSentence, IsoDate, ShortDate, UtcMinute)


def _english(value: object) -> str:
    if isinstance(value, _WRITTEN):
        return value.english()
    if isinstance(value, datetime):
        return f"{value.day} {value:%B %Y %H:%M}"
    if isinstance(value, date):
        return f"{value.day} {value:%B %Y}"
    return str(value)


def english_plural(template: str, count: int) -> str:
    """English's two forms: the sources write the plural with "(s)" ("%n row(s) set
    aside"), which one row reads without. The window takes the forms from the
    catalogues instead (docs/translations.md), and this where none has the sentence."""
    return template.replace("(s)", "" if count == 1 else "s")


def _english_count(template: str, count: int) -> str:
    # The count as English writes a number of rows: "10,000 rows set aside".
    return english_plural(template, count).replace("%n", f"{count:,}")


class Message(str):
    """A sentence for a person, written below the window, that the window can show in
    its own language.

    It *is* the English sentence (a `str`: the CLI prints it, logs and tests read it),
    and it keeps what made it: the English template, marked for the translators with
    `QT_TRANSLATE_NOOP("messages", …)`, and the values put into its `{fields}`. The
    window translates the template and fills in the values in its own language
    (`ui/i18n.say`): dates and money as the locale writes them, a label or another
    message translated in turn. Write it where the sentence is made:

        raise ValidationError(report, Message(
            QT_TRANSLATE_NOOP("messages", "The stay ends on {end}, before it starts."),
            end=stay.end))

    A count the sentence depends on is `n`, written `%n` in the template, with the
    English plural as "(s)", and marked `PLURAL` so that translators get its plural
    forms: `Message(QT_TRANSLATE_NOOP("messages", "%n row(s) set aside", None, PLURAL),
    n=len(rows))`. A message built from pieces, or an f-string, cannot be
    translated: write the whole sentence with fields (tests/domain/test_messages.py
    checks every `Message` of the package).
    """

    context: str
    template: str
    values: Mapping[str, object]
    n: int | None

    def __new__(cls, template: str, /, *, n: int | None = None, **values: object) -> Message:
        if not isinstance(template, _Sentence):
            raise TypeError(f'not marked in the "messages" context: {template!r}')
        if template.plural != (n is not None):
            raise ValueError(f"{template!r}: a count (n=) and a PLURAL mark go together")
        return cls._made(MESSAGES, str(template), n, values)

    @classmethod
    def label(cls, text: str) -> Message:
        """A human label of the domain (`QT_TRANSLATE_NOOP("labels", …)`) given as a
        value of a message, so that the window shows it in its language too."""
        return cls._made(LABELS, text, None, {})

    @classmethod
    def _made(
        cls, context: str, template: str, count: int | None, values: Mapping[str, object]
    ) -> Message:
        text = _english_count(template, count) if count is not None else template
        if values:
            text = text.format(**{k: _english(v) for k, v in values.items()})
        made = super().__new__(cls, text)
        made.context = context
        made.template = template
        made.values = dict(values)
        made.n = count
        return made

    def __reduce__(self) -> tuple[object, ...]:
        # A message crosses to and from a child process (services/processes.py) whole.
        return (_rebuilt, (self.context, self.template, self.n, self.values))

    def to_json(self) -> str:
        """The message as JSON text, kept in the database (a refused bundle's reason in
        the bundle history) so that a later window still says it in its language."""
        return json.dumps(_message_fields(self), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Message:
        """The message `to_json` wrote; `ValueError` for text it did not write."""
        try:
            fields = json.loads(text)
            return _message_from(fields)
        except (LookupError, TypeError, ValueError, AttributeError, ArithmeticError) as exc:
            raise ValueError(f"not a message written by to_json: {text[:80]!r}") from exc


def _rebuilt(
    context: str, template: str, count: int | None, values: Mapping[str, object]
) -> Message:
    return Message._made(context, template, count, values)


# The JSON form of a Message: each value as [kind, data]. A value of any other type is
# kept as its English text (which is what the sentence said of it).
def _message_fields(message: Message) -> dict[str, object]:
    fields: dict[str, object] = {
        "context": message.context,
        "template": str(message.template),
        "n": message.n,
        "values": {k: _value_fields(v) for k, v in message.values.items()},
    }
    note = disambiguation_of(message.template)
    if note is not None:
        fields["note"] = note
    return fields


def _value_fields(value: object) -> list[object]:  # noqa: PLR0911 - one return per kind
    if isinstance(value, Message):
        return ["message", _message_fields(value)]
    if isinstance(value, Money):
        return ["money", str(value)]
    if isinstance(value, Decimal):
        return ["decimal", str(value)]
    if isinstance(value, Country):
        return ["country", str(value)]
    if isinstance(value, LabelInSentence):
        note = value.disambiguation
        return ["label", str(value)] if note is None else ["label", str(value), note]
    if isinstance(value, Disambiguated):
        return ["disambiguated", str(value), value.disambiguation]
    if isinstance(value, UtcMinute):
        return ["utcminute", value.isoformat()]
    if isinstance(value, IsoDate):
        return ["isodate", value.isoformat()]
    if isinstance(value, ShortDate):
        return ["shortdate", value.isoformat()]
    if isinstance(value, datetime):
        return ["datetime", value.isoformat()]
    if isinstance(value, date):
        return ["date", value.isoformat()]
    if type(value) in (int, float):  # not bool, nor an enum: their English text
        return ["number", value]
    return ["str", _english(value)]


def _message_from(fields: dict[str, object]) -> Message:
    template = str(fields["template"])
    note = fields.get("note")
    if note is not None:
        template = Disambiguated(template, str(note))
    count = fields["n"]
    if count is not None and type(count) is not int:
        raise TypeError(f"a count that is not a whole number: {count!r}")
    values = fields["values"]
    if not isinstance(values, dict):
        raise TypeError(f"values that are not named: {values!r}")
    return Message._made(
        str(fields["context"]), template, count, {k: _value_from(v) for k, v in values.items()}
    )


_KINDS: dict[str, Callable[[Any], object]] = {
    "money": Money,
    "decimal": Decimal,
    "country": Country,
    "datetime": datetime.fromisoformat,
    "date": date.fromisoformat,
    "utcminute": lambda text: UtcMinute.of(datetime.fromisoformat(text)),
    "isodate": IsoDate.fromisoformat,
    "shortdate": ShortDate.fromisoformat,
    "str": str,
}


def _value_from(fields: list[object]) -> object:
    kind, data, *rest = fields
    if kind == "message":
        return _message_from(data)  # type: ignore[arg-type]
    if kind == "disambiguated":
        return Disambiguated(str(data), str(rest[0]))
    if kind == "label":
        return LabelInSentence(Disambiguated(str(data), str(rest[0])) if rest else str(data))
    if kind == "number":
        if type(data) not in (int, float):
            raise TypeError(f"not a number: {data!r}")
        return data
    return _KINDS[str(kind)](data)


def message_of(error: BaseException) -> str:
    """The sentence an error was raised with: its `Message` when it has one (so the
    window can translate it), else its text."""
    first = error.args[0] if error.args else None
    return first if isinstance(first, Message) else str(error)
