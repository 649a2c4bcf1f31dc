"""A place's name followed by an acronym in war news (ППО, ЗСУ, БпЛА, КАБами, FPV-дронами,
KABs): the acronym is no part of the name and does not glue the name into a person's."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, find_places
from gazetteer.words import an_acronym

KHARKIV = "UA63120270010096107"
KHERSON = "UA65100150010064384"
SUMY = "UA59080270010036634"
ZAPORIZHZHIA = "UA23060070010069526"


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize(
    ("text", "shown", "code"),
    [
        ("Над Харковом ППО збила дрон", "Харковом", KHARKIV),
        ("Біля Харкова ЗСУ відбили атаку", "Харкова", KHARKIV),
        ("Росіяни вдарили по Запоріжжю КАБами", "Запоріжжю", ZAPORIZHZHIA),
        ("у Херсоні БпЛА атакував авто", "Херсоні", KHERSON),
        ("удари по Сумах КАБами", "Сумах", SUMY),
        ("по Харкову FPV-дронами", "Харкову", KHARKIV),
        ("Russia hit Kharkiv KABs overnight", "Kharkiv", KHARKIV),
    ],
)
def test_a_name_before_an_acronym(gz: Gazetteer, text: str, shown: str, code: str) -> None:
    [mention] = find_places(gz, text)
    assert mention.text == shown
    assert mention.resolution.status == "matched"
    assert mention.resolution.best is not None and mention.resolution.best.entry.code == code


def test_a_plant_and_an_administration_keep_their_acronym(gz: Gazetteer) -> None:
    """АЕС names the plant (Енергодар's), ОВА the oblast's administration: both stay in the
    mention."""
    [plant] = find_places(gz, "На Запорізькій АЕС знову знеструмлення")
    assert plant.text == "Запорізькій АЕС"
    [oblast] = find_places(gz, "Голова Харківської ОВА Олег Синєгубов")
    assert oblast.text == "Харківської ОВА"
    assert oblast.resolution.best is not None and oblast.resolution.best.entry.category == "O"


@pytest.mark.parametrize("word", ["ЗСУ", "ППО", "БпЛА", "КАБами", "FPV-дронами", "KABs", "NATO"])
def test_acronyms(word: str) -> None:
    assert an_acronym(word)


@pytest.mark.parametrize("word", ["Харків", "ДніпроГЕС", "Kharkiv", "А", "Ірпінь-Буча"])
def test_not_acronyms(word: str) -> None:
    assert not an_acronym(word)
