"""A spelling variant read in the hinted oblast that a slip of another name there explains as
well (:mod:`gazetteer.typoties`): ``Tyschenkivka`` with Kharkiv oblast given is Тишенківка by
its key (sch for ш) and Тищенківка with one letter dropped; both are offered, unsure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

from .finder import CONFIDENT_SCORE
from .hintslip import one_slip_away, one_slip_candidate, plain, slipped_name
from .rank import Scored
from .typoties import unsure_first

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .query import CleanQuery

#: The kinds of reading a hinted oblast's names one slip away can make unsure: a spelling
#: variant or a typo (an exact text is the place's own name).
_READ_KINDS = frozenset({"variant", "fuzzy"})


def hinted_slips_unsure(
    gz: Gazetteer, cleaned: CleanQuery, hint_codes: tuple[str, ...], ranked: list[Scored]
) -> list[Scored]:
    """``ranked`` with the hinted oblasts' settlements one slip from the bare name added,
    and its best capped to unsure, when that best is a sure variant or typo reading of a
    name in the oblast no nearer in letters (Tyschenkivka, Kharkiv oblast: Тишенківка by
    its key, Тищенківка one letter dropped); else ``ranked`` as it was."""
    text = slipped_name(cleaned, hint_codes)
    if not ranked or not text:
        return ranked
    best = ranked[0]
    if best.kind not in _READ_KINDS or not CONFIDENT_SCORE <= best.score < 100.0:
        return ranked
    entry = gz.entries[best.position]
    if entry.oblast not in hint_codes:
        return ranked
    latin = text.isascii()
    slips = OSA.distance(text, plain(entry.name if latin else entry.name_uk))
    if slips < 1:
        return ranked
    own, held = entry.name_uk, {s.position for s in ranked}
    found = []
    for oblast in hint_codes:
        for rival in one_slip_away(gz, oblast, latin, text):
            if gz.entries[rival].name_uk != own and rival not in held:
                found.append(one_slip_candidate(gz, rival, latin))
    if not found:
        return ranked
    found.sort(key=lambda s: s.position)
    capped = unsure_first(ranked, gz.entries[found[0].position].name)
    return [capped[0], *found, *capped[1:]]
