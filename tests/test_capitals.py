"""Sentences written all in capitals, read as prose would case them (gazetteer.capitals)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.capitals import recased
from gazetteer.extract import find_places

KHARKIV = "UA63120270010096107"  # M Харків
IZIUM = "UA63040090010029555"  # M Ізюм
BAKHMUT = "UA14020010010059145"  # M Бахмут
ODESA = "UA51100270010076757"  # M Одеса
ZAPORIZHZHIA = "UA23060070010069526"  # M Запоріжжя
NOVA_KAKHOVKA = "UA65060170010075325"  # M Нова Каховка


def _found(gz: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [
        (m.text, m.resolution.best.entry.code)
        for m in find_places(gz, text)
        if m.resolution.best is not None
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KHARKIV, IZIUM AND BAKHMUT WERE SHELLED",
            [("KHARKIV", KHARKIV), ("IZIUM", IZIUM), ("BAKHMUT", BAKHMUT)],
        ),
        (
            "ХАРКІВ, ІЗЮМ І БАХМУТ ПІД ОБСТРІЛОМ",
            [("ХАРКІВ", KHARKIV), ("ІЗЮМ", IZIUM), ("БАХМУТ", BAKHMUT)],
        ),
        ("ВИБУХИ В ОДЕСІ ТА ЗАПОРІЖЖІ", [("ОДЕСІ", ODESA), ("ЗАПОРІЖЖІ", ZAPORIZHZHIA)]),
        (
            "ОБСТРІЛ БАХМУТА ТА НОВОЇ КАХОВКИ",
            [("БАХМУТА", BAKHMUT), ("НОВОЇ КАХОВКИ", NOVA_KAKHOVKA)],
        ),
        # a headline in capitals after a lead-in in prose
        ("Breaking: SHELLING IN IZIUM OVERNIGHT", [("IZIUM", IZIUM)]),
        # a newspaper named after a city: its name, as prose capitalises it (Kyiv Post)
        ("THE KYIV POST REPORTED SHELLING IN IZIUM", [("IZIUM", IZIUM)]),
        ("KYIV INDEPENDENT: SHELLING IN IZIUM", [("IZIUM", IZIUM)]),
        ("ODESA TIMES: BLASTS IN ODESA", [("ODESA", ODESA)]),
        # ... but a word prose writes small after a city leaves it a city
        ("IN KHARKIV DAILY SHELLING GOES ON", [("KHARKIV", KHARKIV)]),
        # ... and a head word a common noun goes on from (Kharkiv post office; times of)
        ("RUSSIAN DRONES HIT A KHARKIV POST OFFICE", [("KHARKIV", KHARKIV)]),
        ("KHARKIV TIMES OF SHELLING: IZIUM", [("KHARKIV", KHARKIV), ("IZIUM", IZIUM)]),
    ],
)
def test_names_in_a_sentence_of_capitals(
    gz: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(gz, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ЗЕЛЕНСЬКИЙ: ПЕРЕМОГА БУДЕ ЗА НАМИ",  # буде: no village Буда, though its case looks so
        "NATO AND THE UN BACK HIMARS FOR THE ZSU",  # acronyms
        "VOLODYMYR ZELENSKYI MET OLEH SHEVCHENKO",  # first names: not the city Volodymyr
        "DYNAMO KYIV BEAT SHAKHTAR",  # a club
    ],
)
def test_no_place_in_a_sentence_of_capitals(gz: Gazetteer, text: str) -> None:
    assert _found(gz, text) == []


def test_a_first_name_before_a_surname_is_a_person(gz: Gazetteer) -> None:
    # Марія is a village's name too (UA44060030050055669); after two villages' names, it
    # was read as a third; before a surname it is a woman, as "Maria Tkachenko" in prose is
    text = "DRONES STRUCK ORIKHIVKA AND VILNE OVERNIGHT, ACCORDING TO MARIA TKACHENKO."
    assert [m.text for m in find_places(gz, text)] == ["ORIKHIVKA", "VILNE"]


def test_acronyms_in_prose_stay_acronyms(gz: Gazetteer) -> None:
    # a word in capitals in a sentence with small letters is an acronym, as before
    assert _found(gz, "NATO says Izium was shelled by the ZSU") == [("Izium", IZIUM)]


def test_recasing_keeps_every_offset() -> None:
    text = "Вступ. ХАРКІВ, ІЗЮМ ПІД ОБСТРІЛОМ! İSTANBUL AND KYIV"
    cased, shouted = recased(text, lambda span: span in ("Харків", "Ізюм", "Kyiv"))
    assert len(cased) == len(text)
    assert cased == "Вступ. Харків, Ізюм під обстрілом! İstanbul and Kyiv"
    assert shouted == [(6, 33), (34, len(text))]  # (each up to its full stop or mark)
