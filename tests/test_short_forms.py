"""A foreign form that is only a part of a place's official name (GeoNames' Krynki for the
village Великі Кринки) does not hide the place whose official name it is (the village
Кринки, Kherson oblast). Every code is a row of data/katottg.tsv."""

from __future__ import annotations

import pytest
from resolving_asserts import assert_matched

from gazetteer import Gazetteer
from gazetteer.katottg import _word_keys
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


def test_word_keys_are_the_runs_of_words_short_of_the_whole_name() -> None:
    assert _word_keys("Великі Кринки") == {match_key("Великі"), match_key("Кринки")}
    # a hyphenated name's parts are no modifier dropped
    assert _word_keys("Корсунь-Шевченківський") == set()
    assert _word_keys("Кринки") == set()


KORSUN = "UA14060070040020272"  # Корсунь, Horlivskyi raion, Donetsk oblast (a selyshche)
KORSUN_SHEVCHENKIVSKYI = "UA71080170010098381"  # the city, Cherkasy oblast: Корсунь until 1944
SKALA = "UA05020190340051954"  # Скала, Vinnytsia oblast
SKALA_PODILSKA = "UA61060350010027203"  # Скала-Подільська: Скала until 1940


@pytest.mark.parametrize(
    ("text", "namesake", "hyphenated"),
    [
        ("Korsun'", KORSUN, KORSUN_SHEVCHENKIVSKYI),  # was matched to Корсунь alone
        ("Корсунь", KORSUN, KORSUN_SHEVCHENKIVSKYI),
        ("Skala", SKALA, SKALA_PODILSKA),
    ],
)
def test_a_short_form_dropping_a_hyphenated_part_is_a_name_the_place_bore(
    gz: Gazetteer, text: str, namesake: str, hyphenated: str
) -> None:
    r = gz.resolve(text)
    assert r.status == "ambiguous"
    assert {namesake, hyphenated} <= {m.entry.code for m in r.candidates if m.ambiguous}
    assert _exonym_rank(gz, text, hyphenated) == 0


def _exonym_rank(gz: Gazetteer, text: str, code: str) -> int:
    for p in gz.index.keyed(match_key(text)):
        form = gz.index.form(p)
        if gz.entries[form.entry].code == code and form.source == "exonyms":
            return form.rank
    raise AssertionError(f"no GeoNames form {text} of {code}")
