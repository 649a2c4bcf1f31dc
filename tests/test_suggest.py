"""suggest/entity: what OpenRefine offers as a name is typed (by any form's beginning)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.suggest import suggest_entities


@pytest.mark.parametrize(
    ("prefix", "code"),
    [
        # Запорожье, Чернигов: the rule's second guesses at Запоріжжя's and Чернігів's
        # Russian (Запорежье, Чернегов first) and their attested Russian names; the city had
        # not been among the ten (Zaporozh) or had come sixth (Chernigo)
        ("Zaporozh", "UA23060070010069526"),
        ("Chernigo", "UA74100390010054825"),
        # (as a city's Russian by the rule's first guess: Харьков; its own name: Дніпро)
        ("Kharko", "UA63120270010096107"),
        ("Dnipr", "UA12020010010037010"),
    ],
)
def test_a_city_s_attested_russian_beginning_suggests_it_first(
    gz: Gazetteer, prefix: str, code: str
) -> None:
    assert suggest_entities(gz, prefix)["result"][0]["id"] == code


def test_a_historical_russian_name_does_not_put_its_city_first(gz: Gazetteer) -> None:
    # Александровск, Запоріжжя's name until 1921 (attested): Олександрія, whose Russian
    # Александрия is the rule's, comes first for Alek
    assert suggest_entities(gz, "Alek")["result"][0]["id"] == "UA35080050010051027"
