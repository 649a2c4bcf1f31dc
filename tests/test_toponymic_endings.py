"""A one-word name mid-sentence with an ending only places' names have is a place (the
neuter adjectives -ne, -ske, -oke, -nie, -iache; -inka, -enka), and names of people or
English words that end alike are not (Milne, Horne, Anne; Залужного)."""

from __future__ import annotations

import pytest
from resolving_asserts import named_mentions

from gazetteer import Gazetteer


@pytest.mark.parametrize(
    ("text", "name_uk"),
    [
        # no preposition, no verb of war beside them: the ending alone says so
        ("The drone attack left Sadybne without power.", "Садибне"),
        ("The drone attack left Raiske without power.", "Райське"),
        ("The drone attack left Hlyboke without power.", "Глибоке"),
        ("The drone attack left Dalnie without power.", "Дальнє"),
        ("The drone attack left Holinka without power.", "Голінка"),
        ("The drone attack left Yaroslavka without power.", "Ярославка"),
        ("Атака залишила Красне без світла.", "Красне"),
    ],
)
def test_a_place_ending_says_place(gz: Gazetteer, text: str, name_uk: str):
    assert [m[1] for m in named_mentions(gz, text)] == [name_uk]


def test_the_only_village_of_its_name(gz: Gazetteer):
    # Лютенька, Poltava oblast: the only place so named
    assert named_mentions(gz, "The drone attack left Liutenka without power.") == [
        ("Liutenka", "Лютенька", "UA53060210010056848")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # villages bear these names too (Мильне, Чорне, Залужне), people more often
        "Officials met Milne on Monday.",
        "Officials met Horne on Monday.",
        "Officials thanked Anne and her husband.",
        "Президент відзначив Залужного нагородою.",
    ],
)
def test_a_name_that_ends_alike_is_no_place(gz: Gazetteer, text: str):
    assert named_mentions(gz, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a surname in -енко in the accusative or genitive: villages Руденка, Москаленка,
        # Остапенка, Кузьменка, Науменка, Ярошенка bear these forms, people more often
        "Суд заарештував Москаленка вчора.",
        "Ми бачили Остапенка і Кузьменка вчора.",
        "Депутати підтримали Науменка та Руденка.",
        "Міністр нагородив Ярошенка орденом.",
    ],
)
def test_a_surname_declined_in_enka_is_no_place(gz: Gazetteer, text: str):
    assert named_mentions(gz, text) == []


@pytest.mark.parametrize(
    ("text", "name_uk"),
    [
        # the names of feasts a village is named after end so, and no surname's case does
        ("Атака залишила Преображенку без світла.", "Преображенка"),
        ("Атака залишила Воскресенку без світла.", "Воскресенка"),
        ("Атака залишила Благовіщенку без світла.", "Благовіщенка"),
        ("Атака залишила Новоявленку без світла.", "Новоявленка"),
    ],
)
def test_a_feast_village_in_enka_is_a_place(gz: Gazetteer, text: str, name_uk: str):
    assert [m[1] for m in named_mentions(gz, text)] == [name_uk]
