"""How sure the group's choice is (:mod:`gazetteer.context`): a name whose reading the names
read with it point to is sure only when nothing else they point to could be meant too."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from .judging import match_of
from .model import Resolution
from .query import clean_query
from .rank import CITY_CATEGORIES, Scored
from .ties import VILLAGE_CATEGORY, tied_with_best

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

#: Categories of settlements that are no city (a village, a selyshche).
VILLAGES = frozenset("XC")
#: How much more support the chosen candidate needs than every rival...
DECISIVE_SUPPORT = 0.2
#: ...and to be sure (two more names in its raion, or one in its hromada and raion): below
#: it, the group's choice comes first but stays ambiguous.
CONFIDENT_SUPPORT = 2.0
#: Other names that must lie in a village's raion before it may replace a city of its name.
MIN_RAION_NAMES = 2
#: ...and this share of the group's other names: in a long text, a few names of many
#: villages each meet some raion by chance (a story naming Pokrovsk and Andriivka does not
#: make Kostiantynivka the village of Pokrovsk raion).
MIN_RAION_SHARE = 0.25


def in_cluster(gz: Gazetteer, top: Scored, raion_names: Counter[str], group: list[str]) -> bool:
    """Whether two other names of the group lie in ``top``'s raion, and a quarter of them
    (:data:`MIN_RAION_SHARE`): it is among them, not met by chance."""
    others = raion_names[gz.entries[top.position].raion_code] - 1
    return others >= MIN_RAION_NAMES and others >= MIN_RAION_SHARE * (len(group) - 1)


def doubted(
    gz: Gazetteer,
    single: Resolution,
    supported: list[tuple[float, Scored]],
    scored: list[Scored],
    clustered: bool = False,
) -> Resolution:
    """``single``, a city told from a village by its category alone (the tie rules tie them:
    :func:`~gazetteer.ties.city_before_villages`), made ambiguous when the group favours the
    village (``supported``'s first) over it, though too weakly to put it in the city's place:
    the city stays first, unsure, as before the category decided (Хотин among Rivne oblast
    villages: the Chernivtsi oblast town or one of the three villages there); so too a city
    ahead by its size, when the settlement of its name the group favours lies among the
    group's names (``clustered``: :func:`in_cluster`): Vyshneve, the Kyiv oblast city, named
    with two villages of a raion that has a Vyshneve of its own. Any other ``single`` as it
    is."""
    best = single.best
    (top_support, top), city = supported[0], scored[0].position
    kind = gz.entries[top.position].category
    tied = kind == VILLAGE_CATEGORY and top.position in tied_with_best(scored)
    if (
        single.status != "matched"
        or best is None
        or best.entry.category not in CITY_CATEGORIES
        or kind not in VILLAGES
        or not (tied or clustered)
        or top_support - max((n for n, s in supported if s.position == city), default=top_support)
        < DECISIVE_SUPPORT
    ):
        return single
    village = gz.entries[top.position].code
    marked = tuple(
        replace(m, ambiguous=True) if m is best or m.entry.code == village else m
        for m in single.candidates
    )
    return replace(single, status="ambiguous", best=marked[0], candidates=marked)


def sure_choice(
    gz: Gazetteer,
    top: Scored,
    top_support: float,
    supported: list[tuple[float, Scored]],
    clusters: Counter[str],
) -> bool:
    """Whether the group's choice ``top`` is sure: it leads every rival by
    :data:`CONFIDENT_SUPPORT`, no rival lies in its raion (namesakes of one raion told apart
    by a hromada the other names happen to share), and no rival lies in a raion where
    :data:`MIN_RAION_NAMES` other names and half as many as in ``top``'s have a candidate
    (``clusters``: of the name's own part of the text, or of the group when none is given):
    a story of two fronts, each with a village of the name."""
    entry = gz.entries[top.position]
    here = clusters[entry.raion_code]
    for support, s in supported[1:]:
        rival = gz.entries[s.position]
        if rival.code == entry.code:
            continue
        there = clusters[rival.raion_code] if rival.raion_code else 0
        if (
            top_support - support < CONFIDENT_SUPPORT
            or (rival.raion_code and rival.raion_code == entry.raion_code)
            or (there - 1 >= MIN_RAION_NAMES and 2 * there >= here)
        ):
            return False
    return True


def other_kind(wants: str, category: str) -> bool:
    """Whether a settlement of ``category`` is not of the kind a kind word asks for: a
    village or selyshche where a town is asked for (м.), a town where a village is (с.)."""
    if wants == "M":
        return category in VILLAGES
    return wants in ("C", "X", "V") and category in CITY_CATEGORIES


def village_beside(
    gz: Gazetteer,
    result: Resolution,
    pool: list[Scored],
    village_raions: Counter[str],
    group: list[str],
) -> Resolution:
    """``result``, a city the name means on its own (the tie rules put a city before the
    villages of its name: :func:`~gazetteer.ties.city_before_villages`), made ambiguous when
    a village or selyshche of its name lies in its raion too and the group's other names
    read as villages cluster there (``village_raions``, as :func:`in_cluster` counts them):
    both readings fit the group, so the city stays first but is no longer sure (Verbolozy,
    Vernyhorodok and Koziatyn: the town or the village Koziatyn beside it), as an oblast's
    centre is not (:func:`doubted`: Zaporizhzhia among the villages around a selyshche
    Zaporizhzhia). A kind word in the name (м. Козятин, село Козятин) tells them apart."""
    best = result.best
    if result.status != "matched" or best is None or best.entry.category not in CITY_CATEGORIES:
        return result
    raion = best.entry.raion_code
    villages = [
        s
        for s in pool
        if gz.entries[s.position].category in VILLAGES
        and gz.entries[s.position].raion_code == raion
    ]
    others = village_raions[raion] if raion else 0
    if (
        not villages
        or others < MIN_RAION_NAMES
        or others < MIN_RAION_SHARE * (len(group) - 1)
        or clean_query(result.query).wants
    ):
        return result
    codes = {gz.entries[s.position].code for s in villages}
    marked = [
        replace(m, ambiguous=True) if m is best or m.entry.code in codes else m
        for m in result.candidates
    ]
    shown = {m.entry.code for m in marked}
    extra = [
        match_of(gz.entries, s, True) for s in villages if gz.entries[s.position].code not in shown
    ]
    candidates = (marked[0], *extra, *marked[1:])
    return replace(result, status="ambiguous", best=candidates[0], candidates=candidates)
