"""A place's feminine name met as written after a preposition of the genitive (из Панькова,
біля Машина): no likelier than the masculine's or the neuter's genitive it also is.

A name in -а or -я after из, от, возле, біля, до, з... would be declined were it a feminine's
(из Паньковой, біля Машини); as written it is the genitive of a masculine or a neuter name
(Паньков, Паньково, Панькове; Машин, Машино). The village Панькова is met by the very
letters, the village Панькове by a Russian form made by rule, and the two would score
apart by spelling alone. The text does not say the feminine: its reading is capped at the
declined one's best, so the two tie (size still tells: a city declined beats a village met
as written), as :mod:`gazetteer.pluralcase` caps a plural's nominative after one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .declension import before_genitive, preposition_of
from .finder import CONFIDENT_SCORE
from .letterforms import normal_form
from .rank import SETTLEMENT_CATEGORIES, Scored

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

#: The endings of a feminine noun's nominative that a masculine's or neuter's genitive has.
_FEMININE = ("а", "я")


def feminine_tied(
    gz: Gazetteer, raw: str, name: str, ranked: list[Scored], declined: list[Scored]
) -> list[Scored]:
    """``ranked`` (the readings of ``name`` as written after the preposition opening
    ``raw``) capped at the best score of ``declined`` (the readings of the nominatives the
    text may decline), when ``name`` ends in -а or -я after a preposition of the genitive
    (or Russian у), its best reading is a place met by its own letters, and ``declined``
    names a place surely (module docs). Unchanged otherwise."""
    genitive = before_genitive(raw) or preposition_of(raw) == "у"
    if not (genitive and ranked and declined and name.lower().endswith(_FEMININE)):
        return ranked
    best = ranked[0]
    own = best.kind == "exact" and normal_form(best.form_text) == normal_form(name)
    if not own or gz.entries[best.position].category not in SETTLEMENT_CATEGORIES:
        return ranked
    tie = max(s.score for s in declined)
    if tie < CONFIDENT_SCORE or best.score <= tie:
        return ranked
    why = f"a feminine's nominative, or another's genitive: at most {tie:g}"
    return [s.capped(tie, why) if s.score > tie else s for s in ranked]
