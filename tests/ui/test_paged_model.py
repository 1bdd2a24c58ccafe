"""The one lazy paged model: page one on reload, more as the view scrolls, every read
on the reader lane (never on the GUI thread), one read at a time, a stale page dropped
after a reload, and it stops asking when rows vanished since the count."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt

from blues_desktop.ui.operations import run_read, wait_until_idle
from blues_desktop.ui.paged_model import PAGE_SIZE, ROOT, PagedTableModel, PageQuery


class Numbers(PagedTableModel[int]):
    headers = ("Number",)

    def __init__(self, numbers: list[int]) -> None:
        super().__init__()
        self.numbers = numbers
        self.reads: list[tuple[int, int]] = []
        self.counts: list[int] = []  # the totals counted, one per count read
        self.threads: set[int] = set()
        self.gate = threading.Event()  # cleared: a page read waits (a busy disk, a slow query)
        self.gate.set()

    def query(self) -> PageQuery[int]:
        numbers = self.numbers  # bound now: a reload after a change reads the new list

        def count() -> int:
            self.threads.add(threading.get_ident())
            self.counts.append(len(numbers))
            return len(numbers)

        def page(offset: int, limit: int) -> list[int]:
            self.threads.add(threading.get_ident())
            self.gate.wait(10)
            self.reads.append((offset, limit))
            return numbers[offset : offset + limit]

        return PageQuery(count, page)

    def cell(self, row: int, column: int, role: int) -> Any:
        return str(row)


def _settled(qtbot, model: Numbers) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)


def test_pages_arrive_as_the_view_scrolls_read_off_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = Numbers(list(range(450)))
    model.reload()
    _settled(qtbot, model)
    assert (model.total, model.rowCount()) == (450, PAGE_SIZE)
    assert model.index(199, 0).data() == "199" and model.index(200, 0).data() is None
    model.fetchMore(ROOT)
    _settled(qtbot, model)
    model.fetchMore(ROOT)
    _settled(qtbot, model)
    assert model.rowCount() == 450 and not model.canFetchMore(ROOT)
    assert model.reads == [(0, 200), (200, 200), (400, 200)]
    assert model.row_at(449) == 449 and model.row_at(450) is None
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Number"
    assert model.threads and threading.get_ident() not in model.threads


def test_one_fetch_at_a_time_and_rows_inserted_when_they_arrive(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = Numbers(list(range(450)))
    model.reload()
    _settled(qtbot, model)
    model.gate.clear()
    model.fetchMore(ROOT)
    assert model.rowCount() == PAGE_SIZE and model.loading
    assert not model.canFetchMore(ROOT)  # honest while the page is on its way
    model.fetchMore(ROOT)  # a second scroll meanwhile asks for nothing
    model.gate.set()
    _settled(qtbot, model)
    wait_until_idle(5000)
    qtbot.wait(50)
    assert model.reads == [(0, 200), (200, 200)] and model.rowCount() == 400
    assert model.canFetchMore(ROOT)


def test_a_refresh_drops_a_page_still_on_its_way(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = Numbers(list(range(450)))
    model.reload()
    _settled(qtbot, model)
    model.gate.clear()
    model.fetchMore(ROOT)  # page two of the old list, held up
    model.numbers = [n * 10 for n in range(250)]  # the data changed: the page refreshes
    model.reload()
    model.gate.set()
    _settled(qtbot, model)
    wait_until_idle(5000)
    qtbot.wait(50)
    # The old page two arrived first and was dropped; the new first page is shown.
    assert model.total == 250 and model.rowCount() == PAGE_SIZE
    assert model.row_at(199) == 1990
    model.fetchMore(ROOT)
    _settled(qtbot, model)
    assert model.rowCount() == 250 and model.row_at(249) == 2490


def test_rows_deleted_since_the_count_stop_the_fetching(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = Numbers(list(range(300)))
    model.reload()
    _settled(qtbot, model)
    del model.numbers[150:]  # someone deleted rows after the count
    assert model.canFetchMore(ROOT)
    model.fetchMore(ROOT)
    _settled(qtbot, model)
    assert model.rowCount() == 200 and model.total == 200
    assert not model.canFetchMore(ROOT)


def test_an_empty_list_reads_no_page(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = Numbers([])
    model.reload()
    _settled(qtbot, model)
    assert model.rowCount() == 0 and model.reads == []



def test_reloads_asked_before_the_lane_was_free_read_only_the_last(qtbot) -> None:  # type: ignore[no-untyped-def]
    # A page being set up sorts and filters its list several times in a row (the view's
    # sort indicator, the saved sort, the first refresh): only the last is read.
    model = Numbers([])
    busy = threading.Event()  # the reader lane is busy with another read meanwhile
    run_read(model, lambda _p, _c: busy.wait(10))
    for size in (100, 200, 300):
        model.numbers = list(range(size))
        model.reload()
    busy.set()
    _settled(qtbot, model)
    wait_until_idle(5000)
    qtbot.wait(50)
    assert model.counts == [300]  # the two earlier reloads never reached the database
    assert model.reads == [(0, 200)] and (model.total, model.rowCount()) == (300, 200)
    assert model.generation == 3 and model.row_at(199) == 199
