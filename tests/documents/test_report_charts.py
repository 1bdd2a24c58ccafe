"""The report's charts as a reader sees them: category names under the bars stay
inside their own slot, whole where two lines hold them."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.pdfbase.pdfmetrics import stringWidth

from blues_desktop.documents.fonts import FONT, register_fonts
from blues_desktop.documents.report_charts import LABEL_SIZE, chart_drawing, fitted_label
from blues_desktop.services.reports.tables import Chart, ReportTable

TYPES = (
    ("SME", 346),
    ("Large company", 35),
    ("Research or technology centre", 29),
    ("Scaling-up support organisation", 24),
    ("Other", 13),
    ("Cluster organisation", 8),
)


def _chart(drawing: object) -> VerticalBarChart:
    return next(c for c in drawing.contents if isinstance(c, VerticalBarChart))  # type: ignore[attr-defined]


def test_bar_labels_side_by_side_never_run_into_each_other() -> None:
    register_fonts()
    table = ReportTable("types", "Members", "Member records by type", ("Type", "Members"), TYPES,
                        Chart.BAR)  # fmt: skip
    chart = _chart(chart_drawing(table))
    slot = chart.width / len(TYPES)
    names = chart.categoryAxis.categoryNames
    for name in names:
        for line in name.split("\n"):
            assert stringWidth(line, FONT, LABEL_SIZE) < slot, line
    # two lines hold the long types whole: nothing is cut
    assert [n.replace("\n", " ") for n in names] == [t for t, _ in TYPES]
    assert chart.categoryAxis.labels.textAnchor == "middle"


def test_a_name_too_long_for_two_lines_is_cut_with_an_ellipsis() -> None:
    register_fonts()
    text = "Association of research and technology organisations of the Baltic Sea region"
    label = fitted_label(text, 60)
    lines = label.split("\n")
    assert len(lines) == 2
    assert lines[-1].endswith("…")
    assert all(stringWidth(line, FONT, LABEL_SIZE) <= 60 for line in lines)
    assert fitted_label("Other", 60) == "Other"
