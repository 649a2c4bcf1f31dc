"""A US state or a Canadian province beside a name puts it abroad (data/states_abroad.tsv,
gazetteer.countries.state_country), whatever the size of the place it names there; alone an
abbreviation is no state, and in small letters, or when it is a word too (OK, IN), only after
a city's name abroad. Every code is
a row of data/katottg.tsv."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.countries import state_country

ODESA = "UA51100270010076757"  # Одеса, the city
KHARKIV = "UA63120270010096107"  # Харків, the city
IZIUM = "UA63040090010029555"  # Ізюм, the city


@pytest.mark.parametrize(
    "text",
    [
        "Odessa, Texas",  # had been Одеса, matched
        "Odessa, TX",
        "Moscow, Idaho",
        "Moscow, ID",
        "Paris, Texas",  # had been the village Веселий Кут (once Paris), unsure
        "Odessa, Ontario",  # a village of Canada: had been Одеса, matched
        "Odessa, tx",  # had been Одеса, matched
        "Одеса, Техас",  # the state in Ukrainian: had been Одеса, matched
        "Одесса, штат Техас",  # in Russian, with its level word: had been Одеса, matched
        "Одеса, провінція Онтаріо",
        "Kharkiv, Texas",  # no Kharkiv in Texas, but no occupier's label names a state
        "Kamianka, AZ",  # had been Кам’янка of Crimea, AZ read as the village Ас there
        "Kamianka, NJ",
        "Kharkiv, TX",  # no word: the state, though no Kharkiv lies in Texas
        "Odessa, OK",  # a word too, but after a city's name abroad: Oklahoma
        "Odessa, IN",
    ],
)
def test_a_state_beside_a_name_puts_it_abroad(gz: Gazetteer, text: str) -> None:
    assert gz.resolve(text).status == "unmatched"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Odesa", ODESA),
        ("Kharkiv, UA", KHARKIV),  # UA is no state
        ("Odessa, UA", ODESA),
        ("Kharkiv, Ukraine", KHARKIV),
        # a postal abbreviation that is a word too (a status, a preposition, a compass
        # point) is the word after a name no city abroad bears: had been abroad, unmatched
        ("Kharkiv, OK", KHARKIV),
        ("Kharkiv, IN", KHARKIV),
        ("Kharkiv, ON", KHARKIV),
        ("Izium, NE", IZIUM),
        ("Izium, OK", IZIUM),
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


def test_a_state_abroad_is_no_hint_of_an_oblast(gz: Gazetteer) -> None:
    # AZ beside a name had read as the village Ас of Crimea, its oblast kept as the region
    assert gz.text_oblasts("AZ") == () and gz.text_oblasts("Texas") == ()
    assert gz.resolve("Kamianka, AZ").region == ""
    assert gz.text_oblasts("Kherson Oblast") == ("UA-65",)


def test_an_abbreviation_in_small_letters_after_a_village_is_no_state(gz: Gazetteer) -> None:
    # Кам’янка is no city abroad: in beside it is no Indiana, and the namesakes stay tied
    found = gz.resolve("Kamianka, in")
    assert found.status == "ambiguous"
    assert found.best is not None and found.best.entry.name_uk == "Кам’янка"


def test_state_country_reads_names_and_capital_abbreviations() -> None:
    assert state_country("Texas", False) == "US"
    assert state_country("Ontario", False) == "CA"
    assert state_country("QC", True) == "CA"
    assert state_country("TX", False) == "US"  # in capitals, beside any name
    assert state_country("tx", True) == "US"  # in small letters after a city abroad
    assert state_country("tx", False) == ""
    assert state_country("Техас", False) == state_country("штат Техас", False) == "US"
    assert state_country("Онтарио", False) == state_country("Ontario province", False) == "CA"
    assert state_country("state", False) == state_country("штат", False) == ""
    assert state_country("Kharkiv", True) == state_country("UA", True) == ""
