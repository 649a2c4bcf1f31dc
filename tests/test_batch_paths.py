"""The batch layer's cheap paths (a block's keys, a file read again with its values
remembered) do the work of the plain ones, no more and no less."""

from __future__ import annotations

from test_batch import KYIV, LVIV, Fake

from gazetteer.batch import Normalizer


def test_a_block_hands_on_only_the_keys_it_meets_first(monkeypatch):
    fake = Fake()
    norm = Normalizer(fake)
    asked: list[list[str]] = []
    ensure = norm.ensure
    monkeypatch.setattr(
        norm, "ensure", lambda keys, *a: ensure(asked.append(list(keys)) or asked[-1], *a)
    )
    first = norm.cells("c", ["Kyiv", "zzz", "Kyiv"])
    again = norm.cells("c", ["Kyiv", "Lviv", "zzz", "Lviv"])
    assert asked == [["Kyiv", "zzz"], ["Lviv"]]  # the second block's Kyiv and zzz are known
    assert sorted(fake.calls) == [("Kyiv", None), ("Lviv", None), ("zzz", None)]
    assert [c[0] for c in first + again] == [
        KYIV.code,
        "",
        KYIV.code,
        KYIV.code,
        LVIV.code,
        "",
        LVIV.code,
    ]
    norm.flush()
    assert norm.status["c"] == {"matched": 5, "unmatched": 2}


def test_a_key_counted_before_a_cleared_cache_is_resolved_again(monkeypatch):
    monkeypatch.setattr("gazetteer.batch.CACHE_LIMIT", 1)
    fake = Fake()
    norm = Normalizer(fake)
    norm.cells("c", ["Kyiv", "Lviv"])
    cells = norm.cells("c", ["Kyiv"])  # the cache was full: cleared, and the tally with it
    assert cells[0][0] == KYIV.code
    assert sorted(fake.calls) == [("Kyiv", None), ("Kyiv", None), ("Lviv", None)]
