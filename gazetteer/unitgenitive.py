"""A unit named in the genitive (Володарського району) that a settlement's name also meets.

A raion's or hromada's adjective declines before its word (Білозерського району, Бродівської
громади), and a few settlements bear such a genitive as their very name, mostly a former one
(Верхньоосикове was селище імені Володарського). Where the text says which unit it names, the
settlement met by the genitive is no sure answer: the unit's nominative (Володарський) is read
as well, and when it names units of that kind, the settlement ranks no higher than they do;
but a settlement whose official name is the genitive (the village Гурського) is that village.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from translit.lazyre import lazy_compile

from .declension import LATIN_UNIT_OBLIQUE
from .query import CleanQuery
from .rank import SETTLEMENT_CATEGORIES, UNSURE_CEILING, Scored

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

#: The unit categories a text may name by a declined adjective: raion, hromada.
_UNITS = ("P", "H")
#: A unit's adjective in a case other than the nominative, as its name's last word
#: (Володарського, Бродівської, Изюмского, Бродовской; Volodarskoho, Volodarskovo by
#: :data:`~gazetteer.declension.LATIN_UNIT_OBLIQUE`): the genitive read. A
#: settlement's name in the nominative (Вишневе р-н, Іллінці громада) is none: its
#: nominatives are no unit's name the text meant, and read as one they found the raion a
#: typo away (Вижницький) or another's hromada (Іллінська).
_OBLIQUE = lazy_compile(
    r"(?:[сцз]ьк|[сцз]к)(?:ого|ому|ої|ій|ім|ом|ой)$|" + LATIN_UNIT_OBLIQUE,
    re.IGNORECASE,
)


def settlement_for_unit(gz: Gazetteer, cleaned: CleanQuery, ranked: list[Scored]) -> bool:
    """Whether the text names a raion or hromada (``wants``) by an adjective in an oblique
    case (:data:`_OBLIQUE`) but its best candidate is a settlement: then the name's
    nominatives are read too, though the settlement is sure. Not when the settlement bears
    the genitive as its official name (the village Гурського): it is that village."""
    return _unit_named_obliquely(cleaned) and bool(ranked) and _settlement_by_other(gz, ranked[0])


def below_units(
    gz: Gazetteer, cleaned: CleanQuery, ranked: list[Scored], found: list[Scored]
) -> list[Scored]:
    """``ranked`` with its settlements capped at the unsure ceiling when the text names a unit
    by an oblique adjective (:data:`_OBLIQUE`) and ``found`` (the nominatives' reading) holds
    units of that kind (but not one met by its official name: Гурського); else ``ranked``."""
    if not _unit_named_obliquely(cleaned):
        return ranked
    if not any(gz.entries[s.position].category == cleaned.wants for s in found):
        return ranked
    why = f"a settlement, where the text names a unit of its name: at most {UNSURE_CEILING:g}"
    return [s.capped(UNSURE_CEILING, why) if _settlement_by_other(gz, s) else s for s in ranked]


def _unit_named_obliquely(cleaned: CleanQuery) -> bool:
    """Whether the text names a raion or hromada by an adjective in an oblique case."""
    return cleaned.wants in _UNITS and bool(_OBLIQUE.search(cleaned.name))


def _settlement_by_other(gz: Gazetteer, scored: Scored) -> bool:
    """Whether ``scored`` is a settlement met by a name other than its official one (the
    village Гурського, met by its very name, keeps it)."""
    return (
        gz.entries[scored.position].category in SETTLEMENT_CATEGORIES
        and scored.form.source != "official"
    )
