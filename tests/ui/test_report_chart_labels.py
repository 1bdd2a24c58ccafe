"""Every word a Reports chart draws reads whole inside the chart, in Polish (its names run
half as long again as the English ones) at the size a card gets on a 1366×768 laptop:
each category's name drawn (not hidden by QtCharts), inside the chart's widget, apart
from its neighbours, shortened with "…" only where the room is short and then whole in
the tooltip; the legend's names whole, wrapped under the chart."""

from __future__ import annotations

import html
from datetime import date

import pytest
from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QGraphicsTextItem

from blues_desktop.domain.exchanges.workflow import STATE_LABELS
from blues_desktop.domain.organisations import ORG_TYPES
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.services.context import AppContext
from blues_desktop.services.reports.cells import CapitalLabel, CountryPair, Month
from blues_desktop.services.reports.pack import report_pack
from blues_desktop.services.reports.tables import Chart, ReportTable, report_tables
from blues_desktop.ui.i18n import install_language
from blues_desktop.ui.messages import say
from blues_desktop.ui.reports.chart_card import ChartCard
from blues_desktop.ui.reports.chart_labels import INVISIBLE, fitted, is_left_out, width_of
from blues_desktop.ui.reports.report_chart import Shape, label_font
from tests.services.test_reports import coordinator

__all__ = ["coordinator"]

# A card's size on the Reports page of the window on a 1366×768 screen (three to a row;
# tests/ui/tour.py pictures it): the chart gets what its title and buttons leave.
CARD_WIDTH, CARD_HEIGHT = 372, 270


def _longest_names() -> tuple[ReportTable, ...]:
    """The longest names the charts can get: every state, every organisation type, long
    country pairs (three, so they could stand as columns), a year of months."""
    count = (Message(QT_TRANSLATE_NOOP("messages", "Exchanges")),)
    return (
        ReportTable("states", "Exchanges", "Exchanges by state", (Message(QT_TRANSLATE_NOOP("messages", "State")), *count),
                    tuple((CapitalLabel(label), n) for n, label in enumerate(STATE_LABELS.values()))),
        ReportTable("types", "Members", "Member records by type", (Message(QT_TRANSLATE_NOOP("messages", "Type")), *count),
                    tuple((Message.label(label), 1) for label in ORG_TYPES.values())),
        ReportTable("pairs", "Exchanges", "Exchanges by countries", (Message(QT_TRANSLATE_NOOP("messages", "Countries")), *count),
                    ((CountryPair("BA", "MK"), 3), (CountryPair("CZ", "AT"), 2),
                     (CountryPair("DE", None), 1))),
        ReportTable("months", "Exchanges", "Exchanges by month", (Message(QT_TRANSLATE_NOOP("messages", "Month")), *count),
                    tuple((Month(date(2026, m, 1)), m % 3) for m in range(1, 13)), Chart.LINE),
    )  # fmt: skip


def _shown(card: ChartCard) -> list[QGraphicsTextItem]:
    assert card.chart_view is not None
    return [
        item
        for item in card.chart_view.scene().items()
        if isinstance(item, QGraphicsTextItem) and item.isVisible() and item.toPlainText()
    ]


def _place(card: ChartCard, item: QGraphicsTextItem) -> QRectF:
    """Where `item` is drawn, in the chart widget's pixels."""
    assert card.chart_view is not None
    return QRectF(card.chart_view.mapFromScene(item.sceneBoundingRect()).boundingRect())


def _cut(card: ChartCard) -> list[str]:
    """What the chart draws cut, hidden or piled up."""
    view = card.chart_view
    assert view is not None
    room = QRectF(view.viewport().rect())
    title = card.table.key
    problems = []
    texts = _shown(card)
    for item in texts:
        text, place = item.toPlainText(), _place(card, item)
        if not room.contains(place):
            problems.append(f"{title}: {text!r} drawn at {place.left():.0f}–{place.right():.0f}"
                            f" × {place.top():.0f}–{place.bottom():.0f}, the chart is "
                            f"{room.width():.0f} × {room.height():.0f}")  # fmt: skip
        if text.endswith("..."):
            problems.append(f"{title}: {text!r} cut by QtCharts")
    (axis,) = [a for a in view.chart().axes() if isinstance(a, QBarCategoryAxis)]
    labels = []
    for name in axis.categories():
        if is_left_out(name):
            continue  # to keep its neighbours' names apart (the chart is short)
        drawn = [item for item in texts if item.toPlainText() == name]
        if not drawn:
            problems.append(f"{title}: the category {name!r} is not drawn")
        labels += drawn
    for n, one in enumerate(labels):
        for other in labels[n + 1 :]:
            if _place(card, one).intersects(_place(card, other)):
                problems.append(
                    f"{title}: {one.toPlainText()!r} lies over {other.toPlainText()!r}"
                )
    return problems


