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

The other way round, after a preposition of the genitive a name in -ів or -ов met as
written is a plural's genitive (біля Васильків: Васильки; возле Бродов: Броды) where one
is named so: the place named in -ів would be declined (біля Василькова), so its reading is
capped below sure, a city's too (:func:`singular_below`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .declension import before_genitive, preposition_of
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
    first = preposition_of(raw)
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


#: The endings of a plural's genitive that a masculine name ends in too (Васильків, Бродов).
_PLURAL_GENITIVE = ("ів", "їв", "ов", "ев", "ёв")


def singular_below(
    gz: Gazetteer, raw: str, name: str, ranked: list[Scored], declined: list[Scored]
) -> list[Scored]:
    """``ranked`` (the readings of ``name`` as written after the preposition opening
    ``raw``) with each met by its own text capped at the unsure ceiling, when ``name`` ends
    as a plural's genitive after a preposition of the genitive and ``declined`` meets a
    settlement of a plural name (module docs)."""
    if not (name.lower().endswith(_PLURAL_GENITIVE) and before_genitive(raw)):
        return ranked
    plural = any(
        s.kind in _OWN_TEXT and gz.entries[s.position].name_uk.endswith(("и", "і", "ї"))
        for s in declined
    )
    if not plural:
        return ranked
    why = f"a plural's genitive, not a name in -ів, after a preposition: at most {UNSURE_CEILING:g}"
    return [s.capped(UNSURE_CEILING, why) if s.kind in _OWN_TEXT else s for s in ranked]


#: How a name is met by its own text in a language (Васильків, Бродов: Бродів's Russian).
_OWN_TEXT = frozenset({"exact", "exonym", "russian"})
