"""A slip of the pen read two ways: a sure answer is one no other name explains as well.

A typo reading scores its candidates by ``fuzz.ratio``, which counts a substituted letter as
two edits and a dropped or added one as one: ``Pokrovskl`` is Покровськ with a letter added
(94, sure) and Покровське with one changed (88.9), though either is one slip. A spelling
variant is read the same way: ``Tyschenkivka`` is Тишенківка's key (sch for ш, 98.9) and
Тищенківка's name with one letter dropped (:mod:`gazetteer.hintties`). When another name
is no more letters away from the query than the best's, the letters cannot tell which was
meant: the best is capped to :data:`~gazetteer.rank.UNSURE_CEILING` (ambiguous), and keeps
its place first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

from .letterforms import plain_latin
from .rank import UNSURE_CEILING, Scored

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .model import Entry

#: How far behind the best a fuzzy rival is compared in letters (a slip scores 85 to 95).
RIVAL_REACH = 12.0
#: At most so many candidates after the best are compared.
RIVALS = 8


def equal_slips_unsure(latin: str, ranked: list[Scored], entries: Sequence[Entry]) -> list[Scored]:
    """``ranked`` with its best capped to unsure when it is a sure typo reading and another
    name among the next candidates is no more letters (OSA distance of the plain Latin)
    from ``latin``, the query's plain Latin letters; else ``ranked`` as it was."""
    best = ranked[0]
    if best.kind != "fuzzy" or best.score <= UNSURE_CEILING:
        return ranked
    own = entries[best.position].name_uk
    reach = best.score - RIVAL_REACH
    rivals = [
        s for s in ranked[1 : RIVALS + 1] if s.score >= reach and entries[s.position].name_uk != own
    ]
    if not rivals:
        return ranked
    slips = OSA.distance(latin, _latin(best))
    for s in rivals:
        if OSA.distance(latin, _latin(s), score_cutoff=slips) <= slips:
            return unsure_first(ranked, entries[s.position].name)
    return ranked


def _latin(s: Scored) -> str:
    """The plain Latin letters of a candidate's form (as the index keeps them)."""
    latin = s.form_latin
    return plain_latin(s.form_text) if latin is None else latin


def unsure_first(ranked: list[Scored], rival: str) -> list[Scored]:
    """``ranked`` with every candidate above :data:`UNSURE_CEILING` capped to it (the rival
    sure no more than the best), their ranks and so their order kept: the best stays first."""
    why = f"{rival} is as few letters from the text: at most {UNSURE_CEILING:g}"
    out = []
    for s in ranked:
        if s.score > UNSURE_CEILING:
            rank, s = s.rank, s.capped(UNSURE_CEILING, why)
            s.rank = rank
        out.append(s)
    return out
