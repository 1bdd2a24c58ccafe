from __future__ import annotations

import pytest

from blues_desktop.domain.countries import code_from_name, country_name
from blues_desktop.domain.names import name_key
from blues_desktop.domain.offices import office_info


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ZINNAE Clúster, S.L.", "zinnae cluster sl"),
        ("Plasma Technik GmbH", "PLASMA TECHNIK"),
        ("Łódź Nano Sp. z o.o.", "Lodz Nano"),
        ("Vodní Systémy s.r.o.", "Vodni systemy"),
        ("Kauno Fotonika UAB", "kauno fotonika"),
        ("Aqua Conseil SAS", "Aqua Conseil"),
        ("PLASMA-TECHNIK G.m.b.H.", "Plasma Technik GmbH"),
        ("Plasma Technik GmbH & Co. KG", "Plasma Technik"),
        ("Müller Wasser e.K.", "MÜLLER WASSER"),
    ],
)
def test_name_key_ignores_accents_case_and_legal_forms(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_country_names_and_codes() -> None:
    assert country_name("CZ") == "Czechia" and country_name("XK") == "Kosovo"
    assert code_from_name("Poland") == "PL" and code_from_name("de") == "DE"


def test_offices_are_built_in() -> None:
    assert office_info("bpt").is_coordinator
    assert office_info("MCI").short_name == "MCICT"
    with pytest.raises(KeyError, match="BPT, NPG, MCI, ZIN, AQV"):
        office_info("XYZ")


def test_an_office_is_described_by_its_country_and_its_part_in_the_project() -> None:
    coordinator, partner = office_info("BPT").label, office_info("ZIN").label
    # The CLI's English, unchanged
    assert coordinator == "BPT — BalticNet-PlasmaTec (Germany; coordinator, WP5 leader)"
    assert partner == "ZIN — ZINNAE (Spain; WP3 leader)"
    # … and what the window needs to say it in its own language: the country by its code
    assert coordinator.values["country"] == "DE" and partner.values["country"] == "ES"
    assert partner.values["work_package"] == "WP3" and partner.values["code"] == "ZIN"
