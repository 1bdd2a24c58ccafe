"""Timesheet rules: rows, quarter hours, public holidays, and the checks EU auditors apply.

Pure functions over plain data. A month is a grid of hours keyed by (day, row);
`check_month` returns a report whose fields name the cell ("2026-03-14 WP2"), so
the grid, the CLI and the PDF show each message where it belongs.
"""

from __future__ import annotations

import calendar
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache

from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.domain.validation import ValidationReport

BLUES_ROWS: dict[str, str] = {
    "WP1": QT_TRANSLATE_NOOP("labels", "WP1 Skills enhancement and strategy building"),
    "WP2": QT_TRANSLATE_NOOP("labels", "WP2 Joint activities"),
    "WP3": QT_TRANSLATE_NOOP("labels", "WP3 ClusterXchange pilot scheme"),
    "WP4": QT_TRANSLATE_NOOP("labels", "WP4 Outreach and awareness-raising"),
    "WP5": QT_TRANSLATE_NOOP("labels", "WP5 Project management"),
}
OTHER = "OTHER"
HOLIDAY = "HOLIDAY"
SICK = "SICK"
PUBLIC_HOLIDAY = "PUBLIC_HOLIDAY"
ABSENCE_ROWS: dict[str, str] = {
    HOLIDAY: QT_TRANSLATE_NOOP("labels", "Holiday (annual leave)"),
    SICK: QT_TRANSLATE_NOOP("labels", "Sick leave"),
    PUBLIC_HOLIDAY: QT_TRANSLATE_NOOP("labels", "Public holiday"),
}
WORK_ROWS: dict[str, str] = {
    **BLUES_ROWS,
    OTHER: QT_TRANSLATE_NOOP("labels", "Other activities not in BLUES"),
}
ROWS: dict[str, str] = {**WORK_ROWS, **ABSENCE_ROWS}
# Labels short enough for a grid's first column (screen and paper).
SHORT_LABELS: dict[str, str] = {
    "WP1": QT_TRANSLATE_NOOP("labels", "WP1 Skills and strategy"),
    "WP2": QT_TRANSLATE_NOOP("labels", "WP2 Joint activities"),
    "WP3": QT_TRANSLATE_NOOP("labels", "WP3 ClusterXchange"),
    "WP4": QT_TRANSLATE_NOOP("labels", "WP4 Outreach"),
    "WP5": QT_TRANSLATE_NOOP("labels", "WP5 Project management"),
    OTHER: QT_TRANSLATE_NOOP("labels", "Other, not BLUES"),
    HOLIDAY: QT_TRANSLATE_NOOP("labels", "Holiday"),
    SICK: QT_TRANSLATE_NOOP("labels", "Sick leave"),
    PUBLIC_HOLIDAY: QT_TRANSLATE_NOOP("labels", "Public holiday"),
}
WORK_PACKAGES: tuple[str, ...] = tuple(BLUES_ROWS)

QUARTER = Decimal("0.25")
MAX_CELL_HOURS = Decimal("24")
DEFAULT_MAX_DAY_HOURS = Decimal("10")
DEFAULT_ANNUAL_PRODUCTIVE_HOURS = Decimal("1720")
WORKING_DAYS_PER_WEEK = 5


