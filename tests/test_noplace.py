"""The checks of gazetteer.noplace read a value alike: lower case, without the full stops
around it, its spaces one and its apostrophe straight."""

from __future__ import annotations

import pytest

from gazetteer.noplace import is_country_name, is_no_place, is_other_country


@pytest.mark.parametrize("text", ["L’Ukraine", "Ukraine  (UA)", " Західна  Україна. "])
def test_the_country_is_read_as_another_country_is(text: str) -> None:
    # (L’Ukraine with a typographic apostrophe had not been the country, as L'Ukraine was)
    assert is_country_name(text) and is_no_place(text)


@pytest.mark.parametrize("text", ["Russian  Federation", " Білорусь. ", "РОССИЯ"])
def test_another_country_is_read_alike(text: str) -> None:
    assert is_other_country(text) and not is_country_name(text)


@pytest.mark.parametrize("text", ["Unknown .", " N/A. ", "village"])
def test_a_word_standing_for_a_name_is_read_alike(text: str) -> None:
    assert is_no_place(text)


@pytest.mark.parametrize("text", ["Ukrainka", "Russia Street", "Village Kyiv", "#REF"])
def test_a_place_or_a_longer_text_stays_a_name(text: str) -> None:
    assert not (is_country_name(text) or is_other_country(text))
    assert text == "#REF" or not is_no_place(text)
