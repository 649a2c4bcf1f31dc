"""Shapes of a whole cell (gazetteer.cellshapes): one place in both scripts (``Kiev-Київ``),
a count with words after a name (``Izium 12 shellings``), and a town in the shape of a bare
unit adjective before a name (``Ternopil, Monastyryska, Vyshnivets``). Every code is a row of
data/katottg.tsv."""

from __future__ import annotations

import re

import pytest
from resolving_asserts import assert_matched

from gazetteer import Gazetteer

KYIV = "UA80000000000093317"  # the capital (K); a village Київ is UA48040230080020671
KHARKIV = "UA63120270010096107"
ODESA = "UA51100270010076757"
IZIUM = "UA63040090010029555"
KAMIANKA_BUZKA = "UA46060190010052224"
IVANO_FRANKIVSK = "UA26040190010045761"
BILA_TSERKVA = "UA32020010010081183"
#: Вишнівець, a selyshche of Кременецький район (UA61020000000016944), Ternopil oblast.
VYSHNIVETS = "UA61020050010072200"
#: Коропець, a selyshche of Чортківський район (UA61060000000068766), as is Монастириська.
KOROPETS = "UA61060270010053491"
#: Вілька-Садівська, a village of Volyn oblast, whose name is in a bare adjective's shape.
VILKA_SADIVSKA = "UA07020030040096108"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kiev-Київ", KYIV),  # had tied with the village Київ, both at 86
        ("Київ-Kiev", KYIV),
        ("Kiev / Київ", KYIV),
        ("Kharkov / Харків", KHARKIV),
        ("Odessa (Одеса)", ODESA),
        ("Харків-Kharkiv", KHARKIV),
        ("Kiev Київ", KYIV),  # only a space between: had been no match at all
        ("Київ Kiev", KYIV),
        ("Kyiv Київ", KYIV),  # had tied with the village Київ
        ("Kharkov Харків", KHARKIV),
        ("Bila Tserkva Біла Церква", BILA_TSERKVA),  # two words a side
    ],
)
def test_one_place_in_both_scripts_is_that_place(gz: Gazetteer, text: str, code: str) -> None:
    res = gz.resolve(text)
    assert res.status == "matched"
    assert res.best is not None and res.best.entry.code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kamianka-Buzka", KAMIANKA_BUZKA),  # (Kamianka alone: many villages)
        ("Кам'янка-Бузька", KAMIANKA_BUZKA),
        ("Kamianka-Бузька", KAMIANKA_BUZKA),  # halves in two scripts, each a name of its own
        ("Kamianka-Buzka-Кам'янка-Бузька", KAMIANKA_BUZKA),
        ("Ivano-Frankivsk", IVANO_FRANKIVSK),
        ("Ivano-Frankivsk-Івано-Франківськ", IVANO_FRANKIVSK),
        ("Bila Tserkva (Біла Церква)", BILA_TSERKVA),
        ("Біла Церква", BILA_TSERKVA),
    ],
)
def test_hyphened_names_stay_whole(gz: Gazetteer, text: str, code: str) -> None:
    assert_matched(gz, text, code)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Izium 12 shellings", IZIUM),  # had no answer at all
        ("Kharkiv 3 strikes", KHARKIV),
        ("Харків 5 обстрілів", KHARKIV),
        ("Izium, 12 shellings", IZIUM),  # after a comma too
        ("Ізюм, 12 обстрілів", IZIUM),
    ],
)
def test_a_count_and_words_after_a_sure_name(gz: Gazetteer, text: str, code: str) -> None:
    res = gz.resolve(text)
    assert res.status == "matched"
    assert res.best is not None and res.best.entry.code == code


@pytest.mark.parametrize(
    "text",
    [
        "Izium 3 Balakliia",  # the words after the count name a town: two places
        "Kamianka 3 strikes",  # the name before it is no sure place (many villages)
    ],
)
def test_a_count_before_a_place_or_after_an_unsure_name(gz: Gazetteer, text: str) -> None:
    assert gz.resolve(text).status != "matched"


def test_a_town_in_a_bare_adjectives_shape_makes_no_path(gz: Gazetteer) -> None:
    # Монастириська is a town (and its hromada), no raion; Вишнівець lies in neither
    for text in (
        "Ternopil, Monastyryska, Vyshnivets",
        "Monastyryska, Vyshnivets",
        "Vyshnivets, Monastyryska",  # the name first: had been Вишнівець, matched
        "Vyshnivets, Monastyryska, Ternopil",
    ):
        res = gz.resolve(text)
        assert res.best is not None and res.best.entry.code == VYSHNIVETS
        assert res.status == "ambiguous"


@pytest.mark.parametrize(
    "text", ["Ternopil, Monastyryska, Koropets", "Koropets, Monastyryska"]
)  # Koropets: Monastyryska's raion
def test_a_place_in_the_towns_raion_stays_sure(gz: Gazetteer, text: str) -> None:
    assert_matched(gz, text, KOROPETS)


