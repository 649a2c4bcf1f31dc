"""Where an entry lies: its own point, or else its administrative centre's.

GeoNames gives a point for some 4,000 of KATOTTG's 28,000 settlements (``data/coordinates.tsv``:
the cities, the towns and the larger villages). A village it does not list is placed at its
hromada's centre, the settlement the hromada is named after, which lies within some 15 km of
it; a hromada is placed at its centre, a raion at the town it is named after, an oblast at its
capital, a city's district at the city. A village of a hromada whose centre GeoNames does not
list either is placed at its raion's centre (some 30-50 km off), and failing that at its
oblast's. :attr:`Coordinates.precision`
says which point it is, so that a map can tell a village's own point from its hromada's.

A gazetteer of your own gives points in its ``latitude`` and ``longitude`` columns; its
entries have no centres, so an entry without a point has no coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from translit import match_key

from .beside import raions_seated_at
from .storage import data_file, read_table

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .model import Entry

Precision = Literal["place", "hromada centre", "raion centre", "oblast centre", "city"]

_SETTLEMENTS = frozenset("KMXC")
_TOWNS = frozenset("KMX")  #: what a raion is named after, or an oblast's capital


@dataclass(frozen=True)
class Coordinates:
    """A point (WGS 84 degrees) for an entry, and what the point is of."""

    latitude: float
    longitude: float
    #: ``place``: the entry's own point; else the point of its hromada's, raion's or
    #: oblast's centre, or (a city's district) of its city
    precision: Precision
    code: str  #: the entry whose own point it is (the entry itself for ``place``)


def locate(gz: Gazetteer, code: str) -> Coordinates | None:
    """Where the entry ``code`` of ``gz`` lies (see the module docs); None when unknown."""
    embedded = gz.oblasts is not None
    points = katottg_points() if embedded else gz.points
    own = points.get(code)
    if own is not None:
        return Coordinates(*own, "place", code)
    if not embedded:  # a gazetteer of your own: no centres to fall back on
        return None
    entry = gz.get(code)
    centre = None if entry is None else _centres(gz).of(entry)
    if centre is None:
        return None
    precision, centre_code = centre
    return Coordinates(*points[centre_code], precision, centre_code)


class _Centres:
    """The centre with a point of each hromada, raion and oblast of KATOTTG, by code."""

    def __init__(self, gz: Gazetteer) -> None:
        points = katottg_points()
        #: hromada -> its seat (the settlement it is named after; a city before a village)
        seats: dict[str, tuple[int, str]] = {}
        for position in gz.seats:
            seat = gz.entries[position]
            held = seats.get(seat.hromada_code)
            order = "KMXC".index(seat.category)
            if seat.code in points and (held is None or order < held[0]):
                seats[seat.hromada_code] = (order, seat.code)
        self.hromada = {hromada: code for hromada, (_, code) in seats.items()}
        #: raion -> the town it is named after (Бериславський: Берислав)
        self.raion: dict[str, str] = {}
        seated = raions_seated_at(gz.entries)
        raion_of_key = {(raion, key) for key, raions in seated.items() for raion in raions}
        capitals: dict[str, list[tuple[str, str]]] = {}  #: capital's key -> (iso, oblast code)
        for unit in gz.oblasts.oblasts if gz.oblasts is not None else ():
            capitals.setdefault(match_key(unit.center_uk), []).append((unit.iso, unit.code))
        #: oblast code -> its capital
        self.oblast: dict[str, str] = {}
        for entry in gz.entries:
            if entry.category not in _TOWNS or entry.code not in points:
                continue
            key = match_key(entry.name_uk)
            for iso, oblast_code in capitals.get(key, ()) if entry.category != "X" else ():
                # (Kyiv oblast's capital is the city with special status, a unit of its own)
                if entry.oblast == iso or entry.category == "K":
                    self.oblast.setdefault(oblast_code, entry.code)
            if (entry.raion_code, key.replace(" ", "")) in raion_of_key:
                self.raion.setdefault(entry.raion_code, entry.code)
        self._gz = gz

    def of(self, entry: Entry) -> tuple[Precision, str] | None:
        """What stands for ``entry`` on a map when it has no point of its own, and its code."""
        category = entry.category
        if category == "B":  # a city's district: the city (Kyiv, Kharkiv)
            cities = [e for e in self._gz.hierarchy(entry.code)[:-1] if e.category in ("K", "M")]
            return ("city", cities[-1].code) if cities else None
        if category in _SETTLEMENTS or category == "H":
            seat = self.hromada.get(entry.code if category == "H" else entry.hromada_code)
            if seat is not None:
                return "hromada centre", seat
        if category in _SETTLEMENTS or category in ("H", "P"):
            town = self.raion.get(entry.code if category == "P" else entry.raion_code)
            if town is not None:
                return "raion centre", town
        top = self._gz.hierarchy(entry.code)[0]  # (its oblast; an oblast its own top)
        capital = self.oblast.get(top.code) if top.category == "O" else None
        return None if capital is None else ("oblast centre", capital)


def _centres(gz: Gazetteer) -> _Centres:
    held = getattr(gz, "_centres", None)
    if held is None:
        held = gz._centres = _Centres(gz)  # type: ignore[attr-defined]
    return held  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def katottg_points() -> dict[str, tuple[float, float]]:
    """``data/coordinates.tsv``: KATOTTG code -> (latitude, longitude)."""
    return {
        row["code"]: (float(row["latitude"]), float(row["longitude"]))
        for row in read_table(data_file("coordinates.tsv"))
    }
