"""Which organisation a row of the file means: one planned from the file, or one already
in the register.

The exact legal name wins over the name key, because "Kołodziej Oprogramowanie S.A." and
"Kołodziej Oprogramowanie Sp. z o.o." share a name key and may well be two companies;
the name key alone is used only when it points to exactly one organisation.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from blues_desktop.domain.names import name_key

T = TypeVar("T")


def exact_name(legal_name: str) -> str:
    return " ".join(legal_name.split()).casefold()


class NameIndex(Generic[T]):
    """Items by exact legal name and by name key, each optionally within a country."""

    def __init__(self) -> None:
        self.exact: dict[tuple[str, str], list[T]] = {}
        self._keyed: dict[tuple[str, str], list[T]] = {}
        # name keys are computed on the first look-up by key (a list whose rows all name
        # their country never needs them)
        self._unkeyed: list[tuple[str, str, T]] = []

    def add(self, legal_name: str, country: str, item: T) -> None:
        name = exact_name(legal_name)
        self.exact.setdefault((name, country), []).append(item)
        self.exact.setdefault((name, ""), []).append(item)
        self._unkeyed.append((legal_name, country, item))

    @property
    def keyed(self) -> dict[tuple[str, str], list[T]]:
        for legal_name, country, item in self._unkeyed:
            key = name_key(legal_name)
            self._keyed.setdefault((key, country), []).append(item)
            self._keyed.setdefault((key, ""), []).append(item)
        self._unkeyed.clear()
        return self._keyed

    def find_all(self, legal_name: str, country: str = "", *, keyed: bool = True) -> list[T]:
        """Items with this exact name, else with this name key (in `country`, or anywhere)."""
        if not self.exact:  # nothing added (an empty register): no key to compute
            return []
        found = self.exact.get((exact_name(legal_name), country))
        if found:
            return found
        if keyed:
            return self.keyed.get((name_key(legal_name), country)) or []
        return []

    def find(self, legal_name: str, country: str = "", *, keyed: bool = True) -> T | None:
        """The one item so named, else None (two or more: the user must say which, not us)."""
        found = self.find_all(legal_name, country, keyed=keyed)
        return found[0] if len(found) == 1 else None


class RegisterIndex:
    """The live organisations of the register, found by VAT number or by name."""

    def __init__(self, rows: Sequence[Any]) -> None:
        self.rows = rows
        self.by_vat = {r.vat_number: r for r in rows if r.vat_number}
        self.names: NameIndex[Any] = NameIndex()
        for row in rows:
            self.names.add(row.legal_name, row.country, row)

    def find(
        self,
        legal_name: str,
        country: str,
        vat_number: str | None,
        office: str | None,
        own: str,
        *,
        keyed: bool = True,
    ) -> Any | None:
        """The organisation meant: by VAT number, else by name. Where offices each keep the
        same organisation, the file's Office column decides, else this office's record;
        if only other offices keep it, one of theirs (which the import leaves alone)."""
        if vat_number and vat_number in self.by_vat:
            return self.by_vat[vat_number]
        found = self.names.find_all(legal_name, country, keyed=keyed)
        if office:
            found = [r for r in found if r.office_id == office]
        if len(found) <= 1:
            return found[0] if found else None
        mine = [r for r in found if r.office_id == own]
        if len(mine) == 1:
            return mine[0]
        return None if mine else found[0]
