"""The five BLUES partner offices, built in with stable codes.

Codes never change: they prefix human references (ZIN-X-2026-007), name bundle
files and own every record an office creates.
"""

from __future__ import annotations

from dataclasses import dataclass

from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Country, Message


@dataclass(frozen=True, slots=True)
class OfficeInfo:
    code: str
    name: str
    short_name: str
    country: str  # ISO 3166-1 alpha-2
    work_package: str
    is_coordinator: bool = False

    @property
    def label(self) -> Message:
        """"BPT — BalticNet-PlasmaTec (Germany; coordinator, WP5 leader)": the English for
        the CLI, the window's language through `ui/messages.say`."""
        country = Country(self.country)
        if self.is_coordinator:
            return Message(
                QT_TRANSLATE_NOOP("messages", "{code} — {name} ({country}; coordinator, {work_package} leader)"),
                code=self.code,
                name=self.name,
                country=country,
                work_package=self.work_package,
            )
        return Message(
            QT_TRANSLATE_NOOP("messages", "{code} — {name} ({country}; {work_package} leader)"),
            code=self.code,
            name=self.name,
            country=country,
            work_package=self.work_package,
        )


PARTNER_OFFICES: tuple[OfficeInfo, ...] = (
    OfficeInfo(
        "BPT", "BalticNet-PlasmaTec", "BalticNet-PlasmaTec", "DE", "WP5", is_coordinator=True
    ),
    OfficeInfo("NPG", "Nanoprogress", "Nanoprogress", "CZ", "WP1"),
    OfficeInfo("MCI", "Mazovia ICT Cluster", "MCICT", "PL", "WP2"),
    OfficeInfo("ZIN", "ZINNAE", "ZINNAE", "ES", "WP3"),
    OfficeInfo("AQV", "Aqua-Valley", "Aqua-Valley", "FR", "WP4"),
)

OFFICE_CODES: tuple[str, ...] = tuple(o.code for o in PARTNER_OFFICES)
COORDINATOR_CODE = "BPT"

WORK_PACKAGES: dict[str, str] = {
    "WP1": "Skills enhancement and strategy building",
    "WP2": "Joint activities",
    "WP3": "ClusterXchange pilot scheme",
    "WP4": "Outreach and awareness-raising",
    "WP5": "Project management",
}


def office_info(code: str) -> OfficeInfo:
    """The built-in office with this code; raises KeyError with the known codes."""
    wanted = code.strip().upper()
    for office in PARTNER_OFFICES:
        if office.code == wanted:
            return office
    raise KeyError(f"unknown office code {code!r}; the BLUES offices are {', '.join(OFFICE_CODES)}")
