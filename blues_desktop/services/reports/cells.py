"""Cells of the report's tables that the window writes in its own language.

The report pack (PDF, workbook) prints every cell as the English text it is; these
cells are that text (a `str`) and keep what it was made from, so that the window can
name a country, a month or a quarter as its language does (ui/reports/table_text.py).
Words of the report (titles, headers, fixed row labels) are `Message`s instead.
"""

from __future__ import annotations

from datetime import date

from blues_desktop.domain.countries import country_name

NO_HOST = "?"  # the host side of a pair whose host is not chosen yet


class Country(str):
    """A country by its English name ("Czechia"), keeping its code."""

    code: str

    def __new__(cls, code: str) -> Country:
        made = super().__new__(cls, country_name(code))
        made.code = code
        return made

    def __reduce__(self) -> tuple[object, ...]:
        return (Country, (self.code,))


class CountryPair(str):
    """The visitor's and the host's countries: "Czechia → Spain", "Czechia → no host yet"."""

    visitor: str
    host: str | None

    def __new__(cls, visitor: str, host: str | None) -> CountryPair:
        english = country_name(host) if host else "no host yet"
        made = super().__new__(cls, f"{country_name(visitor)} → {english}")
        made.visitor, made.host = visitor, host
        return made

    @classmethod
    def parsed(cls, text: str) -> CountryPair:
        """From the pack's "CZ → ES" ("CZ → ?" without a host)."""
        visitor, _, host = text.partition(" → ")
        return cls(visitor, None if host in ("", NO_HOST) else host)

    def __reduce__(self) -> tuple[object, ...]:
        return (CountryPair, (self.visitor, self.host))


class Month(str):
    """A calendar month, written "2027-01" in the pack (it sorts), by its name in the window."""

    @property
    def first_day(self) -> date:
        return date(int(self[:4]), int(self[5:7]), 1)


class Quarter(str):
    """A quarter of a year, written "2026-Q1" in the pack."""

    @property
    def year(self) -> int:
        return int(self[:4])

    @property
    def number(self) -> int:
        return int(self[-1])


class CapitalLabel(str):
    """A label of the domain (marked in the "labels" context) at the start of a row, its
    first letter a capital: "Registered", "Commitment to Quality signed"."""

    label: str

    def __new__(cls, label: str) -> CapitalLabel:
        made = super().__new__(cls, label[:1].upper() + label[1:])
        made.label = label
        return made

    def __reduce__(self) -> tuple[object, ...]:
        return (CapitalLabel, (self.label,))
