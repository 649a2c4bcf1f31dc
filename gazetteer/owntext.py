"""Running text read with a place gazetteer of your own (German, Polish, English towns):
the few rules of other languages than KATOTTG's that its names need.

German capitalises every noun, so a town named as a noun is (``Die Halle war voll``: the
hall; ``Das Essen war gut``: the food): a name of one word right after a German article
(der, die, das, dem, den, ein, eine, ...) is read as that noun, not the town (``in Halle``,
``nach Essen``, ``die Stadt Halle`` are the towns). A city's name of three letters (``Hof``),
read only after a preposition of place, is read after German's and English's of direction
too (``nach Hof``, ``aus Hof``, ``bei Hof``, ``to Hof``, ``from Hof``), as after ``in``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .evidence import Found

#: German articles, definite and indefinite, and kein/keine: a capitalised word after one is
#: a noun (``des``, French's ``of the`` too, is left out: rue des Halles).
GERMAN_ARTICLES = frozenset({
    "der", "die", "das", "dem", "den", "ein", "eine", "einem", "einen", "einer", "eines",
    "kein", "keine", "keinem", "keinen", "keiner", "keines",
})  # fmt: skip
#: Prepositions before a town's name besides the embedded gazetteer's of place (in, near,
#: у, біля ...): German's and English's of direction.
WHERE_ELSE = frozenset({"nach", "aus", "bei", "to", "into", "towards", "via"})


def nouns_left_out(text: str, found: Sequence[Found]) -> list[Found]:
    """``found`` without the names of one word right after a German article (module docs)."""
    return [f for f in found if not (f.words == 1 and _article_before(text, f.start))]


def _article_before(text: str, start: int) -> bool:
    """Whether the word right before ``start`` (spaces only between) is a German article."""
    head = text[:start]
    before = head.rstrip()
    if not before or len(before) == len(head):
        return False
    return before.split()[-1].lower() in GERMAN_ARTICLES