class MonthStatus(StrEnum):
    """A month's sign-off: draft → submitted → approved (locked); reopened goes back to
    draft. The values are the ones stored in the database and sent in bundles."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


DRAFT = MonthStatus.DRAFT
SUBMITTED = MonthStatus.SUBMITTED
APPROVED = MonthStatus.APPROVED
STATUS_LABELS: dict[MonthStatus, str] = {
    DRAFT: QT_TRANSLATE_NOOP("labels", "Draft"),
    SUBMITTED: QT_TRANSLATE_NOOP("labels", "Submitted"),
    APPROVED: QT_TRANSLATE_NOOP("labels", "Approved (locked)"),
}
# A month nobody has saved yet has no status.
NOT_STARTED = QT_TRANSLATE_NOOP("labels", "Not started")


def status_label(status: MonthStatus | None) -> str:
    return NOT_STARTED if status is None else status.label


class MonthAction(StrEnum):
    EDIT = "edit"  # change hours, copy or fill weeks, the note
    SUBMIT = "submit"
    APPROVE = "approve"
    REOPEN = "reopen"


def month_actions(status: MonthStatus | None, *, own: bool) -> frozenset[MonthAction]:
    """What the office may do to a month now. Only the office that keeps the staff member
    acts on their months; a month with no status yet is a draft."""
    if not own:
        return frozenset()
    match status or DRAFT:
        case MonthStatus.DRAFT:
            return frozenset({MonthAction.EDIT, MonthAction.SUBMIT})
        case MonthStatus.SUBMITTED:
            return frozenset({MonthAction.EDIT, MonthAction.APPROVE})
        case MonthStatus.APPROVED:
            return frozenset({MonthAction.REOPEN})
    return frozenset()


Cell = tuple[date, str]

# The names a message gives a month or a day, translated by the window (labels context).
MONTH_NAMES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("labels", "January"),
    QT_TRANSLATE_NOOP("labels", "February"),
    QT_TRANSLATE_NOOP("labels", "March"),
    QT_TRANSLATE_NOOP("labels", "April"),
    QT_TRANSLATE_NOOP("labels", "May"),
    QT_TRANSLATE_NOOP("labels", "June"),
    QT_TRANSLATE_NOOP("labels", "July"),
    QT_TRANSLATE_NOOP("labels", "August"),
    QT_TRANSLATE_NOOP("labels", "September"),
    QT_TRANSLATE_NOOP("labels", "October"),
    QT_TRANSLATE_NOOP("labels", "November"),
    QT_TRANSLATE_NOOP("labels", "December"),
)
WEEKDAY_NAMES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("labels", "Monday"),
    QT_TRANSLATE_NOOP("labels", "Tuesday"),
    QT_TRANSLATE_NOOP("labels", "Wednesday"),
    QT_TRANSLATE_NOOP("labels", "Thursday"),
    QT_TRANSLATE_NOOP("labels", "Friday"),
    QT_TRANSLATE_NOOP("labels", "Saturday"),
    QT_TRANSLATE_NOOP("labels", "Sunday"),
)


def day_words(day: date) -> Message:
    """A day with its weekday, inside a message: "Thursday 5 March 2026"."""
    return Message(
        QT_TRANSLATE_NOOP("messages", "{weekday} {day}"),
        weekday=Message.label(WEEKDAY_NAMES[day.weekday()]),
        day=day,
    )


# -- months and hours ----------------------------------------------------------------
@dataclass(frozen=True, slots=True, order=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        """ "2026-03" → Month(2026, 3); a ValueError that names the expected form."""
        parts = text.strip().split("-")
        try:
            year, month = int(parts[0]), int(parts[1])
            if len(parts) != 2 or not 1 <= month <= 12 or not 1900 < year < 2200:
                raise ValueError
        except (ValueError, IndexError):
            raise ValueError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "{text} is not a month; write it as YYYY-MM, e.g. 2026-03"
                    ),
                    text=repr(text),
                )
            ) from None
        return cls(year, month)

    @classmethod
    def of(cls, day: date) -> Month:
        return cls(day.year, day.month)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def first(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last(self) -> date:
        return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    def days(self) -> list[date]:
        return [self.first + timedelta(days=i) for i in range(self.last.day)]

    def previous(self) -> Month:
        return Month(self.year - 1, 12) if self.month == 1 else Month(self.year, self.month - 1)

    def next(self) -> Month:
        return Month(self.year + 1, 1) if self.month == 12 else Month(self.year, self.month + 1)

    @property
    def label(self) -> Message:
        """The month in words, "March 2026", which the window says in its language."""
        return Message(
            QT_TRANSLATE_NOOP("messages", "{month} {year}"),
            month=Message.label(MONTH_NAMES[self.month - 1]),
            year=str(self.year),
        )


def parse_hours(value: object) -> Decimal:
    """Hours as typed ("7,5", "7.25", 8) → Decimal; ValueError saying what is wrong.

    Only quarter hours from 0 to 24 are hours; "1:30" is read as 1.5.
    """
    text = str(value).strip().replace(",", ".")
    if text == "":
        return Decimal(0)
    try:
        if ":" in text:
            hours_part, minutes_part = text.split(":", 1)
            hours = Decimal(hours_part or "0") + Decimal(minutes_part or "0") / 60
        else:
            hours = Decimal(text)
    except (InvalidOperation, ValueError):
        raise ValueError(_not_hours(value)) from None
    if not hours.is_finite():
        raise ValueError(_not_hours(value))
    problem = hours_problem(hours)
    if problem:
        raise ValueError(problem)
    # copy_abs: "-0" is zero hours, shown as 0.00 rather than -0.00
    return hours.copy_abs().quantize(Decimal("0.01"))


def _not_hours(value: object) -> Message:
    return Message(
        QT_TRANSLATE_NOOP("messages", "{value} is not a number of hours"), value=repr(value)
    )


def hours_problem(hours: Decimal) -> Message | None:
    """Why `hours` cannot be entered in a cell, or None."""
    if hours < 0:
        return Message(
            QT_TRANSLATE_NOOP("messages", "{hours} h is negative; hours are 0 or more"),
            hours=hours,
        )
    if hours > MAX_CELL_HOURS:
        return Message(
            QT_TRANSLATE_NOOP("messages", "{hours} h is more than a day has (24 h)"), hours=hours
        )
    if hours % QUARTER != 0:
        return Message(
            QT_TRANSLATE_NOOP("messages", "{hours} h is not in quarter hours (0.25, 0.5, 0.75)"),
            hours=hours,
        )
    return None


def round_to_quarter(hours: Decimal) -> Decimal:
    """The nearest quarter hour (7.7 h → 7.75 h)."""
    return ((hours / QUARTER).to_integral_value() * QUARTER).quantize(Decimal("0.01"))


def person_month_hours(annual_productive_hours: Decimal) -> Decimal:
    """Hours in one person-month: annual productive hours / 12 (143.33 h for 1,720 h)."""
    return annual_productive_hours / 12


def person_months(hours: Decimal, annual_productive_hours: Decimal) -> Decimal:
    """Hours as person-months, to two decimals."""
    if annual_productive_hours <= 0:
        return Decimal(0)
    return (hours * 12 / annual_productive_hours).quantize(Decimal("0.01"))


# -- calendar -----------------------------------------------------------------------
@cache
def _country_holidays(country: str, region: str | None, year: int) -> dict[date, str]:
    import holidays  # its country tables load on first use, not with the module

    try:
        found = holidays.country_holidays(country, subdiv=region or None, years=year)
    except NotImplementedError:
        return {}
    return {day: str(name) for day, name in found.items()}


def public_holidays(country: str, region: str | None, year: int) -> dict[date, str]:
    """Public holidays by date (with their names) for a country and, if given, a region.

    A region the holidays package does not know raises ValueError naming the known ones.
    """
    if region:
        known = regions_of(country)
        if region.upper() not in {r.upper() for r in known}:
            raise ValueError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{region} is not a region of {country} the holiday calendar knows; "
                        "known: {known}",
                    ),
                    region=repr(region),
                    country=country,
                    known=", ".join(known) or Message(QT_TRANSLATE_NOOP("messages", "none")),
                )
            )
        region = next(r for r in known if r.upper() == region.upper())
    return dict(_country_holidays(country.upper(), region, year))


def regions_of(country: str) -> list[str]:
    import holidays

    return list(holidays.list_supported_countries().get(country.upper(), []))


def is_weekend(day: date) -> bool:
    return day.weekday() >= 5


# -- the person's terms and a month's content ---------------------------------------
@dataclass(frozen=True, slots=True)
class StaffTerms:
    """What the checks need to know about a staff member."""

    name: str
    employment_start: date
    employment_end: date | None
    weekly_hours: Decimal
    annual_productive_hours: Decimal = DEFAULT_ANNUAL_PRODUCTIVE_HOURS
    max_day_hours: Decimal = DEFAULT_MAX_DAY_HOURS

    def employed_on(self, day: date) -> bool:
        return self.employment_start <= day and (
            self.employment_end is None or day <= self.employment_end
        )

    def employed_in(self, month: Month) -> bool:
        return self.employment_start <= month.last and (
            self.employment_end is None or month.first <= self.employment_end
        )

    @property
    def daily_hours(self) -> Decimal:
        return self.weekly_hours / WORKING_DAYS_PER_WEEK


@dataclass(slots=True)
class MonthHours:
    """The hours of one person in one month, by (day, row); zero cells are absent."""

    month: Month
    cells: dict[Cell, Decimal] = field(default_factory=dict)
    note: str = ""

    def get(self, day: date, row: str) -> Decimal:
        return self.cells.get((day, row), Decimal(0))

    def set(self, day: date, row: str, hours: Decimal) -> None:
        if hours:
            self.cells[(day, row)] = hours
        else:
            self.cells.pop((day, row), None)

    def day_total(self, day: date, rows: Iterable[str] = WORK_ROWS) -> Decimal:
        return sum((self.get(day, row) for row in rows), Decimal(0))

    def row_total(self, row: str) -> Decimal:
        return sum((h for (_d, r), h in self.cells.items() if r == row), Decimal(0))

    def total(self, rows: Iterable[str]) -> Decimal:
        wanted = set(rows)
        return sum((h for (_d, r), h in self.cells.items() if r in wanted), Decimal(0))

    @property
    def blues_hours(self) -> Decimal:
        return self.total(BLUES_ROWS)

    @property
    def worked_hours(self) -> Decimal:
        return self.total(WORK_ROWS)

    def content_sha256(self) -> str:
        """A fingerprint of what the month says: same hours and note, same hash."""
        lines = [f"month {self.month}", f"note {self.note.strip()}"]
        lines += [
            f"{day.isoformat()} {row} {hours:.2f}"
            for (day, row), hours in sorted(self.cells.items())
            if hours
        ]
        return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def cell_field(day: date, row: str) -> str:
    """The report field of a cell, e.g. "2026-03-14 WP2"."""
    return f"{day.isoformat()} {row}"


def cell_of_field(name: str) -> Cell | None:
    """The cell a report field names, or None for a field about the whole month or a day."""
    parts = name.split(" ")
    if len(parts) != 2 or parts[1] not in ROWS:
        return None
    try:
        return date.fromisoformat(parts[0]), parts[1]
    except ValueError:
        return None


def _label(day: date, row: str) -> Message:
    return Message(
        QT_TRANSLATE_NOOP("messages", "{day}, {row}"),
        day=day_words(day),
        row=Message.label(ROWS.get(row, row)),
    )


def _listed(labels: list[str]) -> Message:
    """Labels one after another ("Holiday (annual leave), Sick leave"), each translated."""
    first = Message.label(labels[0])
    if len(labels) == 1:
        return first
    return Message(
        QT_TRANSLATE_NOOP("messages", "{first}, {rest}"), first=first, rest=_listed(labels[1:])
    )


# -- checks -------------------------------------------------------------------------
def _not_employed(terms: StaffTerms, month: Month) -> Message:
    if terms.employment_end is None:
        return Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "{name} is not employed in {month} (employed from {start}); nothing can be entered",
            ),
            name=terms.name,
            month=month.label,
            start=terms.employment_start,
        )
    return Message(
        QT_TRANSLATE_NOOP(
            "messages",
            "{name} is not employed in {month} (employed from {start} to {end}); "
            "nothing can be entered",
        ),
        name=terms.name,
        month=month.label,
        start=terms.employment_start,
        end=terms.employment_end,
    )


def _outside_employment(terms: StaffTerms, day: date, row: str, value: Decimal) -> Message:
    if terms.employment_end is None:
        return Message(
            QT_TRANSLATE_NOOP(
                "messages", "{cell}: {hours} h outside employment ({start} to open-ended)"
            ),
            cell=_label(day, row),
            hours=value,
            start=terms.employment_start,
        )
    return Message(
        QT_TRANSLATE_NOOP("messages", "{cell}: {hours} h outside employment ({start} to {end})"),
        cell=_label(day, row),
        hours=value,
        start=terms.employment_start,
        end=terms.employment_end,
    )


def check_entries(
    terms: StaffTerms, hours: MonthHours, *, allow_rows: Iterable[str] = ROWS
) -> ValidationReport:
    """Input that is refused before anything is saved: unknown rows, hours that are
    not quarter hours from 0 to 24, days outside the month or outside employment."""
    report = ValidationReport()
    rows = set(allow_rows)
    if not terms.employed_in(hours.month):
        report.error("month", _not_employed(terms, hours.month), "not-employed")
        return report
    for (day, row), value in sorted(hours.cells.items()):
        where = cell_field(day, row)
        if row not in rows:
            report.error(
                where,
                Message(
                    QT_TRANSLATE_NOOP("messages", "{row} is not a timesheet row"), row=repr(row)
                ),
                "row",
            )
            continue
        if Month.of(day) != hours.month:
            report.error(
                where,
                Message(
                    QT_TRANSLATE_NOOP("messages", "{day} is not in {month}"),
                    day=day,
                    month=hours.month.label,
                ),
                "month",
            )
            continue
        problem = hours_problem(value)
        if problem:
            report.error(
                where,
                Message(
                    QT_TRANSLATE_NOOP("messages", "{cell}: {problem}"),
                    cell=_label(day, row),
                    problem=problem,
                ),
                "hours",
            )
        elif value and not terms.employed_on(day):
            report.error(where, _outside_employment(terms, day, row, value), "employment")
    return report


def contracted_hours(
    terms: StaffTerms, month: Month, holidays_by_day: Mapping[date, str]
) -> Decimal:
    """Hours the contract expects in the month: daily hours on each employed working day."""
    working_days = sum(
        1
        for day in month.days()
        if not is_weekend(day) and day not in holidays_by_day and terms.employed_on(day)
    )
    return (terms.daily_hours * working_days).quantize(Decimal("0.01"))


def check_month(
    terms: StaffTerms, hours: MonthHours, holidays_by_day: Mapping[date, str]
) -> ValidationReport:
    """Every check an auditor applies to a month; errors block submission, warnings
    are shown for the person to confirm."""
    report = check_entries(terms, hours)
    if not report.ok:
        return report
    for day in hours.month.days():
        worked = hours.day_total(day)
        absence = hours.day_total(day, ABSENCE_ROWS)
        if worked and absence:
            absent = _listed([ABSENCE_ROWS[r] for r in ABSENCE_ROWS if hours.get(day, r)])
            for row in WORK_ROWS:
                if hours.get(day, row):
                    report.error(
                        cell_field(day, row),
                        Message(
                            QT_TRANSLATE_NOOP(
                                "messages",
                                "{cell}: {hours} h worked on a day of absence ({absence})",
                            ),
                            cell=_label(day, row),
                            hours=hours.get(day, row),
                            absence=absent,
                        ),
                        "absence",
                    )
        if worked > terms.max_day_hours:
            report.error(
                f"{day.isoformat()} total",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{day}: {hours} h worked, more than the maximum of {most} h a day",
                    ),
                    day=day_words(day),
                    hours=worked,
                    most=terms.max_day_hours,
                ),
                "day-max",
            )
        if worked and day in holidays_by_day:
            report.warning(
                cell_field(day, _first_row_with_hours(hours, day)),
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{day} is a public holiday ({holiday}) with {hours} h worked; "
                        "confirm the work was done that day",
                    ),
                    day=day_words(day),
                    holiday=holidays_by_day[day],
                    hours=worked,
                ),
                "public-holiday",
            )
        elif worked and is_weekend(day):
            report.warning(
                cell_field(day, _first_row_with_hours(hours, day)),
                Message(
                    QT_TRANSLATE_NOOP("messages", "{day} is a weekend day with {hours} h worked"),
                    day=day_words(day),
                    hours=worked,
                ),
                "weekend",
            )
        if hours.get(day, PUBLIC_HOLIDAY) and day not in holidays_by_day:
            report.warning(
                cell_field(day, PUBLIC_HOLIDAY),
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{day} is marked as a public holiday but is none in the calendar",
                    ),
                    day=day_words(day),
                ),
                "not-a-holiday",
            )
    contracted = contracted_hours(terms, hours.month, holidays_by_day)
    if hours.worked_hours > contracted and not hours.note.strip():
        report.error(
            "month",
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{worked} h worked in {month}, more than the {contracted} h contracted; "
                    "add a note that explains the extra hours",
                ),
                worked=hours.worked_hours,
                month=hours.month.label,
                contracted=contracted,
            ),
            "over-contract",
        )
    monthly_productive = person_month_hours(terms.annual_productive_hours).quantize(Decimal("0.01"))
    if hours.blues_hours > monthly_productive:
        report.error(
            "month",
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{hours} h on BLUES in {month}, more than the month's productive hours "
                    "({monthly} h = {annual} / 12)",
                ),
                hours=hours.blues_hours,
                month=hours.month.label,
                monthly=monthly_productive,
                annual=terms.annual_productive_hours,
            ),
            "over-productive",
        )
    return report


def _first_row_with_hours(hours: MonthHours, day: date) -> str:
    return next((row for row in WORK_ROWS if hours.get(day, row)), OTHER)


# -- helpers for filling ----------------------------------------------------------------
def week_of(day: date) -> list[date]:
    monday = day - timedelta(days=day.weekday())
    return [monday + timedelta(days=i) for i in range(7)]


def copy_previous_week(
    hours: MonthHours, target_day: date, previous: MonthHours | None = None
) -> list[tuple[Cell, Decimal]]:
    """The cells of the week before `target_day`'s week, moved one week on, limited to
    this month. Work rows only: absences are not copied. `previous` supplies the
    days of last month when the week before starts there."""
    changes: list[tuple[Cell, Decimal]] = []
    for day in week_of(target_day):
        if Month.of(day) != hours.month:
            continue
        source_day = day - timedelta(days=7)
        source = hours if Month.of(source_day) == hours.month else previous
        for row in WORK_ROWS:
            value = source.get(source_day, row) if source is not None else Decimal(0)
            if value != hours.get(day, row):
                changes.append(((day, row), value))
    return changes


TypicalWeek = dict[int, dict[str, Decimal]]  # {weekday 0–4: {row: hours}}


def typical_week(hours: MonthHours, daily_hours: Decimal) -> TypicalWeek:
    """Where filling from a typical week starts: the month's last full working week
    (Monday to Friday, each day with hours), or, without one, the contract's daily hours
    as other work on each working day."""
    for day in reversed(hours.month.days()):
        week = [day + timedelta(days=i) for i in range(WORKING_DAYS_PER_WEEK)]
        if day.weekday() == 0 and all(hours.day_total(d) for d in week):
            return {
                i: {row: hours.get(d, row) for row in WORK_ROWS if hours.get(d, row)}
                for i, d in enumerate(week)
            }
    return {i: {OTHER: daily_hours} for i in range(WORKING_DAYS_PER_WEEK)}


def fill_typical_week(
    hours: MonthHours,
    typical: Mapping[int, Mapping[str, Decimal]],
    terms: StaffTerms,
    holidays_by_day: Mapping[date, str],
) -> list[tuple[Cell, Decimal]]:
    """Cells for every empty working day of the month from a typical week
    ({weekday 0–6: {row: hours}}); days with hours, absences, holidays or outside
    employment are left as they are. Public holidays get the public holiday row."""
    changes: list[tuple[Cell, Decimal]] = []
    for day in hours.month.days():
        if not terms.employed_on(day) or hours.day_total(day, ROWS):
            continue
        if day in holidays_by_day and not is_weekend(day):
            changes.append(((day, PUBLIC_HOLIDAY), round_to_quarter(terms.daily_hours)))
            continue
        for row, value in typical.get(day.weekday(), {}).items():
            if value:
                changes.append(((day, row), value))
    return changes
