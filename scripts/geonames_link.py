"""Linking GeoNames places to KATOTTG: admin1 code -> oblast, then place -> settlement."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from math import asin, cos, radians, sin, sqrt
from statistics import median

from geonames_names import (
    BE_LETTERS,
    OTHER_CYRILLIC,
    RU_LETTERS,
    Place,
    cyrillic_language,
    script_of,
    strip_stress,
)
from kmu import kmu
from kodifikator import Unit
from linking import CITY_CATEGORIES, SETTLEMENT_CATEGORIES

#: Letters Ukrainian never writes.
NOT_UKRAINIAN = RU_LETTERS | BE_LETTERS | OTHER_CYRILLIC

#: A place this populous that ties between a city and villages is taken to be the city.
POPULOUS = 10_000
#: A place this populous is a city: when any city gets a vote, only cities are weighed.
CITY_POPULATION = 20_000
SPECIAL_CITY_WEIGHT = 1_000
#: A hromada spans some 30 km: a place linked to one of its settlements but lying this far
#: from the middle of the hromada's other linked settlements is a namesake elsewhere (Lviv's
#: quarter Sykhiv taken for the village Сихів of Stryi raion).
STRAY_KM = 50.0
HROMADA_PREFIX = 9  #: characters of a KATOTTG code that name its hromada (UA6502015)


def _latin_key(name: str) -> str:
    """Compare Latin spellings without case, apostrophes and hyphen/space differences."""
    return "".join(ch for ch in name.lower() if ch.isalnum())


def ukrainian_names(place: Place, *, alike: bool = False) -> set[str]:
    """The place's Cyrillic alternate names that read as Ukrainian (stress marks dropped);
    with ``alike``, also those Ukrainian could spell so (no letter only Russian or another
    language has: Айбар, Кайнаш), which may be either language's."""
    out = set()
    for alt in place.alternates:
        alt = strip_stress(alt).replace("'", "\u2019").replace("\u02bc", "\u2019")
        if script_of(alt) != "cyrillic":
            continue
        if cyrillic_language(alt) == "uk" or (alike and not set(alt) & NOT_UKRAINIAN):
            out.add(alt)
    return out


#: The names settlements bore in the codifier's earlier editions, by code (Нікольське for
#: today's Микільське of Donetsk oblast), set by the build (:func:`use_earlier_names`).
_EARLIER: dict[str, tuple[str, ...]] = {}


def use_earlier_names(earlier: dict[str, tuple[str, ...]]) -> None:
    """Link GeoNames places by these names too, where none of today's meets them."""
    _EARLIER.clear()
    _EARLIER.update(earlier)


@dataclass
class SettlementNames:
    """KATOTTG settlements indexed by Ukrainian name and by KMU Latin key."""

    units: list[Unit]
    by_uk: dict[str, list[Unit]] = field(default_factory=lambda: defaultdict(list))
    by_latin: dict[str, list[Unit]] = field(default_factory=lambda: defaultdict(list))

    def __post_init__(self) -> None:
        for u in self.units:
            if u.category in SETTLEMENT_CATEGORIES:
                self.by_uk[u.name_uk].append(u)
                self.by_latin[_latin_key(kmu(u.name_uk))].append(u)

    def earlier(self) -> SettlementNames:
        """The same settlements indexed by the names they bore in earlier codifier editions."""
        out = SettlementNames([])
        for u in self.units:
            if u.category in SETTLEMENT_CATEGORIES:
                for name in _EARLIER.get(u.code, ()):
                    out.by_uk[name].append(u)
                    out.by_latin[_latin_key(kmu(name))].append(u)
        return out


def admin1_to_oblast(
    places: list[Place], names: SettlementNames
) -> dict[str, tuple[str, int, int]]:
    """For each admin1 code, the oblast prefix where most Ukrainian names find a settlement.

    Returns admin1 -> (prefix, votes for it, all votes). Only names found in a single
    oblast vote, so common names (Українка, Лиман) add no noise.
    """
    special = {u.name_uk: u.code[:4] for u in names.units if u.category == "K"}
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for place in places:
        # A special-status city (Kyiv, Sevastopol) is its own top-level unit with hardly
        # any other settlement in it: a place bearing its name settles the vote.
        for alt in place.alternates:
            if strip_stress(alt) in special:
                votes[place.admin1][special[strip_stress(alt)]] += SPECIAL_CITY_WEIGHT
        for name in ukrainian_names(place):
            oblasts = {u.code[:4] for u in names.by_uk.get(name, [])}
            if len(oblasts) == 1:
                votes[place.admin1][oblasts.pop()] += 1
    out = {}
    for admin1, counter in sorted(votes.items()):
        prefix, top = counter.most_common(1)[0]
        out[admin1] = (prefix, top, sum(counter.values()))
    taken = Counter(prefix for prefix, _, _ in out.values())
    clashes = sorted(p for p, n in taken.items() if n > 1)
    if clashes:
        raise ValueError(f"admin1 mapping is not one-to-one: {clashes}: {out}")
    return out