def _cards(qtbot, tables: tuple[ReportTable, ...]) -> list[ChartCard]:  # type: ignore[no-untyped-def]
    cards = []
    for table in tables:
        if table.chart is Chart.NONE or not table.rows:
            continue
        card = ChartCard(table)
        qtbot.addWidget(card)
        card.resize(CARD_WIDTH, CARD_HEIGHT)
        card.show()
        cards.append(card)
    qtbot.waitUntil(lambda: all(c.chart_view is not None and c.chart_view.isVisible()
                                for c in cards), timeout=5_000)  # fmt: skip
    return cards


def test_every_chart_draws_its_words_whole_inside_it_in_polish(
    qtbot, qapp, coordinator: AppContext  # type: ignore[no-untyped-def]
) -> None:
    install_language("pl", qapp)
    tables = (*report_tables(report_pack(coordinator, None, date(2026, 6, 30))), *_longest_names())
    cards = _cards(qtbot, tables)
    assert len(cards) == 20  # the page's sixteen charts and the four of the longest names
    problems = [problem for card in cards for problem in _cut(card)]
    assert problems == [], "\n".join(problems)

    shortened = 0
    for card in cards:
        view = card.chart_view
        assert view is not None
        (axis,) = [a for a in view.chart().axes() if isinstance(a, QBarCategoryAxis)]
        for index, shown in enumerate(axis.categories()):
            if is_left_out(shown):
                continue
            name = view.drawn.names[index]
            text = shown.rstrip(INVISIBLE)
            # the whole name, or its start and "…" (a month or a quarter: its start, "…"
            # and its end, the year); and then whole in the tooltip of its label, with
            # its figures
            start, cut, end = text.partition("…")
            assert text == name or (cut and name.startswith(start) and name.endswith(end)), name
            if view.drawn.shape is Shape.LINE:
                assert text == name or end, name
            if text != name:
                shortened += 1
                (item,) = [i for i in _shown(card) if i.toPlainText() == shown]
                tip = view.tip_at(_place(card, item).center())
                assert tip.startswith(f"<b>{html.escape(name)}</b><br>"), (name, tip)
        # the title whole, over as many lines as it needs
        assert card.title.height() >= card.title.heightForWidth(card.title.width())
    assert shortened > 0  # Polish states and types are longer than the room beside bars

    # grouped bars: each colour's name whole under the chart, none cut by a share of one line
    grouped = [c for c in cards if c.table.chart is Chart.GROUPED]
    assert grouped
    for card in grouped:
        assert card.legend is not None and card.legend.isVisible()
        document = QTextDocument()
        document.setHtml(card.legend.text())
        legend = document.toPlainText().replace("\xa0", " ")
        for header in card.table.headers[1:]:
            assert say(header) in legend
        assert card.legend.height() >= card.legend.heightForWidth(card.legend.width())


def test_a_bar_under_the_mouse_tells_its_whole_name_and_figures(
    qtbot, qapp  # type: ignore[no-untyped-def]
) -> None:
    install_language("pl", qapp)
    (card,) = _cards(qtbot, _longest_names()[:1])
    view = card.chart_view
    assert view is not None
    plot = view.chart().plotArea()
    first_row = view.mapFromScene(QPointF(plot.center().x(), plot.top() + 2))  # lying: on top
    assert view.tip_at(QPointF(first_row)) == "<b>Zarejestrowana</b><br>Wymiany: 0"
    assert view.tip_at(QPointF(1, 1)) == ""  # above the bars: no category


@pytest.mark.parametrize("room", [40.0, 90.0, 150.0])
def test_names_are_shortened_to_the_room_measured_and_kept_apart(qapp, room: float) -> None:  # type: ignore[no-untyped-def]
    font = label_font()
    names = ["Organizacja wspierająca rozwój A", "Organizacja wspierająca rozwój B", "MŚP"]
    shown = fitted(names, font, room)
    assert len(set(shown)) == 3  # QtCharts keeps only the first of two equal names
    for name, text in zip(names, shown, strict=True):
        assert width_of(text, font) <= room
        assert text == name or name.startswith(text.rstrip(INVISIBLE)[:-1])
    assert shown[2] == "MŚP"
