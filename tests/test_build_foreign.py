"""The build's test of a foreign city's names that texts do not call it by today
(``scripts/tables_foreign.py``), on names as GeoNames lists them, and the table it built."""

from __future__ import annotations

import build_scripts  # noqa: F401  (scripts/ importable; skipped without openpyxl)
from tables_foreign import apart_names

from gazetteer.foreign import foreign_city


def test_a_former_name_unlike_the_citys_own_is_set_apart() -> None:
    # Aktau was Шевченко from 1964 to 1991; Tver was Калинин until 1990
    assert apart_names("Aktau", ["Актау", "Ақтау", "Шевченко"]) == {"Шевченко"}
    assert apart_names("Tver", ["Калинин", "Твер", "Тверь", "Цвер"]) == {"Калинин"}


def test_an_exonym_and_a_spelling_of_the_citys_own_name_stay() -> None:
    # no Cyrillic form spells Athens: its exonyms are all it has
    assert apart_names("Athens", ["Атина", "Атэны", "Афины", "Афіни", "Аѳины"]) == set()
    # Стамбул is a form of Istanbul's own name; Відень, Ukrainian's own for Vienna
    assert "Стамбул" not in apart_names("Istanbul", ["Истанбул", "Стамбул"])
    assert "Відень" not in apart_names("Vienna", ["Вена", "Відень", "Виена"])


def test_the_table_keeps_current_names_and_drops_the_former() -> None:
    assert foreign_city("Шевченко") is None  # 31 Ukrainian places, and Aktau no more
    for name in ("Актау", "Афины", "Відень", "Стамбул", "Тверь"):
        assert foreign_city(name) is not None, name
