"""Queries for the array-scoring tests: names written with typos, wishes, hints and scripts."""

from __future__ import annotations

import random

from gazetteer import Gazetteer
from gazetteer.rank import Prepared


def query_mix(
    gz: Gazetteer, names: list[str], *, seed: int, sample: int, foreign_every: int
) -> list[Prepared]:
    """``names`` and ``sample`` random KATOTTG names (drawn with ``seed``), every third with a
    letter dropped and every sixth from the third with two swapped; wishes and hints in turn,
    and every ``foreign_every``-th read as written in a foreign script."""
    rng = random.Random(seed)
    names = [*names, *(e.name for e in rng.sample([e for e in gz if e.category in "KMXC"], sample))]
    out = []
    for i, name in enumerate(names):
        at = rng.randrange(1, len(name) - 1)
        if i % 3 == 1:  # a letter dropped: the forms of the keys near it
            name = name[:at] + name[at + 1 :]
        elif i % 6 == 2:  # two letters swapped
            name = name[:at] + name[at + 1] + name[at] + name[at + 2 :]
        wants = ("", "C", "M", "O", "")[i % 5]
        hint = ("UA-65",) if i % 4 == 1 else ("UA-63", "UA-14") if i % 4 == 2 else ()
        foreign = i % foreign_every == foreign_every - 1
        out.append(Prepared.of(name, wants=wants, hint=hint, foreign=foreign))
    return out
