"""The build script's linking of a GeoNames place that ties between namesakes of its oblast by
where it lies (``scripts/geonames_ties.py``), on small made-up places and units."""

from __future__ import annotations

import build_scripts  # noqa: F401  (scripts/ importable; skipped without openpyxl)
from geonames_link import SettlementNames, link_place
from geonames_names import Place
from geonames_ties import BY_GEOGRAPHY, Middles, link_ties, nearest_namesake
from kodifikator import Unit

# Two made-up hromadas of one raion some 110 km apart (0.1 degree of latitude is 11.1 km),
# and a third hromada in another raion with too few linked places for a middle of its own.
NORTH, SOUTH, LONE = "UA0104031", "UA0114043", "UA0108005"


def settlement(hromada: str, n: int, name: str) -> Unit:
    code = f"{hromada}{n:03d}00{n:05d}"
    return Unit(code, "C", name, (code[:4], code[:6], hromada, code, ""))


def neighbours(hromada: str, lat: float, names: tuple[str, ...]) -> list[tuple[Place, Unit]]:
    """Three villages around (lat, 34.7) that their names link: the hromada's middle is
    that point."""
    out = []
    for n, (name, dlat) in enumerate(zip(names, (-0.05, 0.0, 0.05), strict=True), start=1):
        village = Place(100 * n + int(lat), name, "11", 500, (name,), lat + dlat, 34.7)
        out.append((village, settlement(hromada, n, name)))
    return out


def test_the_namesake_whose_hromada_lies_near_is_taken_when_the_others_lie_far() -> None:
    middles = Middles({NORTH: (45.3, 34.0), SOUTH: (46.3, 34.0)}, {})
    north, south = settlement(NORTH, 9, "Бюйтен"), settlement(SOUTH, 9, "Бюйтен")
    # 5.6 km from the north hromada's middle, 105 km from the south's
    assert nearest_namesake((45.35, 34.0), [south, north], middles) == north
    assert nearest_namesake((46.2, 34.0), [north, south], middles) == south
    # 22 km from the nearer middle: not near enough (20 km)
    assert nearest_namesake((45.5, 34.0), [north, south], middles) is None
    # midway between the two hromadas' middles: neither is clearly nearer
    close = Middles({NORTH: (45.3, 34.0), SOUTH: (45.6, 34.0)}, {})  # 33 km apart
    assert nearest_namesake((45.35, 34.0), [north, south], close) is None
    # two namesakes in one hromada share its middle: a tie stays a tie
    twin = settlement(NORTH, 8, "Бюйтен")
    assert nearest_namesake((45.3, 34.0), [north, twin, south], middles) is None


def test_a_hromada_with_too_few_places_is_measured_by_its_raion() -> None:
    lone = settlement(LONE, 9, "Бюйтен")
    north = settlement(NORTH, 9, "Бюйтен")
    middles = Middles({NORTH: (46.3, 34.0)}, {LONE[:6]: (45.75, 34.0)})
    # 16.7 km from the lone hromada's raion's middle (near enough: 30 km), 78 km from the
    # north hromada's
    assert nearest_namesake((45.6, 34.0), [north, lone], middles) == lone
    # 22 km from that raion's middle, but 39 km from the north hromada's: not clear
    assert nearest_namesake((45.95, 34.0), [north, lone], middles) is None
    # a namesake with no middle at all might be the one: no link
    assert nearest_namesake((46.3, 34.0), [north, lone], Middles({NORTH: (46.3, 34.0)}, {})) is None


def test_link_ties_links_only_the_tied_and_measures_from_the_places_linked_by_name() -> None:
    north, south = settlement(NORTH, 9, "Бюйтен"), settlement(SOUTH, 9, "Бюйтен")
    linked = neighbours(NORTH, 45.3, ("Біла", "Вільна", "Гірка")) + neighbours(
        SOUTH, 46.3, ("Дібрівка", "Зірка", "Ірпінь")
    )
    units = [u for _, u in linked] + [north, south]
    names = SettlementNames(units)
    mapping = {"11": ("UA01", 1, 1)}
    # GeoNames' Biuiten (6997430) lists Фрунзе, its Soviet name; its names tie
    biuiten = Place(6997430, "Biuiten", "11", 620, ("Бюйтен", "Фрунзе"), 45.30058, 34.70993)
    assert link_place(biuiten, "UA01", names)[1].startswith("ambiguous")
    links = [(p, *link_place(p, "UA01", names)) for p, _ in linked] + [
        (biuiten, *link_place(biuiten, "UA01", names))
    ]
    found = link_ties(links, set(), mapping, names)
    assert found[:-1] == links[:-1]  # the places linked by name stay as they are
    assert found[-1] == (biuiten, north, BY_GEOGRAPHY)
    # a stray place gives its hromada no middle: with the north's gone, no link
    stray = {p.geonameid for p, u in linked if u.code.startswith(NORTH)}
    assert link_ties(links, stray, mapping, names)[-1][1] is None
