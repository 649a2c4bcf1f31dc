"""Lists and pairs of places in one cell that had given a confident wrong answer: a town in
-skyi read as a raion, towns whose names villages share, a town before a village, an arrow
from a town to its oblast's centre. Codes are KATOTTG's (data/katottg.tsv)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer

KOLKY = "UA07080130010099463"  # selyshche, Lutskyi raion (not Kamin-Kashyrskyi raion)
BARANIVKA = "UA18080010010059187"  # the city, Zviahelskyi raion
BARANIVKA_VILLAGE = "UA18060130030053260"  # Korostenskyi raion, Ovruch's
OVRUCH = "UA18060170010010060"
KHOROL = "UA53040110010080324"
ZINKIV = "UA53080090010093569"  # a city; a village Зіньків lies in Khmelnytskyi oblast
IZIUM = "UA63040090010029555"
KAMIANKA_OF_IZIUM = "UA63040090080095309"  # a village of Izium's hromada
POLOHY = "UA23100190010032690"
ZAPORIZHZHIA = "UA23060070010069526"


def test_a_town_in_skyi_is_no_raion_the_place_lies_outside(gz: Gazetteer) -> None:
    # Kamin-Kashyrskyi: a town and a raion so called; Kolky lies in neither: a list's
    # (had answered Kolky at 94, sure)
    r = gz.resolve("Lutsk, Kamin-Kashyrskyi, Kolky")
    assert r.status != "matched"
    assert r.best is not None and r.best.entry.code == KOLKY
    assert any("bare adjective" in why for why in r.best.explain)


def test_a_path_by_bare_adjectives_still_reads_surely(gz: Gazetteer) -> None:
    r = gz.resolve("Kharkivska, Iziumskyi, Kamianka")
    assert r.status == "matched" and r.best is not None
    assert r.best.entry.code == KAMIANKA_OF_IZIUM


@pytest.mark.parametrize(
    ("text", "first", "others"),
    [
        # Andrushivka: a city, and villages so called (had answered the village Баранівка
        # of Ovruch's raion, sure)
        ("Baranivka, Ovruch, Andrushivka", BARANIVKA, {BARANIVKA_VILLAGE, OVRUCH}),
        ("Khorol, Zinkiv", KHOROL, {ZINKIV}),  # had answered Khorol, sure
        # a town, then a village: the village of the town's hromada, or two places
        ("Izium, Kamianka", IZIUM, {KAMIANKA_OF_IZIUM}),
        ("Izium / Kamianka", IZIUM, {KAMIANKA_OF_IZIUM}),
    ],
)
def test_several_places_in_one_cell_are_not_sure(
    gz: Gazetteer, text: str, first: str, others: set[str]
) -> None:
    r = gz.resolve(text)
    assert r.status != "matched", text
    codes = [m.entry.code for m in r.candidates]
    assert codes[0] == first, text
    assert others <= set(codes[:4]), text


def test_a_village_before_its_town_stays_sure(gz: Gazetteer) -> None:
    r = gz.resolve("Kamianka, Izium")
    assert r.status == "matched" and r.best is not None
    assert r.best.entry.code == KAMIANKA_OF_IZIUM


def test_an_arrow_from_a_town_to_its_oblasts_centre_names_two_places(gz: Gazetteer) -> None:
    # a route, or a path from the bottom up, where arrows read from the top down
    # (had answered Polohy, sure)
    r = gz.resolve("Polohy > Zaporizhzhia")
    assert r.status != "matched"
    assert {POLOHY, ZAPORIZHZHIA} <= {m.entry.code for m in r.candidates[:3]}


def test_an_arrow_from_the_centre_down_stays_sure(gz: Gazetteer) -> None:
    r = gz.resolve("Zaporizhzhia > Polohy")
    assert r.status == "matched" and r.best is not None
    assert r.best.entry.code == POLOHY


CHERNIHIV = "UA74100390010054825"  # the city Чернігів, Chernihiv oblast
DROHOBYCH = "UA46020030010069501"  # the city Дрогобич, Lviv oblast


@pytest.mark.parametrize("sep", ["; ", ", ", " / "])
def test_a_place_beside_does_not_swap_a_city_for_a_spelling_of_its_oblasts_village(
    gz: Gazetteer, sep: str
) -> None:
    # Drohobych's oblast holds the village Чернихів (UA46080110320096235), a spelling of
    # Chernihiv: the text names two cities, the city named first first, neither sure
    r = gz.resolve(f"Chernihiv{sep}Drohobych")
    codes = [m.entry.code for m in r.candidates]
    assert (r.status, codes[:2]) == ("ambiguous", [CHERNIHIV, DROHOBYCH])


def test_a_list_names_places_not_where_its_first_lies(gz: Gazetteer) -> None:
    # Rivne; Artsyz: the city Рівне (UA56060470010041018), not a village Рівне of Odesa oblast
    r = gz.resolve("Rivne; Artsyz")
    assert r.best.entry.code == "UA56060470010041018"
    assert "UA51060010010032913" in {m.entry.code for m in r.candidates if m.ambiguous}
    # with a comma, the village by the town named stays: Рівне of Artsyz raion (Kamianka, Izium)
    assert gz.resolve("Rivne, Artsyz").best.entry.oblast == "UA-51"
