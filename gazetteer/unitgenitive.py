"""A unit named in the genitive (Володарського району) that a settlement's name also meets.

A raion's or hromada's adjective declines before its word (Білозерського району, Бродівської
громади), and a few settlements bear such a genitive as their very name, mostly a former one
(Верхньоосикове was селище імені Володарського). Where the text says which unit it names, the
settlement met by the genitive is no sure answer: the unit's nominative (Володарський) is read
as well, and when it names units of that kind, the settlement ranks no higher than they do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .query import CleanQuery
from .rank import SETTLEMENT_CATEGORIES, UNSURE_CEILING, Scored

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

#: The unit categories a text may name by a declined adjective: raion, hromada.
_UNITS = ("P", "H")


def settlement_for_unit(gz: Gazetteer, cleaned: CleanQuery, ranked: list[Scored]) -> bool:
    """Whether the text names a raion or hromada (``wants``) but its best candidate is a
    settlement: then the name's nominatives are read too, though the settlement is sure."""
    return (
        cleaned.wants in _UNITS
        and bool(ranked)
        and gz.entries[ranked[0].position].category in SETTLEMENT_CATEGORIES
    )


def below_units(
    gz: Gazetteer, cleaned: CleanQuery, ranked: list[Scored], found: list[Scored]
) -> list[Scored]:
    """``ranked`` with its settlements capped at the unsure ceiling when the text names a unit
    and ``found`` (the nominatives' reading) holds units of that kind; else ``ranked``."""
    if cleaned.wants not in _UNITS:
        return ranked
    if not any(gz.entries[s.position].category == cleaned.wants for s in found):
        return ranked
    why = f"a settlement, where the text names a unit of its name: at most {UNSURE_CEILING:g}"
    return [
        s.capped(UNSURE_CEILING, why)
        if gz.entries[s.position].category in SETTLEMENT_CATEGORIES
        else s
        for s in ranked
    ]
