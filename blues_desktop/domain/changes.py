"""What a service changed, so views refresh only what they show."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    OFFICES = "offices"
    MEMBERS = "members"
    EXCHANGES = "exchanges"
    EVENTS = "events"
    TIMESHEETS = "timesheets"
    BUNDLES = "bundles"
    RULES = "rules"


@dataclass(frozen=True, slots=True)
class Changes:
    kinds: frozenset[Kind] = frozenset()

    @classmethod
    def of(cls, *kinds: Kind) -> Changes:
        return cls(frozenset(kinds))

    def __contains__(self, kind: object) -> bool:
        return kind in self.kinds

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds)

    def __bool__(self) -> bool:
        return bool(self.kinds)


NO_CHANGES = Changes()
