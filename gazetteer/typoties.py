"""A slip of the pen read two ways: a sure answer is one no other name explains as well.

A typo reading scores its candidates by ``fuzz.ratio``, which counts a substituted letter as
two edits and a dropped or added one as one: ``Pokrovskl`` is Покровськ with a letter added
(94, sure) and Покровське with one changed (88.9), though either is one slip. A spelling
variant is read the same way: ``Tyschenkivka`` is Тишенківка's key (sch for ш, 98.9) and
Тищенківка's name with one letter dropped (:mod:`gazetteer.hintties`). When another name
is no more letters away from the query than the best's, the letters cannot tell which was
meant: the best is lowered to :data:`~gazetteer.rank.UNSURE_CEILING` (ambiguous), and the
candidates near it with it, in the order they were.
"""

from __future__ import annotations

from rapidfuzz.distance import OSA

from .rank import UNSURE_CEILING, Scored
from .ties import WIDEST_MARGIN

#: How far behind the best a fuzzy rival is compared in letters (a slip scores 85 to 95).
RIVAL_REACH = 12.0
#: At most so many candidates after the best are compared.
RIVALS = 8


def equal_slips_unsure(latin: str, ranked: list[Scored]) -> list[Scored]:
    """``ranked`` with its best capped to unsure when it is a sure typo reading and another
    name among the next candidates is no more letters (OSA distance of the plain Latin)
    from ``latin``, the query's plain Latin letters; else ``ranked`` as it was. A namesake
    (the very letters of the best's form) is the tie rules' to weigh, not a rival here."""
    best = ranked[0]
    if best.kind != "fuzzy" or best.score <= UNSURE_CEILING:
        return ranked
    reach, sure = best.score - RIVAL_REACH, best.score
    # (a rival as high as the best ties by the tie rules; namesakes come at one score, and
    # the first of a score stands for the rest: the same score, the same letters mostly)
    rivals = {s.score: s for s in reversed(ranked[1 : RIVALS + 1]) if reach <= s.score < sure}
    if not rivals:
        return ranked
    own = best.latin_letters
    slips = OSA.distance(latin, own)
    for score in sorted(rivals, reverse=True):
        s = rivals[score]
        theirs = s.latin_letters
        if theirs != own and OSA.distance(latin, theirs, score_cutoff=slips) <= slips:
            return unsure_first(ranked, s.form_text)
    return ranked


def unsure_first(ranked: list[Scored], rival: str) -> list[Scored]:
    """``ranked`` with the best brought to :data:`UNSURE_CEILING` and every candidate the
    tie rules weigh beside it (:data:`~gazetteer.ties.WIDEST_MARGIN` below it, once lowered)
    lowered by as much, their ranks kept: the best unsure, the order and the gaps kept (no
    rival comes to tie with it by the cut: Bordyanka stays Бородянка first). Only those are
    made again (a typo's list holds some hundred)."""
    cut = ranked[0].score - UNSURE_CEILING
    if cut <= 0:
        return ranked
    weighed = UNSURE_CEILING - WIDEST_MARGIN
    why = f"{rival} is as few letters from the text: {cut:.2f} less"
    out = []
    for s in ranked:
        if s.score >= weighed:
            rank, s = s.rank, s.capped(round(s.score - cut, 2), why)
            s.rank = rank
        out.append(s)
    return out
