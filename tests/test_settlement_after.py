"""An English settlement word written after a name says it is a settlement's (Rudka village
was shelled), as a Ukrainian one before it does (село Рудка): gazetteer.spans. Every code is
a row of data/katottg.tsv."""

from __future__ import annotations

import pytest
from resolving_asserts import mentions

from gazetteer import Gazetteer, find_places

SAMARA = "UA59080130310069195"  # Самара, Sumy oblast (the Russian city abroad is Samara too)


@pytest.mark.parametrize(
    "text",
    [
        "Samara village was shelled.",
        "Shelling hit Samara village.",  # (the verb alone no longer makes a place of Samara)
        "Officials said Samara village had no power.",
    ],
)
def test_a_village_word_after_the_name_makes_it_a_place(gz: Gazetteer, text: str) -> None:
    assert mentions(gz, text) == [("Samara", SAMARA)]


def test_a_village_of_many_namesakes_is_found_unsure(gz: Gazetteer) -> None:
    (found,) = find_places(gz, "Rudka village was shelled overnight.")
    assert found.text == "Rudka"
    assert found.resolution.status == "ambiguous"
    assert {m.entry.name_uk for m in found.resolution.candidates if m.ambiguous} == {"Рудка"}


@pytest.mark.parametrize(
    "text",
    [
        "The Olympic Village opened on Monday.",  # capitalised: a part of a name
        "Drones struck Samara overnight.",  # no settlement word: the city abroad
    ],
)
def test_no_settlement_word_no_village(gz: Gazetteer, text: str) -> None:
    assert mentions(gz, text) == []
