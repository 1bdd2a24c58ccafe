"""Countries, regions and languages by name, as the window and documents show them."""

from __future__ import annotations

import pycountry

from blues_desktop.domain.labels import country_label, language_label, region_label
from blues_desktop.domain.labels.places import OFFICE_COUNTRIES, _pycountry


def test_the_offices_countries_read_as_pycountry_names_them() -> None:
    # named without loading pycountry at start; the same words pycountry gives
    for code, name in OFFICE_COUNTRIES.items():
        country = pycountry.countries.get(alpha_2=code)
        assert name == (getattr(country, "common_name", None) or country.name)
    assert _pycountry() is pycountry


def test_names_for_codes_and_what_is_kept_when_unknown() -> None:
    assert country_label("cz") == "Czechia" and country_label("EL") == "Greece"
    assert country_label("XK") == "Kosovo" and country_label("PT") == "Portugal"
    assert country_label("QQ") == "QQ"  # unknown: the code, as typed, in capitals
    assert language_label("es") == "Spanish"
    assert region_label("ES", "AR") == "Aragón"


def test_country_names_as_the_eu_writes_the_codes() -> None:
    assert country_label("UK") == "United Kingdom" and country_label(" el ") == "Greece"
    assert country_label("BO") == "Bolivia"  # pycountry's common name, not the official one
    assert country_label("de") == "Germany" and country_label("AT") == "Austria"
    assert country_label("xk") == "Kosovo"


def test_a_region_iso_does_not_name_is_named_by_the_holiday_calendar() -> None:
    # asked directly: region_name keeps its answers, so a later test would not reach it
    from blues_desktop.domain.labels.places import _holiday_region_name

    assert _holiday_region_name("IT", "AO") == "Aosta"
    assert _holiday_region_name("it", " ao ") == "Aosta"
    assert _holiday_region_name("IT", "QQ") is None
    assert _holiday_region_name("XX", "AO") is None  # no calendar for the country
