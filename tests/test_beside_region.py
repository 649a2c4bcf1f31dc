"""The region a resolution reports when a part beside the name sets it: an oblast's words,
a unit or a town it lies in or by, never any village that bears a stray word's name, and
never one that contradicts a sure answer's own oblast."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer

KHARKIV = "UA63120270010096107"  # Харків, Kharkiv oblast (UA-63)


@pytest.mark.parametrize(
    "text",
    [
        "Kharkiv, pole",  # Поле, a village of Dnipropetrovsk oblast (UA-12)
        "Kharkiv, nova",  # Нова, a village of Chernihiv oblast (UA-74)
        "Kharkiv, as",  # Ас, a village of Crimea (UA-43)
        "Kharkiv, paris",
        "Kharkiv, ivan",
    ],
)
def test_a_stray_word_a_village_bears_sets_no_region(gz: Gazetteer, text: str) -> None:
    r = gz.resolve(text)
    assert (r.best.entry.code, r.status, r.region) == (KHARKIV, "matched", "")


def test_a_village_in_the_names_own_brackets_sets_no_region(gz: Gazetteer) -> None:
    # Нова Мощаниця lies in Rivne oblast (UA56...); Нова alone is a village of Chernihiv's
    r = gz.resolve("Велика (Нова) Мощаниця")
    assert r.best.entry.code == "UA56060410150032595"
    assert r.region == ""


@pytest.mark.parametrize(
    ("text", "code", "region"),
    [
        ("Bilozerka, Kherson Oblast", "UA65100010010090594", "UA-65"),  # the oblast's words
        ("Izium, Kharkiv", "UA63040090010029555", "UA-63"),  # the oblast by its centre
        ("Kamianka, Izium raion", "UA63040090080095309", "UA-63"),  # its raion
        ("Kamianka, Izium", "UA63040090080095309", "UA-63"),  # the town it lies by
    ],
)
def test_a_unit_or_town_beside_the_name_sets_its_region(
    gz: Gazetteer, text: str, code: str, region: str
) -> None:
    r = gz.resolve(text)
    assert (r.best.entry.code, r.status, r.region) == (code, "matched", region)


def test_a_town_beside_a_name_nothing_bears_still_says_where(gz: Gazetteer) -> None:
    assert gz.resolve("Qzxwvyj, Izium").region == "UA-63"
    assert gz.resolve("Qzxwvyj, Kherson Oblast").region == "UA-65"


def test_a_village_beside_sets_the_region_of_the_answer_it_placed(gz: Gazetteer) -> None:
    # no place is called Qzxwvyj: the answer is the village Поле itself, in Dnipropetrovsk oblast
    r = gz.resolve("Qzxwvyj, pole")
    assert r.best.entry.code == "UA12060110310087309"
    assert r.region == "UA-12"


def test_an_oblast_named_beside_a_sure_answer_elsewhere_is_not_reported(gz: Gazetteer) -> None:
    # the text names Kherson oblast (UA-65) or a raion of Donetsk oblast (UA-14), but the
    # answer, sure, is Kharkiv: no region contradicts it
    for text in ("Kharkiv, Khersonska", "Kharkiv, Bakhmutskyi raion"):
        r = gz.resolve(text)
        assert (r.best.entry.code, r.status, r.region) == (KHARKIV, "matched", "")
    # the caller's own hint is kept: it is the caller's word for the row, and unsure
    r = gz.resolve("Kharkiv", oblast="UA-46")
    assert (r.best.entry.code, r.status, r.region) == (KHARKIV, "ambiguous", "UA-46")


def test_resolve_many_reports_the_same_regions(gz: Gazetteer) -> None:
    got = gz.resolve_many(["Kharkiv, pole", "Kamianka, Izium raion"])
    assert [r.region for r in got] == ["", "UA-63"]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Kharkiv, Bakhmut", KHARKIV, "UA14020010010059145"),  # Kharkiv oblast, Donetsk's
        ("Bakhmut, Kharkiv", "UA14020010010059145", KHARKIV),
        ("Харків; Львів", KHARKIV, "UA46060250010015970"),  # Lviv oblast's centre
        ("Донецьк, Харків", "UA14080030010048113", KHARKIV),
        ("Luhansk, Pomichna", "UA44060010010012753", "UA35060190010082095"),  # Kirovohrad's
    ],
)
def test_two_cities_of_two_oblasts_listed_set_no_region(
    gz: Gazetteer, text: str, first: str, second: str
) -> None:
    # the text lists two places, each a candidate of its own: the second says where it lies,
    # not where the first does
    r = gz.resolve(text)
    assert r.status == "ambiguous", text
    assert [m.entry.code for m in r.candidates[:2]] == [first, second], text
    assert r.region == "", text


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Izium, Balakliia", "UA-63"),  # two towns of Kharkiv oblast
        ("Kramatorsk & Sloviansk", "UA-14"),  # two of Donetsk oblast
    ],
)
def test_towns_of_one_oblast_listed_keep_its_region(gz: Gazetteer, text: str, region: str) -> None:
    r = gz.resolve(text)
    assert r.status == "ambiguous" and r.region == region, text


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Lyman Donetsk oblast", "UA-14"),  # the city Лиман, UA14120110010088407
        ("Kamianka Kharkivska", "UA-63"),  # two cells joined: Кам'янка of Kharkiv oblast
        ("Bilyavka Odeska", "UA-51"),  # Біляївка misspelt, UA51100030010096432
        ("Іванівка Херсонська обл.", "UA-65"),
        ("Іванівка Херсонської області", "UA-65"),
        ("с. Кам'янка Ізюмського району Харківської області", "UA-63"),
        ("Kamianka Iziumskyi", "UA-63"),  # a raion's bare adjective: Izium raion
        ("Qzxwvyj Donetsk oblast", "UA-14"),  # nothing matched, but the text said where
    ],
)
def test_an_oblast_or_unit_trailing_without_a_comma_sets_the_region(
    gz: Gazetteer, text: str, region: str
) -> None:
    # as the comma does: Lyman, Donetsk oblast
    assert gz.resolve(text).region == region
    comma = text.replace(" Donetsk", ", Donetsk").replace(" Kharkivska", ", Kharkivska")
    if comma != text:
        assert gz.resolve(comma).region == region


def test_a_trailing_oblast_sets_the_region_the_reading_took(gz: Gazetteer) -> None:
    # Лиман of Donetsk oblast: the city, sure, in the oblast named
    r = gz.resolve("Lyman Donetsk oblast")
    assert (r.best.entry.code, r.status) == ("UA14120110010088407", "matched")
    # a name of two words that ends in no oblast's adjective stays one name: no region
    assert gz.resolve("Нова Одеса").region == ""  # the town of Mykolaiv oblast
    assert gz.resolve("Kharkiv pole").region == ""  # Поле is a village, not a place's unit
    # a name and another oblast's: read as "Kharkiv, Sumy oblast" (the comma form), not as
    # Kharkiv oblast with an ending "Sumy"; no Kharkiv lies there, so nothing is sure
    r, comma = gz.resolve("Kharkiv Sumy oblast"), gz.resolve("Kharkiv, Sumy oblast")
    assert r.region == comma.region == "UA-59" and r.status != "matched"
    # the well-known city first, unsure, as with the oblast given as a hint (it had been
    # Kharkivka of Sumy oblast, a typo away, before Kharkiv at 75)
    hinted = gz.resolve("Kharkiv", oblast="Sumska")
    for found in (r, comma, hinted):
        assert found.best is not None and found.best.entry.code == "UA63120270010096107"
        assert found.status == "ambiguous"


def test_two_oblasts_names_side_by_side_are_no_one_name_misspelt(gz: Gazetteer) -> None:
    # Lviv Kyiv is no Lvivskyi: the text is not Lviv oblast, sure, by a near spelling of
    # its adjective (it had been, 94); a name and a word that is no unit's still is (UA)
    lviv_oblast = "UA46000000000026241"
    r = gz.resolve("Lviv Kyiv oblast")
    assert r.status != "matched" and r.best is not None and r.best.entry.code != lviv_oblast
    # (the city Lviv first, unsure: no Lviv lies in the Kyiv oblast named beside it)
    assert r.best.entry.code == "UA46060250010015970"
    assert gz.hint_oblasts("Lviv Kyiv") == ()
    reading = gz.oblasts.parse("Lviv Oblast UA")  # type: ignore[union-attr]
    assert reading is not None and [o.code for o in reading.oblasts] == [lviv_oblast]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kharkiv (oblast)", "UA63000000000041885"),  # Харківська область, not the city
        ("Kharkiv, oblast", "UA63000000000041885"),
        ("Харків, область", "UA63000000000041885"),
        ("Izium (raion)", "UA63040000000023521"),  # Ізюмський район
        ("Kharkiv (city)", "UA63120270010096107"),  # a settlement word: the city, as before
        ("Kamianka, Izium raion", "UA63040090080095309"),  # a level word with its name: a hint
    ],
)
def test_a_level_word_set_apart_from_the_name_says_what_the_name_is(gz, text, code):
    assert gz.resolve(text).best.entry.code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kiev, Provincie", "UA32000000000030281"),  # Dutch ISO name: Київська область
        ("Provinz Charkiw", "UA63000000000041885"),  # German: Харківська область
    ],
)
def test_province_in_other_languages_is_a_level_word(gz, text, code):
    assert gz.resolve(text).best.entry.code == code


@pytest.mark.parametrize(
    "text", ["Vuzlove, Radekhivska", "Вузлове, Радехівська", "Vuzlove Radekhivska"]
)
def test_a_hromadas_bare_adjective_beside_the_name_gives_its_region(gz, text):
    # (with the comma the region had been '': a bare adjective is no level word nor a place)
    res = gz.resolve(text)
    assert res.best.entry.code == "UA46120090060094296"  # Вузлове, Радехівська громада
    assert res.region == "UA-46"
