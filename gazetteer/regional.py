"""A file's own geography as a weak prior: ambiguous names lean where its sure names lie.

A column of place names from one report, spreadsheet or event log is rarely spread evenly
over the country: its confident matches cluster in a few hromadas, raions and oblasts. When a
name is ambiguous (many villages called Ivanivka), the candidate in a hromada, a raion, or
failing that an oblast, where the file's confident matches lie is the better guess.
:class:`RegionTally` counts those matches; :meth:`RegionTally.prefer` reorders an ambiguous
resolution's tied candidates by it. The status stays ``ambiguous``: this is a better first
guess, not proof (:func:`gazetteer.context.resolve_group` is the strong form for names known
to belong together).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from .model import Entry, Resolution
from .rank import CITY_CATEGORIES

#: A hromada or raion leans only when it holds this many of the file's confident places (one
#: is chance).
RAION_PLACES = 2
#: An oblast leans only when it holds this share of the file's confident places (four
#: times an even spread over 27 units)...
OBLAST_SHARE = 0.15
#: ...and this many times as many as the oblast of the resolver's own first choice.
OBLAST_RATIO = 1.5


@dataclass(frozen=True)
class Place:
    """Where a candidate lies, as much as the tally needs of it."""

    code: str
    raion: str
    oblast: str
    category: str
    hromada: str = ""

    @classmethod
    def of(cls, entry: Entry) -> Place:
        """The place of a gazetteer entry."""
        return cls(entry.code, entry.raion_code, entry.oblast, entry.category, entry.hromada_code)


@dataclass
class RegionTally:
    """How many distinct confidently matched places lie in each raion and each oblast."""

    raions: Counter[str] = field(default_factory=Counter)
    oblasts: Counter[str] = field(default_factory=Counter)
    hromadas: Counter[str] = field(default_factory=Counter)
    places: set[str] = field(default_factory=set)

    def add(self, resolution: Resolution) -> None:
        """Count a ``matched`` resolution's place once; other statuses add nothing."""
        if resolution.status == "matched" and resolution.best is not None:
            self.add_place(Place.of(resolution.best.entry))

    def add_place(self, place: Place) -> None:
        """Count a confidently matched place, once however often it is named."""
        if place.code in self.places:
            return
        self.places.add(place.code)
        if place.hromada:
            self.hromadas[place.hromada] += 1
        if place.raion:
            self.raions[place.raion] += 1
        if place.oblast:
            self.oblasts[place.oblast] += 1

    def __bool__(self) -> bool:
        return bool(self.places)

    def choose(self, tied: Sequence[Place]) -> int:
        """Which of ``tied`` (the resolver's order) the file's geography favours: an index.

        A place displaces the one held when more of the file's places (two at least) lie in
        its hromada, or, the hromadas being even, in its raion, or, the raions being even too,
        when its oblast holds a clear share of them
        (:data:`OBLAST_SHARE`, :data:`OBLAST_RATIO`); never does a smaller place displace a
        city.
        """
        chosen = 0
        if not self:
            return chosen
        for i in range(1, len(tied)):
            if self._favours(tied[i], tied[chosen]):
                chosen = i
        return chosen

    def prefer(self, resolution: Resolution) -> Resolution:
        """``resolution`` with the tied candidate the file's geography favours first.

        Only an ambiguous resolution changes (see :meth:`choose`); its status stays.
        """
        if resolution.status != "ambiguous" or not self or resolution.best is None:
            return resolution
        tied = [resolution.best] + [m for m in resolution.candidates[1:] if m.ambiguous]
        pick = self.choose([Place.of(m.entry) for m in tied])
        if pick == 0:
            return resolution
        chosen = tied[pick]
        first = replace(chosen, explain=(*chosen.explain, self.reason(Place.of(chosen.entry))))
        rest = tuple(m for m in resolution.candidates if m is not chosen)
        return replace(resolution, best=first, candidates=(first, *rest))

    def reason(self, place: Place) -> str:
        """Why :meth:`choose` leant to ``place``."""
        return (
            f"of the file's confident places, {self.hromadas[place.hromada]} lie in its "
            f"hromada, {self.raions[place.raion]} in its raion and "
            f"{self.oblasts[place.oblast]} in its oblast"
        )

    def _favours(self, rival: Place, held: Place) -> bool:
        if held.category in CITY_CATEGORIES and rival.category not in CITY_CATEGORIES:
            return False
        mine = self.hromadas.get(rival.hromada, 0)
        theirs = self.hromadas.get(held.hromada, 0)
        if mine != theirs and max(mine, theirs) >= RAION_PLACES:
            return mine > theirs
        mine = self.raions.get(rival.raion, 0)
        theirs = self.raions.get(held.raion, 0)
        if mine != theirs:
            return mine > theirs and mine >= RAION_PLACES
        mine = self.oblasts.get(rival.oblast, 0)
        theirs = self.oblasts.get(held.oblast, 0)
        clear_share = mine >= OBLAST_SHARE * len(self.places)
        return clear_share and mine > theirs and mine >= OBLAST_RATIO * theirs
