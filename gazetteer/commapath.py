"""A path of units written with commas: ``Kharkiv, Izium, Kamianka``.

Slashes and arrows between three parts or more, the first an oblast's, make a path from
the top down (:mod:`gazetteer.query`), but commas part lists of places too (``Kharkiv,
Izium, Balakliia``: three towns in one cell), so a comma-parted text is read as a path only
when the gazetteer says the parts nest: the first names an oblast (by its centre, its
adjective or its level word), the path's answer is a village of that oblast lying in the
raion or hromada the part before it names (a unit by its name, or a town's: Izium's
hromada, or the raion named after it), and it is read surely. A city at the end is another
item of a list, no place the parts before it hold; a selyshche may be either, and is given
unsure.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from translit import match_key
from translit.lazyre import lazy_compile

from .beside import raions_seated_at
from .besidetown import one_town, tied_towns
from .finder import CONFIDENT_SCORE
from .noplace import COUNTRY, a_street, no_letter
from .query import BARE_UNIT, clean_query, unit_level
from .rank import CITY_CATEGORIES, UNSURE_CEILING, Scored, in_units, unsure
from .ties import tied_with_best
from .unitparts import an_oblast_centre

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

#: Whatever parts a text other than a comma does: such a text is read as it was.
_OTHER_SEPARATORS = lazy_compile(r"[;/|>→()\[\]{}]|:\s")
#: The categories a path written with commas may end in: a village, surely; a selyshche,
#: which a list of towns may end in too, unsure.
_PATH_ENDS = {"C": None, "X": UNSURE_CEILING}
#: The categories of a town a list of places may end in (a city, a selyshche).
_TOWNS = CITY_CATEGORIES | {"X"}


def comma_path(
    gz: Gazetteer, query: str, ranked: list[Scored], find: Callable[[str], list[Scored]]
) -> list[Scored] | None:
    """``query``'s comma-parted parts read as a path from the top down (``find``: a text's
    candidates), when they nest (see the module docs); else ``ranked`` unsure when read
    from a part before the last (:func:`_named_first_unsure`); None when ``ranked`` stands."""
    if gz.oblasts is None or query.count(",") < 2 or _OTHER_SEPARATORS.search(query):
        return None
    parts = [part.strip() for part in query.split(",")]
    parts = [  # (a country, an address's street, house number and postcode name no place)
        part
        for part in parts
        if part.lower().rstrip(".") not in COUNTRY and not (a_street(part) or no_letter(part))
    ]
    if len(parts) < 3 or not all(parts) or not names_an_oblast(parts[0]):
        return None
    found = find(" > ".join(parts))
    if not _nests(gz, parts, found):
        return _named_first_unsure(query, parts, ranked)
    oblast = gz.entries[found[0].position].oblast
    towns = [  # (a unit by its name before it, Izium raion, is no list's item)
        s
        for s in (find(parts[-1]) if not gz._units_named(parts[-2]) else ())
        if s.score >= CONFIDENT_SCORE
        and gz.entries[s.position].oblast == oblast
        and gz.entries[s.position].category in _TOWNS
        and s.position != found[0].position
    ]
    if any(gz.entries[s.position].category in CITY_CATEGORIES for s in towns):
        # Rivne, Dubrovytsia, Dubno: a list's town (a village Дубно lies in Dubrovytsia's
        # hromada)
        return _named_first_unsure(query, parts, ranked)
    if towns:  # a selyshche of the oblast is so called too: a list's, perhaps (the village
        # in the unit named first: the parts nest)
        why = f"in {parts[-2]!r}'s, but a selyshche is so called: at most {UNSURE_CEILING:g}"
        return [s.capped(min(s.score, UNSURE_CEILING), why) for s in [found[0], *towns]]
    if (both := _village_before_selyshche(gz, parts, found)) is not None:
        return both
    if ranked and ranked[0].position == found[0].position:
        return None
    why = f"the parts before it name its oblast and {parts[-2]!r}, where it lies"
    ceiling = _PATH_ENDS[gz.entries[found[0].position].category] or found[0].score
    return [found[0].capped(min(found[0].score, ceiling), why), *found[1:]]


def _village_before_selyshche(
    gz: Gazetteer, parts: list[str], found: list[Scored]
) -> list[Scored] | None:
    """``found`` (the path's candidates) with its tied village first, none sure, when a
    village and a selyshche so called both lie in the unit named before the name
    (``Kharkiv, Bohodukhiv, Pavlivka``: a village and a selyshche of Bohodukhiv raion): a
    path ends in a village, a list of towns perhaps in the selyshche; None otherwise."""
    tying = tied_with_best(found)  # (not a selyshche when the text asks a village: с.)
    tied = [s for i, s in enumerate(found) if i == 0 or s.position in tying]
    category = lambda s: gz.entries[s.position].category  # noqa: E731
    if not any(category(s) == "C" for s in tied) or all(category(s) == "C" for s in tied):
        return None
    tied.sort(key=lambda s: category(s) != "C")  # (stable: each kind as found ranks it)
    why = f"a village and a selyshche so called lie in {parts[-2]!r}: at most {UNSURE_CEILING:g}"
    top = min(s.rank for s in tied)  # (the village first, whatever the category's weight)
    first = [s.capped(min(s.score, UNSURE_CEILING), why, rank=top - i) for i, s in enumerate(tied)]
    cut = found[0].score - UNSURE_CEILING  # (the others as far below them as they were)
    rest = [s.capped(s.score - cut, why) for s in found if s not in tied]
    return first + rest


def _named_first_unsure(query: str, parts: list[str], ranked: list[Scored]) -> list[Scored] | None:
    """``ranked`` unsure when its first is read from a part before the last that names no
    unit (``Kharkiv, Izium, Balakliia``: the oblast's centre, or a town of a list); None
    when it is read from the last (the place, as addresses end) or is unsure already."""
    if not ranked or ranked[0].score <= UNSURE_CEILING:
        return None
    name = clean_query(query).name
    plain = [clean_query(part).name for part in parts if not unit_level(part)]
    if name not in plain[:-1]:
        return None
    why = f"named before {plain[-1]!r}, the oblast named first: at most {UNSURE_CEILING:g}"
    return unsure(ranked, why)


def _nests(gz: Gazetteer, parts: list[str], found: list[Scored]) -> bool:
    """Whether the path's answer (``found``, its candidates) is a village (or selyshche) of
    the oblast ``parts`` name first, read surely or tied with namesakes, each of them in the
    unit the part before it names."""
    if not found or found[0].score < CONFIDENT_SCORE:
        return False
    tied = [gz.entries[s.position] for s in found if s.score >= found[0].score]
    oblast = tied[0].oblast
    if any(e.category not in _PATH_ENDS for e in tied):
        return False
    if oblast not in gz.text_oblasts(parts[0]) or any(e.oblast != oblast for e in tied):
        return False
    units = units_of(gz, parts[-2], oblast)
    return bool(units) and all(in_units(e, units) for e in tied)


def names_an_oblast(text: str) -> bool:
    """Whether ``text`` names an oblast as a path's first part does: by its level word
    (Kharkiv oblast), its centre (Kharkiv, м. Харків) or its bare adjective (Kharkivska)."""
    name = clean_query(text).name
    return (
        unit_level(text) == "O"
        or an_oblast_centre(name)
        or (" " not in name and bool(BARE_UNIT.search(name)))
    )


def units_of(gz: Gazetteer, text: str, oblast: str) -> tuple[str, ...]:
    """The raions and hromadas ``text`` names: a unit by its name (Izium raion, Iziumskyi),
    else a town's (in ``oblast``, read surely, or tied only with the town's other entries):
    its hromada, its raion and the raion named after it; () when it names neither."""
    units = gz._units_named(text)
    if units:
        return units
    found = gz.resolve(text, oblast=oblast, explain=False)
    town = found.best.entry if found.status == "matched" and found.best is not None else None
    town = town if town is not None else one_town(tied_towns(found))  # (Holovanivsk: twice)
    if town is None or town.category not in ("M", "X"):
        return ()
    named_after = raions_seated_at(gz.entries).get(match_key(town.name_uk).replace(" ", ""), ())
    return tuple(u for u in (town.hromada_code, town.raion_code, *named_after) if u)
