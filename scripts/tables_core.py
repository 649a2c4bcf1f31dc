"""``katottg.tsv`` and ``oblasts.tsv``: the codifier itself and its 27 top-level units."""

from __future__ import annotations

from pathlib import Path

from kmu import kmu
from oblast_facts import ISO_EXCEPTIONS, OBLAST_FACTS, REGION_NAMES
from sources import CurrentCodifier, pycountry_version
from tsvio import write_tsv

KATOTTG_HEADER = ("code", "category", "name_uk", "name", "parent", "oblast", "raion", "hromada")
OBLAST_HEADER = (
    "prefix", "code", "iso", "name_uk", "name", "name_en", "name_ru", "center_uk", "region_names"
)  # fmt: skip


def build_katottg(current: CurrentCodifier, path: Path) -> int:
    """Write every codifier row with its KMU name and its ancestors' codes."""
    units = sorted(current.codifier.units, key=lambda u: u.code)
    codes = {u.code for u in units}
    rows = []
    for u in units:
        row = (u.code, u.category, u.name_uk, kmu(u.name_uk), u.parent, *u.levels[:3])
        for ref in row[4:]:
            if ref and ref not in codes:
                raise ValueError(f"{u.code}: dangling reference {ref}")
        rows.append(row)
    trimmed = sum(1 for u in units if current.codifier.raw_names[u.code] != u.name_uk)
    comments = current.header("KATOTTG codifier of Ukraine, one row per unit (all categories).")
    comments += [
        f"name_uk: the official name, trimmed of surrounding spaces ({trimmed} cells had some); "
        + current.apostrophe_note(),
        "parent: code of the next level up (empty for O/K; a city district's parent is its city);"
        " oblast/raion/hromada: codes of the level 1/2/3 units containing the row"
        " (empty where the codifier has none or repeats the city's own code)",
        "categories: O oblast/ARC, K special-status city, P raion, H hromada, M city,"
        " X settlement, C village, B city district",
    ]
    return write_tsv(path, comments, KATOTTG_HEADER, rows)


def _iso_by_name() -> dict[str, str]:
    """ISO 3166-2:UA code keyed by pycountry's name without the word 'oblast'."""
    import pycountry  # build-time only

    out = {}
    for sub in pycountry.subdivisions.get(country_code="UA"):
        out[sub.name.removesuffix(" oblast")] = sub.code
    return out


def build_oblasts(current: CurrentCodifier, path: Path) -> int:
    """Write the 27 top-level units, linking each to its ISO 3166-2 code by KMU name."""
    units = current.codifier.units
    top = sorted((u for u in units if u.category in ("O", "K")), key=lambda u: u.code)
    iso_by_name = _iso_by_name()
    rows = []
    for u in top:
        prefix = u.code[:4]
        name = kmu(u.name_uk)
        iso = iso_by_name[name]
        expected = ISO_EXCEPTIONS.get(prefix, "UA-" + prefix[2:])
        if iso != expected:
            raise ValueError(f"{prefix}: pycountry says {iso}, expected {expected}")
        name_en, name_ru, center = OBLAST_FACTS[prefix]
        _check_centre(units, u.code, u.category, center)
        regions = "|".join(REGION_NAMES.get(prefix, ()))
        rows.append((prefix, u.code, iso, u.name_uk, name, name_en, name_ru, center, regions))
    if len(rows) != 27:
        raise ValueError(f"expected 27 top-level units, found {len(rows)}")
    comments = current.header(
        "The 27 top-level units of Ukraine: 24 oblasts, Crimea, Kyiv, Sevastopol."
    )
    comments += [
        f"iso: ISO 3166-2:UA from pycountry {pycountry_version()} (the release"
        " scripts/sources.py pins; matched by KMU name; UA01, UA44, UA73, UA80, UA85 differ"
        " from the KATOTTG prefix)",
        "name_en, name_ru, center_uk, region_names: hand-kept well-known facts"
        " (scripts/oblast_facts.py); each centre is checked to be a city of the unit in the"
        " codifier; region_names: the names the region goes by (Харківщина), |-separated",
    ]
    return write_tsv(path, comments, OBLAST_HEADER, rows)


def _check_centre(units: tuple, code: str, category: str, centre: str) -> None:
    """Fail unless ``centre`` names a city (M/K) inside the unit, or Kyiv city."""
    prefix = code[:4]
    hits = [
        u
        for u in units
        if u.name_uk == centre
        and u.category in ("M", "K")
        and (u.code[:4] == prefix or centre == "Київ")
    ]
    if not hits:
        raise ValueError(f"{prefix}: centre {centre} is not a city of the unit")
