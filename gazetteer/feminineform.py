"""A feminine name after a preposition: met as written after one of the genitive (из
Панькова, біля Машина), no likelier than the masculine's or the neuter's genitive it also
is; declined after one of the accusative (за Борщову), hers before a masculine's.

A name in -а or -я after из, от, возле, біля, до, з... would be declined were it a feminine's
(из Паньковой, біля Машини); as written it is the genitive of a masculine or a neuter name
(Паньков, Паньково, Панькове; Машин, Машино). The village Панькова is met by the very
letters, the village Панькове by a Russian form made by rule, and the two would score
apart by spelling alone. The text does not say the feminine: its reading is capped at the
declined one's best, so the two tie (size still tells: a city declined beats a village met
as written), as :mod:`gazetteer.pluralcase` caps a plural's nominative after one.

After за or на, whose case of a town is the accusative, a name in -у or -ю is a feminine's
(за Борщову: the villages Борщова), not a masculine's dative or locative (Борщів: по
Борщову, у Борщову): the readings not of the feminine are capped below sure
(:func:`accusative_first`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .declension import before_genitive, preposition_of
from .finder import CONFIDENT_SCORE
from .letterforms import normal_form
from .rank import SETTLEMENT_CATEGORIES, UNSURE_CEILING, Scored

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


#: Prepositions of the accusative alone among a name's cases (за Борщову, на Борщову: a
#: direction), after which a name in -у, -ю is a feminine's (Борщова), not a masculine's
#: dative or locative (Борщів: Борщову), which за never takes and на takes of no town.
_ACCUSATIVE = frozenset({"за", "на"})
#: The accusative endings of a feminine noun, and its nominative's.
_FEMININE_ACCUSATIVE = {"у": "а", "ю": "я"}


def accusative_first(
    raw: str, name: str, declined: list[str], each: list[list[Scored]], found: list[Scored]
) -> list[Scored]:
    """``found`` (the readings of ``declined``, the nominatives the declined ``name`` may
    stand for, each read as ``each``) with those not of the feminine capped at the unsure
    ceiling, when ``name`` ends in -у or -ю after за or на opening ``raw`` and its feminine
    reading (Борщову: Борщова) names a place surely: на Борщову is the village Борщова,
    not the city Борщів. Unchanged otherwise."""
    last = name.lower()[-1:]
    if preposition_of(raw) not in _ACCUSATIVE or last not in _FEMININE_ACCUSATIVE:
        return found
    feminine = name[:-1] + _FEMININE_ACCUSATIVE[last]
    hers = [r for n, r in zip(declined, each) if n == feminine]
    if not any(s.score >= CONFIDENT_SCORE for r in hers for s in r):
        return found
    own = {s.position for r in hers for s in r}
    why = f"a feminine's accusative after {preposition_of(raw)}: at most {UNSURE_CEILING:g}"
    return [
        s.capped(UNSURE_CEILING, why) if s.position not in own and s.score > UNSURE_CEILING else s
        for s in found
    ]
