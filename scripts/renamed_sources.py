"""Former names from outside the codifier: LanguageTool's list and the hand-kept acts table."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from linking import SettlementIndex
from renamed_diff import Former
from renamed_geonames import BY_NAME, GEOGRAPHY, GeoNamesNames
from tsvio import read_tsv

VENDOR = Path(__file__).resolve().parent / "vendor"
LT_FILE = VENDOR / "languagetool_replace_renamed.txt"
LT_REPO = "languagetool-org/languagetool"
LT_COMMIT = "1ae8ffb0e90994bf1ca08e50792854f9b8958b9c"
LT_PATH = (
    "languagetool-language-modules/uk/src/main/resources/org/languagetool/rules/uk/"
    "replace_renamed.txt"
)
LT_SOURCE = f"LanguageTool {LT_PATH.rsplit('/', 1)[-1]} ({LT_REPO}@{LT_COMMIT[:10]}, LGPL-2.1)"
SETTLED_STAT = "languagetool: linked among namesakes, GeoNames has old name"
#: The second source of a link GeoNames settled among namesakes, by how its place was linked.
GEONAMES_SETTLED = {
    BY_NAME: "GeoNames cities500.json (CC BY 4.0): the namesake's place lists the old name",
    GEOGRAPHY: "GeoNames cities500.json (CC BY 4.0): the namesake's place, linked by "
    "geography, lists the old name",
}

#: A new name borne by this many settlements or fewer links the old name to each of them,
#: marked unsure: a resolution shows five candidates, so all of them are in sight.
MOST_NAMESAKES = 5

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_NOTE = re.compile(r"декомунізовано|\d")


def to_codifier_apostrophe(name: str) -> str:
    """Write apostrophes as the codifier does (U+2019)."""
    return name.replace("'", "\u2019").replace("\u02bc", "\u2019")


@dataclass
class LinkStats:
    """How many names each source offered and what became of them."""

    counts: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        """One line, keys sorted."""
        return ", ".join(f"{k} {v}" for k, v in sorted(self.counts.items()))


def _parse_lt_line(line: str) -> tuple[str, list[str], str] | None:
    """Split ``Old=New1|New2|...|note`` into (old, new names, year); None for other lines."""
    line = line.strip()
    if not line or line.startswith("#") or "=" not in line:
        return None
    old, rest = line.split("=", 1)
    items = [p.strip() for chunk in rest.split("|") for p in chunk.split(";")]
    names, year = [], ""
    for item in items:
        if not item:
            continue
        if _NOTE.search(item):
            found = _YEAR.search(item)
            year = year or (found.group(1) if found else "")
            continue
        names.append(item)
    return old.strip(), names, year


def languagetool_renamings(
    index: SettlementIndex, stats: LinkStats, geonames: GeoNamesNames
) -> list[Former]:
    """Link each capitalised (place-name) entry of LanguageTool's list to today's unit.

    The list gives no oblast, so a new name links only when exactly one settlement in
    Ukraine bears it, or when a GeoNames place linked to exactly one of the namesakes lists
    the old name (:meth:`renamed_geonames.GeoNamesNames.settle`: of up to
    :data:`MOST_NAMESAKES` namesakes, a place linked by name or by geography, the old name
    in Cyrillic or a Latin spelling; of more, only a place linked by name listing it in
    Cyrillic, since no link at all is the alternative). (Simply preferring a city among
    namesakes proved wrong: Більмак became the village Кам'янка, not the city.) Failing
    that, a new name of at most :data:`MOST_NAMESAKES` settlements links the old name to
    each of them, with ``namesakes`` set: one of them bore it, which one is not known.
    Lower-case entries are adjectives and are skipped.
    """
    out: list[Former] = []
    for line in LT_FILE.read_text(encoding="utf-8").splitlines():
        parsed = _parse_lt_line(line)
        if parsed is None:
            continue
        old, news, year = parsed
        if not old[:1].isupper():
            stats.counts["languagetool: adjective entries skipped"] += 1
            continue
        old = to_codifier_apostrophe(old)
        for new in news:
            if not new[:1].isupper():
                stats.counts["languagetool: lower-case new names skipped"] += 1
                continue
            new = to_codifier_apostrophe(new)
            hits = index.candidates(new)
            unit = index.unique(new)
            settled = None
            if unit is None and len(hits) > 1:
                common = len(hits) > MOST_NAMESAKES
                settled = geonames.settle(old, hits, cyrillic_by_name_only=common)
            if settled is not None:
                how = ", its place linked by geography" if settled[1] == GEOGRAPHY else ""
                stats.counts[f"{SETTLED_STAT}{how}"] += 1
                source = f"{LT_SOURCE}; {GEONAMES_SETTLED[settled[1]]}"
                out.append(Former(settled[0].code, old, "", year, source))
                continue
            if unit is None and 1 < len(hits) <= MOST_NAMESAKES:
                stats.counts["languagetool: linked to each namesake, unsure"] += 1
                out.extend(
                    Former(u.code, old, "", year, LT_SOURCE, namesakes=str(len(hits))) for u in hits
                )
                continue
            if unit is None:
                key = "too many namesakes" if hits else "new name not in KATOTTG"
                stats.counts[f"languagetool: skipped, {key}"] += 1
                continue
            stats.counts["languagetool: linked"] += 1
            out.append(Former(unit.code, old, "", year, LT_SOURCE))
    return out


def manual_renamings(path: Path, index: SettlementIndex, stats: LinkStats) -> list[Former]:
    """Link the hand-kept acts table by new name + oblast prefix, preferring the city."""
    _, rows = read_tsv(path)
    out: list[Former] = []
    for row in rows:
        unit = index.unique(row["new_name_uk"], row["oblast"], prefer_city=True)
        if unit is None:
            raise ValueError(f"renamed_manual.tsv: cannot place {row['new_name_uk']}")
        stats.counts["manual acts table: linked"] += 1
        out.append(
            Former(unit.code, row["old_name_uk"], row["old_name_ru"], row["year"], row["source"])
        )
    return out
