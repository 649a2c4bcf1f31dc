"""No hidden state: a group's answers do not depend on what was asked before it, nor on how
many queries came before (a process scores names met in many forms as arrays from its
256th query on: :data:`gazetteer.finder.ARRAYS_AFTER`), nor on the order of its names."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, find_places
from gazetteer import finder as finder_module
from gazetteer.finder import Finder
from gazetteer.model import Resolution

# Names many villages bear (in Latin: scored as arrays once the process has them), and a typo
GROUP = ["Ivanivka", "Vesele", "Petrivka", "Novoselivka", "Andriivka", "Mykolaivka", "Ivanovka"]
TEXT = "Russian forces shelled Ivanivka, Vesele and Petrivka. Fighting near Andriivka went on."


def _answers(gz: Gazetteer) -> list[tuple[str, list[tuple[str, float, bool]]]]:
    def shown(r: Resolution) -> tuple[str, list[tuple[str, float, bool]]]:
        return r.status, [(m.entry.code, round(m.score, 6), m.ambiguous) for m in r.candidates]

    alone = [shown(gz.resolve(name)) for name in GROUP]
    group = [shown(r) for r in gz.resolve_many(GROUP)]
    parts = [shown(r) for r in gz.resolve_many(GROUP, parts=[0, 0, 0, 1, 1, 1, 1])]
    backwards = [shown(r) for r in gz.resolve_many(GROUP[::-1])][::-1]
    assert backwards == group  # (the order of the names changes nothing)
    text = [shown(m.resolution) for m in find_places(gz, TEXT)]
    return alone + group + parts + text


def test_answers_are_the_same_scored_one_by_one_or_as_arrays(
    gz: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fresh() -> Finder:
        return Finder(gz.entries, gz.index, gz.seats, gz.population)

    monkeypatch.setattr(finder_module, "ARRAYS_AFTER", 10**9)  # (never as arrays)
    monkeypatch.setattr(gz, "_find", fresh())
    one_by_one = _answers(gz)
    assert gz._finder()._arrays is None
    warm = fresh()
    warm.warm()  # (as a process is after many queries)
    monkeypatch.setattr(gz, "_find", warm)
    assert _answers(gz) == one_by_one
    for name in ("Kharkiv", "Odesa", "Lymany", "Bilyaivka", "Ukrainka") * 20:
        gz.resolve(name)  # (and after other queries)
    assert _answers(gz) == one_by_one
