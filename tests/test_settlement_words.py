"""A settlement word before a name (пгт, смт, с., м.) says what kind of place it is: a
preference among tied namesakes, not a filter. Every code is a row of data/katottg.tsv."""

from __future__ import annotations

from gazetteer import Gazetteer

BALAKLIIA_CITY = "UA63040010010039074"  # Балаклія, M, Iziumskyi raion, Kharkiv oblast
BALAKLEIA_VILLAGE = "UA71080010010092649"  # Балаклея, C, Cherkaskyi raion


def test_an_urban_type_settlement_word_puts_a_town_before_a_village(gz: Gazetteer) -> None:
    # Балаклея is the village's own spelling and the city's Russian name: пгт rules out
    # the village (no село was one), and a town may have been one before 2024
    found = gz.resolve("пгт. Балаклея")
    assert found.best is not None and found.best.entry.code == BALAKLIIA_CITY
    assert found.status == "ambiguous"  # (a preference: the village is still listed)
    assert BALAKLEIA_VILLAGE in {m.entry.code for m in found.candidates}


def test_with_no_settlement_word_the_village_spelled_so_stays_first(gz: Gazetteer) -> None:
    found = gz.resolve("Балаклея")
    assert found.best is not None and found.best.entry.code == BALAKLEIA_VILLAGE
    found = gz.resolve("с. Балаклея")  # a village asked for: the village
    assert found.best is not None and found.best.entry.code == BALAKLEIA_VILLAGE


def test_every_site_word_is_a_place_word_with_no_settlement_kind() -> None:
    # (a frozenset difference now, where frozenset - dict_keys had been a set)
    from gazetteer.words import PLACE_WORDS, SITE_WORDS

    assert PLACE_WORDS.keys() >= SITE_WORDS
    assert PLACE_WORDS["refinery"] == PLACE_WORDS["шахта"] == ""
