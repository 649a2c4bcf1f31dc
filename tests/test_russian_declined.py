"""Russian place names declined after a preposition: the е a masculine in -ец drops (в
Кременце, из Каменца-Подольского) and a name of two declined words joined by a hyphen. Every
code below is a row of data/katottg.tsv; the Russian names are those of Russian usage
(Кременец, Каменец-Подольский, Марганец, Дунаец)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, find_places
from gazetteer.declension import nominatives

KREMENETS = "UA61020070010067494"  # M Кременець, Kremenetskyi raion, Ternopil oblast
KAMIANETS_PODILSKYI = "UA68020110010097898"  # M Кам’янець-Подільський, Khmelnytskyi oblast
MARHANETS = "UA12080010010085669"  # M Марганець, Nikopolskyi raion, Dnipropetrovsk oblast
DUNAIETS = {"UA46100010040070211", "UA59100030080067934"}  # C Дунаєць, Lviv and Sumy oblasts
KAMIANETS_SELYSHCHE = "UA35040230010012861"  # X Кам’янець, Kirovohrad oblast


@pytest.mark.parametrize(
    ("declined", "nominative"),
    [
        ("Кременце", "Кременец"),  # в Кременце
        ("Кременца", "Кременец"),  # из Кременца
        ("Кременцу", "Кременец"),  # к Кременцу
        ("Кременцом", "Кременец"),  # под Кременцом
        ("Дунайца", "Дунаец"),  # й after a vowel: Дунаец, из Дунайца
        ("Сельце", "Селец"),  # ь after л: Селец, в Сельце
        ("Каменце-Подольском", "Каменец-Подольский"),
    ],
)
def test_the_fleeting_e_of_a_russian_name_in_ets_is_put_back(
    declined: str, nominative: str
) -> None:
    assert nominative in nominatives(declined)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("в Кременце", KREMENETS),
        ("из Кременца", KREMENETS),
        ("под Кременцом", KREMENETS),
        ("в Марганце", MARHANETS),
        ("в Каменце-Подольском", KAMIANETS_PODILSKYI),
        ("из Каменца-Подольского", KAMIANETS_PODILSKYI),
        ("под Каменцем-Подольским", KAMIANETS_PODILSKYI),
        ("к Каменцу-Подольскому", KAMIANETS_PODILSKYI),
    ],
)
def test_a_russian_name_in_ets_declined_is_its_town(gz: Gazetteer, text: str, code: str) -> None:
    # (в Кременце had been a typo's reading, unsure at 89; в Каменце-Подольском no place)
    resolution = gz.resolve(text)
    assert resolution.best is not None and resolution.best.entry.code == code
    assert resolution.status == "matched"


def test_a_name_two_villages_bear_stays_unsure(gz: Gazetteer) -> None:
    resolution = gz.resolve("в Дунайце")
    assert resolution.status == "ambiguous"
    assert {m.entry.code for m in resolution.candidates[:2]} == DUNAIETS


def test_a_city_named_by_its_first_word_alone_stays_unsure(gz: Gazetteer) -> None:
    # Каменец is the selyshche Кам’янець's Russian name and Кам’янець-Подільський's cut
    resolution = gz.resolve("в Каменце")
    assert resolution.status == "ambiguous"
    codes = {m.entry.code for m in resolution.candidates[:2]}
    assert codes == {KAMIANETS_SELYSHCHE, KAMIANETS_PODILSKYI}


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("Обстрел в Каменце-Подольском.", "Каменце-Подольском", KAMIANETS_PODILSKYI),
        ("Из Каменца-Подольского выехали автобусы.", "Каменца-Подольского", KAMIANETS_PODILSKYI),
        ("Ночью взрывы в Кременце.", "Кременце", KREMENETS),
    ],
)
def test_in_running_text(gz: Gazetteer, text: str, span: str, code: str) -> None:
    mentions = find_places(gz, text)
    assert [m.text for m in mentions] == [span]
    best = mentions[0].resolution.best
    assert best is not None and best.entry.code == code
    assert mentions[0].resolution.status == "matched"
