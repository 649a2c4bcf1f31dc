"""The typo path of the name index, checked against a slow scan of every official key."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from gazetteer import NAME_SOURCES, Gazetteer
from gazetteer.index import NameForm, NameIndex
from gazetteer.nearkeys import SHORT_KEY, signature, signatures
from translit import match_key

SETTLEMENTS = frozenset("KMXC")
LETTERS = "abcdefghijklmnoprstuvyz"


@pytest.fixture(scope="module")
def official_keys(gz: Gazetteer) -> list[str]:
    """Every key of an official form of a settlement (typo matches never go to admin units)."""
    index = gz.index
    keys = []
    for key, positions in index.by_key.items():
        for p in positions:
            if index.source_of(p) == "official" and gz.entries[index.entry_of[p]].category in (
                SETTLEMENTS
            ):
                keys.append(key)
                break
    return keys


@pytest.fixture(scope="module")
def names(gz: Gazetteer) -> list[str]:
    return sorted({e.name for e in gz if e.category in SETTLEMENTS and len(e.name) >= 9})


def _edit(name: str, op: int, at: int, letter: str) -> str:
    i = at % len(name)
    if op == 0:  # substitute
        return name[:i] + letter + name[i + 1 :]
    if op == 1:  # delete
        return name[:i] + name[i + 1 :]
    if op == 2:  # insert
        return name[:i] + letter + name[i:]
    j = min(i + 1, len(name) - 1)  # transpose
    return name[:i] + name[j] + name[i] + name[j + 1 :]


def _official_keys_of(gz: Gazetteer, entry_code: str) -> set[str]:
    e = gz.entry(entry_code)
    return {match_key(e.name), match_key(e.name_uk)}


@settings(
    max_examples=50,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    pick=st.integers(min_value=0, max_value=10**9),
    op=st.integers(min_value=0, max_value=3),
    at=st.integers(min_value=0, max_value=40),
    letter=st.sampled_from(LETTERS),
)
def test_typo_path_finds_what_a_full_scan_finds(
    gz: Gazetteer,
    official_keys: list[str],
    names: list[str],
    pick: int,
    op: int,
    at: int,
    letter: str,
) -> None:
    name = names[pick % len(names)]
    query = _edit(name, op, at, letter)
    key = match_key(query)
    near = {k for k, _, _ in process.extract(
        key, official_keys, scorer=fuzz.ratio, score_cutoff=90, limit=None
    )}  # fmt: skip
    assume(near)
    found = gz.lookup(query, sources=["official"], limit=5, min_score=0)
    found_keys = set().union(*(_official_keys_of(gz, m.entry.code) for m in found))
    assert found_keys & near, (name, query, key, sorted(near)[:5])


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("Khreshenivka", "UA65020150080087246"),  # a letter dropped
        ("Khreshchenivak", "UA65020150080087246"),  # letters swapped at the end
        ("Zolota Blaka", "UA65020170040073651"),
        ("Davydiv Bird", "UA65020050120053151"),
        ("Kreminnna", "UA44120030010038707"),
    ],
)
def test_known_typos(gz: Gazetteer, query: str, code: str) -> None:
    found = gz.lookup(query, limit=5)
    assert code in [m.entry.code for m in found]
    assert found[0].kind in {"fuzzy", "variant"}  # the key forgives doubled letters


def test_near_keys_find_two_letters_swapped_in_a_short_keys_middle(gz: Gazetteer) -> None:
    # Yenle for Yelne: the swap changes both the first two and the last three letters
    assert match_key("Yelne") in gz.index.near_keys(match_key("Yenle"))


def test_near_keys_excludes_itself_and_short_keys(gz: Gazetteer) -> None:
    key = match_key("Khreshchenivka")
    near = gz.index.near_keys(key)
    assert key not in near
    assert gz.index.near_keys("abc") == []


def test_small_index() -> None:
    forms = [
        NameForm(0, "Київ", "official"),
        NameForm(0, "Kyiv", "official"),
        NameForm(0, "Киев", "russian", rank=1, note="rule"),
        NameForm(1, "Kyivska", "official"),
        NameForm(2, "Kiev", "exonyms", note="en"),
    ]
    index = NameIndex(forms)
    assert len(index) == 5
    assert len(index.forms) == 5
    assert index.forms[2] == forms[2]
    assert index.form(4).source == "exonyms"
    assert index.source_of(2) == "russian"
    kyiv = index.keyed(match_key("Kyiv"))
    assert 0 in kyiv and 1 in kyiv
    assert index.keyed("nothing") == []
    assert set(NAME_SOURCES) == {"official", "russian", "former", "exonyms"}


def _near_keys_by_scan(keys: list[str], key: str, limit: int = 40) -> list[str]:
    """near_keys as its docstring defines it, by a scan of every key."""
    pool = sorted(
        k
        for k in keys
        if k != key
        and len(k) >= 3
        and abs(len(k) - len(key)) <= 2
        and (
            k[:2] == key[:2]
            or k[-3:] == key[-3:]
            or (len(key) <= SHORT_KEY and sorted(k) == sorted(key))
        )
    )
    cutoff = max(100.0 * (1.0 - 2.5 / len(key)), 60.0)
    found = process.extract(key, pool, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit)
    return [k for k, _, _ in found]


@pytest.mark.parametrize(
    "query",
    ["Khreshenivka", "Zolota Blaka", "Kreminnna", "Lyubymivka", "Ivanivka", "Odesa", "Yenle"],
)
def test_near_keys_agree_with_a_scan(gz: Gazetteer, query: str) -> None:
    key = match_key(query)
    expected = _near_keys_by_scan(list(gz.index.by_key), key)
    assert expected
    assert gz.index.near_keys(key) == expected


def test_keys_survive_the_cache_format() -> None:
    forms = [
        NameForm(0, "Київ", "official"),
        NameForm(1, "Kyivska", "official"),
        NameForm(0, "Kyiv", "official"),
        NameForm(2, "", "official"),  # no key: found by no key
    ]
    index = pickle.loads(pickle.dumps(NameIndex(forms)))
    assert index.by_key == {match_key("Kyiv"): [0, 2], match_key("Kyivska"): [1]}
    assert index.keyed(match_key("Київ")) == [0, 2]
    assert index.keyed("") == []


@given(
    st.text(alphabet="oaiekvnrslHtudbSmpCzxqfgw", max_size=14),
    st.text(alphabet="oaiekvnrslHtudbSmpCzxqfgw", max_size=14),
)
def test_a_signature_difference_never_exceeds_the_edit_distance(a: str, b: str) -> None:
    # What lets near_keys rule keys out before comparing them: no key within the cutoff
    # can be lost (Indel distance: inserts and deletes, as fuzz.ratio counts them).
    differing = bin(signature(a) ^ signature(b)).count("1")
    assert differing <= Indel.distance(a, b)


@given(st.lists(st.text(alphabet="oaiekvnrslHtudbSmpCzxqfgw0123456789", max_size=40), max_size=8))
def test_signatures_of_many_keys_are_each_keys_signature(keys: list[str]) -> None:
    assert signatures(keys) == [signature(k) for k in keys]
    assert signatures(["ж", *keys]) == [signature("ж"), *map(signature, keys)]  # not ASCII


def test_near_keys_kept_are_the_near_keys_found(gz: Gazetteer) -> None:
    """The typo index keeps its answers per key and limit: asked again, the same keys; a
    caller's changes to the list it got are not kept; the answers are not stored on disk."""
    near = gz.index.typo_index()
    key = match_key("Khreshenivka")
    first = near.near(key, 40)
    assert match_key("Khreshchenivka") in first and len(first) > 3
    first.clear()
    assert near.near(key, 40) == near._near(key, 40) != []
    assert near.near(key, 3) == near._near(key, 40)[:3]  # the limit is part of what is kept
    assert "_memo" not in near.__getstate__()
    again = pickle.loads(pickle.dumps(near))
    assert again.near(key, 40) == near.near(key, 40)
