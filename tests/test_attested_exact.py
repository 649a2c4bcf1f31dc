"""An attested name typed exactly outranks another place's spelling variant (issue 6)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer

#: Мар'їнка, the town of Donetsk oblast's Pokrovsk raion (KATOTTG), whose Russian name is
#: Марьинка; Маринка is a village of Lviv oblast's Stryi raion, another name.
MARINKA_TOWN = "UA14160130010089415"
MARYNKA_VILLAGE = "UA46100070160078421"


@pytest.mark.parametrize("query", ["Марьинка", "Mar'inka"])
def test_russian_name_of_the_town_is_the_town_not_the_village(gz: Gazetteer, query: str) -> None:
    result = gz.resolve(query)
    assert result.best is not None and result.best.entry.code == MARINKA_TOWN
    assert result.status == "matched"
    scores = {m.entry.code: m.score for m in result.candidates}
    assert scores[MARYNKA_VILLAGE] < result.best.score - 0.5


def test_the_village_still_wins_in_its_own_oblast(gz: Gazetteer) -> None:
    # a hint decides over the letters: Lviv oblast's village, not Donetsk oblast's town
    result = gz.resolve("Марьинка", oblast="UA-46")
    assert result.best is not None and result.best.entry.code == MARYNKA_VILLAGE


def test_namesakes_of_the_bearer_still_tie(gz: Gazetteer) -> None:
    # every Кам'янка is Kamyanka, whichever GeoNames lists the spelling for
    result = gz.resolve("Kamyanka")
    assert result.status == "ambiguous"
    assert len({m.entry.name_uk for m in result.candidates}) == 1
