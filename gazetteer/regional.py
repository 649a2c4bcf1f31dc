"""A file's own geography as a weak prior: ambiguous names lean where its sure names lie.

A column of place names from one report, spreadsheet or event log is rarely spread evenly
over the country: its confident matches cluster in a few hromadas, raions and oblasts. When a
name is ambiguous (many villages called Ivanivka), the candidate around which the file's
confident matches lie densest is the better guess: density as places per settlement of its
hromada and raion (a big raion holds more of any file's places by its size alone), or
failing that, one in an oblast that holds a clear share of them.
:class:`RegionTally` counts those matches; :meth:`RegionTally.prefer` reorders an ambiguous
resolution's tied candidates by it. The status stays ``ambiguous``: this is a better first
guess, not proof (:func:`gazetteer.context.resolve_group` is the strong form for names known
to belong together). A city first, which the resolver prefers to its namesake villages,
gives way only to strong evidence (:meth:`RegionTally.overrule`).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from .model import Entry, Resolution
from .rank import CITY_CATEGORIES

#: The densest candidate is chosen only when its raion holds this many of the file's
#: confident places (one is chance).
RAION_PLACES = 2
#: An oblast leans only when it holds this share of the file's confident places (four
#: times an even spread over 27 units)...
OBLAST_SHARE = 0.15
#: ...and this many times as many as the oblast of the resolver's own first choice.
OBLAST_RATIO = 1.5
#: A city yields to a namesake (:meth:`RegionTally.overrule`) only in a file of this many
#: confident places: spread at random over 27 units, 30 places give an oblast the clear
#: share (:data:`OBLAST_SHARE`, five of them) about once in eight files; fewer give it by
#: chance too often, and a regional file (a report, an oblast's event log) has many more.
CITY_YIELD_PLACES = 30
#: ...and only when the city's oblast holds under half an even share of them (one in 54,
#: the city itself not counted): a file with the city's region even thinly in it may mean it.
CITY_OBLAST_SHARE = 0.5 / 27


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
    #: settlements per raion and hromada code (:meth:`Gazetteer.settlement_counts`); a unit
    #: not in it counts as one
    sizes: Mapping[str, int] = field(default_factory=dict)

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

    def discard(self, place: Place) -> None:
        """Count ``place`` no more (a city that yielded to a namesake)."""
        if place.code not in self.places:
            return
        self.places.discard(place.code)
        for counts, unit in ((self.hromadas, place.hromada), (self.raions, place.raion)):
            if unit:
                counts[unit] -= 1
        if place.oblast:
            self.oblasts[place.oblast] -= 1

    def __bool__(self) -> bool:
        return bool(self.places)

    def choose(self, tied: Sequence[Place]) -> int:
        """Which of ``tied`` (the resolver's order) the file's geography favours: an index.

        The one where the file's confident places lie densest: in its hromada and its raion,
        each measured as (places + 1/2) per settlement there (:meth:`density`), as long as
        its raion holds :data:`RAION_PLACES` of them; else, the first in an oblast that holds
        a clear share of them (:data:`OBLAST_SHARE`, :data:`OBLAST_RATIO`); else the resolver's
        first. A city first is never displaced here: :meth:`overrule` says when a file's
        places outweigh it.
        """
        if not self or tied[0].category in CITY_CATEGORIES:
            return 0
        densest = max(range(len(tied)), key=lambda i: (self.density(tied[i]), -i))
        if self.raions.get(tied[densest].raion, 0) >= RAION_PLACES:
            return densest
        chosen = 0
        for i in range(1, len(tied)):
            if self._oblast_favours(tied[i], tied[chosen]):
                chosen = i
        return chosen

    def density(self, place: Place) -> float:
        """How densely the file's confident places lie around ``place``: the log of (places +
        1/2) per settlement in its hromada, plus the same in its raion."""
        sizes = self.sizes
        return math.log(
            (self.hromadas.get(place.hromada, 0) + 0.5) / sizes.get(place.hromada, 1)
        ) + math.log((self.raions.get(place.raion, 0) + 0.5) / sizes.get(place.raion, 1))

    def prefer(self, resolution: Resolution) -> Resolution:
        """``resolution`` with the tied candidate the file's geography favours first.

        Only an ambiguous resolution changes (see :meth:`choose`); its status stays.
        """
        if resolution.status != "ambiguous" or not self or resolution.best is None:
            return resolution
        tied = [resolution.best] + [m for m in resolution.candidates[1:] if m.ambiguous]
        tied += resolution.also_tied
        pick = self.choose([Place.of(m.entry) for m in tied])
        if pick == 0:
            return resolution
        chosen = tied[pick]
        first = replace(chosen, explain=(*chosen.explain, self.reason(Place.of(chosen.entry))))
        rest = tuple(m for m in resolution.candidates if m is not chosen)
        also = tuple(m for m in resolution.also_tied if m is not chosen)
        return replace(resolution, best=first, candidates=(first, *rest), also_tied=also)

    def reason(self, place: Place) -> str:
        """Why :meth:`choose` leant to ``place``."""
        return (
            f"of the file's confident places, {self.hromadas[place.hromada]} lie in its "
            f"hromada, {self.raions[place.raion]} in its raion and "
            f"{self.oblasts[place.oblast]} in its oblast"
        )

    def overrule(self, city: Place, namesakes: Sequence[Place]) -> int | None:
        """Which of ``namesakes`` the file's geography puts before ``city`` (an index), or
        None: the city stays.

        The evidence must be strong and general: :data:`CITY_YIELD_PLACES` confident places
        besides the city, under :data:`CITY_OBLAST_SHARE` of them in its oblast, and a clear
        share (:data:`OBLAST_SHARE`) in the namesake's. Among namesakes in such oblasts, the
        one whose raion holds :data:`RAION_PLACES` and lies densest, else the one in the
        oblast that holds most.
        """
        own = city.code in self.places
        total = len(self.places) - own
        held = self.oblasts.get(city.oblast, 0) - own
        if total < CITY_YIELD_PLACES or held >= CITY_OBLAST_SHARE * total:
            return None
        clear = OBLAST_SHARE * total
        strong = [
            i
            for i, p in enumerate(namesakes)
            if p.oblast != city.oblast and self.oblasts.get(p.oblast, 0) >= clear
        ]
        if not strong:
            return None

        def weight(i: int) -> tuple[float, int, int]:
            p = namesakes[i]
            dense = self.raions.get(p.raion, 0) >= RAION_PLACES
            return (self.density(p) if dense else -math.inf, self.oblasts[p.oblast], -i)

        return max(strong, key=weight)

    def overrule_reason(self, city: Place, chosen: Place) -> str:
        """Why :meth:`overrule` put ``chosen`` before ``city``."""
        own = city.code in self.places
        return (
            f"the file's places lie far from the city in {city.oblast} "
            f"({self.oblasts.get(city.oblast, 0) - own} of {len(self.places) - own}); "
            f"{self.reason(chosen)}"
        )

    def _oblast_favours(self, rival: Place, held: Place) -> bool:
        mine = self.oblasts.get(rival.oblast, 0)
        theirs = self.oblasts.get(held.oblast, 0)
        clear_share = mine >= OBLAST_SHARE * len(self.places)
        return clear_share and mine > theirs and mine >= OBLAST_RATIO * theirs
