"""An English possessive before a unit (Kherson's Beryslav district): the unit is the name's
part, not where it lies. Every code is a row of data/katottg.tsv."""

from __future__ import annotations

import pytest
from resolving_asserts import mentions

from gazetteer import Gazetteer

KHERSON_OBLAST = "UA65000000000030969"
BERYSLAV_RAION = "UA65020000000032929"
KHARKIV_OBLAST = "UA63000000000041885"
IZIUM_RAION = "UA63040000000023521"
KHARKIV = "UA63120270010096107"
DONETSK_OBLAST = "UA14000000000091971"
POKROVSK_RAION = "UA14160000000061982"
BILIAIVKA_BERYSLAV = "UA65020170020066255"  # C Біляївка, the one in Beryslav raion
LIUBYMIVKA_BERYSLAV = "UA65020150020078280"  # C Любимівка, the one in Beryslav raion
KAMIANKA_IZIUM = "UA63040090080095309"  # C Кам’янка, the one in Izium raion


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Explosions in Kherson's Beryslav district.",
            [("Kherson", KHERSON_OBLAST), ("Beryslav district", BERYSLAV_RAION)],
        ),
        (
            "Shelling in Kharkiv’s Izium district",
            [("Kharkiv", KHARKIV_OBLAST), ("Izium district", IZIUM_RAION)],
        ),
        (
            "Fighting in Donetsk Oblast's Pokrovsk district",
            [("Donetsk Oblast", DONETSK_OBLAST), ("Pokrovsk district", POKROVSK_RAION)],
        ),
    ],
)
def test_the_owner_of_a_raion_is_its_oblast(
    gz: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert mentions(gz, text) == expected


def test_the_owner_of_a_city_district_is_the_city(gz: Gazetteer) -> None:
    found = mentions(gz, "Kharkiv's Saltivskyi district was hit")
    assert found[0] == ("Kharkiv", KHARKIV)


@pytest.mark.parametrize(
    ("text", "village", "code"),
    [
        ("Biliaivka in Kherson's Beryslav district", "Biliaivka", BILIAIVKA_BERYSLAV),
        (
            "Russian troops shelled Lyubymivka in Kherson's Beryslav district.",
            "Lyubymivka",
            LIUBYMIVKA_BERYSLAV,
        ),
        ("Kamianka in Kharkiv's Izium district", "Kamianka", KAMIANKA_IZIUM),
    ],
)
def test_a_village_in_an_owned_raion_lies_in_it(
    gz: Gazetteer, text: str, village: str, code: str
) -> None:
    assert (village, code) in mentions(gz, text)
