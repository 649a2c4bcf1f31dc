"""Names in the shapes of tables and reports, read where the text beside the name settles
them: a town named by several entries of one hromada (gazetteer.besidetown.one_town), a
village placed by a city whose name villages bear too, a village and a selyshche so called
in one raion at a comma path's end (gazetteer.commapath), and a land's name borne by a
village of a raion the land does not hold. Every code is a row of data/katottg.tsv."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer

#: Завітне of Голованівський район (Kirovohrad oblast); four more lie in other oblasts.
ZAVITNE_HOLOVANIVSK = "UA35020030100063099"
#: Журівка of Березівський район (Odesa oblast), beside the city Березівка
#: (UA51020030010083756); another lies in Голованівський район, one in Mykolaiv oblast.
ZHURIVKA_BEREZIVKA = "UA51020270040033932"
#: The village and the selyshche Павлівка of Богодухівський район (Kharkiv oblast).
PAVLIVKA_VILLAGE = "UA63020010450086594"
PAVLIVKA_SELYSHCHE = "UA63020090610040713"
#: Поділля, a village of Вознесенський район (Mykolaiv oblast): Поділля is also the land
#: of Vinnytsia, Khmelnytskyi and Ternopil oblasts.
PODILLIA_VILLAGE = "UA48040050320089315"


@pytest.mark.parametrize(
    "text",
    [
        "Kirovohrad, Holovanivsk, Zavitne",  # KATOTTG lists Голованівськ twice, one hromada
        "Кіровоград, Голованівськ, Завітне",
    ],
)
def test_a_town_listed_twice_names_its_units(gz: Gazetteer, text: str) -> None:
    found = gz.resolve(text)
    assert found.best is not None and found.best.entry.code == ZAVITNE_HOLOVANIVSK
    assert found.status == "matched"


@pytest.mark.parametrize("text", ["Zhurivka (east of Berezivka)", "Журівка (біля Березівки)"])
def test_a_village_near_the_one_city_of_a_name_villages_bear(gz: Gazetteer, text: str) -> None:
    # Березівка: a city of Odesa oblast, and dozens of villages: the city places it
    found = gz.resolve(text)
    assert found.best is not None and found.best.entry.code == ZHURIVKA_BEREZIVKA
    assert found.status == "matched"


def test_near_a_name_two_cities_bear_is_no_sure_place(gz: Gazetteer) -> None:
    # Городок: a city of Lviv oblast and one of Khmelnytskyi oblast, and Папірня lies in
    # the raion of each (Львівський, Хмельницький)
    found = gz.resolve("Papirnia (near Horodok)")
    assert found.status != "matched"


def test_a_village_and_a_selyshche_in_the_paths_unit_tie(gz: Gazetteer) -> None:
    # both lie in Богодухівський район: the village first (a path ends in one), neither sure
    found = gz.resolve("Kharkiv, Bohodukhiv, Pavlivka")
    codes = [m.entry.code for m in found.candidates[:2]]
    assert codes == [PAVLIVKA_VILLAGE, PAVLIVKA_SELYSHCHE]
    assert found.status == "ambiguous"
    scores = [m.score for m in found.candidates]
    assert scores == sorted(scores, reverse=True)


def test_a_village_asked_for_in_an_address_does_not_tie_with_a_selyshche(gz: Gazetteer) -> None:
    # Тимофіївка: a village of Богодухівська громада and a selyshche of the same raion; с.
    # asks the village
    found = gz.resolve("Харківська обл., Богодухівський р-н, с. Тимофіївка")
    assert found.best is not None and found.best.entry.code == "UA63020010590098193"
    assert found.status == "matched"


@pytest.mark.parametrize(
    "text",
    [
        "Podillia, Voznesenskyi raion",
        "Podillia, Voznesenskyi",
        "Поділля (Веселинівська громада)",  # the hromada of Вознесенський район it lies in
    ],
)
def test_a_lands_name_beside_a_unit_outside_the_land_is_a_village(gz: Gazetteer, text: str) -> None:
    found = gz.resolve(text)
    assert found.best is not None and found.best.entry.code == PODILLIA_VILLAGE
    assert found.status == "matched"


def test_a_lands_name_alone_is_still_the_land(gz: Gazetteer) -> None:
    found = gz.resolve("Podillia")
    assert found.best is not None and found.best.entry.category == "O"


@pytest.mark.parametrize(
    ("text", "oblast", "code"),
    [
        ("Rozxhny", "Khmelnytska", "UA68040230340072184"),  # Рожни: a letter added
    ],
)
def test_one_slip_inside_the_oblast_given_is_offered_unsure(
    gz: Gazetteer, text: str, oblast: str, code: str
) -> None:
    found = gz.resolve(text, oblast=oblast)
    assert found.best is not None and found.best.entry.code == code
    assert found.status == "ambiguous"


def test_a_slip_of_two_letters_swapped_offers_the_namesakes_of_the_oblast(gz: Gazetteer) -> None:
    # Лісове: five villages of Lviv oblast, none the more likely
    found = gz.resolve("Liosve", oblast="UA46")
    names = {m.entry.name_uk for m in found.candidates}
    assert names == {"Лісове"} and found.status == "ambiguous"
    assert all(m.entry.oblast == "UA-46" for m in found.candidates)


@pytest.mark.parametrize(
    ("text", "oblast"),
    [
        ("Kalynivka", "Ivano-Frankivsk oblast"),  # dozens of villages elsewhere; Малинівка here
        ("Udych", "Lviv oblast"),  # Удич of Vinnytsia oblast; Урич here
    ],
)
def test_a_name_of_places_elsewhere_is_no_slip_inside_the_oblast(
    gz: Gazetteer, text: str, oblast: str
) -> None:
    found = gz.resolve(text, oblast=oblast)
    assert found.status == "unmatched"
