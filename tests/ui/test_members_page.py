from __future__ import annotations

from blues_desktop.services.context import AppContext
from blues_desktop.services.demo import generate
from blues_desktop.ui.members.model import ROW_ROLE
from blues_desktop.ui.pages.members import MembersPage


def test_lazy_list_search_and_read_only_records(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    generate(ctx, scale=3)  # 1,500 organisations, five offices
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    assert page.model.total == 1500
    assert page.model.rowCount() == 200  # one page, more as the view scrolls
    page.model.fetchMore(page.model.index(-1, -1))
    assert page.model.rowCount() == 400
    page.search.setText("zaragoza")
    qtbot.waitUntil(lambda: page.model.total < 1500)
    assert all("zaragoza" in (r.city + r.legal_name).lower() for r in page.model.rows)
    page.office_box.setCurrentIndex(page.office_box.findData("MCI"))
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.total == 300)
    page.table.selectRow(0)
    row = page.model.data(page.model.index(0, 0), ROW_ROLE)
    assert row.office_id == "MCI"
    assert "Kept by office MCI: shown read-only" in page.notice.text()
    assert not page.delete_button.isEnabled()
