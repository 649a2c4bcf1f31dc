"""A city abroad that GeoNames names with a word the query cleaner reads as a level (New
York City, Ho Chi Minh City), and the village that bears its shorter name. Every code is a
row of data/katottg.tsv."""

from __future__ import annotations

import pytest
from resolving_asserts import assert_matched

from gazetteer import Gazetteer

NIU_YORK = "UA14020110050044480"  # Нью-Йорк, Bakhmut raion, Donetsk oblast


@pytest.mark.parametrize("text", ["New York City", "new york city"])
def test_a_city_abroad_by_its_full_name_is_no_sure_village(gz: Gazetteer, text: str) -> None:
    # GeoNames lists New York for the village Нью-Йорк: the word City had been cut off as a
    # level's, and the rest matched the village, sure at 98.5
    found = gz.resolve(text)
    assert found.status != "matched"
    assert found.best is None or any("larger: not sure" in why for why in found.best.explain)


def test_a_loose_reading_of_a_city_abroad_by_its_full_name_is_unmatched(gz: Gazetteer) -> None:
    # its consonants had read Ho Chi Minh City as the town Кам'янка, 80
    assert gz.resolve("Ho Chi Minh City").status == "unmatched"


@pytest.mark.parametrize(
    ("text", "oblast"), [("Niu-York", None), ("Нью-Йорк", None), ("Нью-Йорк", "Donetsk")]
)
def test_the_villages_own_name_is_still_the_village(
    gz: Gazetteer, text: str, oblast: str | None
) -> None:
    assert_matched(gz, text, NIU_YORK, oblast=oblast)


def test_a_city_abroad_by_its_russian_romanisation_is_no_sure_village(gz: Gazetteer) -> None:
    # GeoNames names Mogilev (Belarus, 350,000 people) Mahilyow and Могилёв; Mogilev is
    # also listed for the village Могилів (Dnipropetrovsk oblast), and had been it, sure
    found = gz.resolve("Mogilev")
    assert found.status != "matched"
    assert found.best is not None and found.best.entry.code == "UA12020110010079539"
    # with the oblast given, the village is sure again
    assert gz.resolve("Mogilev", oblast="Dnipropetrovska").status == "matched"
