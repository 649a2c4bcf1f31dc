"""Where a name is of another country: a city abroad that bears it (Paris, Krasnodar), or the
text beside it that says so (Valuyki, Russia; Lgov, Kursk oblast). The embedded gazetteer's
only: a gazetteer of your own may be of anywhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

from translit import to_cyrillic

from .countries import OCCUPIERS, country_code, state_country
from .declension import after_preposition, nominatives
from .finder import CONFIDENT_SCORE
from .foreign import ForeignCity, foreign_city, foreign_countries, may_be_foreign
from .query import CleanQuery, clean_query
from .rank import CITY_CATEGORIES, Scored

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

#: Readings of a name by a typo or its consonants only: all the Ukrainian side has.
_WEAK = ("fuzzy", "loose")
#: Nominatives of a declined name looked up among the cities abroad (в Брянске: Брянск).
_DECLINED_TRIED = 6


#: How a near miss's reasons say that the name is a city's abroad (:func:`named_so`).
NAMED_SO = "the name of "


def named_so(city: ForeignCity) -> str:
    """The reason that names ``city``: ``the name of Minsk (BY, 1,742,124 people)``."""
    return f"{NAMED_SO}{city.name} ({city.country}, {city.population:,} people)"


def named_abroad(gz: Gazetteer, query: str, first: Scored) -> ForeignCity | None:
    """The city outside Ukraine, larger than the village or selyshche ``first`` found,
    that the name of ``query`` names too (Paris: not the village Веселий Кут, once
    Paris; Krasnodar: not Краснодарка, a typo away); None when there is none, or the
    text names a region beside the name. A place met by its own name keeps it (the
    village Берлин), and so does a Ukrainian city or unit its other names (Dzerzhinsk
    is Toretsk in a table of Ukraine); a place of any kind and size a typo away does not.
    The embedded gazetteer's only: a gazetteer of your own may be of anywhere."""
    weak = first.kind in _WEAK
    if gz.oblasts is None or (gz.entries[first.position].category not in ("C", "X") and not weak):
        return None
    if first.kind == "exact":  # Берлин, Ростов: villages' own names are theirs
        return None
    cleaned = clean_query(query)
    if cleaned.beside:  # Самара, Сумська область: a place of Ukraine, said so
        return None
    abroad = _city_abroad(cleaned)
    if abroad is None and after_preposition(query):  # в Брянске: not the village Брянське
        named = (foreign_city(n) for n in nominatives(cleaned.name)[:_DECLINED_TRIED])
        abroad = next(filter(None, named), None)
    if abroad is None or (abroad.population <= gz.population.get(first.position, 0) and not weak):
        return None
    return abroad


def _city_abroad(cleaned: CleanQuery) -> ForeignCity | None:
    """The city abroad the name of a cleaned query names, or the name with the word the
    cleaner took for a level kept (GeoNames' New York City, Ho Chi Minh City, Mexico City:
    not the village Нью-Йорк, which GeoNames calls New York too), or a Latin name in its
    Russian letters (Mogilev: Могилёв); None when none."""
    abroad = foreign_city(cleaned.name)
    for fuller, _ in cleaned.fuller if abroad is None else ():
        abroad = foreign_city(fuller)
        if abroad is not None:
            break
    if abroad is None and cleaned.name.isascii() and may_be_foreign(cleaned.name):
        # (Mogilev, Gomel: GeoNames names them Mahilyow, Homyel, and in Cyrillic Могилёв,
        # Гомель; a Latin name is read in Russian letters too)
        abroad = foreign_city(to_cyrillic(cleaned.name, language="ru", limit=1)[0])
    return abroad


def said_abroad(gz: Gazetteer, query: str, first: Scored) -> str:
    """The text beside the name that puts the place in another country (``Valuyki,
    Russia``; ``Lgov, Kursk oblast``; ``Курской области``), or "". A country beside a
    Ukrainian city is an occupier's label, not a place abroad (Mariupol, Russia), but not
    beside a city only a typo or its consonants read (Chisinau, Moldova: not Гайсин), nor
    the name of another country's city, one that occupies no land of Ukraine (Odessa, US).
    A state or province of the US or Canada puts any name abroad (Odessa, Texas; Odessa,
    Ontario, a village; Одеса, Техас; Kamianka, AZ): no occupier's label names one.
    A name that only a typo or its consonants read, a city's abroad, is that city's
    (Barcelona: not Перемишляни; Minsk: not Малинськ, a typo away): the query itself is
    returned (:func:`named_abroad` says which city)."""
    if gz.oblasts is None:
        return ""
    cleaned = clean_query(query)
    weak = first.kind in _WEAK
    if weak and named_abroad(gz, query, first) is not None:
        return query
    parts = cleaned.beside  # (most names stand alone: nothing beside them read)
    city = bool(parts) and gz.entries[first.position].category in CITY_CATEGORIES and not weak
    abroad_city = bool(parts) and foreign_city(cleaned.name) is not None
    for part in parts:
        if state_country(part, abroad_city):  # Odessa, Ontario; Одеса, Техас: whatever size
            return part
        if code := country_code(part):
            if city and (code in OCCUPIERS or code not in foreign_countries(cleaned.name)):
                continue
            return part
        said = clean_query(part)
        if said.wants != "O" or not said.name:
            continue
        if _region_abroad(gz, part, said.name):
            return part
    said = clean_query(query)  # Kursk Oblast, Rostov obl., в Белгородской области: alone
    if said.wants == "O" and said.name and _region_abroad(gz, query, said.name):
        return query
    return ""


def _region_abroad(gz: Gazetteer, text: str, name: str) -> bool:
    """Whether ``text``, an oblast's words after ``name``, names a region abroad by its
    city: no oblast of Ukraine reads surely so, and ``name`` (Kursk; Курской, Белгородская:
    an adjective of the city; Rostov, in Latin letters, by its Russian letters) is a city's
    abroad."""
    assert gz.oblasts is not None
    reading = gz.oblasts.parse(text)
    if reading is not None and reading.score >= CONFIDENT_SCORE:
        return False  # (Odessa oblast is Ukraine's, though Texas has an Odessa too)
    names = [name, to_cyrillic(name, language="ru")[0]] if name.isascii() else [name]
    stems = (n[: len(n) - cut] for n in names for cut in range(5) if len(n) - cut >= 4)
    return any(foreign_city(stem) for stem in stems)
