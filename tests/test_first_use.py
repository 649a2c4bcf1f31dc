"""Tables a process makes at its first queries: kept in the disk cache, or read in arrays.

Each normalize worker made them again: the old raions' tables (a tenth of a second and more
each) are read back from the disk cache, and the keys and positions of a set of entries'
forms are found in array operations, as a loop over every form would find them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer import Gazetteer, model, storage
from gazetteer.oldraions import raions_of_seat
from translit import match_key

KYIV = "UA80000000000093317"
BERYSLAV_RAION = "UA65020000000032929"


class _Entries(list):  # type: ignore[type-arg]
    """Entries that say what they were built from, as the embedded gazetteer's do."""

    cache_key = "built-from-these-inputs"


def test_a_stored_table_is_read_back_not_made_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(storage.CACHE_ENV, str(tmp_path))
    entries, made = _Entries(), []

    def make() -> dict[str, int]:
        made.append(1)
        return {"stem": len(made)}

    assert model.derived(entries, "some table", make, stored_by=__file__) == {"stem": 1}
    assert (tmp_path / "katottg-some-table.pickle").is_file()
    model._DERIVED.clear()  # (as a new process)
    assert model.derived(entries, "some table", make, stored_by=__file__) == {"stem": 1}
    assert len(made) == 1  # read from the disk, not made
    model._DERIVED.clear()
    other = _Entries()
    other.cache_key = "other-inputs"
    assert model.derived(other, "some table", make, stored_by=__file__) == {"stem": 2}
    model._DERIVED.clear()
    assert model.derived([], "some table", make, stored_by=__file__) == {"stem": 3}  # no key
    model._DERIVED.clear()


def test_the_old_raions_table_read_back_is_the_one_made(
    gz: Gazetteer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(storage.CACHE_ENV, str(tmp_path))
    assert isinstance(getattr(gz.entries, "cache_key", None), str)
    saved = dict(model._DERIVED)
    try:
        stem = match_key("Великоолександрівський")[:-3]  # Велика Олександрівка's raion
        for _ in range(2):  # made (and stored), then read back from the disk
            model._DERIVED.clear()
            assert raions_of_seat(gz.entries, stem) == (BERYSLAV_RAION,)
        assert (tmp_path / "katottg-raion-seats.pickle").is_file()
    finally:
        model._DERIVED.clear()
        model._DERIVED.update(saved)


def test_keys_and_positions_of_entries_are_those_of_their_forms(gz: Gazetteer) -> None:
    index = gz.index
    kyiv = next(i for i, e in enumerate(gz.entries) if e.code == KYIV)
    entries = frozenset({kyiv, kyiv + 1, 7, 1000, len(gz) - 1})
    positions = index.positions_of(entries)
    assert positions == [p for p in range(len(index)) if index.entry_of[p] in entries]
    assert "Київ" in [index.text_of[p] for p in positions if index.entry_of[p] == kyiv]
    keys = index.keys_of(entries)
    assert keys == frozenset(match_key(index.text_of[p]) for p in positions)
    assert {match_key("Kyiv"), match_key("Київ")} <= keys
    assert index.keys_of(frozenset()) == frozenset() and index.positions_of(()) == []


def test_the_index_cache_key_reads_every_module_that_builds_it() -> None:
    # the cached index is made by katottg.py and what it imports: a module among them that
    # the key does not read would leave a stale cache when it changes (rank.py's fold,
    # which makes the forms' spellings, had been one)
    import ast

    from gazetteer import katottg

    here = Path(katottg.__file__).parent
    known = set(katottg.BUILT_BY) | set(katottg.NOT_BUILDING)
    reached, todo = set(), ["katottg.py"]
    while todo:
        name = todo.pop()
        reached.add(name)
        if name in katottg.NOT_BUILDING:
            continue
        tree = ast.parse((here / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
                module = node.module.split(".")[0] + ".py"
                if module not in reached:
                    todo.append(module)
    assert reached <= known, sorted(reached - known)
    assert set(katottg.BUILT_BY) <= reached  # (no module read that builds nothing)
