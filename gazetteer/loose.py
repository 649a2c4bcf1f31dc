"""The last resort: well-known places found by the consonants of their names.

A name written in Arabic, Hebrew, Japanese, Korean or Chinese (or a loose romanisation of
one: ``afdyyyfka``) meets none of the gazetteer's forms once romanised, because those
scripts drop or insert vowels and merge consonants. :func:`translit.consonant_skeleton`
keeps what survives. Such names are written for well-known places, so only those are
compared: the cities (and, in KATOTTG, any settlement GeoNames counts 10,000 people in).

A loose match scores between :data:`LOOSE_FLOOR` and :data:`LOOSE_CEILING`: above the
default threshold, so it is shown, and below the confident score, so it is always
``ambiguous``. The query path asks for it only when nothing else reached the threshold.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from translit import consonant_skeleton, match_key
from translit.skeleton import skeleton_of_key

from .index import NAME_SOURCES, NameForm, NameIndex
from .rank import (
    CITY_CATEGORIES,
    SETTLEMENT_CATEGORIES,
    Prepared,
    Scored,
    importance,
    outside_costs,
)

if TYPE_CHECKING:
    from .model import Entry

#: What a loose match scores at the cutoff and at best (an identical skeleton).
LOOSE_FLOOR = 80.0
LOOSE_CEILING = 88.0
#: How alike (rapidfuzz ratio) two skeletons must be at least...
SKELETON_CUTOFF = 80.0
#: ...and for a query in Latin letters (random letters meet some city's skeleton at 80).
LATIN_CUTOFF = 90.0
#: Skeletons shorter than this say too little (``Odesa`` is ``ts``): they must be equal.
SHORT_SKELETON = 3
#: A settlement of a category not in CITY_CATEGORIES takes part from this population up.
NOTABLE_POPULATION = 10_000
#: The name tables compared: not the exonyms, whose own romanisations from other scripts
#: (``haleukiu``, ``Chmielnicius``) would only add noise to a comparison this loose.
LOOSE_SOURCES = frozenset({"official", "russian", "former"})
#: How much the likeness of the full match keys weighs beside the skeletons' (it tells
#: Кременчук from Кам'янське when both skeletons are as close).
SPELLING_SHARE = 0.3
#: A skeleton this long or longer is specific enough to doubt a small place by.
SPECIFIC_SKELETON = 4
#: A gazetteer without categories of its own takes part whole when it is this small.
SMALL_GAZETTEER = 5_000


class LooseIndex:
    """Skeleton -> (position of a form) for the forms of the well-known entries."""

    def __init__(
        self,
        categories: Sequence[str],
        index: NameIndex,
        population: dict[int, int],
    ) -> None:
        """``categories``: each entry's category, by position."""
        known_categories = any(c in SETTLEMENT_CATEGORIES for c in categories)
        everyone = not known_categories and len(categories) <= SMALL_GAZETTEER
        notable = [
            everyone
            or c in CITY_CATEGORIES
            or (c in SETTLEMENT_CATEGORIES and population.get(i, 0) >= NOTABLE_POPULATION)
            for i, c in enumerate(categories)
        ]
        wanted = {i for i, source in enumerate(NAME_SOURCES) if source in LOOSE_SOURCES}
        entry_of, rank_of, source_of = index.entry_of, index.rank_of, index.source_id_of
        self.by_skeleton: dict[str, list[int]] = {}
        for position in range(len(index)):
            if not notable[entry_of[position]] or rank_of[position] > 1:
                continue
            if source_of[position] not in wanted:
                continue
            skeleton = consonant_skeleton(index.text_of[position])
            if len(skeleton) >= 2:
                self.by_skeleton.setdefault(skeleton, []).append(position)
        self._skeletons = sorted(self.by_skeleton)

    @staticmethod
    def skeleton_of(query: Prepared) -> str:
        """The query's consonant skeleton: read off its match key, unless its name is in a
        script (or pinyin) that the skeleton reads in its own way."""
        return consonant_skeleton(query.name) if query.foreign else skeleton_of_key(query.key)

    @staticmethod
    def specific(skeleton: str) -> bool:
        """Whether a skeleton is long enough to stand for one name."""
        return len(skeleton) >= SPECIFIC_SKELETON

    def same(self, skeleton: str) -> list[int]:
        """Positions of the forms whose skeleton is ``skeleton``."""
        return list(self.by_skeleton.get(skeleton, ()))

    def near(self, text: str) -> list[tuple[int, float]]:
        """(form position, skeleton likeness 0-100) for the forms whose skeleton is close.

        A name in another script may differ in a consonant class or two; a Latin one, whose
        consonants were written by someone reading the name, must have the same skeleton
        give or take one class in a long name (:data:`LATIN_CUTOFF`).
        """
        skeleton = consonant_skeleton(text)
        if len(skeleton) < 2:
            return []
        if len(skeleton) < SHORT_SKELETON:
            return [(p, 100.0) for p in self.by_skeleton.get(skeleton, ())]
        cutoff = LATIN_CUTOFF if text.isascii() else SKELETON_CUTOFF
        found = process.extract(
            skeleton, self._skeletons, scorer=fuzz.ratio, score_cutoff=cutoff, limit=12
        )
        return [(p, likeness) for key, likeness, _ in found for p in self.by_skeleton[key]]


def loose_score(
    query: Prepared, form: NameForm, likeness: float, entry: Entry, population: int
) -> Scored:
    """A loose candidate: its score from the skeletons' likeness, its rank with the prior."""
    spelling = fuzz.ratio(query.key, match_key(form.text))
    alike = (1.0 - SPELLING_SHARE) * likeness + SPELLING_SHARE * spelling
    span = (alike - SKELETON_CUTOFF) / (100.0 - SKELETON_CUTOFF)
    score = LOOSE_FLOOR + (LOOSE_CEILING - LOOSE_FLOOR) * min(1.0, max(0.0, span))
    why = [
        f"consonants of {form.source} form {form.text!r} {likeness:.0f}% alike, "
        f"match keys {spelling:.0f}%: loose, at most {LOOSE_CEILING:g}"
    ]
    score = outside_costs(query, entry, score, why)
    weight = importance(entry.category, population)
    why.append(f"importance {weight:.2f}: {weight / 2:+.2f} to rank")
    return Scored(
        form.entry, round(score, 2), score + weight / 2, weight, "loose", form, tuple(why)
    )
