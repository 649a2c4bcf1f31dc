"""One slip of the pen inside the hinted oblast: a name that meets no place, with the oblast
given, read as the settlements of that oblast one edit away from it.

The finder's typo reading works on match keys, which fold the letters a slip most often
changes, so a slip that moves or adds a letter may reach no form: ``Liosve`` (Lisove, two
letters swapped), ``Rozxhny`` (Rozhny), ``aBr`` (Bar), ``anna`` (Lanna). With the oblast
given, its thousand-odd settlements are few enough to compare letter by letter: those whose
official name (Latin for a Latin text, Ukrainian for a Cyrillic one) is one insertion,
deletion, substitution or swap of two neighbouring letters away are the candidates, never
sure (:data:`SLIP_SCORE`), as the letters alone cannot say which slip was made. Not when
the name is a place's elsewhere (the hint may be wrong, or the place gone), nor for a
settlement the finder met and scored lower.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .finder import CONFIDENT_SCORE, DEFAULT_MIN_SCORE
from .index import NameForm
from .model import derived, entry_fields
from .rank import HINT_COST, SETTLEMENT_CATEGORIES, Scored, order

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .query import CleanQuery

#: The score of a settlement one slip away from a name that met no place: above the
#: threshold, so it is offered, and below the sure answers.
SLIP_SCORE = 85.0
#: The shortest name read so (two letters are one slip away from too much).
SHORTEST = 3


def slips_in_oblast(
    gz: Gazetteer, cleaned: CleanQuery, hint_codes: tuple[str, ...], ranked: list[Scored]
) -> list[Scored]:
    """``ranked`` with the settlements of the hinted oblasts one slip away from the bare
    name (see the module docs) first, when nothing else reached the threshold; else
    ``ranked`` as it was."""
    text = slipped_name(cleaned, hint_codes)
    if not text or (ranked and ranked[0].score >= DEFAULT_MIN_SCORE):
        return ranked
    if any(
        s.score + HINT_COST >= CONFIDENT_SCORE and gz.entries[s.position].oblast not in hint_codes
        for s in ranked
    ):  # (Ямне, Rivne oblast: the name of places elsewhere, perhaps one the hint mistakes)
        return ranked
    latin = text.isascii()
    weighed = {s.position for s in ranked}  # (a slip the finder scored lower: its score holds)
    found = []
    for oblast in hint_codes:
        for i in one_slip_away(gz, oblast, latin, text):
            if i not in weighed:
                found.append(one_slip_candidate(gz, i, latin))
    return order([*found, *ranked]) if found else ranked


def one_slip_away(gz: Gazetteer, oblast: str, latin: bool, text: str) -> list[int]:
    """The positions of ``oblast``'s settlements whose plain official name (Latin or
    Ukrainian, as ``latin`` says) is one slip or none from ``text``, in the entries' order
    (compared in one rapidfuzz call: a Python loop over the oblast's thousand names cost a
    hinted query some 300 µs)."""
    names, positions = hinted_names(gz, oblast, latin)
    hits = process.extract(text, names, scorer=OSA.distance, score_cutoff=1, limit=None)
    return sorted(positions[i] for _, _, i in hits)


def slipped_name(cleaned: CleanQuery, hint_codes: tuple[str, ...]) -> str:
    """The bare name of ``cleaned`` as its oblast's names are compared with it (:func:`plain`),
    when a slip of the pen is read in the hinted oblast: an oblast given, nothing beside
    the name nor a kind asked, letters only, :data:`SHORTEST` or more; else ""."""
    if not hint_codes or cleaned.beside or cleaned.wants or cleaned.also:
        return ""
    text = plain(cleaned.name)
    return text if len(text) >= SHORTEST and text.replace(" ", "").isalpha() else ""


def plain(name: str) -> str:
    """``name`` lower-cased, without apostrophes and with single spaces for hyphens."""
    for mark in "'’ʼ`":
        name = name.replace(mark, "")
    return " ".join(name.lower().replace("-", " ").split())


def hinted_names(gz: Gazetteer, oblast: str, latin: bool) -> tuple[list[str], list[int]]:
    """The plain official names (Latin or Ukrainian) of ``oblast``'s settlements, and their
    positions among the entries."""

    def make() -> dict[tuple[str, bool], tuple[list[str], list[int]]]:
        table: dict[tuple[str, bool], tuple[list[str], list[int]]] = {}
        fields = entry_fields(gz.entries, "category", "oblast", "name", "name_uk")
        for i, (category, oblast, latin, cyrillic) in enumerate(fields):  # (no entry made)
            if category in SETTLEMENT_CATEGORIES:
                for script, name in ((True, latin), (False, cyrillic)):
                    names, positions = table.setdefault((oblast, script), ([], []))
                    names.append(plain(name))
                    positions.append(i)
        return table

    return derived(gz.entries, "settlement names by oblast", make).get((oblast, latin), ([], []))


def one_slip_candidate(gz: Gazetteer, i: int, latin: bool, *, hinted: bool = True) -> Scored:
    """The settlement at ``i``, met one slip away from its official name (Latin or
    Ukrainian, as ``latin`` says; ``hinted``: in the oblast given): unsure."""
    entry = gz.entries[i]
    form = NameForm(i, entry.name if latin else entry.name_uk, "official")
    where = ", in the oblast given" if hinted else ""
    why = f"one slip from its official name{where}: at most {SLIP_SCORE:g}"
    return Scored(i, SLIP_SCORE, SLIP_SCORE, 0.0, "fuzzy", form, (why,))
