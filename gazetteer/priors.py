"""Per entry, what scoring reads of it, in columns made once per gazetteer.

The scorers (:mod:`gazetteer.candidates`, :mod:`gazetteer.formarrays`) index these lists in
their hot loops; they are made from per-category values and the few entries with a
population, so that a process's first lookup does not pay a Python loop over every entry.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from .model import Entry
from .rank import (
    CATEGORY_PRIOR,
    DEFAULT_IMPORTANCE,
    SEAT_BONUS,
    SETTLEMENT_CATEGORIES,
    importance,
    is_cyrillic,
    latin_named,
)


class EntryPriors:
    """Per entry, what scoring reads of it: category, oblast, importance, rank prior, seat."""

    def __init__(
        self,
        entries: Sequence[Entry],
        seats: Collection[int],
        population: dict[int, int],
    ) -> None:
        column = getattr(entries, "column", None)
        if column is not None:  # the embedded gazetteer: straight from its rows
            self.category: list[str] = column("category")
            self.oblast: list[str] = column("oblast")
        else:
            self.category = [e.category for e in entries]
            self.oblast = [e.oblast for e in entries]
        # Per category first, then the few entries with a population (a tenth of them):
        # a list made by mapping a dict is a C loop, several times cheaper than one in Python.
        weight_of = {c: DEFAULT_IMPORTANCE.get(c, 0.0) for c in set(self.category)}
        prior_of = {c: _prior(c, w) for c, w in weight_of.items()}
        self.weight = list(map(weight_of.__getitem__, self.category))
        self.prior = list(map(prior_of.__getitem__, self.category))
        for i, people in population.items():
            c = self.category[i]
            if c in SETTLEMENT_CATEGORIES:  # (any other weighs 0 with or without people)
                self.weight[i] = w = importance(c, people)
                self.prior[i] = _prior(c, w)
        #: entries with no Cyrillic name (yours, in Latin, Georgian): Cyrillic meets their others
        self.uncyrillic: frozenset[int] = (
            frozenset()  # (KATOTTG: every entry has its Ukrainian name)
            if column is not None
            else frozenset(i for i, e in enumerate(entries) if not is_cyrillic(e.name_uk))
        )
        self.latin_named = latin_named(entries, self.uncyrillic)  #: (Gorzów meets Chorzów)
        self.seats = seats
        self.seat = [0.0] * len(self.category)  #: what being its hromada's seat adds to rank
        for i in seats:
            self.seat[i] = SEAT_BONUS


def _prior(category: str, weight: float) -> float:
    """An entry's rank prior: half its weight for a settlement, else its category's."""
    return weight / 2.0 if category in SETTLEMENT_CATEGORIES else CATEGORY_PRIOR.get(category, 0.0)
