"""Among namesakes tied with the best, the likeliest first: one of the kind a settlement
word asks for, or a city ten times bigger, met by a form spelled like the query
(:func:`likeliest_first`); a place known to have borne an old name before one guessed among
the namesakes of its new name (:func:`known_bearer_first`)."""

from __future__ import annotations

from collections.abc import Callable

from .index import among_namesakes
from .rank import CITY_CATEGORIES, Scored, wished
from .ties import BORNE_ONCE, OUTWEIGH_IMPORTANCE, OUTWEIGH_MARGIN, OWN_NAME_KINDS

#: Kinds of match through the very name asked for (its own, a Russian or foreign form).
_SAME_NAME_KINDS = frozenset({"exact", "variant", "russian", "exonym"})


def likeliest_first(
    ranked: list[Scored],
    tied: set[int],
    category_of: Callable[[int], str],
    spelled_alike: Callable[[str], bool],
    wants: str = "",
) -> list[Scored]:
    """``ranked`` with the likeliest of the candidates tied with the best first: a city
    close behind (:data:`OUTWEIGH_MARGIN`) and ten times bigger (:data:`OUTWEIGH_IMPORTANCE`)
    met by a form ``spelled_alike`` the query, the biggest such. Nikolayev ties the town
    Миколаїв of Lviv oblast (GeoNames' form of its name) with the oblast centre Миколаїв
    met as Nikolaev: the answer stays unsure, and the city of half a million people comes
    first, where a table takes the first. Rovno (Рівне, met as Rouna) does not come before
    the village Руня for Runya: the letters are not the query's. Before that, one of the kind
    a settlement word ``wants`` comes before one it rules out (:func:`_fitting_first`), and a
    place known to have borne an old name before one guessed (:func:`known_bearer_first`)."""
    if not tied:
        return ranked
    ranked = known_bearer_first(_fitting_first(ranked, tied, category_of, wants), tied)
    best = ranked[0]
    if best.kind not in _SAME_NAME_KINDS:
        return ranked  # (a typo's best: no rival comes before it, and its list is long)
    likelier = [
        s
        for s in ranked[1:]
        if s.position in tied
        and s.score >= best.score - OUTWEIGH_MARGIN
        and s.importance - best.importance >= OUTWEIGH_IMPORTANCE
        and category_of(s.position) in CITY_CATEGORIES
        # both met by the name asked for, not a typo of it or its skeleton; not by a name
        # borne once over a place that bears it today (Oleksandrivka: the villages so
        # called, not Donetsk, so called in the 1860s)
        and s.kind in _SAME_NAME_KINDS
        and (s.kind in OWN_NAME_KINDS or best.kind not in OWN_NAME_KINDS)
        and (s.kind == "exact" or best.kind != "exact")  # (the very letters of its name)
        and spelled_alike(s.form_text)
    ]
    if not likelier:
        return ranked
    first = max(likelier, key=lambda s: s.importance)  # (the first of equals: max keeps it)
    return [first, *(s for s in ranked if s is not first)]


def known_bearer_first(ranked: list[Scored], tied: set[int]) -> list[Scored]:
    """``ranked`` with, when its best was met by an old name only guessed among the namesakes
    of its new name (one of n places so named bore it: :func:`~gazetteer.index.among_namesakes`),
    the first tied candidate known to have borne the name (an attested old or foreign form)
    that fits the letters no worse put first. The guess is a chance of 1 in n, the known
    bearer a fact; only size put the guess ahead (Першотравневе, Poltava oblast: of the five
    Карлівка one was so called, the city comes first by its people, before four villages the
    codifier shows so called until 2024). Both stay tied: the answer stays unsure."""
    best = ranked[0]
    if best.kind != "former" or not among_namesakes(best.form):
        return ranked
    for i, s in enumerate(ranked[1:], start=1):
        if (
            s.position in tied
            and s.kind in BORNE_ONCE
            and s.form.rank == 0
            and s.score >= best.score
        ):
            return [s, *ranked[:i], *ranked[i + 1 :]]
    return ranked


#: Settlement words' wishes a category meets without being asked for: a town was often an
#: urban-type settlement (пгт, смт) before 2024, when the kind was abolished.
_ONCE_WISHED = {"X": frozenset("M")}


def _fitting_first(
    ranked: list[Scored], tied: set[int], category_of: Callable[[int], str], wants: str
) -> list[Scored]:
    """``ranked`` with the first tied candidate that best fits the kind ``wants`` asks for
    first, when the best fits it less: a preference, not a filter (пгт Балаклея: the town
    Балаклія, not the village Балаклея, which no пгт is)."""
    if wants not in ("C", "X", "M", "V"):
        return ranked

    def fit(s: Scored) -> int:
        category = category_of(s.position)
        return 2 if category in wished(wants) else int(category in _ONCE_WISHED.get(wants, ()))

    best = ranked[0]
    fitter = [s for s in ranked[1:] if s.position in tied and fit(s) > fit(best)]
    if not fitter:
        return ranked
    first = max(fitter, key=fit)  # (the first of equals, in rank order)
    return [first, *(s for s in ranked if s is not first)]
