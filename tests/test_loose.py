"""Loose matching of well-known places by their consonants (gazetteer.loose)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer

KREMENCHUK_CITY = "UA53020110010031694"  # M Кременчук, Poltava oblast
MYRHOROD_CITY = "UA53060230010027681"  # M Миргород, Poltava oblast
MYRHORODY_VILLAGE = "UA63140030400028798"  # C Миргороди, Kharkiv oblast
NO_TABLES = "official,russian,former"  # no GeoNames names in other scripts


@pytest.mark.parametrize("text", ["クレメンチュク", "كريمينتشوك", "קרמנצ׳וק"])
def test_a_city_written_in_another_script_is_found_but_never_sure(gz: Gazetteer, text: str) -> None:
    resolution = gz.resolve(text, sources=NO_TABLES)
    assert resolution.best is not None
    assert resolution.best.entry.code == KREMENCHUK_CITY
    assert resolution.best.kind == "loose"
    assert resolution.status == "ambiguous"


def test_gibberish_meets_no_city(gz: Gazetteer) -> None:
    assert gz.lookup("Qwxzzyq") == []
    assert gz.lookup("xqzzy") == []


def test_a_cyrillic_name_is_never_read_loosely(gz: Gazetteer) -> None:
    assert all(m.kind != "loose" for m in gz.lookup("Анжелине", min_score=0))


def test_a_village_read_loosely_doubts_itself_beside_a_city(gz: Gazetteer) -> None:
    # mirgorodi (a Georgian name of Myrhorod, romanised) spells the village Миргороди
    # letter for letter, and has the consonants of the city Миргород. (GeoNames lists it
    # for the city, so only without that table is there a doubt to resolve.)
    found = gz.lookup("mirgorodi", limit=10, sources=NO_TABLES)
    codes = [m.entry.code for m in found]
    assert MYRHOROD_CITY in codes and MYRHORODY_VILLAGE in codes
    assert gz.resolve("mirgorodi", sources=NO_TABLES).status == "ambiguous"


def test_the_exact_name_of_a_village_is_not_doubted(gz: Gazetteer) -> None:
    resolution = gz.resolve("Myrhorody")
    assert resolution.status == "matched"
    assert resolution.best is not None and resolution.best.entry.code == MYRHORODY_VILLAGE


def test_a_foreign_script_reading_is_never_confident(gz: Gazetteer) -> None:
    # ლუგანსკი (Georgian) romanises to the letters of the raion Луганський.
    resolution = gz.resolve("ლუგანსკი", sources=NO_TABLES)
    assert resolution.status != "matched"
