"""The settlement each hromada is seated at, read from the data, for a hromada named by its
seat's name and a hromada word: ``Balakliia Hromada``, ``Polohy TG``, ``Пологи громада``.

KATOTTG names a hromada by an adjective made from its seat's name (Балаклійська: Балаклія;
Пологівська: Пологи), and sheets often write the seat's name with the word instead.
:func:`gazetteer.beside.units_named` reads such a text to the hromadas seated at the name,
which the query path puts ahead of the seat (as ``Bakhmut urban hromada``; a bracketed
``Fedorivka (Polohy OTG)`` keeps that hromada's village). The seat is found by likeness, so
irregular adjectives count too (Локачинська: Локачі; Великокопанівська: Великі Копані).
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

from translit import match_key

from .model import Entry, derived, entry_fields
from .oldraions import compound
from .rank import SETTLEMENT_CATEGORIES

#: How alike (rapidfuzz ratio) a hromada's key less its ending and its seat's must be, and
#: how much less alike any other settlement of the hromada.
SEAT_LIKENESS, SEAT_MARGIN = 70.0, 8.0


def hromadas_seated_at(entries: Sequence[Entry]) -> dict[str, tuple[str, ...]]:
    """Match key of a settlement (spaces dropped) -> the hromadas seated there: in each
    hromada, the settlement its name is made from, by likeness (two words as the adjective
    joins them), a city or selyshche before a village nearly as like; a hromada no
    settlement of it is clearly like is left out. Made once (kept in the disk cache)."""

    def make() -> dict[str, tuple[str, ...]]:
        rows = list(entry_fields(entries, "code", "category", "name_uk", "hromada_code"))
        held: dict[str, list[tuple[str, str]]] = {}
        for _, kind, name, hromada in rows:
            if kind in SETTLEMENT_CATEGORIES and hromada:
                held.setdefault(hromada, []).append((kind, name))
        seated: dict[str, list[str]] = {}
        for code, kind, name, _ in rows:
            if kind != "H":
                continue
            stem = match_key(name)[:-3]
            held_by = set(held.get(code, ()))
            liked = sorted(
                ((_likeness(stem, town), own != "C", town) for own, town in held_by), reverse=True
            )
            liked = [t for t in liked if t[0] >= SEAT_LIKENESS]
            towns = [t for t in liked if t[1]]
            if towns and towns[0][0] >= liked[0][0] - 10.0:  # a town before a village
                liked = towns
            if liked and all(t[0] <= liked[0][0] - SEAT_MARGIN for t in liked[1:]):
                seated.setdefault(match_key(liked[0][2]).replace(" ", ""), []).append(code)
        return {key: tuple(codes) for key, codes in seated.items()}

    return derived(entries, "hromadas seated at", make, stored_by=__file__)


def _likeness(stem: str, town: str) -> float:
    """How alike a hromada's key less its ending and a settlement's name are: the whole
    key, or as much of it as the stem (two words joined as the adjective joins them)."""
    key = match_key(compound(town))
    return max(fuzz.ratio(stem, key), fuzz.ratio(stem, key[: len(stem)]))
