"""Fuzzing the rules and readers: any input ends in a result or a documented error.

Fast in CI (profile "ci"); `HYPOTHESIS_PROFILE=thorough` runs thousands of cases.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from blues_desktop.documents.spreadsheets import (
    FORMULA_STARTS,
    add_table_sheet,
    cell_value,
    new_write_only_book,
    save_workbook,
)
from blues_desktop.domain.countries import (
    code_from_name,
    country_name,
    is_known,
    normalise_code,
)
from blues_desktop.domain.errors import StorageError, ValidationError
from blues_desktop.domain.events import (
    EVENT_TYPES,
    MAX_EVENT_DAYS,
    WORK_PACKAGES,
    DayDraft,
    EventDraft,
    check_event,
    email_key,
    person_key,
)
from blues_desktop.domain.exchanges.eligibility import ExchangeFacts, Party, check_eligibility
from blues_desktop.domain.exchanges.lump_sum import compute_lump_sum
from blues_desktop.domain.exchanges.rules import default_rules, rules_from_json
from blues_desktop.domain.exchanges.working_days import working_days
from blues_desktop.domain.names import name_key
from blues_desktop.services.attachments import SIGNATURES, check_file
from blues_desktop.store.integrity import DamagedDatabaseError, check_before_open, full_check

# Properties that write files get a tenth of the profile's examples (at least 15).
SLOW_EXAMPLES = max(15, settings.default.max_examples // 10)
ORG_TYPES = ("sme", "large", "rto", "scaling_up", "cluster", "public", "other", "")
codes = st.one_of(
    st.sampled_from(["DE", "CZ", "PL", "ES", "FR", "GB", "UK", "EL", "XK", "US", "UA", "CH"]),
    st.text(max_size=4),
)
# Text as people and files give it: accents, other scripts, control characters, emoji.
names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80)
days = st.dates(min_value=date(2018, 1, 1), max_value=date(2030, 12, 31))


@given(names)
def test_name_key_is_a_normal_form(name: str) -> None:
    key = name_key(name)
    assert key == key.strip() and "  " not in key
    assert key == key.casefold()
    assert name_key(key) == key  # a key is its own key: search and duplicates agree


@given(codes, st.one_of(st.none(), days))
def test_country_rules_answer_every_code(code: str, on: date | None) -> None:
    assert isinstance(is_known(code), bool)
    name = country_name(code)
    assert name if is_known(code) else name == normalise_code(code)
    assert normalise_code(code) == normalise_code(normalise_code(code))


@given(names)
def test_a_country_from_any_text_is_a_known_code_or_none(text: str) -> None:
    found = code_from_name(text)
    assert found is None or (len(found) == 2 and is_known(found))


@given(st.binary(max_size=2048))
def test_attachment_check_takes_only_pdfs_and_images(data: bytes) -> None:
    try:
        media_type = check_file(Path("upload.bin"), data, max_bytes=1024)
    except ValidationError as exc:
        assert "upload.bin" in str(exc)
    else:
        assert media_type in {kind for _magic, kind in SIGNATURES}
        assert 0 < len(data) <= 1024


# Characters XML 1.0 cannot carry; openpyxl refuses them and so do the office suites.
XML_ILLEGAL = {chr(c) for c in range(32)} - {"\t", "\n", "\r"}
cell_texts = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters=XML_ILLEGAL),
    max_size=60,
)


@given(cell_texts)
def test_exported_text_never_starts_a_formula(text: str) -> None:
    value = cell_value(text)
    assert not value.startswith(FORMULA_STARTS)
    assert value.removeprefix("'") == text or value == text


@settings(max_examples=SLOW_EXAMPLES)
@given(st.lists(st.tuples(cell_texts, st.integers(-(10**9), 10**9), days), max_size=12))
def test_a_workbook_round_trips_texts_numbers_and_dates(rows: list[tuple[str, int, date]]) -> None:
    folder = Path(tempfile.mkdtemp(prefix="blues-fuzz-"))
    try:
        book = new_write_only_book()
        add_table_sheet(book, "Members", ["Name", "Employees", "Since"], rows)
        save_workbook(book, folder / "members.xlsx")
        sheet = load_workbook(folder / "members.xlsx", read_only=True)["Members"]
        back = list(sheet.iter_rows(min_row=2, values_only=True))
    finally:
        shutil.rmtree(folder)
    assert len(back) == len(rows)
    for (text, number, day), (text_back, number_back, day_back) in zip(rows, back, strict=True):
        shown = "" if text_back is None else str(text_back)
        # XML keeps line ends as \n (a lone \r too): that is how the file format stores them.
        expected = text.replace("\r\n", "\n").replace("\r", "\n")
        assert shown.removeprefix("'") == expected or shown == expected
        assert number_back == number
        assert day_back.date() == day


@given(
    st.one_of(
        st.text(max_size=200), st.builds(str, st.dictionaries(st.text(max_size=8), st.integers()))
    )
)
def test_programme_rules_from_any_text_parse_or_say_why(text: str) -> None:
    try:
        rules = rules_from_json(text, 2, date(2026, 1, 1))
    except ValidationError as exc:
        assert str(exc)
    else:
        assert rules.version == 2


@given(codes, st.integers(-5, 400), st.integers(-10, 30_000))
def test_the_lump_sum_stays_within_the_cap(country: str, stay: int, km: int) -> None:
    rules = default_rules()
    try:
        lump = compute_lump_sum(rules, country, stay, km)
    except ValidationError as exc:
        assert "threshold" in str(exc)
        return
    assert Decimal(0) <= lump.amount <= rules.cap
    assert lump.amount == lump.amount.quantize(Decimal("0.01"))
    assert lump.explanation()


parties = st.builds(
    Party,
    name=names,
    org_type=st.sampled_from(ORG_TYPES),
    country=codes,
    is_member=st.booleans(),
    city=st.one_of(st.none(), names),
)


@given(
    parties,
    st.one_of(st.none(), parties),
    st.one_of(st.none(), days),
    st.one_of(st.none(), days),
    st.one_of(st.none(), st.integers(-1, 20_000)),
)
def test_eligibility_reports_instead_of_raising(visitor, host, start, end, km) -> None:  # type: ignore[no-untyped-def]
    facts = ExchangeFacts(visitor=visitor, host=host, start=start, end=end, distance_km=km)
    report = check_eligibility(facts, default_rules(), require_host=True)
    assert all(r.field and r.message for r in report.results)
    if host is None:
        assert not report.ok


@given(
    days,
    st.integers(-40, 60),
    st.one_of(st.none(), st.sampled_from(["ES", "PL", "DE", "FR", "CZ"])),
)
def test_working_days_fit_in_the_stay(start: date, length: int, country: str | None) -> None:
    from datetime import timedelta

    end = start + timedelta(days=length)
    count = working_days(start, end, country)
    assert 0 <= count <= max(0, length + 1)


@pytest.fixture(scope="module")
def small_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fuzz-db") / "blues.sqlite"
    connection = sqlite3.connect(path)
    connection.executescript(
        """
        PRAGMA journal_mode=DELETE;
        CREATE TABLE organisations (id TEXT PRIMARY KEY, name TEXT, country TEXT);
        CREATE INDEX ix_country ON organisations (country, name);
        CREATE TABLE persons (id TEXT PRIMARY KEY, org_id TEXT REFERENCES organisations(id));
        """
    )
    connection.executemany(
        "INSERT INTO organisations VALUES (?, ?, ?)",
        [(f"o{i}", f"Organisation {i} Łódź Málaga" * 3, "PL") for i in range(600)],
    )
    connection.executemany(
        "INSERT INTO persons VALUES (?, ?)", [(f"p{i}", f"o{i % 600}") for i in range(1200)]
    )
    connection.commit()
    connection.close()
    return path


@settings(
    max_examples=SLOW_EXAMPLES + 10, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_a_damaged_file_is_found_or_passes_never_crashes(small_database: Path, data) -> None:  # type: ignore[no-untyped-def]
    raw = bytearray(small_database.read_bytes())
    for _ in range(data.draw(st.integers(1, 6))):
        offset = data.draw(st.integers(0, len(raw) - 1))
        chunk = data.draw(st.binary(min_size=1, max_size=512))
        raw[offset : offset + len(chunk)] = chunk
    if data.draw(st.booleans()):
        del raw[data.draw(st.integers(0, len(raw))) :]  # a truncated copy
    assume(raw != small_database.read_bytes())
    folder = Path(tempfile.mkdtemp(prefix="blues-fuzz-"))
    try:
        path = folder / "blues.sqlite"
        path.write_bytes(bytes(raw))
        try:
            check_before_open(path, folder / "backups")
        except DamagedDatabaseError as exc:
            assert exc.problems and str(path) in str(exc)
        try:
            result = full_check(path)
        except StorageError:
            pass
        else:
            assert isinstance(result.ok, bool)
    finally:
        shutil.rmtree(folder)


times = st.one_of(st.none(), st.times())


@given(
    st.builds(
        EventDraft,
        title=names,
        event_type=st.sampled_from([*EVENT_TYPES, "", "party"]),
        work_package=st.sampled_from(["WP1", "WP3", "WP5", "WP9", ""]),
        start_date=days,
        end_date=days,
        days=st.lists(
            st.builds(DayDraft, day=days, start_time=times, end_time=times), max_size=5
        ).map(tuple),
        city=st.one_of(st.none(), names),
        country=st.one_of(st.none(), codes),
        is_online=st.booleans(),
        online_url=st.one_of(st.none(), names),
    )
)
def test_event_rules_report_instead_of_raising(draft: EventDraft) -> None:
    report = check_event(draft)
    assert all(r.field and r.message for r in report.results)
    if draft.event_type not in EVENT_TYPES or draft.work_package not in WORK_PACKAGES:
        assert not report.ok
    assert len(draft.effective_days()) <= max(MAX_EVENT_DAYS, len(draft.days))


@given(names, names, st.one_of(st.none(), names))
def test_person_keys_are_normal_forms(first: str, last: str, email: str | None) -> None:
    key = person_key(first, last)
    assert key == key.strip() and "  " not in key and key == key.casefold()
    assert person_key(key, "") == key
    cleaned = email_key(email)
    assert cleaned is None or (cleaned == cleaned.strip() and cleaned == cleaned.casefold())
