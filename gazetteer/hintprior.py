"""An oblast hint that disagrees with a well-known city: a prior, not a filter.

A hint costs a place outside the hinted oblast 25 points (:data:`gazetteer.rank.HINT_COST`),
so ``Kyiv`` with the hint ``Kharkivska`` came out unmatched: no place of Kharkiv oblast is
called Kyiv, and the capital fell below the threshold. When nothing in the hinted oblast
bears the name well (no candidate there scores 90) and the name, read without the hint, is
surely one well-known place (its own name or a spelling
of it) (the capital, an oblast's centre, a city of 100,000 or more), the
hint more likely sits in the wrong row or column than the city in the wrong oblast: the city
comes first, at most 89, so ``ambiguous``, with the reason in its explanation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from translit import match_key

from .directions import direction_town
from .facilities import facility
from .finder import CONFIDENT_SCORE
from .letterforms import normal_form
from .model import entry_fields
from .query import CleanQuery, clean_query
from .rank import UNSURE_CEILING, Scored
from .ties import tied_with_best

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

#: A city this big is known by its name alone, whatever oblast a row says.
WELL_KNOWN_CITY = 100_000
#: How surely the name, read without the hint, must be the city's: its own name or a
#: spelling of it (Kiev, Харьков: 98.5), not a looser reading of one of the hundreds of
#: foreign forms a capital has (Čhova met Kyiv's Chiovia at 97).
SURE_READING = 98.0


def past_the_hint(
    gz: Gazetteer, query: str, hint: str | None, scored: list[Scored], allowed: frozenset[str]
) -> list[Scored]:
    """``scored`` (the candidates of ``query`` under the hint), with the well-known city the
    name surely means first, unsure, when the hinted oblast holds nothing that bears it.
    Without a hint, an oblast the query names beside the name by its words is its hint
    (``Kharkiv, Sumy oblast`` and ``Kharkiv Sumy oblast`` as ``Kharkiv`` hinted
    ``Sumska``)."""
    if gz.oblasts is None:
        return scored
    if hint:
        regions = gz.hint_oblasts(hint)
    else:
        query, regions = _named_beside(gz, query)
    if not regions:
        return scored
    entries = gz.entries
    if any(s.score >= CONFIDENT_SCORE and entries[s.position].oblast in regions for s in scored):
        return scored
    if not _may_be_city(gz, query):
        return scored
    from .reading import candidates

    free = candidates(gz, query, None, allowed)
    if not free or free[0].score < SURE_READING or tied_with_best(free):
        return scored
    city = free[0]
    entry = entries[city.position]
    if entry.oblast in regions or not well_known_city(gz, city.position):
        return scored
    reason = (
        f"outside the hinted oblast {'/'.join(regions)}, where no place bears the name: "
        f"the hint disagrees, at most {UNSURE_CEILING:g}"
    )
    first = city.capped(min(city.score, UNSURE_CEILING), reason)
    return [first, *(s for s in scored if s.position != city.position)]


def _named_beside(gz: Gazetteer, query: str) -> tuple[str, tuple[str, ...]]:
    """The name of ``query`` and the oblasts its words name beside it, after a comma or
    trailing it (``Kharkiv, Sumy oblast``; ``Kharkiv Sumy oblast``); (query, ()) when they
    name none."""
    cleaned = clean_query(query)
    if len(cleaned.beside) == 1 and clean_query(cleaned.beside[0]).wants == "O":
        return cleaned.name, gz.hint_oblasts(cleaned.beside[0])
    if not cleaned.beside and cleaned.wants == "O":
        from .oblastnamed import split_trailing_hint  # (asked of few values)

        name, oblasts = split_trailing_hint(gz, cleaned, ())
        if name != cleaned.name:
            return name, oblasts
    return query, ()


def _may_be_city(gz: Gazetteer, query: str) -> bool:
    """False when ``query``, read without a hint, surely meets no well-known city at
    :data:`SURE_READING` or more, so need not be read again (a typo query's second reading
    cost it a fifth of its time): a single word as written (no text beside it, no other
    reading of it, no preposition, no plant, no region's name, no direction) whose match
    key and normal form no form of a well-known city has. Such a word meets a place at 96
    or more only by a form of its text or its key (its exact text, a spelling variant, its
    letters in the other script); every other way (a typo, another shape, the consonants,
    a declension) is capped lower (gazetteer.rank, gazetteer.finder, gazetteer.reading)."""
    cleaned = clean_query(query)
    name = cleaned.name
    if not (
        name == query
        and name.isalpha()
        and cleaned == CleanQuery(query, name)  # nothing beside it, no other reading
        and "ё" not in name.lower()
        and name.lower() != "на"
    ):
        return True
    assert gz.oblasts is not None
    if facility(query) is not None or direction_town(gz, query, name) is not None:
        return True
    if gz.oblasts.region_named(name):
        return True
    keys, normals = _city_forms(gz)
    return match_key(name) in keys or normal_form(name) in normals


def _city_forms(gz: Gazetteer) -> tuple[frozenset[str], frozenset[str]]:
    """The match keys and the normal forms of every form of every well-known city (made
    once per index): what a query meets a form by at 96 or more."""
    index = gz.index
    held = _CITY_FORMS.get(index)
    if held is None:
        cities = well_known_positions(gz)
        normals = frozenset(index.normal_of(p) for p in index.positions_of(cities))
        held = _CITY_FORMS[index] = (index.keys_of(cities), normals)
    return held


#: :func:`_city_forms` of each index, dropped with it.
_CITY_FORMS: WeakKeyDictionary[Any, tuple[frozenset[str], frozenset[str]]] = WeakKeyDictionary()


def well_known_positions(gz: Gazetteer) -> frozenset[int]:
    """The positions of the entries :func:`well_known_city` says are well known, read off
    the entries' columns (no entry made), once per gazetteer."""
    held = _WELL_KNOWN.get(gz)
    if held is None:
        people = gz.population
        centre = gz.oblasts.names_its_centre if gz.oblasts is not None else None
        rows = entry_fields(gz.entries, "category", "oblast", "name_uk")
        held = _WELL_KNOWN[gz] = frozenset(
            i
            for i, (category, oblast, name_uk) in enumerate(rows)
            if category == "K"
            or people.get(i, 0) >= WELL_KNOWN_CITY
            or (category == "M" and centre is not None and centre(oblast, name_uk))
        )
    return held


#: :func:`well_known_positions` of each gazetteer, dropped with it.
_WELL_KNOWN: WeakKeyDictionary[Any, frozenset[int]] = WeakKeyDictionary()


def well_known_city(gz: Gazetteer, position: int) -> bool:
    """Whether the entry at ``position`` is a city known by its name alone, wherever a row or
    a file puts it: the capital (a special city), an oblast's centre or a city of
    :data:`WELL_KNOWN_CITY` people."""
    return position in well_known_positions(gz)
