"""A foreign form that is only a part of a place's official name (GeoNames' Krynki for the
village Великі Кринки) does not hide the place whose official name it is (the village
Кринки, Kherson oblast). Every code is a row of data/katottg.tsv."""

from __future__ import annotations

import pytest
from resolving_asserts import assert_matched

from gazetteer import Gazetteer
from gazetteer.katottg import _part_keys
from translit import match_key

KRYNKY = "UA65100110040070147"  # Кринки, Khersonskyi raion
VELYKI_KRYNKY = "UA53020010070012778"  # Великі Кринки, Poltava oblast


@pytest.mark.parametrize(
    ("text", "code", "shadow"),
    [
        ("Krynki", KRYNKY, VELYKI_KRYNKY),  # had tied 98.5 with Великі Кринки
        ("Dal'nik", "UA51100130010045971", "UA51100050010086336"),  # Дальник; Великий Дальник
        ("Бровки", "UA12140070040095137", "UA18020010040022893"),  # Бровки; Бровки Перші
    ],
)
def test_a_short_form_loses_to_the_place_it_is_the_official_name_of(
    gz: Gazetteer, text: str, code: str, shadow: str
) -> None:
    assert_matched(gz, text, code)
    others = [m.entry.code for m in gz.resolve(text).candidates[1:]]
    assert shadow in others  # still offered, behind


def test_a_short_form_still_finds_its_place_where_the_hint_asks(gz: Gazetteer) -> None:
    assert_matched(gz, "Krynki", VELYKI_KRYNKY, oblast="Poltava")


def test_a_short_form_is_a_guess_and_the_full_foreign_form_is_not(gz: Gazetteer) -> None:
    ranks = _exonym_ranks(gz, VELYKI_KRYNKY)
    assert ranks["Krynki"] == 1
    assert ranks["Velikiye Krynki"] == 0
    # Кринки's own GeoNames form Krynki is its name: attested, not a guess
    assert _exonym_ranks(gz, KRYNKY)["Krynki"] == 0


def _exonym_ranks(gz: Gazetteer, code: str) -> dict[str, int]:
    ranks = {}
    for key in (match_key("Krynki"), match_key("Velikiye Krynki")):
        for p in gz.index.keyed(key):
            form = gz.index.form(p)
            if gz.entries[form.entry].code == code and form.source == "exonyms":
                ranks[form.text] = form.rank
    return ranks


def test_part_keys_are_the_runs_of_words_short_of_the_whole_name() -> None:
    assert _part_keys("Великі Кринки") == {match_key("Великі"), match_key("Кринки")}
    assert match_key("Корсунь") in _part_keys("Корсунь-Шевченківський")
    assert _part_keys("Кринки") == set()
