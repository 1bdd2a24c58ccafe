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
