"""The supreme command's headquarters, Ставка, is written with a capital in Ukrainian and
Russian news (засідання Ставки); its genitive spells the villages Ставки. It names no place
unless a settlement's or a level's word says so. Codes are rows of data/katottg.tsv."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, find_places

KYIV = "UA80000000000093317"  # Київ
STAVKY_POLTAVA = "UA53040110770094923"  # Ставки, the village of Poltava oblast


def _found(gz: Gazetteer, text: str) -> list[str]:
    return [m.text for m in find_places(gz, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Засідання Ставки відбулося вчора.",
        "Зеленський провів засідання Ставки.",
        "На засіданні Ставки обговорили оборону.",
        "На Ставці заслухали доповідь головнокомандувача.",
        "Ставка ухвалила рішення.",
        "Члени Ставки зібралися вранці.",
        "В Ставке обсудили ситуацию на фронте.",
    ],
)
def test_the_headquarters_is_no_place(gz: Gazetteer, text: str) -> None:
    assert _found(gz, text) == []


def test_a_city_beside_the_headquarters_is_still_read(gz: Gazetteer) -> None:
    found = find_places(gz, "Засідання Ставки у Києві провів Президент.")
    assert [(m.text, m.resolution.best.entry.code) for m in found] == [("Києві", KYIV)]


@pytest.mark.parametrize(
    "text",
    [
        "У селі Ставки пролунав вибух.",
        "Обстріляли село Ставки та Любимівку.",
        "У Ставках пролунав вибух.",
    ],
)
def test_the_villages_stavky_are_still_read(gz: Gazetteer, text: str) -> None:
    assert any(name.startswith("Ставк") for name in _found(gz, text))


def test_a_level_word_after_the_name_makes_it_the_village(gz: Gazetteer) -> None:
    found = find_places(gz, "Окупанти обстріляли Ставки Полтавської області.")
    assert found[0].text == "Ставки"
    assert found[0].resolution.best.entry.code == STAVKY_POLTAVA
