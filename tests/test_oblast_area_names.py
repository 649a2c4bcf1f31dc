"""An oblast's area name in running text (атакували Харківщину, Харківщина під обстрілом)
is the oblast, sure, though a village of Sumy oblast is named Харківщина: a settlement word
or the village's oblast beside it still names the village, and another place of its oblast
in the text leaves the name unsure. Codes are rows of data/katottg.tsv."""

from __future__ import annotations

import pytest
from resolving_asserts import sure_mentions

from gazetteer import Gazetteer

KHARKIV_OBLAST = "UA63000000000041885"  # Харківська область
SUMY_OBLAST = "UA59000000000057109"  # Сумська область
DONETSK_OBLAST = "UA14000000000091971"  # Донецька область
KHARKIV = "UA63120270010096107"  # Харків, the city
KHARKIVSHCHYNA = "UA59080230300010258"  # Харківщина, a village of Sumy oblast


_found = sure_mentions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Росіяни атакували Харківщину дронами.", "Харківщину"),
        ("Харківщина під обстрілом.", "Харківщина"),
        ("Харківщину атакували дрони.", "Харківщину"),
        ("Атака на Харківщину тривала всю ніч.", "Харківщину"),
        ("Гуманітарна допомога для Харківщини.", "Харківщини"),
        ("Обстріли по Харківщині тривають.", "Харківщині"),
        ("Ворог атаковал Харьковщину.", "Харьковщину"),
    ],
)
def test_an_oblasts_area_name_is_the_oblast(gz: Gazetteer, text: str, name: str) -> None:
    assert _found(gz, text) == [(name, KHARKIV_OBLAST, "matched")]


def test_beside_other_oblasts_and_its_centre(gz: Gazetteer) -> None:
    assert _found(gz, "Дрони атакували Харківщину та Сумщину.") == [
        ("Харківщину", KHARKIV_OBLAST, "matched"),
        ("Сумщину", SUMY_OBLAST, "matched"),
    ]
    assert _found(gz, "Обстріляли Харків та Харківщину.") == [
        ("Харків", KHARKIV, "matched"),
        ("Харківщину", KHARKIV_OBLAST, "matched"),
    ]
    assert _found(gz, "Росіяни атакували Донеччину.") == [("Донеччину", DONETSK_OBLAST, "matched")]


@pytest.mark.parametrize(
    "text",
    [
        "Село Харківщина обстріляли.",
        "У с. Харківщина немає світла.",
        "У селі Харківщина Сумської області вибух.",
    ],
)
def test_a_settlement_word_names_the_village(gz: Gazetteer, text: str) -> None:
    assert _found(gz, text)[0][1:] == (KHARKIVSHCHYNA, "matched")


def test_beside_places_of_the_villages_oblast_it_stays_unsure(gz: Gazetteer) -> None:
    # Будилка and Лебедин lie in Sumy oblast, as the village Харківщина does
    found = _found(gz, "Обстріляли Будилку, Харківщину та Лебедин.")
    assert found[1][0] == "Харківщину" and found[1][2] == "ambiguous"


def test_a_lookup_of_the_bare_name_stays_unsure(gz: Gazetteer) -> None:
    # a column of villages may mean the village: running text only reads the oblast
    resolution = gz.resolve("Харківщина")
    assert resolution.status == "ambiguous"
    codes = {m.entry.code for m in resolution.candidates}
    assert {KHARKIV_OBLAST, KHARKIVSHCHYNA} <= codes
