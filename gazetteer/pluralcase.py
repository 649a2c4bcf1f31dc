"""A village's plural name met after a preposition that would have declined it (біля
Плиски, у Писанці): the singular name the text declines is read first.

A plural name declines after a preposition as any noun does: біля Плисок, з Писанців (the
genitive), у Писанцях (the locative). Its nominative stands after one only as the accusative
of a direction (поїхали у Писанці), which a preposition of the genitive never takes. So after
біля, з, до, від... a village's plural name in -и or -і is the genitive of a singular one
(біля Плиски: Плиска), and after у or в a name in -ці the locative of one in -ка (у Писанці
відновили світло: Писанка), the way news speaks of where a thing happened: the plural's own
reading is capped below that one, and stays a candidate. Not a city's name: writers leave a
well-known name undeclined (до Суми, у Чернівці).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .declension import before_genitive
from .rank import CITY_CATEGORIES, UNSURE_CEILING, Scored

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

#: Prepositions of place that take the locative (у Писанці) or, of a direction, the
#: accusative (у Писанці, to it): the locative is read first.
_LOCATIVE = frozenset({"у", "в"})


def plural_below(
    gz: Gazetteer, raw: str, name: str, ranked: list[Scored], declined: list[Scored]
) -> list[Scored]:
    """``ranked`` (the readings of ``name`` as written after the preposition that opens
    ``raw``) with a village's plural name met exactly capped at the unsure ceiling, when
    ``declined`` (the readings of the nominatives the text may decline) meets a settlement
    exactly and the preposition would have declined the plural (see the module docs)."""
    first = raw.split(" ", 1)[0].lower()
    plural = name.endswith(("и", "і")) and before_genitive(raw)
    if not (plural or (first in _LOCATIVE and name.endswith("ці"))):
        return ranked
    if not any(s.kind == "exact" for s in declined):
        return ranked
    why = f"a plural's nominative, which {first} would decline: at most {UNSURE_CEILING:g}"
    return [
        s.capped(UNSURE_CEILING, why)
        if s.kind == "exact" and gz.entries[s.position].category not in CITY_CATEGORIES
        else s
        for s in ranked
    ]
