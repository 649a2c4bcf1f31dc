"""Two names a thing happens between (Бої між Равою та Жовквою): між "between" is no cue by
itself, for people are named between too (між Зеленським та Путіним), but when one name of
the pair is a town by its own name, sure, on its own evidence, the other is a place too
if it resolves to a city by its name cut short (Рава: Рава-Руська) or to a village, sure,
and is in no person's instrumental (між Климцем та Києвом: the surname Климець's).
For :mod:`gazetteer.spans` (the marks) and :mod:`gazetteer.evidence` (the weighing)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .model import GUESSED_KINDS, Resolution
from .personcases import persons_case
from .rank import CITY_CATEGORIES, TOWN_CATEGORIES

if TYPE_CHECKING:
    from .evidence import Found

#: "Between", which takes the instrumental as "with" does (між Равою, между Равой).
BETWEEN = frozenset({"між", "поміж", "между"})
#: What joins a pair's second name to its first (між Равою та Жовквою).
_AND = frozenset({"та", "і", "й", "и"})
#: How a town is met by its own name, as written in a language (Жовквою, Києвом, Жолквой).
_NAMED = frozenset({"exact", "exonym", "russian"})


def person_shaped(before: str | None, span: str, bears: Callable[[str], bool]) -> bool:
    """Whether ``span``, after ``before`` (між or a list's та), is a person's instrumental
    as after з "with" (між Климцем: Климець, a surname too; ``bears``: a place's name)."""
    word = (before or "").lower()
    return (word in BETWEEN or word in _AND) and persons_case("з", span, bears)


def paired_with_town(
    found: Sequence[Found], resolutions: Sequence[Resolution], strong: Sequence[bool]
) -> list[bool]:
    """Which ``found`` names (resolved as ``resolutions``; ``strong``: read as places on
    their own evidence) are the other name of a pair after між whose one name is a town by
    its own name, sure: a place when a city by its cut name or a village, sure."""
    out = [False] * len(found)
    for k, f in enumerate(found):
        if f.members != 2 or f.first < 0 or not found[f.first].between:
            continue
        other = f.first + 1 if k == f.first else f.first
        town, r = resolutions[other].best, resolutions[k].best
        if (
            town is None
            or r is None
            or not strong[other]
            or resolutions[other].status != "matched"
            or town.kind not in _NAMED
            or town.entry.category not in TOWN_CATEGORIES
            or f.shaped
            or f.speaks
            or f.sent
        ):
            continue
        cut_city = r.kind == "short" and r.entry.category in CITY_CATEGORIES
        sure = resolutions[k].status == "matched" and r.kind not in GUESSED_KINDS | {"short"}
        out[k] = cut_city or sure
    return out
