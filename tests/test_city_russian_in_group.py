"""A city named in Russian among its neighbours: the city, not a village officially so named.

Балаклея is the Russian name of the city Балаклія (Izium raion, Kharkiv oblast) and the
official Ukrainian name of a village of Cherkasy raion. Alone it is either; beside Купянск
and Изюм (Kharkiv oblast) it is the city, beside Черкассы and Смела the village.
"""

from __future__ import annotations

from gazetteer import Gazetteer

BALAKLIIA_CITY = "UA63040010010039074"  # Балаклія, Kharkiv oblast (KATOTTG)
BALAKLEIA_VILLAGE = "UA71080010010092649"  # Балаклея, Cherkasy oblast (KATOTTG)


def test_a_citys_russian_name_among_its_neighbours_is_the_city() -> None:
    gz = Gazetteer.default()
    last = gz.resolve_many(["Купянск", "Изюм", "Балаклея"])[-1]
    assert last.best is not None and last.best.entry.code == BALAKLIIA_CITY


def test_the_village_of_the_name_among_its_own_neighbours_stays() -> None:
    gz = Gazetteer.default()
    last = gz.resolve_many(["Черкассы", "Смела", "Балаклея"])[-1]
    assert last.best is not None and last.best.entry.code == BALAKLEIA_VILLAGE


def test_alone_the_name_stays_ambiguous() -> None:
    assert Gazetteer.default().resolve("Балаклея").status == "ambiguous"
