"""A typed apostrophe as evidence: ``Dar'ivka`` is Дар’ївка rather than Дарівка.

The match key and the fine comparison drop apostrophes and soft signs, as KMU 2010 does
(Дар’ївка and Дарівка are both Darivka), so a query without one fits both names alike, and
must: people leave apostrophes out all the time. But BGN/PCGN, the passports before 2010 and
ad hoc spellings write them (Dar'yivka, Luk'yanivka, Ivan'kiv, Pol'ove), and an apostrophe
typed after a consonant stands for the Ukrainian apostrophe or soft sign there. So among the
candidates a query's own key met, one whose name has no ’ or ь where the query has its
apostrophe is held just outside the tie margin below the best that has (by at most
:data:`APOSTROPHE_COST`: the apostrophe tells namesakes apart, the letters still count more).

A place is where it stands in the name: the match key of the text before it
(:func:`marks`), so ``Luk'`` of ``Luk'yanivka`` is ``Лук’`` of Лук’янівка, whatever the
romanisation of the letters around it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from translit import match_key

from .attested import BELOW_EXACT, RANK_BELOW, outside_costs
from .letterforms import normal_form
from .model import Entry
from .rank import Prepared, Scored, is_cyrillic, order

if TYPE_CHECKING:
    from .candidates import EntryPriors

#: Another candidate is held below the best whose name has the typed apostrophe as an
#: attested name's very text holds a variant (:mod:`gazetteer.attested`: just outside the
#: tie margin, and ranked below it), but never lowered by more than this (a name's source
#: costs as much): one far above the bearer is lowered by that much, score and rank alike.
APOSTROPHE_COST = 1.5
#: What marks a place in a name: the apostrophe (as :func:`normal_form` writes every one),
#: the soft sign, and the hard sign of Russian forms.
_MARKS = frozenset("'ьъ")
_LATIN_VOWELS = frozenset("aeiouy")


def typed_marks(normal: str) -> frozenset[str]:
    """The places (see :func:`marks`) of the apostrophes a Latin query types after a
    consonant; not an English possessive (Kharkiv's), nor any in a Cyrillic query, whose
    letters are compared as they stand."""
    if "'" not in normal or is_cyrillic(normal):
        return frozenset()
    return frozenset(place for place, possessive in _places(normal) if not possessive)


@lru_cache(maxsize=4096)
def marks(normal: str) -> frozenset[str]:
    """The places in a name (a :func:`normal_form`) of its apostrophes and soft signs that
    follow a consonant: each the match key of the text before it (Дар’ївка: ``dar``)."""
    return frozenset(place for place, _ in _places(normal))


def _places(normal: str) -> list[tuple[str, bool]]:
    """Each mark's place, and whether it is an ``'s`` that ends a word (Kharkiv's; not
    Podil's'kyi)."""
    out = []
    for i, char in enumerate(normal):
        if char not in _MARKS or i == 0 or not _consonant(normal[i - 1]):
            continue
        end = normal[i + 2 : i + 3]
        possessive = normal[i + 1 : i + 2] == "s" and not (end.isalpha() or end == "'")
        out.append((match_key(normal[:i]), possessive))
    return out


def _consonant(char: str) -> bool:
    """Whether ``char`` is a letter that is not a Latin vowel (marks aside)."""
    return char.isalpha() and unicodedata.normalize("NFD", char)[0] not in _LATIN_VOWELS


def apostrophes_first(
    query: Prepared, ranked: list[Scored], priors: EntryPriors, entries: Sequence[Entry]
) -> list[Scored]:
    """``ranked`` with every candidate whose name has no ’ or ь where the Latin query typed
    an apostrophe held below the best of the same key whose name has (see the module's
    docs), before the hint's and the units' costs; in rank order again when any moved."""
    if len(ranked) < 2:
        return ranked
    typed = typed_marks(query.normal)
    if not typed:
        return ranked
    bearing = {s.position for s in ranked if s.score > 0.0 and _bears(s, typed, entries)}
    bearers = [s for s in ranked if s.position in bearing and match_key(s.form_text) == query.key]
    if not bearers:
        return ranked
    costs = {s.position: outside_costs(query, s.position, priors, entries) for s in ranked}
    ceiling = max(s.score + costs[s.position] for s in bearers) - BELOW_EXACT
    top = max(s.rank + costs[s.position] for s in bearers) - RANK_BELOW
    out, moved = [], False
    for s in ranked:
        if s.position in bearing or s.score <= 0.0:
            out.append(s)
            continue
        cut = s.score + costs[s.position] - ceiling
        if cut <= 0.0:
            out.append(s)
            continue
        if cut > APOSTROPHE_COST:  # far above the bearer: lowered by the most, in its place
            cut = APOSTROPHE_COST
            rank = s.rank - cut
        else:  # held below the bearer, score and rank
            rank = min(s.rank - cut, top - costs[s.position])
        reason = f"no ’ or ь where the apostrophe is typed: -{cut:.2f}"
        out.append(s.capped(s.score - cut, reason, rank=rank))
        moved = True
    return order(out) if moved else ranked


def _bears(s: Scored, typed: frozenset[str], entries: Sequence[Entry]) -> bool:
    """Whether the candidate's Ukrainian name, or the form it was met by, has a ’ or ь at
    each place of ``typed``."""
    return typed <= marks(normal_form(entries[s.position].name_uk)) or typed <= marks(
        normal_form(s.form_text)
    )
