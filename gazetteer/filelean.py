"""The batch layer's side of a file's geography (:mod:`gazetteer.regional`).

:class:`FileLean` holds the :class:`~gazetteer.regional.RegionTally` of one run and what
leaning on it asks of the resolver: where a code lies, every entry that bears the same
official name (:func:`namesakes`, beyond the ties a resolution lists), and which cities are
too big to yield. It settles each outcome as the batch stores it: a confident one counts
(unless it is a small city the file's places lie far from, which yields to a namesake, see
:meth:`~gazetteer.regional.RegionTally.overrule`), an ambiguous one leans.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .hintprior import well_known_city
from .model import derived, entry_fields
from .rank import CITY_CATEGORIES, importance
from .regional import LEAN_PLACES, OBLAST_SHARE, Place, RegionTally
from .resolving import EXACT_SCORE, SCORE, STATUS, TOP, Cell, Outcome, leaned
from .ties import DECISIVE_IMPORTANCE, VILLAGE_CATEGORY
from .verdict import ALSO_TIED_LIMIT

#: How a city must have been met for its namesakes to be met alike: by its own name (or
#: its guessed Russian form), which every entry of the same official name shares.
SAME_NAME_KINDS = frozenset({"exact", "variant", "russian"})
MATCH = -1  #: the match kind's field in a cell
#: An unsure row of more possible places than this says too little of where the file lies
#: to weigh (:meth:`FileLean.unsure_of`): a name borne widely is spread much as names of its
#: kind are, in the regions that favour them, not as the file's places are (bench_lean: rows
#: of up to 27 places gained no right answer in uniformly drawn files; of up to 6, 35 of 22,247).
UNSURE_PLACES = 6
OBLAST = 4  #: the oblast's field in a cell


def namesakes(entries: Sequence[Any], code: str) -> tuple[str, ...]:
    """The codes of every entry that bears the official name (``name_uk``) of ``code``'s
    entry, itself included, in gazetteer order; () for a code not in ``entries``."""
    codes, by_name = derived(entries, "namesakes", lambda: _by_name(entries))
    i = codes.get(code)
    return by_name.get(i, (code,)) if i is not None else ()


def _by_name(entries: Sequence[Any]) -> tuple[dict[str, int], dict[int, tuple[str, ...]]]:
    """Each code's position, and for each position whose name others share, their codes."""
    rows = list(entry_fields(entries, "code", "name_uk"))
    groups: dict[str, list[int]] = {}
    for i, (_, name) in enumerate(rows):
        groups.setdefault(name, []).append(i)
    shared: dict[int, tuple[str, ...]] = {}
    for members in groups.values():
        if len(members) > 1:
            codes = tuple(rows[i][0] for i in members)
            shared.update(dict.fromkeys(members, codes))
    return {c: i for i, (c, _) in enumerate(rows)}, shared


def big_city(gazetteer: Any, place: Place) -> bool:
    """Whether the city at ``place`` stays whatever a file says: one known by its name
    alone (:func:`~gazetteer.hintprior.well_known_city`; Ukraine's ~45 cities of 100,000,
    Kryvyi Rih, Kamianske, Bila Tserkva..., are known across the country, so a file that
    writes one bare means it, wherever its other places lie; a town of 20,000 is known in
    its own region), or one ``gazetteer`` does not know."""
    if place.category == "K":
        return True
    at = getattr(gazetteer, "_by_code", {}).get(place.code)
    return at is None or well_known_city(gazetteer, at)


