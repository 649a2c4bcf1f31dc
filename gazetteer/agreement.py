"""Which readings of a declined name of several words to keep when its words' readings
multiply past a cap: those whose adjectives agree with their noun in gender and number first
(в Кривом Озере: Кривое Озеро, a neuter adjective and a neuter noun, before Кривой Озера, a
masculine one and a feminine noun), then those of each word's likelier readings."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import islice, product
from math import prod

from .wordforms import CONSONANTS

#: The most combinations of readings weighed; past it the first in order only.
WEIGHED = 4096
_CONSONANTS = CONSONANTS | {"й"}  # (a word in -й is a masculine: Кривий, Гай)


def adjective_gender(nominative: str) -> str:
    """The gender of an adjective in the nominative by its ending: ``m`` (Кривий, Кривой,
    Часів), ``n`` (Криве, Кривое, Нижнє), ``f`` (Нова, Новая), ``p`` (Нові, Новые); ""
    for another ending."""
    last = nominative[-1:].lower()
    if last in _CONSONANTS:
        return "m"
    return {"е": "n", "є": "n", "а": "f", "я": "f", "і": "p", "и": "p", "ы": "p"}.get(last, "")


def noun_genders(nominative: str) -> str:
    """The genders a noun in the nominative may have by its ending (Ріг, Гай: ``m``;
    Лопань: ``mf``; Каховка: ``fp``, a neuter plural's -а too; Поляна, Запоріжжя: ``fnp``;
    Озеро, Поле: ``n``; Води: ``p``); "" for another ending."""
    last = nominative[-1:].lower()
    if last in _CONSONANTS:
        return "m"
    genders = {"ь": "mf", "а": "fp", "я": "fnp", "о": "n", "е": "n", "є": "n"}
    return genders.get(last, "p" if last in "иіыї" else "")


def chosen_readings(
    options: Sequence[Sequence[str]], noun_at: int, most: int
) -> Iterable[tuple[str, ...]]:
    """The combinations of each word's ``options`` (the noun's at ``noun_at``) to read, in
    their order: all where they are ``most`` or fewer (the name's own among them); else the
    ``most`` + 1 that agree best, the earlier readings of each word first."""
    if prod(len(o) for o in options) <= most + 1:
        return product(*options)
    nouns = [noun_genders(w) for w in options[noun_at]]
    adjectives = [[adjective_gender(w) for w in o] for o in options]

    def rank(at: tuple[int, ...]) -> tuple[int, int]:
        genders = nouns[at[noun_at]]
        disagree = sum(
            1
            for i, j in enumerate(at)
            if i != noun_at and genders and adjectives[i][j] and adjectives[i][j] not in genders
        )
        return disagree, sum(at)

    indexed = islice(product(*(range(len(o)) for o in options)), WEIGHED)
    kept = sorted(sorted(indexed, key=rank)[: most + 1])
    return (tuple(o[i] for o, i in zip(options, at)) for at in kept)
