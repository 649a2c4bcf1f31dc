"""Oblast centres' names beside a name, read either way: ``Khmelnytskyi, Slavuta``,
``Lviv, Mykolaiv``.

Two oblast centres bear adjectives for names (Хмельницький, Кропивницький), and the raion
seated at each is named just so (Хмельницький район). A part beside a name written so may
be either: the raion, as a column of raions gives it, or the oblast by its centre, as a
table of oblast and town does (``Khmelnytskyi, Slavuta``: the city Славута, Шепетівський
район). Read in the raion the name may be a village (Славута, Хмельницький район); when the
oblast holds a city of the name outside that raion, neither reading is sure: both are
given, the city first.

Two centres' names side by side (``Lviv, Mykolaiv``) may be a place and its oblast named by
the centre (the village Львів of Mykolaiv oblast) or the oblast by its centre and a town
of it (the city Миколаїв of Lviv oblast), as tables of two columns write it: where each
reading finds a settlement surely, both are given, a city first, neither sure.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .finder import CONFIDENT_SCORE
from .hintprior import well_known_city
from .query import CleanQuery
from .rank import CITY_CATEGORIES, SETTLEMENT_CATEGORIES, UNSURE_CEILING, Scored, in_units, unsure
from .unitparts import an_oblast_centre

if TYPE_CHECKING:
    from .gazetteer import Gazetteer


def centre_or_raion(
    gz: Gazetteer,
    cleaned: CleanQuery,
    ranked: list[Scored],
    units: tuple[str, ...],
    read_in: Callable[[tuple[str, ...]], list[Scored]],
) -> list[Scored]:
    """``ranked`` (the name read in the raions ``units`` its one part beside names) with the
    city the part's oblast holds outside them, both unsure, when the part is an oblast
    centre's name too (``read_in``: the name's candidates in some oblasts, no unit)."""
    if len(cleaned.beside) != 1 or not units or not ranked or ranked[0].score < CONFIDENT_SCORE:
        return ranked
    text = cleaned.beside[0]
    if not an_oblast_centre(text) or any(gz.entry(u).category != "P" for u in units):
        return ranked
    oblasts = gz.text_oblasts(text)
    if not oblasts:
        return ranked
    entries = gz.entries
    if entries[ranked[0].position].category in CITY_CATEGORIES:
        return ranked
    cities = [
        s
        for s in read_in(oblasts)
        if s.score >= CONFIDENT_SCORE
        and entries[s.position].category in CITY_CATEGORIES
        and not in_units(entries[s.position], units)
    ]
    if not cities:  # (Mykolaiv, Khmelnytskyi: the raion's village; two centres: regionpair.py)
        return ranked
    why = f"{text!r} names a raion and, by its centre, an oblast: at most {UNSURE_CEILING:g}"
    city = cities[0]
    return unsure([city, *(s for s in ranked if s.position != city.position)], why)


def centres_either_way(
    gz: Gazetteer,
    cleaned: CleanQuery,
    ranked: list[Scored],
    find: Callable[[str, str], list[Scored]],
) -> list[Scored] | None:
    """When the name and its one part beside are oblast centres' names and ``ranked`` (the
    name read in the oblast the part names by its centre) is sure of another settlement than
    the name's city: the part read as a place in the oblast the name's centre names
    (``find``: a text's candidates under an oblast hint) and ``ranked``, both unsure, when
    that is a sure settlement too; else [] (two cities, perhaps: Poltava, Kharkiv). None
    when the text is no such pair."""
    if len(cleaned.beside) != 1 or not ranked or ranked[0].score < CONFIDENT_SCORE:
        return None
    text = cleaned.beside[0]
    if not (an_oblast_centre(cleaned.name) and an_oblast_centre(text)):
        return None
    entries = gz.entries
    best = entries[ranked[0].position]
    if best.category not in SETTLEMENT_CATEGORIES or well_known_city(gz, ranked[0].position):
        return None
    other = find(text, cleaned.name)  # (the part as the place, the name as its oblast)
    if not other or other[0].score < CONFIDENT_SCORE or other[0].position == ranked[0].position:
        return []
    place = entries[other[0].position]
    if place.category not in SETTLEMENT_CATEGORIES or place.oblast not in gz.text_oblasts(
        cleaned.name
    ):
        return []
    pair = [ranked[0], other[0]]
    pair.sort(key=lambda s: entries[s.position].category not in CITY_CATEGORIES)
    return unsure([*pair, *ranked[1:]], CENTRES_WHY)


#: Why a name beside another oblast centre's name is unsure.
CENTRES_WHY = (
    f"two oblast centres' names, each may name the other's oblast: at most {UNSURE_CEILING:g}"
)
