"""The checks of gazetteer.noplace read a value alike: lower case, without the full stops
around it, its spaces one and its apostrophe straight."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.countries import country_code
from gazetteer.noplace import _GENERIC_WORDS, is_country_name, is_no_place, is_other_country
from gazetteer.words import PLACE_WORDS


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


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # from data/countries.tsv, beyond the forms once kept by hand: ISO names, official
        # and turned about, and their Ukrainian and Russian translations
        ("Чилі", "CL"),
        ("Republic of Moldova", "MD"),
        ("Moldova, Republic of", "MD"),
        ("Соединённые Штаты Америки", "US"),
        ("В’єтнам", "VN"),
        # the hand-kept forms the table lacks: declined, short
        ("России", "RU"),
        ("USA", "US"),
    ],
)
def test_every_country_is_known_by_its_names(text: str, code: str) -> None:
    assert country_code(text) == code and is_other_country(text)


def test_ukraine_is_no_other_country() -> None:
    assert country_code("Ukraine") == "" and country_code("Україна") == ""


def test_a_village_named_like_a_country_keeps_its_name(gz: Gazetteer) -> None:
    # the village Китай (Crimea, UA01100530030057524) is also China's name in Ukrainian
    best = gz.resolve("Китай").best
    assert best is not None and best.entry.code == "UA01100530030057524"
    # a country no place of Ukraine is named is none (Бразилія, Чилі)
    for text in ("Бразилія", "Чилі", "Republic of Moldova"):
        assert gz.resolve(text).status == "unmatched", text


@pytest.mark.parametrize(
    "text",
    [
        "Industrial Zone", "West Side", "Train Station", "Countryside", "Seaside",
        "Railway Bridge", "Airport Area", "Power Plant",
    ],
)  # fmt: skip
def test_english_words_for_a_part_of_any_place_name_none(gz: Gazetteer, text: str) -> None:
    # had been guesses: Industriia 92.9, the village Side 100, Novi Troiany 87.5, a loose
    # Antratsyt or Shchastia; Railway Bridge the village Brid 80, Airport Area Mariia 82.7
    # (words of a site, which the query's list of place words holds and this one lacked)
    assert not gz.resolve(text).candidates


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Side", "UA46080090180077698"),  # Сіде, a village of Lviv oblast
        ("Port", "UA51100110140080897"),  # Порт, a village of Odesa oblast
        ("Odesa Port", "UA51100270010076757"),  # the city, by its port
    ],
)
def test_a_place_bearing_such_a_word_still_matches(gz: Gazetteer, text: str, code: str) -> None:
    best = gz.resolve(text).best
    assert best is not None and best.entry.code == code


def test_the_words_of_a_kind_of_place_are_generic_ones() -> None:
    # one list: a word a query drops as a kind of place is a generic word too (Latin ones)
    assert {w for w in PLACE_WORDS if w.isascii()} <= _GENERIC_WORDS
    assert {"district", "region", "hromada"} <= _GENERIC_WORDS
    assert not {"село", "завод", "порт"} & _GENERIC_WORDS


def test_a_cyrillic_kind_word_opens_a_village_s_name(gz: Gazetteer) -> None:
    best = gz.resolve("Село Завод").best  # Завод, a village of Chernihiv oblast
    assert best is not None and best.entry.code == "UA74100250110039859"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("s. Port", "UA51100110140080897"),  # Порт, Odesa oblast
        ("selo Port", "UA51100110140080897"),
        ("s. Hromada", "UA18040290170067023"),  # Громада, Zhytomyr oblast
        ("Selo Derevnia", "UA46060130120092450"),  # Деревня, Lviv oblast
    ],
)
def test_a_village_named_by_a_kind_word_after_its_own_kind_word(
    gz: Gazetteer, text: str, code: str
) -> None:
    # selo and s. joined the generic words with the words a query drops as a kind of place:
    # the village so named had become an unsure guess (89, beside) where it had been sure
    found = gz.resolve(text)
    assert found.status == "matched"
    assert found.best is not None and found.best.entry.code == code
