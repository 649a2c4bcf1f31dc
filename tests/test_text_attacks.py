"""Running text: a noun of attack before a name (обстріл Сум, удар по Сумах, бомбардування
Харкова) says a place follows, even a name of three letters (gazetteer.declension,
gazetteer.borne). Every code is a row of data/katottg.tsv."""

from __future__ import annotations

import pytest
from resolving_asserts import mentions

from gazetteer import Gazetteer, find_places

SUMY = "UA59080270010036634"
KHARKIV = "UA63120270010096107"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Сум: the genitive of Суми, three letters, after a noun of attack or a preposition
        ("Обстріл Сум триває третій день.", "Сум"),
        ("Вночі тривав обстрел Сум.", "Сум"),
        ("Ворог продовжує обстріли Сум.", "Сум"),
        ("Бомбардування Сум не припинялося.", "Сум"),
        ("Колона стоїть біля Сум.", "Сум"),
        ("Евакуаційний потяг вирушив із Сум.", "Сум"),
        # по after a noun of attack: a place, not a person (по Марії)
        ("Росія завдала удару по Сумах.", "Сумах"),
    ],
)
def test_a_noun_of_attack_reads_the_city_after_it(gz: Gazetteer, text: str, name: str) -> None:
    assert mentions(gz, text) == [(name, SUMY)]


def test_a_bombing_of_a_city_is_sure(gz: Gazetteer) -> None:
    (found,) = find_places(gz, "Бомбардування Харкова тривало всю ніч.")
    assert (found.text, found.resolution.status) == ("Харкова", "matched")
    assert found.resolution.best is not None and found.resolution.best.entry.code == KHARKIV


@pytest.mark.parametrize(
    "text",
    [
        # по alone takes persons as often (no village Марія, Миколи); Сум before a capital: a name's
        "Вона скучала по Марії.",
        "Він сумував по Миколі.",
        "Це сума з Сум Банку.",
    ],
)
def test_no_place_without_a_cue_of_attack(gz: Gazetteer, text: str) -> None:
    assert mentions(gz, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a first name after a noun of attack is a person's dative or accusative as often as
        # the genitive of a village named so (the village Марія): as after до, від
        "Під час обстрілу Марії вдалося сховатися в підвалі.",
        "Під час обстрілу Дмитра поранило.",
        "Во время обстрела Марии никто не пострадал.",
    ],
)
def test_a_first_name_after_a_noun_of_attack_is_no_place(gz: Gazetteer, text: str) -> None:
    assert mentions(gz, text) == []


def test_a_city_after_a_noun_of_attack_is_still_read(gz: Gazetteer) -> None:
    assert mentions(gz, "Обстріл Харкова тривав усю ніч.") == [("Харкова", KHARKIV)]
