"""Running text, session 23's second round: a Russian abbreviation before a name is written
out in Russian too (у В. Новоселки: Великая Новоселка, Велика Новосілка; в М. Токмачке),
though no place bears the noun alone. Codes are rows of data/katottg.tsv."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, find_places

VELYKA_NOVOSILKA = "UA14040010010027148"  # Велика Новосілка, Donetsk oblast's selyshche
MALA_TOKMACHKA = "UA23100130010093963"  # Мала Токмачка, a village of Zaporizhzhia oblast
VERKHNII_ROHACHYK = "UA65060050010099394"  # Верхній Рогачик, Kherson oblast's selyshche
STARYI_SALTIV = "UA63140130010025719"  # Старий Салтів, Kharkiv oblast's selyshche
NYZHNI_SIROHOZY = "UA65040050010011350"  # Нижні Сірогози, Kherson oblast's selyshche


def _codes(gz: Gazetteer, text: str) -> list[str]:
    return [m.resolution.best.entry.code for m in find_places(gz, text) if m.resolution.best]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Бои идут у В. Новоселки.", VELYKA_NOVOSILKA),  # not Новосілки, Великі Новосілки
        ("Наступление под В. Новоселкой остановлено.", VELYKA_NOVOSILKA),
        ("Бої точаться біля В. Новосілки.", VELYKA_NOVOSILKA),  # Ukrainian: Велика
        ("Разрушения в М. Токмачке огромны.", MALA_TOKMACHKA),  # no Токмачка alone
        ("Жители В. Рогачика эвакуированы.", VERKHNII_ROHACHYK),  # В. is Верхний too
        ("Обстрел Ст. Салтова продолжается.", STARYI_SALTIV),
        ("В Н. Серогозах отключили свет.", NYZHNI_SIROHOZY),  # not Сірогози
    ],
)
def test_a_russian_abbreviation_is_read_with_its_name(gz: Gazetteer, text: str, code: str) -> None:
    assert _codes(gz, text) == [code]


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("В. Новоселка", VELYKA_NOVOSILKA),
        ("Н. Серогозы", NYZHNI_SIROHOZY),
        ("Ст. Салтов", STARYI_SALTIV),
    ],
)
def test_a_russian_abbreviation_is_looked_up(gz: Gazetteer, query: str, code: str) -> None:
    found = gz.lookup(query)
    assert found and found[0].entry.code == code
