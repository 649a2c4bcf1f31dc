"""A file's own geography as a weak prior: ambiguous names lean where its sure names lie.

A column of place names from one report, spreadsheet or event log is rarely spread evenly
over the country: its confident matches cluster in a few hromadas, raions and oblasts. When a
name is ambiguous (many villages called Ivanivka), each tied candidate is scored by how many of
the file's places one may expect per settlement around it (:meth:`RegionTally.rate`): the
country's rate, refined in turn by the candidate's oblast, raion and hromada, each unit's own
count weighed against what its parent's rate predicts for its size (a smoothed hierarchical
estimate). The likeliest candidate is chosen when it is clearly likelier than the resolver's own
first guess.
:class:`RegionTally` counts those matches; :meth:`RegionTally.prefer` reorders an ambiguous
resolution's tied candidates by it. The status stays ``ambiguous``: this is a better first
guess, not proof (:func:`gazetteer.context.resolve_group` is the strong form for names known
to belong together). A city first, which the resolver prefers to its namesake villages,
gives way only to strong evidence (:meth:`RegionTally.overrule`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from .model import Entry, Resolution
from .quickinit import quick_init
from .rank import CITY_CATEGORIES
from .spellings import Naming
from .spread import PRIOR_PLACES, SPREAD_PRIOR, level_prior, unit_squares
from .ties import letters_margin
from .unsurerows import UnsureRows

#: A namesake displaces the resolver's first guess only when it is this many times likelier
#: (:meth:`RegionTally.rate`): the resolver's order among ties carries a prior of its own
#: (the more populous first, where places are drawn more often), so scores within half
#: again of each other are too close to call.
LEAN_ODDS = 1.5
#: ...and only to an oblast that holds this many of the file's confident places: in a
#: country-wide list of a place or two an oblast, one place sharing a namesake's hromada
#: (lifting it about fourfold) is chance.
LEAN_PLACES = 2
#: A city's namesake must lie in an oblast that holds this share of the file's confident
#: places (four times an even spread over 27 units; :meth:`RegionTally.overrule`).
OBLAST_SHARE = 0.15
#: A city yields to a namesake (:meth:`RegionTally.overrule`) only in a file of this many
#: confident places: spread at random over 27 units, 30 places give an oblast the clear
#: share (:data:`OBLAST_SHARE`, five of them) about once in eight files; fewer give it by
#: chance too often, and a regional file (a report, an oblast's event log) has many more.
CITY_YIELD_PLACES = 30
#: ...and only when the city's oblast holds under half an even share of them (one in 54,
#: the city itself not counted): a file with the city's region even thinly in it may mean it...
CITY_OBLAST_SHARE = 0.5 / 27
#: ...unless the namesake's :meth:`~RegionTally.rate` is this many times the city's (a war
#: log of four frontline oblasts and a handful of places in Lviv oblast: Lviv oblast's
#: Zolochiv, a town of 24,000, gives way to Kharkiv oblast's). A town draws a file's places
#: more often than a village (in proportion to its people, at most, some six times a
#: selyshche's), so the odds are higher than that.
CITY_RATE_ODDS = 10.0


@quick_init
@dataclass(frozen=True)
class Place:
    """Where a candidate lies, as much as the tally needs of it."""

    code: str
    raion: str
    oblast: str
    category: str
    hromada: str = ""

    def __hash__(self) -> int:
        # by the code alone: equal places have equal codes, and a code names one place (the
        # hash of all five fields cost a remembered run's choices among ties 0.1 s)
        return hash(self.code)

    @classmethod
    def of(cls, entry: Entry) -> Place:
        """The place of a gazetteer entry."""
        return cls(entry.code, entry.raion_code, entry.oblast, entry.category, entry.hromada_code)


@dataclass
class RegionTally(UnsureRows):
    """How many distinct confidently matched places lie in each raion and each oblast."""

    raions: Counter[str] = field(default_factory=Counter)
    oblasts: Counter[str] = field(default_factory=Counter)
    hromadas: Counter[str] = field(default_factory=Counter)
    places: set[str] = field(default_factory=set)
    #: settlements per unit: raion and hromada by code, oblast by ISO code, and the whole
    #: gazetteer under "" (:meth:`Gazetteer.settlement_counts`); a unit not in it counts as
    #: one, and without the whole, the file's oblasts are the country, one settlement each
    sizes: Mapping[str, int] = field(default_factory=dict)
    #: how many distinct confident values name each place (:meth:`reaches`)
    naming: Naming = field(default_factory=Naming)
    #: each oblast's and raion's rate (:meth:`rate`) while the counts stay as they are
    _rates: dict[str, float] = field(default_factory=dict, repr=False, compare=False)
    #: per level (oblast, raion, hromada) the sum of its counts' squares and of its counts
    _sums: tuple[list[int], ...] = field(
        default_factory=lambda: ([0, 0], [0, 0], [0, 0]), repr=False, compare=False
    )
    #: per level, per parent unit: the sum of its counted units' counts times settlements,
    #: and the key of its units' squared sizes (:func:`~gazetteer.spread.unit_squares`)
    _cross: tuple[dict[str, list], ...] = field(
        default_factory=lambda: ({}, {}, {}), repr=False, compare=False
    )
    #: each level's prior (:meth:`priors`) while the counts stay as they are
    _priors: tuple[float, float, float] | None = field(default=None, repr=False, compare=False)
    #: each choice among tied places (:meth:`choose`) while the counts stay as they are: a
    #: file names one place in several spellings, whose ties are the same
    _chosen: dict[tuple[Place, ...], int] = field(default_factory=dict, repr=False, compare=False)
    #: the query texts :meth:`add` has counted as values
    _texts: set[str] = field(default_factory=set, repr=False, compare=False)
    #: the unsure rows' places per oblast (:meth:`~gazetteer.unsurerows.UnsureRows.add_unsure`),
    #: already weighed, and in all
    unsure: dict[str, float] = field(default_factory=dict)
    unsure_total: float = 0.0
    #: each oblast's lift by them (:meth:`~gazetteer.unsurerows.UnsureRows._lift`) while the
    #: counts stay as they are
    _lifts: dict[str, float] = field(default_factory=dict, repr=False, compare=False)

    def add(self, resolution: Resolution) -> None:
        """Count a ``matched`` resolution's place once; other statuses add nothing. Its
        query is a value of the file once however often it is added (:attr:`naming`)."""
        if resolution.status == "matched" and resolution.best is not None:
            new = resolution.query not in self._texts
            self._texts.add(resolution.query)
            self.add_place(Place.of(resolution.best.entry), value=new)

    def add_place(self, place: Place, value: bool = True) -> None:
        """Count a confidently matched place, once however often it is named; ``value``:
        a distinct value of the file names it (counted in :attr:`naming`)."""
        if value:
            self.naming.count(place.code)
        if place.code in self.places:
            return
        self.places.add(place.code)
        self._count(place, 1)

    def discard(self, place: Place) -> None:
        """Count ``place`` no more (a city that yielded to a namesake)."""
        if place.code not in self.places:
            return
        self.places.discard(place.code)
        self._count(place, -1)

    def _count(self, place: Place, step: int) -> None:
        """Add ``step`` to ``place``'s units, and to each level's sums (:meth:`_level`)."""
        self._rates.clear()
        self._lifts.clear()
        self._chosen.clear()
        self._priors = None
        levels = (
            (self.oblasts, place.oblast, "", ""),
            (self.raions, place.raion, place.oblast, place.raion[:4]),
            (self.hromadas, place.hromada, place.raion, place.raion[:6]),
        )
        for (counts, unit, parent, key), sums, cross in zip(
            levels, self._sums, self._cross, strict=True
        ):
            if not unit:
                continue
            n = counts[unit]
            counts[unit] = n + step
            if counts is not self.oblasts and not parent:
                continue
            sums[0] += (n + step) ** 2 - n * n
            sums[1] += step
            held = cross.setdefault(parent, [0.0, key])
            held[0] += step * self.sizes.get(unit, 1)

    def __bool__(self) -> bool:
        return bool(self.places) or self.unsure_total > 1e-9

    def parents_met(self) -> tuple[tuple[str, ...], ...]:
        """Per level (oblast, raion, hromada), the parent units whose units were counted, in
        the order first met (the order each level's sums are added up in)."""
        return tuple(tuple(cross) for cross in self._cross)

    def reaches(self, code: str, score: float, floor: float) -> bool:
        """Whether a tied candidate (entry ``code``, its ``score``) may lead: its letters fit
        within the tie margin (``floor``: the best's score less it), or it is one of the
        places of a file of many spellings (:meth:`~gazetteer.spellings.Naming.repeating`),
        where a value is likelier another spelling of one of them than a new place."""
        return score >= floor or (code in self.places and self.naming.repeating())

    def choose(self, tied: Sequence[Place]) -> int:
        """Which of ``tied`` (the resolver's order) the file's geography favours: an index.

        The one of highest :meth:`rate`, if that is :data:`LEAN_ODDS` times the first's and
        its oblast holds :data:`LEAN_PLACES` confident places; else the resolver's first. A city
        first is never displaced here: :meth:`overrule` says when a file's places outweigh it.
        """
        if not self or tied[0].category in CITY_CATEGORIES:
            return 0
        key = tuple(tied)
        pick = self._chosen.get(key)
        if pick is None:
            pick = self._chosen[key] = self._choose(key)
        return pick

    def _choose(self, tied: Sequence[Place]) -> int:
        rate, country = self.rate, self.country_rate()
        rates = [rate(p, country) for p in tied]
        best = max(range(len(tied)), key=lambda i: (rates[i], -i))
        if self._in_oblast(tied[best].oblast) < LEAN_PLACES - 1e-9:
            return 0
        return best if rates[best] >= LEAN_ODDS * rates[0] else 0

    def country_rate(self) -> float:
        """The file's confident places per settlement of the whole gazetteer."""
        whole = self.sizes.get("") or max(sum(n > 0 for n in self.oblasts.values()), 1)
        return len(self.places) / whole

    def rate(self, place: Place, country: float | None = None) -> float:
        """How many of the file's places to expect per settlement around ``place``.

        The country's rate (``country``, :meth:`country_rate` when None), then in turn its
        oblast's, raion's and hromada's: each the parent's rate times (places there + its
        level's prior) / (the places the parent's rate predicts for the unit's settlements +
        that prior), the priors :meth:`priors`; last the place's own, when the file already
        names it. A unit the place lacks (no hromada) is skipped.
        """
        rate = self.country_rate() if country is None else country
        sizes, known = self.sizes, self._rates
        oblast, raion, hromada = self.priors()
        for counts, unit, prior in (
            (self.oblasts, place.oblast, oblast),
            (self.raions, place.raion, raion),
        ):
            if not unit:
                continue
            if unit in known:
                rate = known[unit]
                continue
            if prior < SPREAD_PRIOR:
                rate *= (counts.get(unit, 0) + prior) / (sizes.get(unit, 1) * rate + prior)
            known[unit] = rate
        unit = place.hromada
        if unit and hromada < SPREAD_PRIOR:
            rate *= (self.hromadas.get(unit, 0) + hromada) / (sizes.get(unit, 1) * rate + hromada)
        if place.code in self.places and self.sizes.get(""):
            rate *= (1 + PRIOR_PLACES) / (rate + PRIOR_PLACES)  # itself, a unit of one
        if self.unsure_total > 1e-9:
            lift = self._lifts.get(place.oblast)
            if lift is None:
                lift = self._lifts[place.oblast] = self._lift(place.oblast)
            rate = rate * lift if self.places else lift
        return rate

    def priors(self) -> tuple[float, float, float]:
        """Each level's prior in places (oblast, raion, hromada; see :data:`SPREAD_PRIOR`):
        :data:`PRIOR_PLACES` without the gazetteer's sizes, else as lumpy as the file is.

        In a file over several oblasts, a level is never taken as less lumpy than the ones
        above it: a file with a focus (a front, a region's report) clusters at every scale,
        though a few hundred places cannot show it among 1,500 hromadas. A file of one oblast
        (a hint, a regional sheet) says nothing by it of its raions.
        """
        if self._priors is None:
            priors = (PRIOR_PLACES, PRIOR_PLACES, PRIOR_PLACES)
            if self.sizes.get(""):
                o, r, h = (level_prior(*self._level(level)) for level in range(3))
                if sum(n > 0 for n in self.oblasts.values()) > 1:
                    r, h = min(r, o), min(h, r, o)
                priors = (o, r, h)
            self._priors = priors
        return self._priors

    def _level(self, level: int) -> tuple[float, float]:
        """One level's counts ``n`` against their parents' rates ``p`` (each unit expecting
        ``e = p s`` of its ``s`` settlements): the sum over its units, the uncounted too, of
        ``(n - e)^2 - n``, and of ``e^2``; from sums kept as places come and go
        (:meth:`_count`): per level the sum of ``n^2`` and of ``n``, per parent of ``n s``."""
        sizes, squares = self.sizes, unit_squares(self.sizes)
        squared, total = self._sums[level]
        above = (None, self.oblasts, self.raions)[level]
        cross = expected = 0.0
        for parent, (weighted, key) in self._cross[level].items():
            if weighted <= 0:
                continue
            if above is None:
                rate = len(self.places) / sizes[""]
            else:
                rate = above.get(parent, 0) / max(sizes.get(parent, 1), 1)
            cross += rate * weighted
            expected += rate * rate * squares.get(key, 0.0)
        return squared - total - 2 * cross + expected, expected

    def prefer(self, resolution: Resolution) -> Resolution:
        """``resolution`` with the tied candidate the file's geography favours first.

        Only an ambiguous resolution changes (see :meth:`choose`), among the tied
        candidates whose letters fit within the tie margin of the best's
        (:func:`~gazetteer.ties.letters_margin`), or that a file of many spellings names
        (:meth:`reaches`); its status stays.
        """
        best = resolution.best
        if resolution.status != "ambiguous" or not self or best is None:
            return resolution
        floor = best.score - letters_margin(best.kind)
        tied = [best] + [m for m in resolution.candidates[1:] if m.ambiguous]
        tied += resolution.also_tied
        tied = [m for m in tied if self.reaches(m.entry.code, m.score, floor)]
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
            f"{self.oblasts[place.oblast]} in its oblast (about "
            f"{1000 * self.rate(place):.3g} per 1,000 settlements there)"
        )

    def overrule(
        self, city: Place, namesakes: Sequence[Place], bigger: Sequence[float] = ()
    ) -> int | None:
        """Which of ``namesakes`` the file's geography puts before ``city`` (an index), or
        None: the city stays.

        The evidence must be strong and general: :data:`CITY_YIELD_PLACES` confident places
        besides the city, a clear share (:data:`OBLAST_SHARE`) in the namesake's oblast, and
        under :data:`CITY_OBLAST_SHARE` of them in the city's, or else places per settlement
        in the city's oblast :data:`CITY_RATE_ODDS` times fewer than in the namesake's, and
        fewer by more than the city is bigger (``bigger``: the city's people over each
        namesake's; a file may name places as often as people live there). Each weighed
        without the city; among namesakes in such oblasts, the one of highest :meth:`rate`.
        """
        own = city.code in self.places
        total = len(self.places) - own
        if total < CITY_YIELD_PLACES:
            return None
        clear = OBLAST_SHARE * total
        strong = [
            i
            for i, p in enumerate(namesakes)
            if p.oblast != city.oblast and self.oblasts.get(p.oblast, 0) >= clear
        ]
        if not strong:
            return None
        if own:  # (weighed without itself)
            self.discard(city)
        try:
            country = self.country_rate()
            best = max(strong, key=lambda i: (self.rate(namesakes[i], country), -i))
            if self.oblasts.get(city.oblast, 0) < CITY_OBLAST_SHARE * total:
                return best
            odds = self._oblast_rate(namesakes[best].oblast) / self._oblast_rate(city.oblast)
            size = bigger[best] if best < len(bigger) else 1.0
            return best if odds >= max(CITY_RATE_ODDS, size) else None
        finally:
            if own:  # (a place again, not one more value naming it)
                self.add_place(city, value=False)

    def _oblast_rate(self, oblast: str) -> float:
        """The file's confident places per settlement of ``oblast``."""
        return self.oblasts.get(oblast, 0) / max(self.sizes.get(oblast, 1), 1)

    def overrule_reason(self, city: Place, chosen: Place) -> str:
        """Why :meth:`overrule` put ``chosen`` before ``city``."""
        own = city.code in self.places
        return (
            f"the file's places lie far from the city in {city.oblast} "
            f"({self.oblasts.get(city.oblast, 0) - own} of {len(self.places) - own}); "
            f"{self.reason(chosen)}"
        )
