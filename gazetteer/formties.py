"""A name read through another form of a village's (its Russian name, an exonym, a former
name) that a slip of another settlement's own name explains as well.

With no oblast given, ``Veele`` meets Вілля by a Russian form of it, but it is Веселе with
its s dropped as much; ``Pidlise`` is Підлисся's Russian form, and Підлісне with one letter
dropped. A text that spells neither exactly cannot say which was meant: the best is lowered
to unsure (:func:`gazetteer.typoties.unsure_first`) and the other name offered after it.
Spelling variants of the place's own name (Berezinka, Березинка's key) are not weighed so:
a romanisation standard's letters (i for и, š for ш) are no slip, and so many variants lie
one letter from some other village that they would all be lost (measured: thirty sure right
answers of the two thousand of the bench's variant set for none saved). A city's form
(Rivn, Kharkov) outweighs a village a slip away, as the tie rules weigh it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

from translit import match_key

from .finder import CONFIDENT_SCORE
from .hintslip import one_slip_candidate, plain
from .rank import CITY_CATEGORIES, SETTLEMENT_CATEGORIES, Scored
from .typoties import unsure_first

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .query import CleanQuery

#: The kinds of reading weighed: through a form not the place's own name today.
_OTHER_FORMS = frozenset({"russian", "exonym", "former"})
#: At most so many places bearing the other name are offered (the biggest first).
SHOWN = 5


def other_form_slips_unsure(
    gz: Gazetteer, cleaned: CleanQuery, hint_codes: tuple[str, ...], ranked: list[Scored]
) -> list[Scored]:
    """``ranked`` with its best capped to unsure and the places one slip away offered after
    it, when no oblast is given and the best is a sure reading of a village's other form
    (see the module docs) that the text does not spell exactly; else ``ranked``."""
    if hint_codes or not ranked or cleaned.beside or cleaned.wants or cleaned.also:
        return ranked
    best = ranked[0]
    if best.kind not in _OTHER_FORMS or not CONFIDENT_SCORE <= best.score < 100.0:
        return ranked
    text = plain(cleaned.name)
    if not (text.isascii() and text.replace(" ", "").isalpha()):
        return ranked
    entry = gz.entries[best.position]
    if entry.category in CITY_CATEGORIES:
        return ranked
    form = best.latin_letters  # (a Russian form's letters, read)
    slips = min(OSA.distance(text, form), OSA.distance(text, plain(entry.name)))
    if slips < 1:
        return ranked
    rivals = _rivals(gz, text, entry.name_uk, {s.position for s in ranked})
    if not rivals:
        return ranked
    capped = unsure_first(ranked, gz.entries[rivals[0]].name)
    others = [one_slip_candidate(gz, i, latin=True, hinted=False) for i in rivals]
    return [capped[0], *others, *capped[1:]]


def _rivals(gz: Gazetteer, text: str, own: str, held: set[int]) -> list[int]:
    """The settlements (at most :data:`SHOWN`, the biggest first) not ``held`` whose official
    Latin name is one slip from ``text``, of the keys near its key; none named ``own``."""
    index, entries, weight = gz.index, gz.entries, gz._finder().priors.weight
    found: set[int] = set()
    for key in index.near_keys(match_key(text)):
        for i in index.entries_keyed(key):
            entry = entries[i]
            if (
                i not in held
                and entry.category in SETTLEMENT_CATEGORIES
                and entry.name_uk != own
                and OSA.distance(text, plain(entry.name), score_cutoff=1) <= 1
            ):
                found.add(i)
    return sorted(found, key=lambda i: (-weight[i], i))[:SHOWN]
