"""A council before 2020 read back to its seat: by its kind (a селищна рада sat in a
selyshche, a сільська in a village), and asked for alone when no hromada bears its name
today. Codes from data/katottg.tsv (KATOTTG)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.oldraions import council_seats

#: Пісочин, selyshche (a former смт), seat of Пісочинська hromada, Kharkiv raion; villages
#: named Пісочин lie in Bohodukhiv raion and in Vinnytsia oblast
PISOCHYN_SELYSHCHE = "UA63120210010032897"
PISOCHYN_VILLAGES = ("UA63020010510060016", "UA05020110220062879")
#: Таранівка, a village of Зміївський raion before 2020 (its Таранівська сільська рада),
#: in Зміївська hromada, Chuhuiv raion, today
TARANIVKA = "UA63140030510094161"
TARANOVE = "UA12140070240084307"  #: Таранове, Dnipropetrovsk oblast: its council Таранівська


@pytest.mark.parametrize(
    ("words", "seats"),
    [
        ({"селищна", "рада"}, {"X"}),
        ({"поссовет"}, {"X"}),
        ({"сільська", "рада"}, {"C", "X"}),  # (a rural selyshche had a сільська рада too)
        ({"сельсовет"}, {"C", "X"}),
        ({"міська", "рада"}, {"M"}),
        ({"рада"}, {"C", "X", "M"}),
    ],
)
def test_a_council_s_kind_says_its_seat_s_category(words: set[str], seats: set[str]) -> None:
    assert council_seats(words) == frozenset(seats)


def test_a_selyshche_s_council_beside_its_name(gz: Gazetteer) -> None:
    result = gz.resolve("Пісочин (Пісочинська селищна рада)")
    assert result.status == "matched" and result.best is not None
    assert result.best.entry.code == PISOCHYN_SELYSHCHE


def test_a_village_council_beside_a_name_leaves_its_villages(gz: Gazetteer) -> None:
    # a сільська рада may be any Пісочин's: none is sure
    result = gz.resolve("Пісочин, Пісочинська сільська рада")
    assert result.status == "ambiguous"
    codes = {m.entry.code for m in (*result.candidates, *result.also_tied)}
    assert set(PISOCHYN_VILLAGES) <= codes


@pytest.mark.parametrize(
    "text",
    [
        "Таранівська сільська рада, Зміївський район",
        "Таранівська с/р, Зміївський р-н",
        "Тарановский сельсовет, Змиевский р-н",
        "Таранівська сільська рада, Чугуївський район",
        "Таранівська сільська рада Зміївського району",  # (the raion in the genitive)
        "Таранівська с/р Зміївського р-ну",
        "Тарановский сельсовет Змиевского района",
    ],
)
def test_a_council_named_alone_is_its_seat(gz: Gazetteer, text: str) -> None:
    result = gz.resolve(text)
    assert result.status == "matched" and result.best is not None
    assert result.best.entry.code == TARANIVKA


def test_a_council_named_alone_without_its_raion_is_unsure(gz: Gazetteer) -> None:
    result = gz.resolve("Таранівська сільська рада")
    assert result.status == "ambiguous"
    codes = {m.entry.code for m in (*result.candidates, *result.also_tied)}
    assert {TARANIVKA, TARANOVE} <= codes


def test_a_council_whose_kind_no_namesake_has_is_not_read_so(gz: Gazetteer) -> None:
    # no selyshche is named Таранівка: a селищна рада so named is none of the villages
    result = gz.resolve("Таранівська селищна рада, Зміївський район")
    assert result.best is None or result.best.entry.code != TARANIVKA or result.status != "matched"


#: Гусарівка of Балаклійська hromada (old Балаклійський raion), and of Барвінківська (old
#: Барвінківський raion): both in Izium raion today
HUSARIVKA_BALAKLIIA = "UA63040010140065005"
HUSARIVKA_BARVINKOVE = "UA63040030170056237"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Гусаровка, Балаклейский р-н", HUSARIVKA_BALAKLIIA),
        ("Балаклейский р-н, с. Гусаровка", HUSARIVKA_BALAKLIIA),
        ("Гусарівка, Балаклійський р-н", HUSARIVKA_BALAKLIIA),
        ("Гусарівка, Барвінківський р-н", HUSARIVKA_BARVINKOVE),
        ("Гусарівка Балаклійського району", HUSARIVKA_BALAKLIIA),  # (no comma: genitive)
        ("Гусаровка Балаклейского р-на", HUSARIVKA_BALAKLIIA),
    ],
)
def test_an_old_raion_tells_namesakes_of_today_s_raion_apart(
    gz: Gazetteer, text: str, code: str
) -> None:
    result = gz.resolve(text)
    assert result.status == "matched" and result.best is not None
    assert result.best.entry.code == code


def test_today_s_raion_does_not(gz: Gazetteer) -> None:
    # Ізюмський raion holds both: its seat's hromada is no reason to prefer either
    assert gz.resolve("Гусарівка, Ізюмський р-н").status == "ambiguous"
    assert gz.resolve("Гусарівка Ізюмського району").status == "ambiguous"


CHERNIVTSI_SELYSHCHE = "UA05080090010025419"  #: Чернівці, selyshche of Vinnytsia oblast
CHERNIVTSI_CITY = "UA73060610010033137"  #: Чернівці, the oblast centre
SHAKHTARSKE = "UA12140210010011011"  #: Шахтарське, city of Dnipropetrovsk oblast


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # both seat a Чернівецька hromada: the council's kind says whose
        ("Чернівці (Чернівецька селищна рада)", CHERNIVTSI_SELYSHCHE),
        ("Чернівці (Чернівецька міська рада)", CHERNIVTSI_CITY),
        # a city's council beside a name is not the name read as the council's city
        # (Шахтарськ, Donetsk oblast, also had a Шахтарська міська рада)
        ("Шахтарське (Шахтарська міська рада)", SHAKHTARSKE),
        ("Шахтарське, Шахтарська міська рада", SHAKHTARSKE),
    ],
)
def test_a_council_s_kind_picks_the_hromada_so_named(gz: Gazetteer, text: str, code: str) -> None:
    result = gz.resolve(text)
    assert result.status == "matched" and result.best is not None
    assert result.best.entry.code == code
