"""A hromada named by its seat's name and a hromada word: ``Balakliia hromada``, ``Polohy TG``.

KATOTTG names a hromada by an adjective made from its seat's name (Балаклійська: Балаклія;
Пологівська: Пологи), but sheets often write the seat's name with the word (``Balakliia
Hromada``, ``Polohy OTG``, ``Пологи громада``). The name alone reads the town; the word asks
for the hromada. When no hromada is read surely, the hromadas named after a settlement the
name reads (:func:`gazetteer.beside.units_named`) and holding it answer, scored as it was
(namesake seats in two oblasts: both, tied). The seat is read from the data by likeness
(:func:`hromadas_seated_at`), so irregular adjectives are found too (Локачинська: Локачі;
Великокопанівська: Великі Копані).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from translit import match_key

from .finder import CONFIDENT_SCORE
from .index import NameForm
from .model import Entry, derived, entry_fields
from .oldraions import compound
from .query import clean_query
from .rank import SETTLEMENT_CATEGORIES, Scored

if TYPE_CHECKING:
    from .gazetteer import Gazetteer


def seated_hromadas(gz: Gazetteer, query: str, ranked: list[Scored]) -> list[Scored] | None:
    """The hromadas seated at the settlement ``query`` names with a hromada word, first,
    then ``ranked``; None when the query asks for no hromada, one is read surely, or no
    hromada is named after a settlement of the name it holds."""
    if not ranked or gz.oblasts is None:
        return None
    cleaned = clean_query(query)
    if cleaned.wants != "H" or cleaned.beside:
        return None
    entries = gz.entries
    best = entries[ranked[0].position]
    if best.category == "H" and ranked[0].score >= CONFIDENT_SCORE:
        return None
    units = set(gz._units_named(query))
    if not units:
        return None
    seats = [
        s
        for s in ranked
        if entries[s.position].category in SETTLEMENT_CATEGORIES
        and entries[s.position].hromada_code in units
    ]
    top = max((s.score for s in seats), default=0.0)
    seated: dict[int, Scored] = {}
    for s in seats:
        entry = entries[s.position]
        i = gz._by_code.get(entry.hromada_code)
        if i is None or i in seated or s.score < top:
            continue  # (a namesake the oblast hint or a typo reads less well: not its seat)
        why = f"the hromada seated at {entry.name_uk} ({entry.code}), which {query!r} names"
        form = NameForm(i, entries[i].name_uk, "official")
        seated[i] = Scored(i, s.score, s.rank + 10.0, 0.0, s.kind, form, (why,))
    if not seated:
        return None
    return [*seated.values(), *(s for s in ranked if s.position not in seated)]


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
