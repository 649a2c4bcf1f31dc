"""The letter-table fast path (translit.fast) against ICU, the reference it stands in for."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translit import standards, transliterate
from translit.fast import APOSTROPHES, LETTERS, SEPARATORS, UKRAINIAN
from translit.standards import _REGISTRY, _fast_table, _slow, _state, clear_caches

UKRAINIAN_STANDARDS = ["kmu2010", "bgn", "iso9", "scholarly", "alalc", "ascii"]
WITH_TABLE = [name for name in standards() if _REGISTRY[name].fast]


def agrees(standard: str, text: str) -> bool:
    """The fast path declines ``text`` or writes it as ICU does."""
    fast = _fast_table(standard)
    assert fast is not None
    found = fast(text)
    return found is None or found == _slow(text, _REGISTRY[standard])


# Words as names have them: lower case, or with a capital first; now and then an
# apostrophe between letters; joined by spaces, hyphens and other separators.
small_word = st.text(alphabet=LETTERS, min_size=1, max_size=8)
word = st.one_of(
    small_word,
    small_word.map(str.capitalize),
    small_word.map(str.upper),
    st.builds(
        lambda a, mark, b: a + mark + b,
        small_word.map(str.capitalize),
        st.sampled_from(APOSTROPHES),
        small_word,
    ),
    st.builds(
        lambda a, mark, b: a + mark + b, small_word, st.sampled_from(APOSTROPHES), small_word
    ),
)
name = st.builds(
    lambda first, rest: first + "".join(sep + w for sep, w in rest),
    word,
    st.lists(st.tuples(st.sampled_from([" ", "-", " ", *SEPARATORS]), word), max_size=3),
)
caps_name = name.map(str.upper)
# Anything near that shape: letters of both cases, apostrophes, separators, Latin.
jumble = st.text(
    alphabet=st.sampled_from(LETTERS + LETTERS.upper() + APOSTROPHES + " -.1(ab'Z"), max_size=16
)


@pytest.mark.parametrize("standard", WITH_TABLE)
# No deadline: the first example may build the standard's table (up to ~0.3 s).
@settings(max_examples=300, deadline=None)
@given(text=st.one_of(name, caps_name, jumble))
def test_fast_path_agrees_with_icu(standard: str, text: str) -> None:
    assert agrees(standard, text)


@pytest.mark.parametrize("standard", UKRAINIAN_STANDARDS)
def test_every_three_letters_agree_with_icu(standard: str) -> None:
    # The rules look at most one letter either side of a letter or a pair of letters, so
    # every window of three letters, at the start of a word, inside one and at its end, in
    # small letters and in capitals, covers them.
    letters = UKRAINIAN + "’"
    for a, b, c in itertools.product(letters, repeat=3):
        three, caps = a + b + c, (a + b + c).upper()
        for text in (three, "а" + three + "а", " " + three.capitalize() + "а", "а" + three):
            assert agrees(standard, text), text
        for text in (caps, "А" + caps + "А", "А" + caps + " А"):
            assert agrees(standard, text), text


@pytest.mark.parametrize("standard", UKRAINIAN_STANDARDS)
@pytest.mark.parametrize(
    "text",
    [
        "Любимівка",
        "Кам’янка-Дніпровська",  # apostrophe, hyphen, a capital after it
        "Глибокий Яр",  # a word-initial я
        "Згурівка",  # KMU's зг, BGN's z·h
        "Братське",  # BGN's t·s
        "Жовті Води",  # capitals written with two letters before small letters
        "Щастя",
        "Ізюм",
        "Ясинувата",
        "с. Юрівка",
        "Нью-Йорк",
    ],
)
def test_ordinary_names_take_the_fast_path(standard: str, text: str) -> None:
    fast = _fast_table(standard)
    assert fast is not None
    assert fast(text) == _slow(text, _REGISTRY[standard])


@pytest.mark.parametrize("standard", UKRAINIAN_STANDARDS)
@pytest.mark.parametrize("text", ["ЩЕрбухи", "Я", "ЖОВТІ Води", "Київ1Ж", "Kyiv Київ", "ЗА Ж"])
def test_other_shapes_go_to_icu(standard: str, text: str) -> None:
    fast = _fast_table(standard)
    assert fast is not None
    assert fast(text) is None


@pytest.mark.parametrize("standard", ["kmu2010", "bgn", "iso9", "ascii"])
@pytest.mark.parametrize(
    ("text", "kmu2010"),
    [("ЩЕРБУХИ", "SHCHERBUKHY"), ("П’ЯТИХАТКИ", "PIATYKHATKY"), ("ЗГУРІВКА", "ZGHURIVKA")],
)
def test_all_caps_takes_the_fast_path(standard: str, text: str, kmu2010: str) -> None:
    fast = _fast_table(standard)
    assert fast is not None and fast.upper is not None
    assert fast(text) == _slow(text, _REGISTRY[standard])
    if standard in ("kmu2010", "ascii"):
        assert fast(text) == kmu2010


@pytest.mark.parametrize("standard", ["scholarly", "alalc"])
def test_no_all_caps_table_where_a_capitals_case_looks_both_ways(standard: str) -> None:
    # ЬЇ at the end of a word: ь is a prime, not a capital, so ICU writes Ї as Ji, not JI.
    fast = _fast_table(standard)
    assert fast is not None and fast.upper is None
    assert fast("СЬЇ") is None


@pytest.mark.parametrize("standard", ["ascii", "ru-ascii"])
@settings(deadline=None)  # the table is built after a few dozen examples
@given(text=name)
def test_ascii_standards_give_ascii_on_any_cyrillic(standard: str, text: str) -> None:
    assert transliterate(text, standard).isascii()


def test_russian_bgn_has_no_table() -> None:
    # Its second pass reads what the first one wrote; the letter probes cannot see that.
    assert _fast_table("ru-bgn") is None
    assert _fast_table("ru-ascii") is None
    assert transliterate("Подъезд", "ru-bgn") == "Podʺyezd"


def test_memo_is_bounded_and_cleared(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    module = importlib.import_module("translit.standards")
    monkeypatch.setattr(module, "_MEMO_SIZE", 8)
    clear_caches()
    for i in range(50):
        assert transliterate("Київ" + "і" * (i % 20), "bgn").startswith("Kyyiv")
        assert len(_state["bgn"][0]) <= 8
    clear_caches()
    assert not _state


def test_a_string_subclass_is_romanised_as_its_text() -> None:
    class Name(str):
        pass

    assert transliterate(Name("Київ")) == "Kyiv"
    assert transliterate(Name("Київ")).__class__ is str


def test_the_table_is_built_once_a_standard_is_in_use() -> None:
    import importlib

    module = importlib.import_module("translit.standards")
    clear_caches()
    assert transliterate("Київ", "alalc") == "Kyïv"
    assert "alalc" not in module._fast  # one call does not pay for building it
    words = [f"Київ {i}" for i in range(module._WARM_UP + 2)]
    assert [transliterate(w, "alalc") for w in words] == [f"Kyïv {i}" for i in range(len(words))]
    assert module._fast["alalc"] is not None
    assert _state["alalc"][1] is module._fast["alalc"].convert


@pytest.mark.parametrize("standard", ["ru-bgn", "ru-ascii"])
def test_russian_bgn_table_alone_where_the_case_passes_change_nothing(standard: str) -> None:
    # Russian BGN (and ASCII, built on it) takes its table alone (no case passes) on text
    # where each capital is followed by a small letter other than э ы: every capital before
    # every such letter and every third character, at a word's start and inside one, must
    # come out as the whole transform writes it; text outside that shape must not be taken.
    from translit.reference import finish, transform, transform_for

    ascii = standard == "ru-ascii"
    whole, alone = transform(standard), transform_for(standard, "Жуков")
    assert alone is not whole
    assert transform_for(standard, "Жэка") is whole
    assert transform_for(standard, "ЖУКОВ") is whole
    assert transform_for(standard, "Ж.") is whole
    assert transform_for(standard, "Ж\u0301уков") is whole
    cyrillic = [chr(code) for code in range(0x400, 0x460)]
    capitals, small = cyrillic[:0x30], cyrillic[0x30:]
    third = cyrillic + list(APOSTROPHES) + [" ", "-", ".", ""]
    taken = 0
    for before in ("", " ", "а", "’"):
        for capital, second in itertools.product(capitals, small):
            texts = [before + capital + second + ch for ch in third]
            for text in texts:
                if transform_for(standard, text) is alone:
                    taken += 1
                    assert finish(alone.transliterate(text), ascii) == finish(
                        whole.transliterate(text), ascii
                    ), text
    assert taken > 400_000  # of 4 places x 48 capitals x 48 small letters x 104 thirds