def test_a_place_in_a_bare_adjectives_shape_before_its_region(gz: Gazetteer) -> None:
    assert_matched(gz, "Вілька-Садівська, Волинь", VILKA_SADIVSKA)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Kharkiv Київ", KHARKIV, KYIV),
        ("Київ Kharkiv", KYIV, KHARKIV),
        ("Kharkiv-Київ", KHARKIV, KYIV),  # had been Kharkiv alone, at 86
        ("Київ - Kharkiv", KYIV, KHARKIV),
        ("Kharkiv/Київ", KHARKIV, KYIV),
    ],
)
def test_two_places_in_two_scripts_with_a_space_read_as_with_a_comma(
    gz: Gazetteer, text: str, first: str, second: str
) -> None:
    # had been no match at all; with a comma between, both, unsure, the first named first
    res = gz.resolve(text)
    assert res.status == "ambiguous"
    assert [m.entry.code for m in res.candidates[:2]] == [first, second]
    comma = gz.resolve(re.sub(r"\s*[-/]\s*|\s+", ", ", text, count=1))
    assert [m.entry.code for m in comma.candidates] == [m.entry.code for m in res.candidates]


def test_two_villages_with_a_space_between_are_never_sure(gz: Gazetteer) -> None:
    # Бобрик (eight villages in six oblasts), Степанівка (dozens): with
    # a comma the second may say where the first lies; with a space, nothing says so
    res = gz.resolve("Bobryk Степанівка")
    assert res.status == "ambiguous"
    assert res.best is not None and res.best.entry.name_uk == "Бобрик"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ivano-Frankivsk", IVANO_FRANKIVSK),
        ("Іване-Пусте", "UA61060210010053243"),
        ("Kamianets-Podilskyi", "UA68020110010097898"),
    ],
)
def test_a_hyphened_name_in_one_script_stays_whole(gz: Gazetteer, text: str, code: str) -> None:
    res = gz.resolve(text)
    assert res.status == "matched" and res.best is not None and res.best.entry.code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kyiv Kiev", KYIV),  # had been Kyiv, unsure, beside fuzzy Київське candidates
        ("Kiev Kyiv", KYIV),
        ("Kharkiv Kharkov", KHARKIV),
        ("Odesa Odessa", ODESA),
    ],
)
def test_one_place_in_two_spellings_of_one_script_is_that_place(
    gz: Gazetteer, text: str, code: str
) -> None:
    res = gz.resolve(text)
    assert res.status == "matched"
    assert res.best is not None and res.best.entry.code == code
    assert all(not m.entry.name_uk.startswith("Київське") for m in res.candidates)


PERVOMAISK_MYKOLAIV = "UA48080130010068596"  # Первомайськ, Mykolaiv oblast
BUCHA = "UA32080070010087821"  # Буча, a city of Kyiv oblast (Бугаків is UA05100010030048734)
SIVERSK = "UA14020070010064896"  # Сіверськ, Donetsk oblast (Сіверськодонецьк: UA44120110010072887)
#: the Мирне of Donetsk oblast: three selyshches and three villages
MYRNE_DONETSK = {
    "UA14040090010085182", "UA14120110370026570", "UA14120210050091837",
    "UA14040070100072375", "UA14160050180079292", "UA14160090120032326",
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a town, then its oblast centre's name: the town in that oblast (had been the
        # centre and the town both at 89, unsure; Первомайськ of Luhansk oblast is
        # Сокологірськ now, UA44020050060040462)
        ("Pervomaisk Mykolaiv", PERVOMAISK_MYKOLAIV),
        ("Первомайськ Миколаїв", PERVOMAISK_MYKOLAIV),
        ("Izium Kharkiv", IZIUM),
        # the words glued had been read as one name, sure: Бугаків (98.5), Сіверськодонецьк
        ("Bucha Kyiv", BUCHA),
        ("Siversk Donetsk", SIVERSK),
        # a village Запоріжжя lies in Huliaipole's (and Polohy's) raion: the centre's name
        # still says the oblast (had been the city Запоріжжя, unsure; with a comma, the town
        # and that village, unsure)
        ("Huliaipole Zaporizhzhia", "UA23100070010036682"),
        ("Huliaipole, Zaporizhzhia", "UA23100070010036682"),
        ("Гуляйполе Запоріжжя", "UA23100070010036682"),
        ("Polohy, Zaporizhzhia", "UA23100190010032690"),
    ],
)
def test_a_town_then_its_oblast_centre_is_the_town(gz: Gazetteer, text: str, code: str) -> None:
    res = gz.resolve(text)
    assert res.status == "matched"
    assert res.best is not None and res.best.entry.code == code


def test_two_centres_side_by_side_stay_two_places(gz: Gazetteer) -> None:
    res = gz.resolve("Kharkiv Kyiv")
    assert res.status != "matched"


def test_a_town_of_namesakes_then_its_centre_gives_the_namesakes_there(gz: Gazetteer) -> None:
    # had been the city Донецьк first, at 89
    res = gz.resolve("Myrne Donetsk")
    assert res.status == "ambiguous"
    assert res.best is not None and res.best.entry.code in MYRNE_DONETSK
    assert all(m.entry.code in MYRNE_DONETSK for m in res.candidates if m.ambiguous)


def test_a_glued_reading_of_two_places_names_is_unsure(gz: Gazetteer) -> None:
    # Дніпро, a city, and Rudne, Рудно's other name (UA46060250050072482, a selyshche of Lviv
    # oblast), each name a place: Дніпрорудне (had been 98.9, sure) first, no longer sure
    res = gz.resolve("Dnipro Rudne")
    assert res.best is not None and res.best.entry.code == "UA23040090010050034"
    assert res.status != "matched" and res.best.score < 90
