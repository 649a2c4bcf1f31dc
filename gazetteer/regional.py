"""A file's own geography as a weak prior: ambiguous names lean where its sure names lie.

A column of place names from one report, spreadsheet or event log is rarely spread evenly
over the country: its confident matches cluster in a few raions and oblasts. When a name is
ambiguous (many villages called Ivanivka), the candidate in a raion, or failing that an
oblast, where the file's confident matches lie is the better guess. :class:`RegionTally`
counts those matches; :meth:`RegionTally.prefer` reorders an ambiguous resolution's tied
candidates by it. The status stays ``ambiguous``: this is a better first guess, not proof
(:func:`gazetteer.context.resolve_group` is the strong form for names known to belong
together).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from .model import Match, Resolution

#: Categories a smaller place never displaces (a city named like a village stays first).
CITY_CATEGORIES = frozenset("KM")
#: An oblast leans only when it holds this share of the file's confident places (four
#: times an even spread over 27 units)...
OBLAST_SHARE = 0.15
#: ...and this many times as many as the oblast of the resolver's own first choice.
OBLAST_RATIO = 1.5


@dataclass
class RegionTally:
    """How many distinct confidently matched places lie in each raion and each oblast."""

    raions: Counter[str] = field(default_factory=Counter)
    oblasts: Counter[str] = field(default_factory=Counter)
    places: set[str] = field(default_factory=set)

    def add(self, resolution: Resolution) -> None:
        """Count a ``matched`` resolution's place once; other statuses add nothing."""
        if resolution.status != "matched" or resolution.best is None:
            return
        entry = resolution.best.entry
        if entry.code in self.places:
            return
        self.places.add(entry.code)
        if entry.raion_code:
            self.raions[entry.raion_code] += 1
        if entry.oblast:
            self.oblasts[entry.oblast] += 1

    def __bool__(self) -> bool:
        return bool(self.places)

    def prefer(self, resolution: Resolution) -> Resolution:
        """``resolution`` with the tied candidate the file's geography favours first.

        Only an ambiguous resolution changes. A tied candidate displaces the first one
        when more of the file's places lie in its raion, or, the raions being even, when its
        oblast holds a clear share of them (:data:`OBLAST_SHARE`, :data:`OBLAST_RATIO`);
        never does a smaller place displace a city.
        """
        if resolution.status != "ambiguous" or not self or resolution.best is None:
            return resolution
        chosen = resolution.best
        for rival in resolution.candidates[1:]:
            if rival.ambiguous and self._favours(rival, chosen):
                chosen = rival
        if chosen is resolution.best:
            return resolution
        entry = chosen.entry
        why = (
            f"of the file's confident places, {self.raions[entry.raion_code]} lie in its "
            f"raion and {self.oblasts[entry.oblast]} in its oblast",
        )
        first = replace(chosen, explain=chosen.explain + why)
        rest = tuple(m for m in resolution.candidates if m is not chosen)
        return replace(resolution, best=first, candidates=(first, *rest))

    def _favours(self, rival: Match, held: Match) -> bool:
        if held.entry.category in CITY_CATEGORIES and rival.entry.category not in CITY_CATEGORIES:
            return False
        mine = self.raions.get(rival.entry.raion_code, 0)
        theirs = self.raions.get(held.entry.raion_code, 0)
        if mine != theirs:
            return mine > theirs
        mine = self.oblasts.get(rival.entry.oblast, 0)
        theirs = self.oblasts.get(held.entry.oblast, 0)
        clear_share = mine >= OBLAST_SHARE * len(self.places)
        return clear_share and mine > theirs and mine >= OBLAST_RATIO * theirs
