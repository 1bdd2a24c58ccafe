"""The one lazy paged model: page one on reload, more as the view scrolls, and it stops
asking when rows vanished since the count."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from blues_desktop.ui.paged_model import PAGE_SIZE, ROOT, PagedTableModel


class Numbers(PagedTableModel[int]):
    headers = ("Number",)

    def __init__(self, numbers: list[int]) -> None:
        super().__init__()
        self.numbers = numbers
        self.reads: list[tuple[int, int]] = []

    def count(self) -> int:
        return len(self.numbers)

    def page(self, offset: int, limit: int) -> list[int]:
        self.reads.append((offset, limit))
        return self.numbers[offset : offset + limit]

    def cell(self, row: int, column: int, role: int) -> Any:
        return str(row)


def test_pages_arrive_as_the_view_scrolls(qapp) -> None:  # type: ignore[no-untyped-def]
    model = Numbers(list(range(450)))
    model.reload()
    assert (model.total, model.rowCount()) == (450, PAGE_SIZE)
    assert model.index(199, 0).data() == "199" and model.index(200, 0).data() is None
    model.fetchMore(ROOT)
    model.fetchMore(ROOT)
    assert model.rowCount() == 450 and not model.canFetchMore(ROOT)
    assert model.reads == [(0, 200), (200, 200), (400, 200)]
    assert model.row_at(449) == 449 and model.row_at(450) is None
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Number"


def test_rows_deleted_since_the_count_stop_the_fetching(qapp) -> None:  # type: ignore[no-untyped-def]
    model = Numbers(list(range(300)))
    model.reload()
    del model.numbers[150:]  # someone deleted rows after the count
    assert model.canFetchMore(ROOT)
    model.fetchMore(ROOT)
    assert model.rowCount() == 200 and model.total == 200
    assert not model.canFetchMore(ROOT)


def test_an_empty_list_reads_no_page(qapp) -> None:  # type: ignore[no-untyped-def]
    model = Numbers([])
    model.reload()
    assert model.rowCount() == 0 and model.reads == []
