"""Three gaps in running text: a name after a word of bordering and з/с "with" is a place
though "with" takes a person's instrumental as often (Жовква межує з Равою); a pair after
між whose one name is a town shares it with the other (Бої між Равою та Жовквою), not with a
person's name (між Климцем та Києвом); an English sender in a surname's shape is a person (a
letter from Klymets), as the Ukrainian one is (Лист від Климця). Every code is a row of
data/katottg.tsv."""

from __future__ import annotations

import pytest
from resolving_asserts import sure_mentions

from gazetteer import Gazetteer, find_places

RAVA_RUSKA = "UA46060390010035472"  # the city Рава-Руська, Lviv oblast
ZHOVKVA = "UA46060130010043364"  # the city Жовква, Lviv oblast
ZHOVKIVSKA = "UA46060130000059055"  # the Жовківська hromada
KLYMETS = "UA46100090080057015"  # the village Климець, Lviv oblast: the only one
OPAKA = "UA46020070150068087"  # the village Опака, Drohobych raion: the only one
KYIV = "UA80000000000093317"  # the capital
IRPIN = "UA32080150010049888"  # the city Ірпінь, Kyiv oblast
KHARKIV = "UA63120270010096107"  # the city Харків


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Громада межує з Равою.", "Равою"),
        ("Громада межує із Равою.", "Равою"),
        ("Громада має межувати з Равою.", "Равою"),
        ("Громада граничить з Равою.", "Равою"),
        ("Громада граничит с Равой.", "Равой"),
        ("Громада сусідить з Равою.", "Равою"),
        ("Громада лежить на межі з Равою.", "Равою"),
        ("Поле тягнеться вздовж кордону з Равою.", "Равою"),
        ("Громаду об'єднали з Равою.", "Равою"),
        ("The hromada borders Rava.", "Rava"),
        ("The hromada bordering Rava was shelled.", "Rava"),
        ("The hromada borders with Rava.", "Rava"),
    ],
)
def test_a_cut_city_after_a_word_of_bordering_is_read(
    gz: Gazetteer, text: str, written: str
) -> None:
    # (after з alone, Поговорили з Равою, Рава is a surname as often: no place)
    assert sure_mentions(gz, text) == [(written, RAVA_RUSKA, "matched")]


def test_both_towns_of_a_border_are_read(gz: Gazetteer) -> None:
    assert sure_mentions(gz, "Жовква межує з Равою.") == [
        ("Жовква", ZHOVKVA, "matched"),
        ("Равою", RAVA_RUSKA, "matched"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Громада межує з Климцем.",
        "Жовківська громада межує з Климцем.",
        "Громаду об'єднали з Климцем.",
    ],
)
def test_a_village_after_a_word_of_bordering_is_read(gz: Gazetteer, text: str) -> None:
    # (Климцем is a surname's instrumental as well: з Климцем alone is "with Klymets")
    assert ("Климцем", KLYMETS, "matched") in sure_mentions(gz, text)


@pytest.mark.parametrize(
    "text",
    [
        "Поговорили з Равою.",
        "Поговорили з Климцем.",
        "Він об'єднався з Климцем.",  # joined forces with a person
        "Ми сусіди з Климцем.",  # neighbours with a person
        "Вони перетнули кордон з Климцем.",  # crossed the border with a person
        "They crossed borders with Klymets.",
    ],
)
def test_with_a_person_is_still_no_place(gz: Gazetteer, text: str) -> None:
    assert find_places(gz, text) == []


def test_between_a_cut_city_and_a_town_both_are_read(gz: Gazetteer) -> None:
    assert sure_mentions(gz, "Бої між Равою та Жовквою.") == [
        ("Равою", RAVA_RUSKA, "matched"),
        ("Жовквою", ZHOVKVA, "matched"),
    ]
    assert sure_mentions(gz, "Бои между Равой и Жовквой.") == [
        ("Равой", RAVA_RUSKA, "matched"),
        ("Жовквой", ZHOVKVA, "matched"),
    ]


def test_between_a_sure_village_and_a_town_both_are_read(gz: Gazetteer) -> None:
    # (Опака lies in another raion than Жовква: the raion said nothing of it)
    assert sure_mentions(gz, "Бої між Опакою та Жовквою.") == [
        ("Опакою", OPAKA, "matched"),
        ("Жовквою", ZHOVKVA, "matched"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Переговори між Климцем та Києвом.",
        "Переговори між Києвом та Климцем.",
        "Розмова між Петровим та Києвом.",
    ],
)
def test_between_a_person_and_a_town_only_the_town_is_read(gz: Gazetteer, text: str) -> None:
    # (Климцем, Петровим: a surname's instrumental, though a village is named Климець)
    assert sure_mentions(gz, text) == [("Києвом", KYIV, "matched")]


@pytest.mark.parametrize(
    "text",
    [
        "Зустріч між Зеленським та Путіним.",
        "Суперечка між Климцем і Петровим.",
        "Бої між Опакою та Равою.",  # no town by its own name: між says nothing
    ],
)
def test_between_two_without_a_town_neither_is_made_a_place(gz: Gazetteer, text: str) -> None:
    assert find_places(gz, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "a letter from Klymets",
        "He got a letter from Klymets yesterday.",
        "She took a phone call from Klymets.",
        "Messages from Klymets arrived.",
    ],
)
def test_an_english_sender_is_no_place(gz: Gazetteer, text: str) -> None:
    # (the village Климець's name; Лист від Климця reads no place either)
    assert find_places(gz, text) == []
    assert find_places(gz, "Лист від Климця.") == []


@pytest.mark.parametrize(
    ("text", "written", "code"),
    [
        ("a letter from Kharkiv", "Kharkiv", KHARKIV),
        ("a letter from Irpin", "Irpin", IRPIN),  # a city's own name in a surname's shape
        ("Shelling hit Klymets.", "Klymets", KLYMETS),
        ("He lives in Klymets.", "Klymets", KLYMETS),
        ("A letter from Klymets village arrived.", "Klymets", KLYMETS),
        ("A letter from Klymets, Lviv Oblast, arrived.", "Klymets", KLYMETS),
    ],
)
def test_a_city_sends_and_a_village_elsewhere_is_read(
    gz: Gazetteer, text: str, written: str, code: str
) -> None:
    assert sure_mentions(gz, text)[0] == (written, code, "matched")