class FileLean:
    """One run's geography, and the resolver's knowledge that leaning on it needs."""

    def __init__(self, resolver: Any) -> None:
        counts = getattr(resolver, "settlement_counts", None)
        self.tally = RegionTally(sizes=counts() if callable(counts) else {})
        self.resolver = resolver
        get = getattr(resolver, "get", None)
        self._get = get if callable(get) else None
        every = getattr(resolver, "namesakes", None)
        self._namesakes = every if callable(every) and self._get is not None else None
        self._places: dict[str, tuple[Place, Cell] | None] = {}  #: see :meth:`place_of`
        self._yields: dict[str, bool] = {}  #: whether a city may yield, by its code

    def place_of(self, code: str) -> tuple[Place, Cell] | None:
        """A code's place and first fields (code, name, name_uk, category, oblast), from the
        resolver's entry (None when it cannot say: no ``get``, or a code it does not know)."""
        if code in self._places:
            return self._places[code]
        e = self._get(code) if self._get is not None else None
        fields = (code, e.name, e.name_uk, e.category, e.oblast) if e is not None else ()
        held = self._places[code] = (Place.of(e), fields) if e is not None else None
        return held

    def holds_back(self, out: Outcome) -> bool:
        """Whether a confident ``out`` is a city that may yield to a namesake: it counts now,
        and is decided (:meth:`settle`) after the other confident answers of its batch."""
        if out.cell[STATUS] != "matched" or not self._may_yield(out):
            return False
        self.tally.add_place(out.places[0][0])
        return True

    def unsure_of(self, out: Outcome) -> dict[str, float]:
        """Where an ambiguous ``out`` could lie: each oblast's share of its tied places
        (its first alone, when it lists none); {} for any other status, a name borne in
        more than :data:`UNSURE_PLACES` places, or one not met as a name it bears (a
        misspelling's candidates are the names its letters come near, spread as names are,
        not as the file's places are)."""
        cell = out.cell
        if cell[STATUS] != "ambiguous" or cell[SCORE] != EXACT_SCORE:
            return {}
        if not out.places:
            return {cell[OBLAST]: 1.0} if cell[OBLAST] else {}
        names = out.namesakes.split("|") if out.namesakes else []
        if len(out.places) + len(names) > UNSURE_PLACES:
            return {}
        oblasts = [place.oblast for place, _ in out.places]
        for name in names:
            held = self.place_of(name.split(" ", 1)[0])
            if held is not None:
                oblasts.append(held[0].oblast)
        shares: dict[str, float] = {}
        for oblast in oblasts:
            shares[oblast] = shares.get(oblast, 0.0) + 1 / len(oblasts)
        return shares

    def weigh(self, outs: Sequence[Outcome]) -> list[dict[str, float]]:
        """Count the ambiguous outcomes among ``outs`` toward the file's geography, below a
        confident answer (:meth:`~gazetteer.regional.RegionTally.add_unsure`), before any of
        them leans; each one's share, to be taken back while it leans (:meth:`settle`)."""
        shares = [self.unsure_of(out) for out in outs]
        for share in shares:
            self.tally.add_unsure(share)
        return shares

    def settle(self, out: Outcome, own: dict[str, float] | None = None) -> Outcome:
        """``out`` as the file's geography makes it: a confident answer counts (or yields),
        an ambiguous one leans (:func:`~gazetteer.resolving.leaned`) on the others, without
        its ``own`` weight (:meth:`weigh`): a name's namesakes are no evidence of itself."""
        place = out.places[0][0]
        if out.cell[STATUS] == "matched":
            held = self._may_yield(out)  # (counted as a value when held back)
            yielded = (self._yielded(out) or self._doubted(out)) if held else None
            if yielded is None:
                self.tally.add_place(place, value=not held)
                return out
            self.tally.discard(place)
            return yielded
        if self._may_yield(out):
            yielded = self._yielded(out)
            if yielded is not None:
                return yielded
        if not own:
            return leaned(out, self.tally, self.place_of, self._cut_off)
        with self.tally.without_unsure(own):
            return leaned(out, self.tally, self.place_of, self._cut_off)

    def _may_yield(self, out: Outcome) -> bool:
        place, cell = out.places[0]
        if place.category not in CITY_CATEGORIES or cell[MATCH] not in SAME_NAME_KINDS:
            return False
        may = self._yields.get(place.code)  # (asked twice of each city held back)
        if may is None:
            may = self._yields[place.code] = (
                self._namesakes is not None
                and len(self._namesakes(place.code)) > 1
                and not big_city(self.resolver, place)
            )
        return may

    def _yielded(self, out: Outcome) -> Outcome | None:
        """``out`` ambiguous, with a namesake first, if the file's places overrule the city
        first in it (:meth:`RegionTally.overrule`); else None."""
        assert self._namesakes is not None
        city, cell = out.places[0]
        rivals = [
            held
            for code in self._namesakes(city.code)
            if code != city.code and (held := self.place_of(code)) is not None
        ]
        people = self._people(city)
        bigger = [people / self._people(p) for p, _ in rivals]
        pick = self.tally.overrule(city, [p for p, _ in rivals], bigger)
        if pick is None:
            return None
        chosen, fields = rivals[pick]
        score = float(cell[SCORE])
        first = (
            (chosen.code, fields[1], chosen.oblast, score),
            (city.code, cell[1], city.oblast, score),
        )
        rest = tuple(c for c in out.candidates if c[0] not in (chosen.code, city.code))
        return Outcome(
            (*fields, cell[SCORE], "ambiguous", cell[MATCH]),
            (*first, *rest)[:TOP],
            note=self.tally.overrule_reason(city, chosen),
        )

    def _doubted(self, out: Outcome) -> Outcome | None:
        """``out`` ambiguous, the city still first, when only its category told it from a
        village namesake (under :data:`~gazetteer.ties.DECISIVE_IMPORTANCE` its size:
        :func:`~gazetteer.ties.city_before_villages`) and the file's confident places lie
        rather in that village's oblast (:data:`~gazetteer.regional.LEAN_PLACES` of them,
        more than in the city's, and a clear share, :data:`~gazetteer.regional.OBLAST_SHARE`):
        too few to overrule the city, enough to doubt it, as
        before the category decided (Khotyn in a list of Rivne oblast villages: one of its
        three villages Хотин, or the Chernivtsi oblast town); else None."""
        assert self._namesakes is not None
        city, cell = out.places[0]
        counts, people = self.tally.oblasts, self._people(city)
        own = city.code in self.tally.places
        near_city = counts.get(city.oblast, 0) - own
        least = max(LEAN_PLACES, near_city + 1, OBLAST_SHARE * (len(self.tally.places) - own))
        doubt = [
            held
            for code in self._namesakes(city.code)
            if code != city.code
            and (held := self.place_of(code)) is not None
            and held[0].category == VILLAGE_CATEGORY
            and held[0].oblast != city.oblast
            and counts.get(held[0].oblast, 0) >= least
            and people / self._people(held[0]) < 10**DECISIVE_IMPORTANCE
        ]
        if not doubt or not self._counted(city):  # (uncounted: no tie was settled)
            return None
        village, fields = max(doubt, key=lambda h: counts.get(h[0].oblast, 0))
        score = float(cell[SCORE])
        ambiguous = (*cell[:STATUS], "ambiguous", *cell[STATUS + 1 :])
        first = (
            (city.code, cell[1], city.oblast, score),
            (village.code, fields[1], village.oblast, score),
        )
        rest = tuple(c for c in out.candidates if c[0] not in (city.code, village.code))
        note = (
            f"the file's places lie rather in {village.oblast} ({counts[village.oblast]}; "
            f"{near_city} in {city.oblast}), where a village bears the city's name"
        )
        return Outcome(ambiguous, (*first, *rest)[:TOP], note=note)

    def _counted(self, place: Place) -> int:
        """How many people GeoNames counts at ``place`` (0: no count)."""
        at = getattr(self.resolver, "_by_code", {}).get(place.code)
        return getattr(self.resolver, "population", {}).get(at, 0) if at is not None else 0

    def _people(self, place: Place) -> float:
        """How many people live at ``place`` (GeoNames', else a typical number for its
        category, :func:`~gazetteer.rank.importance`)."""
        return float(10 ** importance(place.category, self._counted(place)))

    def _cut_off(self, out: Outcome) -> Sequence[str]:
        """Every namesake of an ambiguous ``out`` met as its exact text whose listed ties
        were cut off (:data:`~gazetteer.verdict.ALSO_TIED_LIMIT`); else ()."""
        if self._namesakes is None or out.namesakes.count("|") + 1 < ALSO_TIED_LIMIT:
            return ()
        place, cell = out.places[0]
        if cell[SCORE] != EXACT_SCORE or cell[MATCH] != "exact":
            return ()
        return self._namesakes(place.code)  # type: ignore[no-any-return]
