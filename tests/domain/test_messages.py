"""Messages written below the window: the English sentence the CLI prints, and what the
window needs to say it in another language. The second half reads every `Message` the
package makes, so a sentence that cannot be translated fails here, not in a translated
window."""

from __future__ import annotations

import ast
import os
import pickle
import re
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

import blues_desktop
from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.translatable import (
    LABELS,
    MESSAGES,
    PLURAL,
    QT_TRANSLATE_NOOP,
    Message,
    Money,
    message_of,
)


def test_a_message_is_its_english_sentence_with_the_values_filled_in() -> None:
    said = Message(
        QT_TRANSLATE_NOOP("messages", "{name} arrives on {day}."), name="Ana", day=date(2027, 1, 4)
    )
    assert said == "Ana arrives on 4 January 2027."
    assert isinstance(said, str)
    assert said.context == MESSAGES
    assert said.template == "{name} arrives on {day}."
    assert said.values == {"name": "Ana", "day": date(2027, 1, 4)}
    assert said.n is None


def test_a_message_without_fields_is_its_template() -> None:
    said = Message(QT_TRANSLATE_NOOP("messages", "Nothing to import {yet}."))
    assert said == "Nothing to import {yet}."  # braces without values are left alone


@pytest.mark.parametrize(
    ("count", "english"), [(0, "0 rows set aside"), (1, "1 row set aside"), (2, "2 rows set aside")]
)
def test_a_count_chooses_the_english_form(count: int, english: str) -> None:
    said = Message(QT_TRANSLATE_NOOP("messages", "%n row(s) set aside", None, PLURAL), n=count)
    assert said == english
    assert said.n == count
    assert said.template == "%n row(s) set aside"


def test_money_and_times_are_written_as_english_does() -> None:
    said = Message(
        QT_TRANSLATE_NOOP("messages", "{sum} paid, {back} back, at {at}"),
        sum=Money("1234.5"),
        back=Money("-20"),
        at=datetime(2026, 11, 30, 9, 5),
    )
    assert said == "€1,234.50 paid, -€20.00 back, at 30 November 2026 09:05"
    assert Money("7").english() == "€7.00"
    assert isinstance(Money("7"), Decimal)


def test_a_label_is_a_message_in_the_labels_context() -> None:
    state = Message.label("approved")
    assert state == "approved"
    assert state.context == LABELS
    assert state.values == {}
    inner = Message(QT_TRANSLATE_NOOP("messages", "The exchange is {state}."), state=state)
    assert inner == "The exchange is approved."
    assert inner.values["state"].context == LABELS


def test_a_message_crosses_to_a_child_process_whole() -> None:
    said = Message(
        QT_TRANSLATE_NOOP("messages", "%n row(s) on {day}", None, PLURAL), n=3, day=date(2027, 1, 4)
    )
    back = pickle.loads(pickle.dumps(said))
    assert isinstance(back, Message)
    assert back == said == "3 rows on 4 January 2027"
    assert (back.context, back.template, back.n, back.values) == (
        said.context,
        said.template,
        said.n,
        said.values,
    )


def test_a_message_refuses_a_sentence_marked_for_another_context_or_count() -> None:
    with pytest.raises(TypeError, match="context"):
        Message(QT_TRANSLATE_NOOP("labels", "paid"))
    with pytest.raises(TypeError, match="context"):
        Message(QT_TRANSLATE_NOOP(None, "paid"))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="PLURAL"):
        Message(QT_TRANSLATE_NOOP("messages", "%n row(s)"), n=2)
    with pytest.raises(ValueError, match="PLURAL"):
        Message(QT_TRANSLATE_NOOP("messages", "%n row(s)", None, PLURAL))
    with pytest.raises(ValueError, match="PLURAL"):
        Message(QT_TRANSLATE_NOOP("messages", "%n row(s)", "", PLURAL), n=2)
    # a marked text is still its text, wherever a label or a heading is used
    marked = QT_TRANSLATE_NOOP("labels", "paid")
    assert marked == "paid" and isinstance(marked, str)


def test_the_message_of_an_error_is_the_one_it_was_raised_with() -> None:
    said = Message(QT_TRANSLATE_NOOP("messages", "No such member."))
    assert message_of(LookupError(said)) is said
    assert message_of(ValidationError(None, said)) == said
    plain = message_of(LookupError("plain words"))
    assert plain == "plain words" and not isinstance(plain, Message)
    assert message_of(LookupError()) == ""


# --- every Message of the package can be translated -------------------------------------

PACKAGE = Path(blues_desktop.__file__).parent
_FIELD = re.compile(r"\{(\w+)\}")


