"""The settlement each unit is seated at, read from the data by likeness
(:func:`seats_by_likeness`: a raion's, :func:`gazetteer.beside.raions_seated_at`, and a
hromada's), for a hromada named by its seat's name and a hromada word: ``Balakliia
Hromada``, ``Polohy TG``, ``Пологи громада``.

KATOTTG names a hromada by an adjective made from its seat's name (Балаклійська: Балаклія;
Пологівська: Пологи), and sheets often write the seat's name with the word instead.
:func:`gazetteer.beside.units_named` reads such a text to the hromadas seated at the name,
which the query path puts ahead of the seat (as ``Bakhmut urban hromada``; a bracketed
``Fedorivka (Polohy OTG)`` keeps that hromada's village). The seat is found by likeness, so
irregular adjectives count too (Локачинська: Локачі; Великокопанівська: Великі Копані).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from rapidfuzz import fuzz

from translit import match_key

from .model import Entry, derived, entry_fields
from .oldraions import compound
from .rank import SETTLEMENT_CATEGORIES

#: How alike (rapidfuzz ratio) a hromada's key less its ending and its seat's must be, and
#: how much less alike any other settlement of the hromada.
SEAT_LIKENESS, SEAT_MARGIN = 70.0, 8.0
#: A town (or city) is the seat before a village (or selyshche) less alike by at most this.
TOWN_FIRST = 10.0

#: Each entry's code, category, name_uk and the code of the unit it lies in.
Rows = Sequence[tuple[str, ...]]


def seats_by_likeness(
    rows: Rows,
    unit: str,
    members: Collection[str],
    preferred: Collection[str],
    key_of: Callable[[str], str],
    least: float,
) -> dict[str, tuple[str, ...]]:
    """Match key of a settlement (spaces dropped) -> the units of category ``unit`` seated
    there: in each unit, the settlement of ``members`` whose name (as ``key_of`` keys it) its
    name less its adjective ending is made from, by likeness of at least ``least``; one of
    ``preferred`` before another less alike by at most :data:`TOWN_FIRST`; a unit no
    settlement of it is clearly the likest of (by :data:`SEAT_MARGIN`) is left out."""
    held: dict[str, set[tuple[str, str]]] = {}
    for _, kind, name, within in rows:
        if kind in members and within:
            held.setdefault(within, set()).add((kind, name))
    seated: dict[str, list[str]] = {}
    for code, kind, name, _ in rows:
        if kind != unit:
            continue
        stem = match_key(name)[:-3]
        liked = sorted(
            (
                (_likeness(stem, key_of(town)), own in preferred, town)
                for own, town in held.get(code, ())
            ),
            reverse=True,
        )
        liked = [t for t in liked if t[0] >= least]
        towns = [t for t in liked if t[1]]
        if towns and towns[0][0] >= liked[0][0] - TOWN_FIRST:
            liked = towns
        if liked and all(t[0] <= liked[0][0] - SEAT_MARGIN for t in liked[1:]):
            seated.setdefault(match_key(liked[0][2]).replace(" ", ""), []).append(code)
    return {key: tuple(codes) for key, codes in seated.items()}


def hromadas_seated_at(entries: Sequence[Entry]) -> dict[str, tuple[str, ...]]:
    """Match key of a settlement (spaces dropped) -> the hromadas seated there
    (:func:`seats_by_likeness`: two words of a name as the adjective joins them, a city or
    selyshche before a village nearly as like). Made once (kept in the disk cache)."""

    def make() -> dict[str, tuple[str, ...]]:
        rows = list(entry_fields(entries, "code", "category", "name_uk", "hromada_code"))
        towns = SETTLEMENT_CATEGORIES - {"C"}
        key_of = lambda town: match_key(compound(town))  # noqa: E731
        return seats_by_likeness(rows, "H", SETTLEMENT_CATEGORIES, towns, key_of, SEAT_LIKENESS)

    return derived(entries, "hromadas seated at", make, stored_by=__file__)


def _likeness(stem: str, key: str) -> float:
    """How alike a unit's key less its ending and a settlement's key are: the whole key, or
    as much of it as the stem."""
    return max(fuzz.ratio(stem, key), fuzz.ratio(stem, key[: len(stem)]))
