"""An oblast's centre is a city known by its name alone whatever GeoNames counts: Kherson
(UA65100150010064384 in data/katottg.tsv), some 280,000 people before the war, has 66,000 in
data/population.tsv, yet "Kherson said" is the city speaking, as "Kharkiv said" is."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, find_places
from gazetteer.hintprior import well_known_city

KHERSON = "UA65100150010064384"


@pytest.mark.parametrize(
    "text",
    [
        "According to Kherson, the bridge was hit.",  # had found nothing
        "Kherson said the bridge was hit.",  # had found nothing
        "Херсон заявив, що міст пошкоджено.",  # had found nothing
    ],
)
def test_an_oblast_centre_speaks_for_its_people(gz: Gazetteer, text: str) -> None:
    assert [m.resolution.best.entry.code for m in find_places(gz, text)] == [KHERSON]


def test_an_oblast_centre_is_well_known_below_a_hundred_thousand(gz: Gazetteer) -> None:
    at = gz._by_code[KHERSON]
    assert gz.population.get(at, 0) < 100_000  # (GeoNames' figure: the reason for the rule)
    assert well_known_city(gz, at)


def test_a_first_name_still_speaks_as_a_person(gz: Gazetteer) -> None:
    assert find_places(gz, "Oleksandr said the bridge was hit.") == []
    assert find_places(gz, "According to Volodymyr, the bridge was hit.") == []
