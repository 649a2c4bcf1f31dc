"""A US state or a Canadian province beside a city's name puts it abroad (data/states_abroad.tsv,
gazetteer.countries.state_country); alone, or after no city's name abroad, an abbreviation is
no state. Every code is a row of data/katottg.tsv."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.countries import state_country

ODESA = "UA51100270010076757"  # Одеса, the city
KHARKIV = "UA63120270010096107"  # Харків, the city


@pytest.mark.parametrize(
    "text",
    [
        "Odessa, Texas",  # had been Одеса, matched
        "Odessa, TX",
        "Moscow, Idaho",
        "Moscow, ID",
        "Paris, Texas",  # had been the village Веселий Кут (once Paris), unsure
    ],
)
def test_a_state_beside_a_city_puts_it_abroad(gz: Gazetteer, text: str) -> None:
    assert gz.resolve(text).status == "unmatched"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Odesa", ODESA),
        ("Kharkiv, Texas", KHARKIV),  # no city of the US is so named: a label, not abroad
    ],
)
def test_a_ukrainian_city_stays_its_own(gz: Gazetteer, text: str, code: str) -> None:
    found = gz.resolve(text)
    assert found.status == "matched" and found.best is not None
    assert found.best.entry.code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("AR", "UA05080070500079067"),  # Яр, Вінницька область: not Arkansas
        ("AZ", "UA01140170020029545"),  # Ас, Крим: not Arizona
    ],
)
def test_a_village_called_like_an_abbreviation_is_not_hidden(
    gz: Gazetteer, text: str, code: str
) -> None:
    found = gz.resolve(text)
    assert found.status != "unmatched" and found.best is not None
    assert found.best.entry.code == code


def test_an_abbreviation_after_a_village_is_no_state(gz: Gazetteer) -> None:
    # Кам’янка is no city abroad: IN beside it is no Indiana, and the namesakes stay tied
    assert gz.resolve("Kamianka, IN").status == "ambiguous"
    # nor AZ Arizona: the village Ас it reads stays a hint of Crimea, where a Кам’янка lies
    found = gz.resolve("Kamianka, AZ")
    assert found.best is not None and found.best.entry.code == "UA01120430020086867"


def test_state_country_reads_names_and_capital_abbreviations() -> None:
    assert state_country("Texas", False) == "US"
    assert state_country("Ontario", False) == "CA"
    assert state_country("QC", True) == "CA"
    assert state_country("TX", False) == ""  # no city's name abroad before it
    assert state_country("tx", True) == ""  # an abbreviation as written, in capitals
    assert state_country("Kharkiv", True) == ""
