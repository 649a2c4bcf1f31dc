"""Loose matching of well-known places by their consonants (gazetteer.loose)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer

KREMENCHUK_CITY = "UA53020110010031694"  # M Кременчук, Poltava oblast
MYRHOROD_CITY = "UA53060230010027681"  # M Миргород, Poltava oblast
MYRHORODY_VILLAGE = "UA63140030400028798"  # C Миргороди, Kharkiv oblast
NO_TABLES = "official,russian,former"  # no GeoNames names in other scripts


ZHYTOMYR_CITY = "UA18040190010057814"  # M Житомир
UZHHOROD_CITY = "UA21100230010016545"  # M Ужгород


@pytest.mark.parametrize(
    ("text", "code"), [("日托米尔", ZHYTOMYR_CITY), ("우주호로드", UZHHOROD_CITY)]
)
def test_chinese_and_korean_transcriptions_are_read_as_meant(
    gz: Gazetteer, text: str, code: str
) -> None:
    resolution = gz.resolve(text, sources=NO_TABLES)
    assert resolution.best is not None and resolution.best.entry.code == code
    assert resolution.best.kind == "loose"


@pytest.mark.parametrize("text", ["クレメンチュク", "كريمينتشوك", "קרמנצ׳וק"])
def test_a_city_written_in_another_script_is_found_but_never_sure(gz: Gazetteer, text: str) -> None:
    resolution = gz.resolve(text, sources=NO_TABLES)
    assert resolution.best is not None
    assert resolution.best.entry.code == KREMENCHUK_CITY
    assert resolution.best.kind == "loose"
    assert resolution.status == "ambiguous"


def test_gibberish_meets_no_city(gz: Gazetteer) -> None:
    assert gz.lookup("Qwxzzyq") == []
    assert gz.lookup("xqzzy") == []


def test_a_cyrillic_name_is_never_read_loosely(gz: Gazetteer) -> None:
    assert all(m.kind != "loose" for m in gz.lookup("Анжелине", min_score=0))


def test_a_village_read_loosely_doubts_itself_beside_a_city(gz: Gazetteer) -> None:
    # mirgorodi (a Georgian name of Myrhorod, romanised) spells the village Миргороди
    # letter for letter, and has the consonants of the city Миргород. (GeoNames lists it
    # for the city, so only without that table is there a doubt to resolve.)
    found = gz.lookup("mirgorodi", limit=10, sources=NO_TABLES)
    codes = [m.entry.code for m in found]
    assert MYRHOROD_CITY in codes and MYRHORODY_VILLAGE in codes
    assert gz.resolve("mirgorodi", sources=NO_TABLES).status == "ambiguous"


def test_the_exact_name_of_a_village_is_not_doubted(gz: Gazetteer) -> None:
    resolution = gz.resolve("Myrhorody")
    assert resolution.status == "matched"
    assert resolution.best is not None and resolution.best.entry.code == MYRHORODY_VILLAGE


def test_a_foreign_script_reading_of_a_smaller_unit_is_never_confident(gz: Gazetteer) -> None:
    # ლუგანსკი (Georgian) romanises to the letters of the raion Луганський; リウネ (Rivne)
    # reads riune, a variant of the village Рунне.
    assert gz.resolve("ლუგანსკი", sources=NO_TABLES).status != "matched"
    riune = gz.resolve("リウネ", sources=NO_TABLES)
    assert riune.status == "ambiguous"
    assert RIVNE_CITY in [m.entry.code for m in riune.candidates]


SAKY_CITY = "UA01080650010078157"  # M Саки, Crimea
SAI_VILLAGE = "UA59060130250076433"  # C Саї, Sumy oblast


def test_a_name_in_pinyin_is_read_as_from_another_script(gz: Gazetteer) -> None:
    # sa ji (萨基, Saky) has the match key of the village Саї: not a sure answer, and the
    # city whose consonants the Chinese transcription gives is offered beside it.
    resolution = gz.resolve("sa ji", sources=NO_TABLES)
    assert resolution.status == "ambiguous"
    codes = [m.entry.code for m in resolution.candidates]
    assert SAI_VILLAGE in codes and SAKY_CITY in codes


RIVNE_CITY = "UA56060470010041018"  # M Рівне
POLTAVA_CITY = "UA53080370010073240"  # M Полтава


def test_a_foreign_script_reading_with_a_citys_key_is_that_city(gz: Gazetteer) -> None:
    resolution = gz.resolve("Σάκι", sources=NO_TABLES)  # Greek: saki, Саки's key
    assert resolution.best is not None and resolution.best.entry.code == SAKY_CITY
    assert resolution.status == "matched"


@pytest.mark.parametrize("text", ["ポルタヴァ", "פולטבה", "پولتاوا"])
def test_a_place_the_forms_meet_faintly_keeps_its_loose_reading(gz: Gazetteer, text: str) -> None:
    # The forms meet Полтава a long way off (below the threshold); its consonants are the
    # query's own, which must not be lost to that faint meeting.
    resolution = gz.resolve(text, sources=NO_TABLES)
    assert resolution.best is not None and resolution.best.entry.code == POLTAVA_CITY
    assert resolution.best.kind == "loose" and resolution.status == "ambiguous"


@pytest.mark.parametrize(
    "text", ["Old Town", "New Town", "Big City", "Town Hall", "Old Port", "Harbour", "Outskirts"]
)
def test_words_saying_what_kind_of_place_name_none(gz: Gazetteer, text: str) -> None:
    # their consonants had met a city's (Old Town: Ялта, Harbour: Гуляйполе, 80)
    resolution = gz.resolve(text)
    assert resolution.status == "unmatched"
    assert all(m.kind != "loose" for m in resolution.candidates)


def test_a_village_named_by_a_site_word_is_still_that_village(gz: Gazetteer) -> None:
    resolution = gz.resolve("Port", oblast="Odeska")  # Порт, Odesa raion
    assert resolution.best is not None and resolution.best.entry.code == "UA51100110140080897"


def test_a_loose_reading_outside_the_hint_pays_as_a_forms_does(gz: Gazetteer) -> None:
    # (gazetteer.rank.outside_costs: one rule for both readings, once written twice)
    free = gz.resolve("日托米尔", sources=NO_TABLES, explain=True).best
    hinted = gz.resolve("日托米尔", sources=NO_TABLES, oblast="Kyivska", explain=True, min_score=0)
    loose = next(m for m in hinted.candidates if m.entry.code == ZHYTOMYR_CITY)
    assert free is not None and free.entry.code == ZHYTOMYR_CITY and free.kind == "loose"
    assert loose.kind == "loose" and loose.score == free.score - 25  # Zhytomyr oblast's
    assert "outside the hinted oblast UA-32/UA-30: -25" in loose.explain
    # a form's reading (the oblast Zhytomyrska, by its city's name) pays the same, so said
    form = gz.resolve("Zhytomir", oblast="Kyivska", explain=True, min_score=0)
    oblast = next(m for m in form.candidates if m.entry.code == "UA18000000000041385")
    assert "outside the hinted oblast UA-32/UA-30: -25" in oblast.explain
