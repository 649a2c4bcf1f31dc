"""A region's English adjective (Transcarpathian, Crimean) and its names in other languages
(pycountry's ISO 3166-2 translations, ``data/oblast_names.tsv``) read as its oblast."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.regionforms import english_adjectives

# KATOTTG codes of the units and places, from data/katottg.tsv
ZAKARPATSKA = "UA21000000000011690"
CRIMEA = "UA01000000000013043"
VOLYNSKA = "UA07000000000024379"
CHERNIVETSKA = "UA73000000000044923"
MUKACHEVO = "UA21040150010056148"  # Мукачево, city of Zakarpattia oblast
YALTA = "UA01200310010053783"  # Ялта, city of Crimea (two more Ялта in Donetsk oblast)
GALICIA = {"UA46000000000026241", "UA26000000000069363", "UA61000000000060328"}


def test_english_adjectives_of_region_names() -> None:
    names = ["Transcarpathia", "Crimea", "Bukovina", "Volyn", "Закарпаття", "Slobozhanshchyna"]
    assert list(english_adjectives(names)) == ["Transcarpathian", "Crimean", "Bukovinian"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Transcarpathian", ZAKARPATSKA),
        ("Transcarpathian Oblast", ZAKARPATSKA),
        ("Transcarpathian region", ZAKARPATSKA),
        ("Crimean", CRIMEA),
        ("Crimean peninsula", CRIMEA),
        ("Volhynian", VOLYNSKA),
        ("Bukovinian", CHERNIVETSKA),
        # pycountry's names in other languages: Polish, Italian, Hungarian
        ("Autonomiczna Republika Krymu", CRIMEA),
        ("Oblast' di Volinia", VOLYNSKA),
        ("obwód zakarpacki", ZAKARPATSKA),
        ("Kárpátalja megye", ZAKARPATSKA),
        ("Volinyi terület", VOLYNSKA),
        # French, read as written
        ("Crimée", CRIMEA),
    ],
)
def test_read_as_the_unit(gz: Gazetteer, text: str, code: str) -> None:
    best = gz.resolve(text).best
    assert best is not None and best.entry.code == code


def test_a_land_of_three_oblasts_by_its_adjective(gz: Gazetteer) -> None:
    r = gz.resolve("Galician")
    assert r.status == "ambiguous"
    assert {m.entry.code for m in r.candidates} == GALICIA


@pytest.mark.parametrize(
    ("query", "code"),
    [("Mukachevo, Transcarpathian region", MUKACHEVO), ("Yalta, Crimean peninsula", YALTA)],
)
def test_as_a_hint_beside_a_name(gz: Gazetteer, query: str, code: str) -> None:
    r = gz.resolve(query)
    assert r.status == "matched" and r.best is not None and r.best.entry.code == code


@pytest.mark.parametrize("text", ["Transcarpathian region", "obwód wołyński", "Krími"])
def test_as_an_oblast_hint(gz: Gazetteer, text: str) -> None:
    assert gz.parse_oblast(text) is not None


def test_the_english_word_crime_is_no_crimea(gz: Gazetteer) -> None:
    # Crimée's match key is crime's: it is read only with its accent
    for text in ("crime", "Crime"):
        best = gz.resolve(text).best
        assert best is None or best.entry.code != CRIMEA
    assert gz.oblasts is not None and not gz.oblasts.region_named("Crime")


def test_yalta_hinted_in_french(gz: Gazetteer) -> None:
    r = gz.resolve("Yalta", oblast="Crimée")
    assert r.best is not None and r.best.entry.code == YALTA
