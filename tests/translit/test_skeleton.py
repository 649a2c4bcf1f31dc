"""consonant_skeleton: names from scripts that drop or insert vowels."""

from __future__ import annotations

import pytest

from translit import consonant_skeleton, is_pinyin


@pytest.mark.parametrize(
    ("name", "other"),
    [
        ("Kremenchuk", "クレメンチューク"),  # katakana inserts vowels after consonants
        ("Kremenchuk", "كريمينتشوك"),  # Arabic writes few vowels, and ч as تش
        ("Kremenchuk", "קרמנצ׳וק"),  # Hebrew writes ч as צ׳
        ("Avdiivka", "אבדייבקה"),  # Hebrew
        ("Луганськ", "루한시크"),  # Hangul, with l/r and vowels inserted
        ("Lviv", "לבוב"),  # Hebrew vav as the vowel o
        ("Odesa", "أوديسا"),  # Arabic waw as the vowel o
        ("Kharkiv", "Харків"),
        ("Kharkiv", "ハルキウ"),  # katakana: a syllable's closing в is written ウ
        ("Kyiv", "キーウ"),  # ...after a long vowel too
        ("Rivne", "リウネ"),
        ("Avdiivka", "アウディーイウカ"),
        ("Zhytomyr", "ジトームィル"),  # ジ writes ж
        ("Vasylkiv", "瓦西里基夫"),  # Chinese: 基 ji is ки, 西 xi си
        ("Zhytomyr", "日托米尔"),  # 日 ri is жи, 尔 er a closing р
        ("Chernihiv", "切尔尼戈夫"),  # 切 qie is че
        ("Vasylkiv", "wa xi li ji fu"),  # the same, already in pinyin
        ("Rivne", "리우네"),  # Korean writes a closing в as 우
        ("Uzhhorod", "우주호로드"),  # ...and ж as ㅈ (romanised j)
    ],
)
def test_a_name_and_its_foreign_writing_share_a_skeleton(name: str, other: str) -> None:
    assert consonant_skeleton(name) == consonant_skeleton(other)


def test_the_skeleton_keeps_consonant_classes_in_order() -> None:
    assert consonant_skeleton("Kremenchuk") == "krmnk"
    assert consonant_skeleton("Kharkiv") != consonant_skeleton("Kherson")


def test_a_katakana_u_after_the_u_row_lengthens_the_vowel() -> None:
    # ウ after ク (or at the start) is the vowel u, not в.
    assert consonant_skeleton("クウ") == consonant_skeleton("ku")
    assert consonant_skeleton("ウクライナ") == consonant_skeleton("Ukraina")


@pytest.mark.parametrize(
    ("text", "pinyin"),
    [("lu gan si ke", True), ("sa ji", True), ("Nova Kakhovka", False), ("Sai", False),
     ("Bila Tserkva", False), ("Kyiv", False), ("Ma Li", True), ("瓦西里", False)],
)  # fmt: skip
def test_pinyin_is_told_by_every_word_being_a_syllable(text: str, pinyin: bool) -> None:
    assert is_pinyin(text) is pinyin


def test_a_hebrew_double_vav_is_a_v() -> None:
    assert consonant_skeleton("וווו") == consonant_skeleton("v")


def test_not_a_string() -> None:
    with pytest.raises(TypeError, match="expects a str"):
        consonant_skeleton(None)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   ", "aeiou", "😀"])
def test_no_consonants_no_skeleton(text: str) -> None:
    assert consonant_skeleton(text) == ""
