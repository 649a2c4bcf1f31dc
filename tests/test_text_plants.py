"""Running text: a works or a plant named after a city (gazetteer.facilities), a port's
word after a city's name, a club's other spelling. Every code is a row of
data/katottg.tsv; where each plant stands is as its operators and encyclopaedias say."""

from __future__ import annotations

import pytest
from resolving_asserts import mentions

from gazetteer import Gazetteer, find_places

PIVDENNE = "UA51100410010044384"  # the city Південне, Odesa raion: the Odesa Port Plant
KHMELNYTSKYI = "UA68040470010096613"
NETISHYN = "UA68060170010043609"  # the Khmelnytskyi nuclear power plant stands here
KHERSON = "UA65100150010064384"
KHARKIV = "UA63120270010096107"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the chemical works at Південне (no village Порт read in its name)
        ("Odesa Port Plant restarted.", [("Odesa Port Plant", PIVDENNE)]),
        ("Одеський припортовий завод відновив роботу.", [("Одеський припортовий завод", PIVDENNE)]),
        # a port's word after a city's name is its port, no village Порт
        ("Kherson Port was shelled.", [("Kherson", KHERSON)]),
        # Inhulets as the club spells it in English: Petrove is the club's town
        ("Ingulets Petrove were relegated.", []),
        # a works in the city no plant of the table is named after
        ("Kharkiv tractor plant was hit.", [("Kharkiv", KHARKIV)]),
    ],
)
def test_a_works_or_a_port_named_after_a_city(
    gz: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert mentions(gz, text) == expected


@pytest.mark.parametrize(
    "text",
    ["The Khmelnytskyi plant restarted its second unit.", "Work at the Khmelnytskyi power plant"],
)
def test_a_plant_named_after_a_city_is_the_city_or_the_plant(gz: Gazetteer, text: str) -> None:
    (found,) = find_places(gz, text)
    res = found.resolution
    assert (found.text, res.status) == ("Khmelnytskyi", "ambiguous")
    assert [m.entry.code for m in res.candidates[:2]] == [KHMELNYTSKYI, NETISHYN]


def test_the_plants_own_name_stays_sure(gz: Gazetteer) -> None:
    (found,) = find_places(gz, "The Khmelnytskyi nuclear power plant restarted.")
    assert found.resolution.status == "matched"
    assert found.resolution.best is not None and found.resolution.best.entry.code == NETISHYN