def _written(tree: ast.AST) -> list[ast.AST]:
    """Every node of the source as written: in the scratch copy scripts/mutation runs
    these tests in, mutmut adds mutated copies of each function (`x_name__mutmut_3`), whose
    altered sentences are not the package's."""
    nodes = []
    pending = [tree]
    while pending:
        node = pending.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and "__mutmut_" in node.name:
            continue
        nodes.append(node)
        pending.extend(ast.iter_child_nodes(node))
    return nodes


def _message_calls() -> list[tuple[str, ast.Call]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in _written(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Message"
            ):
                found.append((f"{path.relative_to(PACKAGE)}:{node.lineno}", node))
    return found


def _problems(call: ast.Call) -> list[str]:
    if not call.args:
        return ["no sentence"]
    marked = call.args[0]
    if not (
        isinstance(marked, ast.Call)
        and isinstance(marked.func, ast.Name)
        and marked.func.id == "QT_TRANSLATE_NOOP"
        and len(marked.args) in (2, 4)
        and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in marked.args[:2])
    ):
        return ['the sentence is not QT_TRANSLATE_NOOP("messages", "<literal>")']
    context, template = (a.value for a in marked.args[:2])  # type: ignore[attr-defined]
    problems = [] if context == MESSAGES else [f"context {context!r}, not {MESSAGES!r}"]
    plural = len(marked.args) == 4
    if plural and not (
        isinstance(marked.args[2], ast.Constant)
        and marked.args[2].value is None
        and isinstance(marked.args[3], ast.Name)
        and marked.args[3].id == "PLURAL"
    ):
        problems.append('a count is marked QT_TRANSLATE_NOOP("messages", "…%n…", None, PLURAL)')
    if ("%n" in template) != plural:
        problems.append("%n and PLURAL go together (lupdate gives only a PLURAL its plural forms)")
    given = {k.arg for k in call.keywords}
    if None in given:
        return problems  # **values: checked where they are made
    fields = set(_FIELD.findall(template))
    if fields - given:
        problems.append(f"fields without a value: {sorted(fields - given)}")
    if (given - {"n"}) - fields:
        problems.append(f"values without a field: {sorted((given - {'n'}) - fields)}")
    if ("%n" in template) != ("n" in given):
        problems.append("%n and n= go together")
    return problems


@pytest.mark.skipif(
    "MUTANT_UNDER_TEST" in os.environ,
    reason="mutation testing rewrites the package's source (a mutated literal is no mutant "
    "of a rule; counted as killed here, it would inflate the score)",
)
def test_every_message_of_the_package_is_a_marked_whole_sentence() -> None:
    wrong = {where: p for where, call in _message_calls() if (p := _problems(call))}
    assert wrong == {}


def test_the_check_finds_what_cannot_be_translated() -> None:
    def problems_of(source: str) -> list[str]:
        call = ast.parse(source).body[0].value  # type: ignore[attr-defined]
        return _problems(call)

    assert (
        problems_of('Message(QT_TRANSLATE_NOOP("messages", "{a} and %n", None, PLURAL), a=1, n=2)')
        == []
    )
    assert problems_of('Message(QT_TRANSLATE_NOOP("messages", "{a} and %n"), a=1, n=2)') != []
    assert problems_of('Message(QT_TRANSLATE_NOOP("messages", "no count", None, PLURAL))') != []
    assert problems_of('Message(QT_TRANSLATE_NOOP("messages", "%n", "x", PLURAL), n=2)') != []
    assert problems_of('Message(QT_TRANSLATE_NOOP("messages", "{a}", None, PLURAL), a=1)') != []
    assert problems_of('Message(QT_TRANSLATE_NOOP("messages", "%n", "", 3), n=1)') != []
    assert problems_of('Message(f"{a}")') != []
    assert problems_of('Message(QT_TRANSLATE_NOOP("messages", text))') != []
    assert problems_of('Message(QT_TRANSLATE_NOOP("labels", "x"))') != []
    assert problems_of('Message(QT_TRANSLATE_NOOP("messages", "{a} {b}"), a=1)') != []
    assert problems_of('Message(QT_TRANSLATE_NOOP("messages", "{a}"), a=1, b=2)') != []
    assert problems_of('Message(QT_TRANSLATE_NOOP("messages", "%n rows", None, PLURAL))') != []
    assert problems_of("Message()") != []


def test_the_check_reads_the_source_as_written_not_mutmut_s_copies() -> None:
    tree = ast.parse(
        "def check():\n    Message(QT_TRANSLATE_NOOP('messages', 'x'))\n"
        "def x_check__mutmut_1():\n    Message(QT_TRANSLATE_NOOP('XXmessagesXX', 'x'))\n"
    )
    calls = [n for n in _written(tree) if isinstance(n, ast.Call) and n.func.id == "Message"]  # type: ignore[attr-defined]
    assert [c.lineno for c in calls] == [2]