def link_place(place: Place, prefix: str, names: SettlementNames) -> tuple[Unit | None, str]:
    """Today's settlement for ``place`` in the oblast ``prefix``, and why (or why not).

    See :func:`_link_by_names`. When no name meets a settlement, Cyrillic names that Russian
    and Ukrainian spell alike vote too (a Crimean village filed under its Russian name with
    its Crimean Tatar one, today's official name, beside it: Voykovo, Айбар). Not before:
    such names are often another settlement's (Дружба, Зоря) and would make ties. Failing
    both, the names settlements bore in earlier codifiers vote (:func:`use_earlier_names`).
    """
    unit, why = _link_by_names(place, prefix, names, alike=False)
    if unit is None and why == NO_NAME:
        unit, why = _link_by_names(place, prefix, names, alike=True)
        if unit is not None:
            why += ALIKE
    if unit is None and why == NO_NAME and _EARLIER:
        # GeoNames' Nikol's'ke (689151) knows only the name the codifier wrote until 2026,
        # Нікольське, not today's Микільське: the place links by a settlement's earlier name
        unit, why = _link_by_names(place, prefix, names.earlier(), alike=False)
        if unit is not None:
            why += EARLIER
        elif why != NO_NAME:
            why = NO_NAME  # (tied between earlier names: as unlinked as before)
    return unit, why


NO_NAME = "no settlement of that name in the oblast"
ALIKE = " (by a name Russian spells alike)"
EARLIER = " (by a name it bore in an earlier codifier)"
SHARED = "a name Russian spells alike, of a settlement another place is linked to"


def link_places(
    places: list[Place], mapping: dict[str, tuple[str, int, int]], names: SettlementNames
) -> list[tuple[Place, Unit | None, str]]:
    """:func:`link_place` for every place, except that a link made by a name Russian spells
    alike is dropped when another place links to the same settlement (GeoNames gives a
    Crimean Tatar name such as Кият to several neighbouring villages)."""
    links = [(p, *link_place(p, mapping[p.admin1][0], names)) for p in places]
    claims = Counter(unit.code for _, unit, _ in links if unit is not None)
    return [
        (p, None, SHARED)
        if unit is not None and why.endswith(ALIKE) and claims[unit.code] > 1
        else (p, unit, why)
        for p, unit, why in links
    ]


def _link_by_names(
    place: Place, prefix: str, names: SettlementNames, *, alike: bool
) -> tuple[Unit | None, str]:
    """The settlement the names of ``place`` vote for in the oblast ``prefix``, and why.

    See :func:`_best_voted`; a tie resolves to the city for a populous place.
    """
    tied = _best_voted(place, prefix, names, alike=alike)
    if not tied:
        return None, NO_NAME
    if len(tied) == 1:
        return tied[0], "linked"
    cities = [u for u in tied if u.category in CITY_CATEGORIES]
    if place.population >= POPULOUS and len(cities) == 1:
        return cities[0], "linked (populous place, the one city among namesakes)"
    return None, f"{AMBIGUOUS}: {len(tied)} settlements of that name in the oblast"


AMBIGUOUS = "ambiguous"


def _best_voted(place: Place, prefix: str, names: SettlementNames, *, alike: bool) -> list[Unit]:
    """The settlements of the oblast ``prefix`` with the most votes from ``place``'s names,
    in code order (none when no name meets a settlement).

    Each of the place's names that equals a settlement's name (Ukrainian) or its KMU
    spelling (the GeoNames name, Latin alternates) is a vote for that settlement.
    """
    score: Counter[str] = Counter()
    units: dict[str, Unit] = {}
    for name in ukrainian_names(place, alike=alike):
        for u in names.by_uk.get(name, []):
            if u.code.startswith(prefix):
                score[u.code] += 1
                units[u.code] = u
    latin = {_latin_key(place.name)} | {
        _latin_key(a) for a in place.alternates if script_of(a) == "latin"
    }
    for key in latin:
        for u in names.by_latin.get(key, []):
            if u.code.startswith(prefix):
                score[u.code] += 1
                units[u.code] = u
    if not score:
        return []
    if place.population >= CITY_POPULATION:
        # a place this big is a city: its old names (Олександрівка for Donetsk, Олексіївка
        # for Chystiakove) must not carry it to the villages that bear them today
        cities = {code: s for code, s in score.items() if units[code].category in CITY_CATEGORIES}
        if cities:
            score = Counter(cities)
    best = max(score.values())
    return [units[code] for code in sorted(score) if score[code] == best]


def tied_namesakes(place: Place, prefix: str, names: SettlementNames) -> list[Unit]:
    """The namesakes an ambiguous ``place`` ties between, as :func:`link_place` weighs them
    (strict names first, then names Russian spells alike)."""
    return _best_voted(place, prefix, names, alike=False) or _best_voted(
        place, prefix, names, alike=True
    )


def most_populous(links: Iterable[tuple[Place, Unit]]) -> dict[str, Place]:
    """For each settlement's code, the most populous place linked to it (on equal
    populations the first, which in geonameid order is the lowest)."""
    best: dict[str, Place] = {}
    for place, unit in links:
        held = best.get(unit.code)
        if held is None or place.population > held.population:
            best[unit.code] = place
    return best


def stray_places(links: Iterable[tuple[Place, Unit | None]]) -> set[int]:
    """The geonameids of linked places lying over :data:`STRAY_KM` from the middle (median
    latitude and longitude) of the other settlements of their hromada, where three or more
    others are linked (each by its most populous place's point)."""
    linked = [(place, unit) for place, unit in links if unit is not None]
    point_of = most_populous(linked)
    by_hromada: dict[str, list[str]] = defaultdict(list)
    for code in point_of:
        by_hromada[code[:HROMADA_PREFIX]].append(code)
    stray = set()
    for place, unit in linked:
        others = [point_of[c] for c in by_hromada[unit.code[:HROMADA_PREFIX]] if c != unit.code]
        if len(others) < 3:
            continue
        middle = (median(p.latitude for p in others), median(p.longitude for p in others))
        if km((place.latitude, place.longitude), middle) > STRAY_KM:
            stray.add(place.geonameid)
    return stray


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(radians, (*a, *b))
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * asin(sqrt(h))
