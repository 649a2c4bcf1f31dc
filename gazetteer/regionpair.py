"""Two oblasts' bare names side by side: ``Luhansk, Khmelnytskyi``, ``Khmelnytskyi, Volyn``.

A cell of two parts (parted by a comma, a slash, a bar or a space), each an oblast
centre's name (in Ukrainian, English or Russian: Харків, Kharkiv, Харьков) or an oblast's
short name (Volyn), of two oblasts, may be a place and the oblast it lies in, named by its
centre (the selyshche Хмельницький of Luhansk oblast), or the two cities, as a list writes
them. Nothing in the text tells which: an answer read surely from one part in the other's
oblast, or from one part read as the raion that bears the other's adjective (Хмельницький
район), is not sure. The cities the parts name alone are given with it, none sure (ties
put the cities before the others). A caller's oblast hint says where: the rule is not
asked then.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from translit import match_key
from translit.lazyre import lazy_compile

from .finder import CONFIDENT_SCORE
from .rank import CITY_CATEGORIES, UNSURE_CEILING, Scored, unsure
from .unitparts import bare_oblast_names

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

#: Why an answer read off two oblasts' names is not sure.
PAIR_WHY = f"two oblasts' names: a place of one's oblast, or two cities: at most {UNSURE_CEILING:g}"
#: Two words parted by a comma, a slash, a bar or only a space (Luhansk Khmelnytskyi).
_PAIR = lazy_compile(r"^\s*([^\s,/|]+)\s*(?:[,/|]|\s)\s*([^\s,/|]+)\s*$")
#: What a part names alone: a city, or an oblast by its short name (Volyn).
_NAMED_ALONE = CITY_CATEGORIES | {"O"}


def _oblasts_named(text: str) -> tuple[frozenset[str], bool]:
    """The oblasts a bare part names and whether it is a centre's name; (∅, False) else."""
    return bare_oblast_names().get(match_key(text), (frozenset(), False))


def two_oblasts_unsure(
    gz: Gazetteer, query: str, ranked: list[Scored], find: Callable[[str], list[Scored]]
) -> list[Scored]:
    """``ranked`` with the cities its two parts name alone, none sure, when the parts
    (parted by a comma, a slash, a bar or a space) are two oblasts' bare names (one a
    centre's) and ``ranked`` is sure (see the module docs); else ``ranked``."""
    if not ranked or ranked[0].score < CONFIDENT_SCORE or gz.oblasts is None:
        return ranked  # (a gazetteer of your own: no oblasts of Ukraine's)
    pair = _PAIR.match(query)
    if pair is None:
        return ranked
    parts = [pair[1], pair[2]]
    named = [_oblasts_named(part) for part in parts]
    if not all(isos for isos, _ in named) or not any(centre for _, centre in named):
        return ranked
    if named[0][0] & named[1][0]:  # (Kharkiv, Харків: one oblast, one city)
        return ranked
    entries = gz.entries
    #: the city (or oblast) each part names alone, surely
    cities = [
        found[0]
        for found in map(find, parts)
        if found
        and found[0].score >= CONFIDENT_SCORE
        and entries[found[0].position].category in _NAMED_ALONE
    ]
    if not cities:
        return ranked
    seen = {s.position for s in cities}
    return unsure([*cities, *(s for s in ranked if s.position not in seen)], PAIR_WHY)
