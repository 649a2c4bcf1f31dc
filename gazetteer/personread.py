"""A query read against a list of people (``# kind: people``): by the forms
:mod:`gazetteer.personforms` wrote, and nothing a place's reading would add.

A place's reading drops words that are no people's (``с.``, ``м.``: a village, a town; ``В.``
written out as Велика), so ``С. Шевченко`` would be the one Андрій Шевченко; here a query
meets a person by the key of a whole form of the name, its initials the very letters of the
form's (the key makes Г, Х and Ч one: ``Ч. Шевченко`` is not ``Г. Шевченко``). A surname one
letter off (``Shevchenco T. H.``) meets the person whose surname it is near, never surely;
a hint names the ``region`` of the file, as for places.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from rapidfuzz import fuzz, process

from translit import match_key

from .finder import CONFIDENT_SCORE, DEFAULT_MIN_SCORE
from .personforms import PERSON_NOTE, SURNAME_NOTE, initials
from .rank import HINT_COST, Scored, order

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .model import MatchKind

#: How alike (rapidfuzz ratio of the keys) a surname must be to one of the list's to be
#: read as a typo of it...
SURNAME_LIKENESS = 80.0
#: ...and the most such a reading scores: below a sure answer.
TYPO_CEILING = CONFIDENT_SCORE - 1.0
#: The shortest surname (in key letters) read with a typo: short ones differ by one letter.
_SHORTEST_TYPO = 5
#: A word of the query: letters, apostrophes and hyphens within.
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")
#: The list's surnames, by their keys (entry positions and the surnames as written).
_SURNAMES: WeakKeyDictionary[Gazetteer, dict[str, list[tuple[int, str]]]] = WeakKeyDictionary()


def person_candidates(
    gz: Gazetteer, query: str, oblast: str | None, allowed: frozenset[str]
) -> list[Scored]:
    """The people of ``gz`` that ``query`` names, best first (module docs)."""
    text = query.strip()
    found = _written(gz, text, allowed) or _typo_in_surname(gz, text, allowed)
    regions = gz.hint_oblasts(oblast) if oblast else ()
    if regions:
        found = [_outside(s, regions) if gz.entries[s.position].oblast not in regions else s
                 for s in found]  # fmt: skip
    return order(found)


def _written(gz: Gazetteer, text: str, allowed: frozenset[str]) -> list[Scored]:
    """Each person with a form of ``text``'s key and initials, scored 100: the name as listed
    (``exact``), another way of writing it (``variant``) or an alternative name
    (``exonym``)."""
    key = match_key(text)
    if not key:
        return []
    index, wanted = gz.index, initials(text)
    best: dict[int, tuple[int, Scored]] = {}
    for p in index.keyed_array(key):
        source = index.source_of(p)
        if source not in allowed or initials(index.text_of[p]) != wanted:
            continue
        form = index.form(p)
        kind: MatchKind = "exact" if source == "official" else "exonym"
        why = f"same key as {source} form {form.text!r}"
        if form.note in (PERSON_NOTE, SURNAME_NOTE):
            kind, why = "variant", f"same key as {form.text!r}: {form.note}"
        order_of = ("exact", "exonym", "variant").index(kind)
        if form.entry not in best or order_of < best[form.entry][0]:
            best[form.entry] = (order_of, Scored(form.entry, 100.0, 100.0, 0.0, kind, form, (why,)))
    return [s for _, s in best.values()]


def _typo_in_surname(gz: Gazetteer, text: str, allowed: frozenset[str]) -> list[Scored]:
    """The people whose surname a word of ``text`` is near, the rest of it written as theirs
    (``Shevchenco T. H.``: Shevchenko T. H.), each below a sure score."""
    surnames = _surnames(gz)
    found: dict[int, Scored] = {}
    for word in _WORD.finditer(text):
        key = match_key(word.group())
        if len(key) < _SHORTEST_TYPO or key in surnames:
            continue
        near = process.extract(
            key, list(surnames), scorer=fuzz.ratio, score_cutoff=SURNAME_LIKENESS, limit=5
        )
        for other, likeness, _ in near:
            for position, surname in surnames[other]:
                fixed = text[: word.start()] + surname + text[word.end() :]
                for s in _written(gz, fixed, allowed):
                    score = min(TYPO_CEILING, fuzz.ratio(match_key(text), match_key(fixed)))
                    if s.position != position or score < DEFAULT_MIN_SCORE:
                        continue
                    why = (
                        f"surname {word.group()!r} read as {surname!r} ({likeness:.0f}% alike): "
                        f"a typo, never sure; {s.explain[0]}"
                    )
                    if position not in found or found[position].score < score:
                        found[position] = Scored(
                            position, score, score, 0.0, "fuzzy", s.form, (why,)
                        )
    return list(found.values())


def _surnames(gz: Gazetteer) -> dict[str, list[tuple[int, str]]]:
    """The surnames of the list (its forms of a surname alone, and its names of one word), by
    key, each with its person's position; made at the first typo asked about."""
    if gz not in _SURNAMES:
        table: dict[str, list[tuple[int, str]]] = {}
        index = gz.index
        for p in range(len(index)):
            text = index.text_of[p]
            if index.form(p).note == SURNAME_NOTE or (
                index.source_of(p) == "official" and len(text.split()) == 1
            ):
                pairs = table.setdefault(match_key(text), [])
                if (index.entry_of[p], text) not in pairs:
                    pairs.append((index.entry_of[p], text))
        _SURNAMES[gz] = table
    return _SURNAMES[gz]


def _outside(s: Scored, regions: tuple[str, ...]) -> Scored:
    """``s`` less :data:`~gazetteer.rank.HINT_COST`, outside the hinted ``regions``."""
    why = f"outside the hinted region {'/'.join(regions)}: -{HINT_COST:g}"
    return s.capped(s.score - HINT_COST, why)
