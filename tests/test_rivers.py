"""A river named like a city (Дніпро, Десна) is the river after a word that says so: a bank,
its bed or mouth, along it, crossing it; elsewhere the city stays."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, find_places
from gazetteer.rivers import a_river, river_meant

DNIPRO_CITY = "UA12020010010037010"
KRYNKY = "UA65100110040070147"


def _found(gz: Gazetteer, text: str) -> dict[str, str]:
    return {
        m.text: m.resolution.best.entry.code for m in find_places(gz, text) if m.resolution.best
    }


@pytest.mark.parametrize(
    "text",
    [
        "Русло Дніпра обміліло після підриву греблі.",
        "Уздовж Дніпра тягнуться укріплення.",
        "Війська переправилися через Дніпро.",
        "Зруйновано міст через Дніпро.",
        "Гирло Десни замулене.",
        "Вдоль Днепра идут бои.",
        "Русло Днепра обмелело.",
        "Вода заливає береги Дніпра.",
    ],
)
def test_a_river_a_word_says_is_no_place(gz: Gazetteer, text: str) -> None:
    assert _found(gz, text) == {}


def test_forcing_the_river_keeps_the_village_beside_it(gz: Gazetteer) -> None:
    assert _found(gz, "ЗСУ форсували Дніпро біля Кринок.") == {"Кринок": KRYNKY}


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Ми їхали через Дніпро до Запоріжжя.", "Дніпро"),  # through the city, perhaps
        ("Вибухи пролунали у Дніпрі.", "Дніпрі"),
        ("Missile strike on Dnipro killed five.", "Dnipro"),
    ],
)
def test_the_city_stays_where_no_word_says_the_river(gz: Gazetteer, text: str, span: str) -> None:
    assert _found(gz, text)[span] == DNIPRO_CITY


def test_river_meant_reads_the_word_before_a_crossing() -> None:
    assert river_meant("через", "Зруйновано міст через ", "Дніпро", ".")
    assert not river_meant("через", "Ми їхали через ", "Дніпро", " до")
    assert river_meant("русло", "", "Десни", "")
    assert not river_meant("русло", "", "Київ", "")  # no river's name
    assert not river_meant(None, "", "Дніпро", "")


def test_a_city_adjective_is_no_river() -> None:
    assert a_river("Дніпра")
    assert not a_river("Dnipro", "-based hub")
