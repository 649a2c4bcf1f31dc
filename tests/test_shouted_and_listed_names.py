"""Place names in sentences written in capitals (headlines, shouted posts), names of
several words after a verb of war news, and names of three letters in a list of places.

Golden values are official names and codes from data/katottg.tsv."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import pytest

from gazetteer import Gazetteer, find_places

DATA = Path(__file__).resolve().parent.parent / "data" / "katottg.tsv"


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.default()


@cache
def codes_named(name_uk: str) -> frozenset[str]:
    """The KATOTTG codes of the settlements officially named ``name_uk``."""
    with open(DATA, encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return frozenset(r["code"] for r in rows if r["name_uk"] == name_uk)


def read(gz: Gazetteer, text: str) -> dict[str, str]:
    """Each mention's text -> the code of its answer."""
    return {m.text: m.resolution.best.entry.code for m in find_places(gz, text)}


@pytest.mark.parametrize(
    ("text", "written", "name_uk"),
    [
        # the first word as prose writes it: Мешканців, no weak cue as мешканців is
        ("МЕШКАНЦІВ ВЕСЕЛІВКИ ЕВАКУЮВАЛИ, ПОВІДОМИВ ДМИТРО ШЕВЧЕНКО.", "ВЕСЕЛІВКИ", "Веселівка"),
        ("МЕШКАНЦІВ МАГДАЛИНІВКИ ЕВАКУЮВАЛИ.", "МАГДАЛИНІВКИ", "Магдалинівка"),
        # та is no part of a name (Та Мар'ївку: the key of Тамарівка)
        ("ЗСУ ЗВІЛЬНИЛИ СЕВЕРИНІВКУ ТА МАР’ЇВКУ.", "МАР’ЇВКУ", "Мар’ївка"),
        ("ЗСУ ЗВІЛЬНИЛИ СЕВЕРИНІВКУ ТА МАР’ЇВКУ.", "СЕВЕРИНІВКУ", "Северинівка"),
        # were is no part of a club's name (Zirka, the village)
        (
            "RESIDENTS OF ZIRKA WERE EVACUATED AS FIGHTING CONTINUED NEAR YAKYMIVSKE.",
            "ZIRKA",
            "Зірка",
        ),
        # a name of two words after a verb of war news, and the list after it
        ("SHELLING HIT STARA HUTA ON TUESDAY, OFFICIALS SAID.", "STARA HUTA", "Стара Гута"),
        ("DRONES STRUCK VERBOVA BALKA AND VODIANE OVERNIGHT.", "VERBOVA BALKA", "Вербова Балка"),
        ("DRONES STRUCK VERBOVA BALKA AND VODIANE OVERNIGHT.", "VODIANE", "Водяне"),
        (
            "THE KYIV POST REPORTED THAT IVAN LYSENKO HAD LEFT LISNA POLIANA.",
            "LISNA POLIANA",
            "Лісна Поляна",
        ),
    ],
)
def test_a_name_in_capitals_is_read(gz: Gazetteer, text: str, written: str, name_uk: str) -> None:
    assert read(gz, text).get(written) in codes_named(name_uk)


def test_was_is_no_part_of_a_name_in_capitals(gz: Gazetteer) -> None:
    # (Berdykhiv Was: the key of Berdyčivas, Бердичів's Lithuanian name)
    found = read(gz, "MARIA LYSENKO SAID THE SITUATION IN BERDYKHIV WAS CALM.")
    assert found == {"BERDYKHIV": "UA46140050030037219"}


def test_a_first_name_before_a_cyrillic_surname_is_no_village(gz: Gazetteer) -> None:
    # СТЕПАН БОЙКО: Бойко has no surname's ending, but is a common surname (not Степань)
    found = read(gz, "МЕШКАНЦІВ ІВАНІВКИ ЕВАКУЮВАЛИ, ПОВІДОМИВ СТЕПАН БОЙКО.")
    assert set(found) == {"ІВАНІВКИ"}
    assert found["ІВАНІВКИ"] in codes_named("Іванівка")


def test_a_verb_cues_a_list_after_a_name_of_two_words(gz: Gazetteer) -> None:
    found = read(gz, "Drones struck Verbova Balka and Vodiane overnight.")
    assert found["Verbova Balka"] in codes_named("Вербова Балка")
    assert found["Vodiane"] in codes_named("Водяне")


def test_a_short_name_in_a_list_of_its_raion(gz: Gazetteer) -> None:
    # Тростянець, Богдан and Луг of Rakhivskyi raion (UA21060...)
    found = read(gz, "Russian forces shelled Trostianets, Bohdan and Luh overnight.")
    assert found == {
        "Trostianets": "UA21060070060038257",
        "Bohdan": "UA21060010010053544",
        "Luh": "UA21060030060027636",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Tom, Ann and Bob visited Kyiv and Lviv.",  # (no place beside them)
        "The villages of Pervomaisk, Hai and Vil were shelled.",  # (one place in the list)
        "Companies like Meta, IBM and Bud opened offices in Kyiv, Lviv and Dnipro.",
    ],
)
def test_a_short_word_needs_two_places_in_its_list(gz: Gazetteer, text: str) -> None:
    words = {m.text for m in find_places(gz, text)}
    assert not words & {"Ann", "Bob", "Hai", "Vil", "Bud"}
