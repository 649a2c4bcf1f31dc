"""People's names in Ukrainian and Russian running text that villages bear too (Марія,
Петрів, Іванів, Попово, Верхівня) are no places; a town named like a surname (Макаров:
Макарів) is one when war news says its state. Codes are rows of data/katottg.tsv."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, find_places
from gazetteer.words import FIRST_NAMES

MAKARIV = "UA32080190010023112"  # Макарів, Kyiv oblast (Russian Макаров)
POLTAVA = "UA53080370010073240"  # Полтава
KYIV = "UA80000000000093317"  # Київ
UZHHOROD = "UA21100190010033218"  # Ужгород


def _names(gz: Gazetteer, text: str) -> list[str]:
    return [m.resolution.best.entry.name_uk for m in find_places(gz, text) if m.resolution.best]


@pytest.mark.parametrize(
    "text",
    [
        # a woman's first name in -ія in the genitive (-ії) after до, від: the selyshche
        # Марія (Luhansk oblast), the village Наталія had been answered
        "Ми поїхали до Марії на вихідні.",
        "Лист від Наталії прийшов учора.",
        # in the accusative after на, про: Марію, Миколу
        "Ми чекали на Марію.",
        "Він розповів про Миколу.",
        # a woman's surname in -ова in the instrumental after з, с: the village Петрове
        "Ковальова тренується з Петровою.",
        "Она встретилась с Ивановой.",
        # a woman's first name in -ія in the instrumental (-ією) after з: the selyshche
        # Марія and the village Наталія had been answered, sure
        "Він зустрівся з Марією.",
        "Він працював з Наталією.",
    ],
)
def test_a_persons_case_after_a_preposition_is_no_place(gz: Gazetteer, text: str) -> None:
    assert find_places(gz, text) == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # women's surnames in -ова read as the genitive of Петрів, Іванів, Попово
        ("Петрова и Иванова приехали в Киев.", ["Київ"]),
        ("Маркова і Попова взяли участь у марафоні в Ужгороді.", ["Ужгород"]),
        # after a first name (Ганна, Олександра) a surname is the person's
        ("Ганна Петрова виграла чемпіонат України.", []),
        ("Олександра Ковальова посіла друге місце.", []),
        # the parliament (Верховна Рада), not the village Верхівня
        ("Депутат подала законопроект до Верховної Ради.", []),
        ("Законопроект внесли в Верховную Раду.", []),
        # Дубай's Russian locative, not the village Дуба
        ("Медведева выступит на турнире в Дубае.", []),
    ],
)
def test_surnames_and_bodies_are_no_places(gz: Gazetteer, text: str, places: list[str]) -> None:
    assert _names(gz, text) == places


@pytest.mark.parametrize("name", ["Мар’яна", "Марʼяна", "Мар'яна", "В’ячеслав"])
def test_a_first_name_is_known_in_any_apostrophe(name: str) -> None:
    assert name.lower() in FIRST_NAMES


def test_a_first_names_accusative_with_a_typographic_apostrophe_is_a_person(
    gz: Gazetteer,
) -> None:
    # (Мар’яну: the first name Мар’яна whichever apostrophe text writes)
    assert find_places(gz, "Ми чекали на Мар’яну біля Полтави.")[0].text == "Полтави"
    assert len(find_places(gz, "Ми чекали на Мар’яну біля Полтави.")) == 1


@pytest.mark.parametrize(
    "text",
    ["Макаров под обстрелом.", "Макаров снова под обстрелом, сообщили власти.",
     "Макаров обесточен после удара."],
)  # fmt: skip
def test_a_town_named_like_a_surname_under_shelling_is_the_town(gz: Gazetteer, text: str) -> None:
    assert [m.resolution.best.entry.code for m in find_places(gz, text)] == [MAKARIV]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "Петров оказался под обстрелом.",  # a person's lot
        "Сидоров под ударом.",  # under attack: figuratively a person
        "Петров под обстрелом критики.",  # fire that goes on: of criticism
        "Петрова заявила, что переговоры продолжаются.",
        "Иванова рассказала журналистам о ситуации.",
        "Петров освобожден из-под стражи.",
    ],
)
def test_a_surname_opening_a_sentence_stays_a_person(gz: Gazetteer, text: str) -> None:
    assert find_places(gz, text) == []
